"""Which operations are event streams, and the type each one's event data gets."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.ir.model import Client
from generator.render.filters import decoder_notation, python_type

from .test_build import build, build_reporting, document, operation

_TICK = {"type": "object", "required": ["price"], "properties": {"price": {"type": "number"}}}


def _streaming(media: dict[str, object], *, json_too: bool = False) -> dict[str, object]:
    content = {"text/event-stream": media}
    if json_too:
        content = {"application/json": {"schema": _TICK}, **content}
    responses = {"200": {"description": "events", "content": content}}
    return document(
        {
            "/ticks": {
                "get": {"operationId": "watchTicks", "tags": ["ticks"], "responses": responses}
            }
        },
        components={"schemas": {"Tick": _TICK}},
    )


def _events(tmp_path: Path, media: dict[str, object], **options: bool) -> tuple[str, str] | None:
    return _spelled(build(tmp_path, _streaming(media, **options)))


def _spelled(client: Client) -> tuple[str, str] | None:
    """The watch operation's event data type and decoder, as the generated code writes them."""
    events = operation(client, "ticks", "watch").event_stream
    return (
        None
        if events is None
        else (python_type(events.data_annotation), decoder_notation(events.decoder))
    )


CASES = [
    ("no schema: the data is text", {}, ("str", "TEXT_EVENTS")),
    ("a string schema: the data is text", {"schema": {"type": "string"}}, ("str", "TEXT_EVENTS")),
    (
        "3.0 / 3.1: the schema is the data's",
        {"schema": {"$ref": "#/components/schemas/Tick"}},
        ("Tick", "json_events(Tick)"),
    ),
    (
        "3.0 / 3.1: a schema with an event's field names is still the data's",
        {"schema": {"type": "object", "properties": {"id": {"type": "string"}}}},
        ("WatchTicksEventData", "json_events(WatchTicksEventData)"),
    ),
    (
        "3.2: the item schema's data field",
        {
            "itemSchema": {
                "type": "object",
                "properties": {
                    "event": {"type": "string"},
                    "data": {"$ref": "#/components/schemas/Tick"},
                },
            }
        },
        ("Tick", "json_events(Tick)"),
    ),
    (
        "3.2: a data string with a content schema is JSON of that schema",
        {
            "itemSchema": {
                "type": "object",
                "properties": {
                    "data": {
                        "type": "string",
                        "contentMediaType": "application/json",
                        "contentSchema": {"$ref": "#/components/schemas/Tick"},
                    }
                },
            }
        },
        ("Tick", "json_events(Tick)"),
    ),
    (
        "3.2: a data string is text",
        {
            "itemSchema": {
                "type": "object",
                "properties": {"data": {"type": "string"}, "id": {"type": "string"}},
            }
        },
        ("str", "TEXT_EVENTS"),
    ),
    (
        "3.2: events without a data field carry text",
        {"itemSchema": {"type": "object", "properties": {"event": {"type": "string"}}}},
        ("str", "TEXT_EVENTS"),
    ),
    (
        "3.2: an item schema that is no event is the data's",
        {"itemSchema": {"type": "object", "properties": {"kind": {"type": "string"}}}},
        ("WatchTicksEventData", "json_events(WatchTicksEventData)"),
    ),
    (
        "3.2: the item schema wins over the schema",
        {"itemSchema": {"$ref": "#/components/schemas/Tick"}, "schema": {"type": "string"}},
        ("Tick", "json_events(Tick)"),
    ),
]


@pytest.mark.parametrize(
    ("media", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES]
)
def test_the_type_of_the_events_data(
    tmp_path: Path, media: dict[str, object], expected: tuple[str, str]
) -> None:
    assert _events(tmp_path, media) == expected


def test_an_event_stream_returns_a_stream_of_its_data(tmp_path: Path) -> None:
    watch = operation(
        build(tmp_path, _streaming({"schema": {"$ref": "#/components/schemas/Tick"}})),
        "ticks",
        "watch",
    )
    assert (python_type(watch.returns(False)), python_type(watch.returns(True))) == (
        "EventStream[Tick]",
        "AsyncEventStream[Tick]",
    )
    assert (
        python_type(watch.endpoint_type) == "StreamEndpoint[Tick]"
        and watch.call_helper == "stream_events"
    )
    assert watch.accept == "text/event-stream" and watch.is_coroutine


def test_json_offered_beside_the_stream_is_preferred(tmp_path: Path) -> None:
    assert _events(tmp_path, {"schema": {"type": "string"}}, json_too=True) is None


def test_an_item_schema_that_is_no_schema_is_a_warning(tmp_path: Path) -> None:
    client, diagnostics = build_reporting(
        tmp_path,
        _streaming({"itemSchema": "Tick", "schema": {"$ref": "#/components/schemas/Tick"}}),
    )
    assert _spelled(client) == ("Tick", "json_events(Tick)")
    assert any(
        "itemSchema is not a schema" in d.message and d.pointer.endswith("/itemSchema")
        for d in diagnostics
    )


def test_a_3_2_document_is_read_with_its_item_schemas(tmp_path: Path) -> None:
    spec = {
        **_streaming(
            {
                "itemSchema": {
                    "type": "object",
                    "properties": {"data": {"$ref": "#/components/schemas/Tick"}},
                }
            }
        ),
        "openapi": "3.2.0",
    }
    assert _spelled(build(tmp_path, spec)) == ("Tick", "json_events(Tick)")
