"""EventParser: the bytes of a `text/event-stream` to events, as the HTML standard reads them,
however the bytes are split into chunks."""

from __future__ import annotations

import httpx
import pytest
from runtime_under_test._event_stream import TEXT_EVENTS, EventParser, ServerSentEvent, json_events
from runtime_under_test.errors import APIResponseValidationError


def _parse(*chunks: bytes) -> list[ServerSentEvent[str]]:
    parser = EventParser()
    return [event for chunk in chunks for event in parser.feed(chunk)]


STREAMS = [
    ("one event", b"data: hello\n\n", [ServerSentEvent("hello")]),
    ("data lines join with line feeds", b"data: a\ndata: b\n\n", [ServerSentEvent("a\nb")]),
    (
        "CRLF and CR end lines too",
        b"data: a\r\ndata: b\r\rdata: c\r\n\r\n",
        [ServerSentEvent("a\nb"), ServerSentEvent("c")],
    ),
    (
        "one space after the colon is dropped, others kept",
        b"data:a\n\ndata:  b\n\n",
        [ServerSentEvent("a"), ServerSentEvent(" b")],
    ),
    ("a field without a colon has an empty value", b"data\n\n", [ServerSentEvent("")]),
    ("comments are skipped", b": ping\ndata: x\n: pong\n\n", [ServerSentEvent("x")]),
    ("a block without data is no event", b"event: nothing\n\ndata: x\n\n", [ServerSentEvent("x")]),
    (
        "the event type applies to its own event only",
        b"event: tick\ndata: 1\n\ndata: 2\n\n",
        [ServerSentEvent("1", event="tick"), ServerSentEvent("2")],
    ),
    (
        "the id carries over until an empty one resets it",
        b"id: 1\ndata: a\n\ndata: b\n\nid\ndata: c\n\n",
        [ServerSentEvent("a", id="1"), ServerSentEvent("b", id="1"), ServerSentEvent("c")],
    ),
    (
        "an id holding NUL is ignored",
        b"id: 1\ndata: a\n\nid: 2\x00\ndata: b\n\n",
        [ServerSentEvent("a", id="1"), ServerSentEvent("b", id="1")],
    ),
    (
        "retry is read when it is digits",
        b"retry: 1500\ndata: a\n\nretry: soon\ndata: b\n\n",
        [ServerSentEvent("a", retry=1500), ServerSentEvent("b")],
    ),
    ("unknown fields are ignored", b"colour: red\ndata: a\n\n", [ServerSentEvent("a")]),
    ("a leading byte order mark is dropped", b"\xef\xbb\xbfdata: a\n\n", [ServerSentEvent("a")]),
    ("an event the stream ends inside is dropped", b"data: a\n\ndata: b\n", [ServerSentEvent("a")]),
    ("UTF-8 data", "data: grüße 🌍\n\n".encode(), [ServerSentEvent("grüße 🌍")]),
]


@pytest.mark.parametrize(
    ("stream", "expected"), [case[1:] for case in STREAMS], ids=[case[0] for case in STREAMS]
)
def test_a_stream_in_one_chunk(stream: bytes, expected: list[ServerSentEvent[str]]) -> None:
    assert _parse(stream) == expected


@pytest.mark.parametrize(
    ("stream", "expected"), [case[1:] for case in STREAMS], ids=[case[0] for case in STREAMS]
)
def test_a_stream_split_anywhere(stream: bytes, expected: list[ServerSentEvent[str]]) -> None:
    for cut in range(1, len(stream)):
        assert _parse(stream[:cut], stream[cut:]) == expected, cut


@pytest.mark.parametrize(
    ("stream", "expected"), [case[1:] for case in STREAMS], ids=[case[0] for case in STREAMS]
)
def test_a_stream_a_byte_at_a_time(stream: bytes, expected: list[ServerSentEvent[str]]) -> None:
    assert _parse(*(stream[i : i + 1] for i in range(len(stream)))) == expected


def test_each_event_comes_with_the_chunk_that_completes_it() -> None:
    parser = EventParser()
    assert parser.feed(b"data: a\n") == []
    assert parser.feed(b"\ndata: b") == [ServerSentEvent("a")]
    assert parser.feed(b"\n\n") == [ServerSentEvent("b")]


def _response() -> httpx.Response:
    return httpx.Response(
        200, request=httpx.Request("GET", "https://api.example.com/ticks?key=secret")
    )


def test_json_data_is_validated_against_its_type() -> None:
    assert json_events(lambda: dict[str, int]).decode('{"price": 2}', _response()) == {"price": 2}
    with pytest.raises(APIResponseValidationError) as raised:
        json_events(lambda: dict[str, int]).decode('{"price": "high"}', _response())
    assert raised.value.message.startswith("An event of the response to GET /ticks does not fit")
    assert "secret" not in raised.value.message and raised.value.body == {"price": "high"}


def test_data_that_is_no_json_keeps_its_text_in_the_error() -> None:
    with pytest.raises(APIResponseValidationError) as raised:
        json_events(lambda: int).decode("[DONE]", _response())
    assert raised.value.body == "[DONE]"


def test_text_data_is_kept_as_it_came() -> None:
    assert TEXT_EVENTS.decode('{"not": "parsed"}', _response()) == '{"not": "parsed"}'
