"""idempotency.yaml: POST and PATCH carry an idempotency key and are retried with the same one."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from idempotency_client import AsyncIdempotencyClient, IdempotencyClient

from tests.clients.recording_server import RecordingServer


def _run(mode: str, server: RecordingServer, operation: str, *args: Any) -> None:
    options: dict[str, Any] = {"base_url": server.url, "max_retries": 1}
    if mode == "sync":
        with IdempotencyClient(**options) as client:
            getattr(client.payments, operation)(*args)
        return

    async def main() -> None:
        async with AsyncIdempotencyClient(**options) as client:
            await getattr(client.payments, operation)(*args)

    asyncio.run(main())


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.mark.parametrize(
    ("operation", "args", "header"),
    [("create", (), "Idempotency-Key"), ("update", ("p1",), "X-Idempotency-Key")],
)
def test_a_write_is_retried_with_the_same_key(
    mode: str, server: RecordingServer, operation: str, args: tuple[Any, ...], header: str
) -> None:
    server.enqueue(503, headers={"Retry-After": "0"})
    server.enqueue(200, {"id": "p1"})
    _run(mode, server, operation, *args)
    first, second = server.requests
    assert first.headers.get_all(header) == second.headers.get_all(header) != []
    assert "x-retry-count" not in first.headers and second.headers["x-retry-count"] == "1"


def test_the_spec_parameter_wins_over_the_configured_header(
    mode: str, server: RecordingServer
) -> None:
    _run(mode, server, "create")
    assert "X-Idempotency-Key" not in server.last_request.headers


def test_a_read_carries_no_key(mode: str, server: RecordingServer) -> None:
    _run(mode, server, "get", "p1")
    headers = server.last_request.headers
    assert "Idempotency-Key" not in headers and "X-Idempotency-Key" not in headers
