"""Retries: which failures are tried again, how often, and how long the client waits first.

Most tests record the waits instead of sleeping (`sleeps`); the ones that check a server's
`Retry-After` / `retry-after-ms` is really honoured measure a short real wait.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from itertools import pairwise
from typing import Any

import pytest

from .recording_server import RecordingServer
from .seeds import IGNORE_DEPRECATED_CALLS, OPERATIONS, UPONAI, Operation, Runner

pytestmark = IGNORE_DEPRECATED_CALLS

# The longest wait a hostile Retry-After may cause. The contract says such a header must not
# stall a caller; a minute is the most any common client honours.
LONGEST_SERVER_REQUESTED_WAIT = 60.0

# The seed clients send an idempotency key with their POSTs (specs/clients.yaml), so every
# operation is retried as the contract says; tests/runtime/test_safe_retries.py covers a POST
# without a key.
_WRITES = [op for op in OPERATIONS if op.http_method in ("POST", "PATCH")]
each_operation = pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.id)
each_client = pytest.mark.parametrize(
    "op", list({op.client: op for op in reversed(OPERATIONS)}.values()), ids=lambda op: op.client
)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    """Every wait between tries, recorded instead of slept (sync and async clients)."""
    recorded: list[float] = []

    def fake_sleep(seconds: float) -> None:
        recorded.append(seconds)

    async def fake_async_sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr("time.sleep", fake_sleep)
    monkeypatch.setattr("asyncio.sleep", fake_async_sleep)
    yield recorded


def _fail_then_succeed(server: RecordingServer, op: Operation, status: int, **options: Any) -> None:
    server.enqueue(status, {"detail": "try again"}, **options)
    server.enqueue(op.status, op.response)


@each_operation
def test_503_then_200_succeeds(
    op: Operation, runner: Runner, server: RecordingServer, sleeps: list[float]
) -> None:
    _fail_then_succeed(server, op, 503)
    result = runner.run(op.call(runner.client(op.seed, base_url=server.url)))
    if op.returns is None:
        assert result is None
    else:
        assert type(result) is op.result_class()
    assert len(server.requests) == 2
    assert [r.path for r in server.requests] == [op.expected_path()] * 2
    assert server.requests[0].body == server.requests[1].body
    assert len(sleeps) == 1 and sleeps[0] > 0


@each_client
@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
def test_retryable_statuses_are_tried_again(
    op: Operation,
    status: int,
    runner: Runner,
    server: RecordingServer,
    sleeps: list[float],
) -> None:
    _fail_then_succeed(server, op, status)
    runner.run(op.call(runner.client(op.seed, base_url=server.url)))
    assert len(server.requests) == 2
    assert len(sleeps) == 1


@each_client
@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_other_client_errors_are_not_retried(
    op: Operation,
    status: int,
    runner: Runner,
    server: RecordingServer,
    sleeps: list[float],
) -> None:
    server.set_default(status, {"detail": "no"})
    with pytest.raises(op.seed.module.APIStatusError) as caught:
        runner.run(op.call(runner.client(op.seed, base_url=server.url)))
    assert caught.value.status_code == status
    assert len(server.requests) == 1
    assert sleeps == []


@each_client
def test_connection_errors_are_retried(
    op: Operation, runner: Runner, server: RecordingServer, sleeps: list[float]
) -> None:
    server.enqueue(drop=True)
    server.enqueue(op.status, op.response)
    runner.run(op.call(runner.client(op.seed, base_url=server.url)))
    assert len(server.requests) == 2
    assert len(sleeps) == 1


@each_client
def test_timeouts_are_retried(
    op: Operation, runner: Runner, server: RecordingServer, sleeps: list[float]
) -> None:
    server.enqueue(op.status, op.response, delay=3.0)
    server.enqueue(op.status, op.response)
    started = time.monotonic()
    runner.run(op.call(runner.client(op.seed, base_url=server.url, timeout=0.2)))
    assert time.monotonic() - started < 2.0
    assert len(server.requests) == 2
    assert len(sleeps) == 1


@each_client
def test_max_retries_zero_tries_once(
    op: Operation, runner: Runner, server: RecordingServer, sleeps: list[float]
) -> None:
    server.set_default(503, {"detail": "busy"})
    client = runner.client(op.seed, base_url=server.url, max_retries=0)
    with pytest.raises(op.seed.module.InternalServerError):
        runner.run(op.call(client))
    assert len(server.requests) == 1
    assert sleeps == []


@each_client
@pytest.mark.parametrize("retries", [0, 1, 3])
def test_with_options_max_retries(
    op: Operation,
    retries: int,
    runner: Runner,
    server: RecordingServer,
    sleeps: list[float],
) -> None:
    server.set_default(503, {"detail": "busy"})
    client = runner.client(op.seed, base_url=server.url)
    copy = client.with_options(max_retries=retries)
    assert type(copy) is type(client)
    with pytest.raises(op.seed.module.InternalServerError):
        runner.run(op.call(copy))
    assert len(server.requests) == 1 + retries
    for header, value in op.seed.auth_headers().items():
        assert {r.headers[header] for r in server.requests} == {value}
    # The original keeps its own setting (the default 2).
    with pytest.raises(op.seed.module.InternalServerError):
        runner.run(op.call(client))
    assert len(server.requests) == 1 + retries + 3


@each_client
def test_backoff_is_exponential_with_jitter(
    op: Operation, runner: Runner, server: RecordingServer, sleeps: list[float]
) -> None:
    server.set_default(503, {"detail": "busy"})
    client = runner.client(op.seed, base_url=server.url, max_retries=4)
    firsts = []
    for _ in range(4):
        sleeps.clear()
        with pytest.raises(op.seed.module.InternalServerError):
            runner.run(op.call(client))
        assert len(sleeps) == 4
        assert all(wait > 0 for wait in sleeps)
        # Each wait about doubles the one before (give or take the jitter), so the fourth is
        # about 8 times the first: a linear backoff would give about 4.
        for before, after in pairwise(sleeps):
            assert 1.4 < after / before < 2.9
        assert sleeps[3] / sleeps[0] > 5.5
        firsts.append(sleeps[0])
    assert len(set(firsts)) > 1, "no jitter: every first wait was the same"


@each_client
@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "2"}, 2.0),
        ({"Retry-After": "0"}, 0.0),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "20"}, 0.02),
    ],
    ids=["seconds", "zero-seconds", "ms", "small-ms"],
)
def test_retry_after_headers_set_the_wait(
    op: Operation,
    headers: dict[str, str],
    expected: float,
    runner: Runner,
    server: RecordingServer,
    sleeps: list[float],
) -> None:
    _fail_then_succeed(server, op, 429, headers=headers)
    runner.run(op.call(runner.client(op.seed, base_url=server.url)))
    assert sleeps == [pytest.approx(expected)]


@each_client
def test_retry_after_http_date_sets_the_wait(
    op: Operation, runner: Runner, server: RecordingServer, sleeps: list[float]
) -> None:
    when = datetime.now(timezone.utc) + timedelta(seconds=30)
    _fail_then_succeed(
        server,
        op,
        503,
        headers={"Retry-After": email.utils.format_datetime(when, usegmt=True)},
    )
    runner.run(op.call(runner.client(op.seed, base_url=server.url)))
    assert len(sleeps) == 1
    assert 25.0 < sleeps[0] <= 30.0


@each_client
@pytest.mark.parametrize(
    "headers",
    [{"Retry-After": "99999"}, {"retry-after-ms": "99999999"}],
    ids=["seconds", "ms"],
)
def test_hostile_retry_after_does_not_stall(
    op: Operation,
    headers: dict[str, str],
    runner: Runner,
    server: RecordingServer,
    sleeps: list[float],
) -> None:
    _fail_then_succeed(server, op, 503, headers=headers)
    runner.run(op.call(runner.client(op.seed, base_url=server.url)))
    assert len(sleeps) == 1
    assert 0 <= sleeps[0] <= LONGEST_SERVER_REQUESTED_WAIT


# -- real waits ------------------------------------------------------------------------------


@each_client
def test_retry_after_ms_is_really_waited(
    op: Operation, runner: Runner, server: RecordingServer
) -> None:
    _fail_then_succeed(server, op, 503, headers={"retry-after-ms": "300"})
    client = runner.client(op.seed, base_url=server.url)
    started = time.monotonic()
    runner.run(op.call(client))
    elapsed = time.monotonic() - started
    assert len(server.requests) == 2
    assert 0.29 <= elapsed < 1.0


@pytest.mark.parametrize("op", [UPONAI.operations[1]], ids=lambda op: op.id)
def test_retry_after_seconds_is_really_waited(
    op: Operation, runner: Runner, server: RecordingServer
) -> None:
    _fail_then_succeed(server, op, 429, headers={"Retry-After": "1"})
    answer_started = time.monotonic()
    runner.run(op.call(runner.client(op.seed, base_url=server.url)))
    elapsed = time.monotonic() - answer_started
    assert len(server.requests) == 2
    assert 0.99 <= elapsed < 1.8


@pytest.mark.parametrize("op", _WRITES, ids=lambda op: op.id)
def test_a_retried_post_carries_the_same_idempotency_key(
    op: Operation, runner: Runner, server: RecordingServer, sleeps: list[float]
) -> None:
    _fail_then_succeed(server, op, 503, headers={"Retry-After": "0"})
    runner.run(op.call(runner.client(op.seed, base_url=server.url)))
    first, retry = server.requests
    assert (
        first.headers["idempotency-key"]
        and first.headers["idempotency-key"] == retry.headers["idempotency-key"]
    )
    assert "x-retry-count" not in first.headers and retry.headers["x-retry-count"] == "1"
