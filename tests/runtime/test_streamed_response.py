"""with_streaming_response's context managers and StreamedResponse, over httpx.MockTransport."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from runtime_under_test._base_client import BINARY, Endpoint, SyncAPIClient, json_body
from runtime_under_test._streamed_response import to_streamed_response
from runtime_under_test.errors import APIConnectionError, NotFoundError, ResponseTooLargeError

from .mock_server import Server

GET_COUNT = Endpoint[dict[str, int]](
    method="GET", path="/count", responses={"200": json_body(lambda: dict[str, int])}
)
DOWNLOAD = Endpoint[bytes](method="GET", path="/file", responses={"200": BINARY})


def _client(server: Server, **options: Any) -> SyncAPIClient:
    return SyncAPIClient(
        base_url="https://api.example.com", http_client=server.sync_client(), **options
    )


def test_nothing_is_sent_until_the_block_is_entered() -> None:
    server = Server(httpx.Response(200, json={"n": 1}))
    client = _client(server)
    streamed = to_streamed_response(client.request)(GET_COUNT)
    assert server.requests == []
    with streamed as response:
        assert len(server.requests) == 1
        assert response.status_code == 200
        assert response.parse() == {"n": 1}
        assert response.parse() is response.parse()


def _streaming_client(
    *chunks: bytes | Exception, headers: dict[str, str] | None = None, **options: Any
) -> tuple[SyncAPIClient, list[bytes]]:
    """A client whose every response sends `chunks` as httpx reads them (an exception breaks it
    off), and the chunks sent so far."""
    sent: list[bytes] = []

    def body() -> Iterator[bytes]:
        for chunk in chunks:
            if isinstance(chunk, Exception):
                raise chunk
            sent.append(chunk)
            yield chunk

    http = httpx.Client(
        transport=httpx.MockTransport(
            lambda request: httpx.Response(200, headers=headers, content=body())
        )
    )
    return SyncAPIClient(base_url="https://api.example.com", http_client=http, **options), sent


def test_the_body_is_read_only_when_asked_for() -> None:
    client, sent = _streaming_client(b"ab", b"cd")
    with to_streamed_response(client.request)(DOWNLOAD) as response:
        assert sent == []
        chunks = list(response.iter_bytes())
    assert chunks == [b"ab", b"cd"]


def test_read_whole_it_is_decompressed_within_max_response_size() -> None:
    packed = gzip.compress(b"x" * 10_000)
    client, _ = _streaming_client(packed, headers={"Content-Encoding": "gzip"})
    with to_streamed_response(client.request)(DOWNLOAD) as response:
        assert response.read() == b"x" * 10_000
        assert response.parse() == b"x" * 10_000
    small, _ = _streaming_client(
        packed, headers={"Content-Encoding": "gzip"}, max_response_size=1_000
    )
    with to_streamed_response(small.request)(DOWNLOAD) as response:
        with pytest.raises(ResponseTooLargeError):
            response.read()


def test_an_error_status_raises_when_the_block_is_entered() -> None:
    server = Server(httpx.Response(404, json={"message": "gone"}))
    with pytest.raises(NotFoundError) as raised:
        with to_streamed_response(_client(server).request)(GET_COUNT):
            pass
    assert raised.value.body == {"message": "gone"}


def test_a_body_that_breaks_off_raises_a_connection_error() -> None:
    client, _ = _streaming_client(b"ab", httpx.ReadError("connection reset"))
    with to_streamed_response(client.request)(DOWNLOAD) as response:
        with pytest.raises(APIConnectionError):
            list(response.iter_bytes())


def test_leaving_the_block_closes_the_response() -> None:
    client, _ = _streaming_client(b"abc")
    with to_streamed_response(client.request)(DOWNLOAD) as response:
        assert not response.http_response.is_closed
    assert response.http_response.is_closed
