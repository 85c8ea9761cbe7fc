"""streaming.yaml: event streams yield each event as it arrives, and `with_streaming_response`
reads any operation's body as the caller asks, sync and async, over real HTTP.

The server sends each answer in parts and can wait between them for the test (an event), so
a test sees what the client made of a part before the next one is sent.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import threading
import tracemalloc
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import streaming_client
import streaming_client.models as m

from .packages import run_with_client
from .streaming_server import HANG_UP, WAIT, Answer, StreamingServer

EVENT_STREAM = {"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}


@pytest.fixture(scope="module")
def _module_server() -> Iterator[StreamingServer]:
    with StreamingServer() as running:
        yield running


@pytest.fixture
def server(_module_server: StreamingServer) -> Iterator[StreamingServer]:
    _module_server.reset()
    yield _module_server
    _module_server.reset()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def event(data: object, **fields: object) -> bytes:
    """One event as a server writes it: its fields, its data (JSON unless a str), a blank line."""
    text = data if isinstance(data, str) else json.dumps(data)
    lines = [f"{name}: {value}" for name, value in fields.items()]
    lines += [f"data: {line}" for line in text.split("\n")]
    return ("\n".join(lines) + "\n\n").encode()


def _run(
    mode: str,
    server: StreamingServer,
    sync: Callable[[Any], Any],
    asynchronous: Callable[[Any], Any],
    **options: Any,
) -> Any:
    """`sync(client)` with a sync client of the server, or `await asynchronous(client)` (async)."""
    settings: dict[str, Any] = {
        "base_url": server.url,
        "max_retries": 0,
        "timeout": 10.0,
        **options,
    }
    return run_with_client(mode, streaming_client, settings, sync, asynchronous)


def _events(
    mode: str,
    server: StreamingServer,
    operation: Callable[[Any], Any],
    on_event: Callable[[Any], object] = lambda event: None,
    **options: Any,
) -> list[Any]:
    """Every event of the stream `operation(client)` opens; `on_event` is called as each comes."""

    def sync(client: Any) -> list[Any]:
        seen = []
        for each in operation(client):
            on_event(each)
            seen.append(each)
        return seen

    async def asynchronous(client: Any) -> list[Any]:
        seen = []
        async for each in await operation(client):
            on_event(each)
            seen.append(each)
        return seen

    return _run(mode, server, sync, asynchronous, **options)


def test_each_event_arrives_before_the_server_sends_the_next(
    mode: str, server: StreamingServer
) -> None:
    release, sent_last = threading.Event(), threading.Event()
    answer = Answer(
        [
            event({"symbol": "ACME", "price": 1.5}, event="tick", id="t1"),
            release,
            sent_last.set,
            event({"symbol": "ACME", "price": 2}),
        ],
        headers=EVENT_STREAM,
    )
    server.answer("/ticks", answer)

    def on_event(tick: Any) -> None:
        if not release.is_set():
            # Had the client waited for the whole body, the server would still hold the last event.
            assert not sent_last.is_set()
            release.set()

    ticks = _events(mode, server, lambda client: client.ticks.watch(symbol="ACME"), on_event)
    assert [(tick.event, tick.id, tick.data) for tick in ticks] == [
        ("tick", "t1", m.Tick(symbol="ACME", price=1.5)),
        ("message", "t1", m.Tick(symbol="ACME", price=2)),
    ]
    assert not answer.gave_up.is_set()
    assert answer.request is not None and answer.request.target == "/ticks?symbol=ACME"
    assert answer.request.headers["accept"] == "text/event-stream"


def test_breaking_out_of_the_loop_closes_the_connection(mode: str, server: StreamingServer) -> None:
    answer = Answer(
        [event({"symbol": "ACME", "price": 1}), HANG_UP, event({"symbol": "ACME", "price": 2})],
        headers=EVENT_STREAM,
    )
    server.answer("/ticks", answer)

    def sync(client: Any) -> bool:
        for _ in client.ticks.watch(symbol="ACME"):
            break
        # Still inside the client's `with`: only the loop's end can have closed the connection.
        return answer.hung_up.wait(WAIT)

    async def asynchronous(client: Any) -> bool:
        async for _ in await client.ticks.watch(symbol="ACME"):
            break
        return await asyncio.to_thread(answer.hung_up.wait, WAIT)

    assert _run(mode, server, sync, asynchronous)
    assert not answer.gave_up.is_set()


def test_leaving_the_streams_with_block_closes_the_connection(
    mode: str, server: StreamingServer
) -> None:
    answer = Answer([event({"symbol": "ACME", "price": 1}), HANG_UP], headers=EVENT_STREAM)
    server.answer("/ticks", answer)

    def sync(client: Any) -> bool:
        with client.ticks.watch(symbol="ACME") as stream:
            assert stream.http_response.headers["content-type"] == "text/event-stream"
        return answer.hung_up.wait(WAIT)

    async def asynchronous(client: Any) -> bool:
        async with await client.ticks.watch(symbol="ACME") as stream:
            assert stream.http_response.headers["content-type"] == "text/event-stream"
        return await asyncio.to_thread(answer.hung_up.wait, WAIT)

    assert _run(mode, server, sync, asynchronous)


def test_event_fields_comments_and_line_breaks_are_read_as_sent(
    mode: str, server: StreamingServer
) -> None:
    parts = [
        b": connected\r\n\r\n",
        b"data: first line\r\ndata: second line\r\n\r\n",
        b"event: rotate\nid: 7\nretry: 3000\ndata: x\n\n",
        b"data: split ",  # an event in two chunks, the line ending in a third
        b"across chunks\r",
        b"\n\r\n",
        b"id\ndata: the id was reset\n\n",
        b"data: the stream ends before this event does\n",
    ]
    server.answer("/logs", Answer(parts, headers=EVENT_STREAM))
    lines = _events(mode, server, lambda client: client.logs.follow())
    assert [(line.event, line.id, line.retry, line.data) for line in lines] == [
        ("message", None, None, "first line\nsecond line"),
        ("rotate", "7", 3000, "x"),
        ("message", "7", None, "split across chunks"),
        ("message", None, None, "the id was reset"),
    ]


def test_json_data_described_as_a_string_with_a_content_schema(
    mode: str, server: StreamingServer
) -> None:
    server.answer(
        "/jobs/j1/progress",
        Answer(
            [event({"percent": 50}), event({"percent": 100, "message": "done"})],
            headers=EVENT_STREAM,
        ),
    )
    reports = _events(mode, server, lambda client: client.jobs.progress("j1"))
    assert [report.data for report in reports] == [
        m.Progress(percent=50),
        m.Progress(percent=100, message="done"),
    ]


def test_a_streamed_post_sends_its_body(mode: str, server: StreamingServer) -> None:
    answer = Answer(
        [event({"text": "Hel"}), event({"text": "lo", "done": True})], headers=EVENT_STREAM
    )
    server.answer("/chat", answer)
    chunks = _events(mode, server, lambda client: client.chat.stream(prompt="Say hello"))
    assert "".join(chunk.data.text for chunk in chunks) == "Hello" and chunks[-1].data.done is True
    assert answer.request is not None and answer.request.method == "POST"
    assert json.loads(answer.request.body) == {"prompt": "Say hello"}


def test_data_that_does_not_fit_raises_and_closes_the_connection(
    mode: str, server: StreamingServer
) -> None:
    answer = Answer([event({"symbol": "ACME"}), HANG_UP], headers=EVENT_STREAM)
    server.answer("/ticks", answer)
    with pytest.raises(streaming_client.APIResponseValidationError) as raised:
        _events(mode, server, lambda client: client.ticks.watch(symbol="ACME"))
    assert "price" in raised.value.message and raised.value.body == {"symbol": "ACME"}
    assert answer.hung_up.wait(WAIT)


def test_an_error_status_raises_before_any_event(mode: str, server: StreamingServer) -> None:
    body = json.dumps({"message": "unknown symbol"}).encode()
    server.answer(
        "/ticks",
        Answer([body], status=404, headers={"Content-Type": "application/json"}, length=len(body)),
    )
    with pytest.raises(streaming_client.NotFoundError) as raised:
        _events(mode, server, lambda client: client.ticks.watch(symbol="NOPE"))
    assert raised.value.body == m.Error(message="unknown symbol")


def test_the_call_is_retried_until_the_stream_begins(mode: str, server: StreamingServer) -> None:
    busy = Answer(
        [b"{}"],
        status=503,
        headers={"Content-Type": "application/json", "Retry-After": "0"},
        length=2,
    )
    server.answer(
        "/ticks", busy, Answer([event({"symbol": "ACME", "price": 3})], headers=EVENT_STREAM)
    )
    ticks = _events(mode, server, lambda client: client.ticks.watch(symbol="ACME"), max_retries=1)
    assert [tick.data.price for tick in ticks] == [3]


def test_streaming_a_json_operation_gives_the_response_before_its_body(
    mode: str, server: StreamingServer
) -> None:
    entered = threading.Event()
    answer = Answer(
        [b'{"id": "j1", ', entered, b'"state": "done"}'],
        headers={"Content-Type": "application/json", "X-Request-Id": "r1"},
    )
    server.answer("/jobs/j1", answer)

    def sync(client: Any) -> Any:
        with client.with_streaming_response.jobs.get("j1") as response:
            entered.set()
            assert response.status_code == 200 and response.headers["x-request-id"] == "r1"
            return response.parse()

    async def asynchronous(client: Any) -> Any:
        async with client.with_streaming_response.jobs.get("j1") as response:
            entered.set()
            assert response.status_code == 200 and response.headers["x-request-id"] == "r1"
            return await response.parse()

    assert _run(mode, server, sync, asynchronous) == m.Job(id="j1", state="done")
    # The block was entered while the server still held the rest of the body.
    assert not answer.gave_up.is_set()


def test_any_stream_can_be_read_raw_line_by_line(mode: str, server: StreamingServer) -> None:
    server.answer("/logs", Answer([b"data: a\n\n", b"event: b\ndata: c\n\n"], headers=EVENT_STREAM))

    def sync(client: Any) -> list[str]:
        with client.with_streaming_response.logs.follow() as response:
            return list(response.iter_lines())

    async def asynchronous(client: Any) -> list[str]:
        async with client.with_streaming_response.logs.follow() as response:
            return [line async for line in response.iter_lines()]

    assert _run(mode, server, sync, asynchronous) == ["data: a", "", "event: b", "data: c", ""]


DOWNLOAD_SIZE = 50 * 1024 * 1024
MEMORY_BOUND = 8 * 1024 * 1024
"""The most a 50 MB download may make the process allocate at once, server and client together."""


def _file(size: int, chunk: int = 64 * 1024) -> Iterator[bytes]:
    """The bytes of a download of `size` bytes, made a chunk at a time as they are sent."""
    block = bytes(range(256)) * (chunk // 256)
    for offset in range(0, size, chunk):
        yield block[: min(chunk, size - offset)]


def test_a_large_download_streams_through_bounded_memory(
    mode: str, server: StreamingServer
) -> None:
    headers = {"Content-Type": "application/octet-stream"}
    server.answer(
        "/files/big.bin", Answer(_file(DOWNLOAD_SIZE), headers=headers, length=DOWNLOAD_SIZE)
    )
    expected = hashlib.sha256()
    for chunk in _file(DOWNLOAD_SIZE):
        expected.update(chunk)

    def sync(client: Any) -> tuple[int, str]:
        digest, size = hashlib.sha256(), 0
        with client.with_streaming_response.files.download("big.bin") as response:
            for chunk in response.iter_bytes():
                digest.update(chunk)
                size += len(chunk)
        return size, digest.hexdigest()

    async def asynchronous(client: Any) -> tuple[int, str]:
        digest, size = hashlib.sha256(), 0
        async with client.with_streaming_response.files.download("big.bin") as response:
            async for chunk in response.iter_bytes():
                digest.update(chunk)
                size += len(chunk)
        return size, digest.hexdigest()

    tracemalloc.start()
    try:
        received = _run(mode, server, sync, asynchronous)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert received == (DOWNLOAD_SIZE, expected.hexdigest())
    assert peak < MEMORY_BOUND, f"peak {peak} bytes"


def test_a_body_read_whole_is_bounded_by_max_response_size_and_one_iterated_is_not(
    mode: str, server: StreamingServer
) -> None:
    size, limit = 256 * 1024, 64 * 1024
    headers = {"Content-Type": "application/octet-stream"}
    server.answer(
        "/files/a.bin",
        Answer(_file(size), headers=headers, length=size),
        Answer(_file(size), headers=headers, length=size),
    )

    def sync(client: Any) -> int:
        with client.with_streaming_response.files.download("a.bin") as response:
            with pytest.raises(streaming_client.ResponseTooLargeError):
                response.read()
        with client.with_streaming_response.files.download("a.bin") as response:
            return sum(len(chunk) for chunk in response.iter_bytes())

    async def asynchronous(client: Any) -> int:
        async with client.with_streaming_response.files.download("a.bin") as response:
            with pytest.raises(streaming_client.ResponseTooLargeError):
                await response.read()
        async with client.with_streaming_response.files.download("a.bin") as response:
            return sum([len(chunk) async for chunk in response.iter_bytes()])

    assert _run(mode, server, sync, asynchronous, max_response_size=limit) == size
