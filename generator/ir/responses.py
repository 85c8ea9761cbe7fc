"""An operation's responses: the decoder of each status and the type of the value it returns.

Also what the success response tells the rest of the operation: the media type to accept, the
events of an event stream, and the JSON body that pagination looks into.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from generator.diagnostics import join_pointer
from generator.ir import pytypes
from generator.ir.model import Decoder, EventStream, ResponseCase
from generator.ir.pagination import PagedResponse
from generator.ir.schemas import SchemaTyper
from generator.ir.spec import Resolver, resolved
from generator.ir.spec_operations import OperationPlan, SpecOperation
from generator.ir.streams import EventStreamFinder, is_event_stream

# Statuses whose answers never have content, with where HTTP says so.
_NO_CONTENT = {
    "204": "RFC 9110 section 15.3.5",
    "205": "RFC 9110 section 15.3.6",
    "304": "RFC 9110 section 15.4.5",
}

# Media ranges that a JSON response falls in -> the types of the other responses they admit.
_JSON_RANGES: dict[str, tuple[pytypes.PyType, ...]] = {
    "*/*": (pytypes.STR, pytypes.BYTES),
    "application/*": (pytypes.BYTES,),
}


class ResponseTyper:
    """Types the responses of one operation at a time; reports what it ignores through `warn`."""

    def __init__(
        self, typer: SchemaTyper, resolver: Resolver, warn: Callable[[str, str, str], None]
    ) -> None:
        self._typer = typer
        self._resolver = resolver
        self._warn = warn
        self._streams = EventStreamFinder(typer, warn)

    def cases(
        self, spec: SpecOperation, plan: OperationPlan
    ) -> tuple[list[ResponseCase], pytypes.PyType]:
        """How each status is decoded, and what the method returns: a success value, else the
        default response's."""
        cases: list[ResponseCase] = []
        success: list[pytypes.PyType] = []
        fallback: list[pytypes.PyType] = []
        statuses = list((spec.operation.responses or {}).items())
        for status, node in statuses:
            status = str(status).upper()
            response = resolved(self._resolver, node)
            pointer = join_pointer(spec.pointer, "responses", status)
            is_success = status.startswith("2")
            suffix = "" if is_success and not success else status.title()
            if status in _NO_CONTENT and getattr(response, "content", None):
                self._warn(
                    join_pointer(pointer, "content"),
                    f"a {status} response has no content ({_NO_CONTENT[status]}): what the spec"
                    " declares here is never sent, so it is ignored",
                    "take the content out of this response, or answer with 200",
                )
                response = None
            decoder, value_type = self._response_decoder(
                response, f"{plan.type_prefix}Response{suffix}", pointer, plan.shadowed
            )
            cases.append(ResponseCase(status, decoder))
            if is_success:
                success.append(value_type)
            elif status == "DEFAULT":
                fallback.append(value_type)
        cases = [
            ResponseCase("default" if c.status == "DEFAULT" else c.status, c.decoder) for c in cases
        ]
        return_type = pytypes.union(success or fallback or [pytypes.NONE])
        return cases, return_type

    def paged_response(
        self, spec: SpecOperation, body_type: pytypes.PyType
    ) -> PagedResponse | None:
        """The first success response with a JSON body, for pagination to look into."""
        for status, node in (spec.operation.responses or {}).items():
            response = resolved(self._resolver, node)
            content = getattr(response, "content", None) or {}
            media_type = _preferred_response_media(content) if content else ""
            if str(status).startswith("2") and _is_json_media(media_type):
                pointer = join_pointer(
                    spec.pointer, "responses", str(status), "content", media_type, "schema"
                )
                headers = frozenset(
                    str(name).lower() for name in getattr(response, "headers", None) or {}
                )
                return PagedResponse(
                    content[media_type].media_type_schema, pointer, body_type, headers
                )
        return None

    def accept(self, spec: SpecOperation) -> str | None:
        """The media type of the first success response that has a body."""
        success = self._success_content(spec)
        return None if success is None or "*" in success[1] else success[1]

    def event_stream(self, spec: SpecOperation, plan: OperationPlan) -> EventStream | None:
        """The events of the first success response that has a body, when it is an event stream."""
        success = self._success_content(spec)
        if success is None or not is_event_stream(success[1]):
            return None
        status, media_type, media = success
        pointer = join_pointer(spec.pointer, "responses", status, "content", media_type)
        return self._streams.find(
            media, pointer, type_name=f"{plan.type_prefix}EventData", shadowed=plan.shadowed
        )

    def _success_content(self, spec: SpecOperation) -> tuple[str, str, Any] | None:
        """(status, media type, media type object) of the first success response that has a
        body."""
        for status, node in (spec.operation.responses or {}).items():
            content = getattr(resolved(self._resolver, node), "content", None)
            if str(status).startswith("2") and str(status) not in _NO_CONTENT and content:
                media_type = _preferred_response_media(content)
                return str(status), media_type, content[media_type]
        return None

    def _response_decoder(
        self, response: Any, type_name: str, pointer: str, shadowed: frozenset[str]
    ) -> tuple[Decoder, pytypes.PyType]:
        """The response's decoder, and the type of the value it gives."""
        content = getattr(response, "content", None) or {}
        if not content:
            return Decoder("EMPTY"), pytypes.NONE
        media_type = _preferred_response_media(content)
        media = content[media_type]
        others = _JSON_RANGES.get(media_type.split(";")[0].strip().lower())
        if _is_json_media(media_type) or others is not None:
            value_type = self._typer.type_of(
                media.media_type_schema,
                name=type_name,
                pointer=join_pointer(pointer, "content", media_type, "schema"),
            )
            if others is None:
                return Decoder("json_body", value_type.qualified(shadowed)), value_type
            # The server may answer with JSON or not: the runtime decodes by the response's
            # Content-Type, so the value is the schema's type or whatever else the range admits.
            decoder = Decoder(
                "by_content_type", value_type.qualified(shadowed), text=pytypes.STR in others
            )
            return decoder, pytypes.union([value_type, *others])
        if media_type.startswith("text/"):
            return Decoder("TEXT"), pytypes.STR
        return Decoder("BINARY"), pytypes.BYTES


def _preferred_response_media(content: Mapping[str, Any]) -> str:
    for media_type in content:
        if _is_json_media(media_type):
            return media_type
    return next(iter(content))


def _is_json_media(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return (
        base == "application/json"
        or base.endswith("+json")
        or (base.startswith("application/") and "json" in base)
    )
