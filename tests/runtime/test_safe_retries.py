"""Retries that cannot carry out a write twice, over real HTTP on 127.0.0.1, sync and async.

A POST or PATCH is retried after the server saw it only with an idempotency key, the same on
every try of one call; without one, only when it never left (no connection could be made).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from runtime_under_test._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, json_body
from runtime_under_test.errors import APIConnectionError, APITimeoutError, InternalServerError

from tests.clients.recording_server import RecordingServer

CREATE = Endpoint[Any](method="POST", path="/things", responses={"200": json_body(lambda: Any)})
CREATE_WITH_KEY = Endpoint[Any](
    method="POST",
    path="/things",
    responses={"200": json_body(lambda: Any)},
    idempotency_header="Idempotency-Key",
)

Call = Callable[..., Any]


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Call:
    """`call(base_url, endpoint, **options)`: one call with a fresh client; the result or error."""
    monkeypatch.setattr("time.sleep", lambda seconds: None)

    async def no_sleep(seconds: float) -> None:
        pass

    monkeypatch.setattr("asyncio.sleep", no_sleep)

    def run(base_url: str, endpoint: Endpoint[Any], **options: Any) -> Any:
        if request.param == "sync":
            with SyncAPIClient(base_url=base_url, **options) as client:
                try:
                    return client.request(endpoint)
                except Exception as error:  # noqa: BLE001 - the test inspects it
                    return error

        async def main() -> Any:
            async with AsyncAPIClient(base_url=base_url, **options) as client:
                try:
                    return await client.request(endpoint)
                except Exception as error:  # noqa: BLE001 - the test inspects it
                    return error

        return asyncio.run(main())

    return run


def test_a_post_with_a_key_is_retried_with_the_same_key(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(503)
    server.enqueue(503)
    server.enqueue(200, {"id": 1})
    assert call(server.url, CREATE_WITH_KEY) == {"id": 1}
    first, second, third = server.requests
    keys = {request.headers["Idempotency-Key"] for request in server.requests}
    assert len(keys) == 1 and keys != {""}
    assert "x-retry-count" not in first.headers
    assert (second.headers["x-retry-count"], third.headers["x-retry-count"]) == ("1", "2")


def test_each_call_has_its_own_key(call: Call, server: RecordingServer) -> None:
    call(server.url, CREATE_WITH_KEY)
    call(server.url, CREATE_WITH_KEY)
    first, second = server.requests
    assert first.headers["Idempotency-Key"] != second.headers["Idempotency-Key"]


def test_a_key_the_caller_gives_is_kept(call: Call, server: RecordingServer) -> None:
    call(server.url, CREATE_WITH_KEY, default_headers={"Idempotency-Key": "mine"})
    assert server.last_request.headers.get_all("Idempotency-Key") == ["mine"]


def test_a_post_without_a_key_is_not_retried_after_an_answer(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(503)
    assert isinstance(call(server.url, CREATE), InternalServerError)
    assert len(server.requests) == 1
    assert "Idempotency-Key" not in server.last_request.headers


def test_a_post_without_a_key_is_not_retried_after_a_read_timeout(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(200, {}, delay=2.0)
    assert isinstance(call(server.url, CREATE, timeout=0.3), APITimeoutError)
    assert len(server.requests) == 1


def test_a_post_that_never_left_is_retried(
    call: Call, closed_port_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[int] = []
    monkeypatch.setattr(
        "runtime_under_test._base_client._Call.retrying",
        lambda self, retries_taken: attempts.append(retries_taken),
    )
    error = call(closed_port_url, CREATE, max_retries=2)
    assert isinstance(error, APIConnectionError) and not isinstance(error, APITimeoutError)
    assert attempts == [1, 2]


def test_a_get_is_retried_without_a_key(call: Call, server: RecordingServer) -> None:
    server.enqueue(503)
    get = Endpoint[Any](method="GET", path="/things", responses={"200": json_body(lambda: Any)})
    assert call(server.url, get) == {}
    assert len(server.requests) == 2
    assert server.last_request.headers["x-retry-count"] == "1"
