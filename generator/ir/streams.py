"""Event streams: operations whose success response is a `text/event-stream`.

Such a method yields each event as it arrives (the runtime's `_event_stream`). The type of an
event's data comes from the media type's `itemSchema` (OpenAPI 3.2), which describes a whole
event (its `data`, `event`, `id` and `retry` fields), else from its `schema`, which 3.0 and 3.1
documents use for the data alone. Data that a string schema describes, or no schema, is the
text as it came; a string with a `contentSchema` is JSON of that schema; anything else is JSON
of the schema's type.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from generator.diagnostics import join_pointer
from generator.ir import pytypes
from generator.ir.model import Decoder, EventStream
from generator.ir.schemas import SchemaTyper
from generator.ir.spec import item_schema, schema_types

_EVENT_FIELDS = frozenset({"data", "event", "id", "retry"})
"""The fields of a server-sent event (WHATWG HTML, "Interpreting an event stream")."""
_TEXT = EventStream(pytypes.STR, Decoder("TEXT_EVENTS"))


def is_event_stream(media_type: str) -> bool:
    return media_type.split(";")[0].strip().lower() == "text/event-stream"


class EventStreamFinder:
    """Decides the type of each event's data; warns where the spec's description is unusable."""

    def __init__(self, typer: SchemaTyper, warn: Callable[[str, str, str], None]) -> None:
        self._typer = typer
        self._warn = warn

    def find(
        self, media: Any, pointer: str, *, type_name: str, shadowed: frozenset[str]
    ) -> EventStream:
        """The events of the `text/event-stream` media type object at `pointer`, their data's
        type written as a class hiding the builtins in `shadowed` must write it.

        `type_name` names the model of data that an inline object schema describes.
        """
        node, at, whole_events = self._declared(media, pointer)
        schema = self._typer.deref(node)
        if whole_events and schema is not None and _describes_events(schema):
            node, at = (schema.properties or {}).get("data"), join_pointer(at, "properties", "data")
            schema = self._typer.deref(node)
        if node is None:
            return _TEXT
        content = getattr(schema, "contentSchema", None)
        if content is not None:
            node, at = content, join_pointer(at, "contentSchema")
        elif schema is not None and set(schema_types(schema)) - {"null"} == {"string"}:
            return _TEXT
        data = self._typer.type_of(node, name=type_name, pointer=at).qualified(shadowed)
        return EventStream(data, Decoder("json_events", data))

    def _declared(self, media: Any, pointer: str) -> tuple[Any, str, bool]:
        """The schema the media type gives, where, and whether it describes whole events
        (`itemSchema`) rather than their data (`schema`)."""
        where = join_pointer(pointer, "itemSchema")
        try:
            items = item_schema(media)
        except ValidationError:
            self._warn(
                where,
                "itemSchema is not a schema: the events' data is typed from `schema` instead",
                "write itemSchema as a Schema Object (or a $ref to one) describing one event",
            )
            items = None
        if items is not None:
            return items, where, True
        return media.media_type_schema, join_pointer(pointer, "schema"), False


def _describes_events(schema: Any) -> bool:
    """Whether an item schema is an event with its fields (`data`, `event`...), not bare data."""
    properties = schema.properties or {}
    return bool(properties) and set(properties) <= _EVENT_FIELDS
