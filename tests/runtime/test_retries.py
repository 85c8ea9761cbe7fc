"""Which failures are retried, the backoff, and how Retry-After headers are read."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from itertools import pairwise

import httpx
import pytest
from runtime_under_test._retries import (
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    is_retryable_error,
    is_retryable_status,
    retry_after,
    retry_delay,
)

NOW = datetime(2025, 1, 1, 12, 0, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 599])
def test_transient_statuses_are_retried(status: int) -> None:
    assert is_retryable_status(status)


@pytest.mark.parametrize("status", [200, 204, 301, 400, 401, 403, 404, 422])
def test_statuses_that_would_fail_again_are_not_retried(status: int) -> None:
    assert not is_retryable_status(status)


REQUEST = httpx.Request("GET", "https://api.example.com/")


@pytest.mark.parametrize(
    "error",
    [
        httpx.ConnectError("refused", request=REQUEST),
        httpx.ReadError("reset", request=REQUEST),
        httpx.ConnectTimeout("slow", request=REQUEST),
        httpx.ReadTimeout("slow", request=REQUEST),
        httpx.RemoteProtocolError("bad", request=REQUEST),
    ],
    ids=lambda error: type(error).__name__,
)
def test_connection_failures_and_timeouts_are_retried(error: Exception) -> None:
    assert is_retryable_error(error)


@pytest.mark.parametrize(
    "error",
    [
        httpx.DecodingError("bad gzip", request=REQUEST),
        httpx.TooManyRedirects("loop", request=REQUEST),
        httpx.LocalProtocolError("Illegal header name b'a b'", request=REQUEST),
    ],
    ids=lambda error: type(error).__name__,
)
def test_failures_that_would_repeat_are_not_retried(error: Exception) -> None:
    assert not is_retryable_error(error)


def test_backoff_doubles_then_stops_at_the_cap() -> None:
    delays = [retry_delay(n, jitter=lambda: 0.0) for n in range(10)]
    assert delays[0] == INITIAL_RETRY_DELAY
    assert all(later == min(2 * earlier, MAX_RETRY_DELAY) for earlier, later in pairwise(delays))
    assert max(delays) == MAX_RETRY_DELAY


def test_jitter_shortens_by_at_most_a_quarter() -> None:
    for n in range(6):
        full = retry_delay(n, jitter=lambda: 0.0)
        assert retry_delay(n, jitter=lambda: 1.0) == pytest.approx(0.75 * full)
        assert 0.75 * full <= retry_delay(n) <= full


def test_jitter_spreads_clients_out() -> None:
    assert len({retry_delay(1) for _ in range(20)}) > 1


def test_retry_after_seconds() -> None:
    assert retry_after(httpx.Headers({"Retry-After": "3"})) == 3.0


def test_retry_after_http_date() -> None:
    headers = httpx.Headers(
        {"Retry-After": format_datetime(NOW + timedelta(seconds=10), usegmt=True)}
    )
    assert retry_after(headers, now=NOW) == pytest.approx(10.0)


def test_retry_after_date_in_the_past_means_now() -> None:
    headers = httpx.Headers({"Retry-After": format_datetime(NOW - timedelta(hours=1), usegmt=True)})
    assert retry_after(headers, now=NOW) == 0.0


def test_retry_after_ms_is_read_first() -> None:
    headers = httpx.Headers({"retry-after-ms": "1500", "Retry-After": "30"})
    assert retry_after(headers) == 1.5


@pytest.mark.parametrize(
    "headers",
    [
        {"Retry-After": "999999999"},
        {"Retry-After": "1e400"},
        {"retry-after-ms": "86400000"},
        {"Retry-After": format_datetime(NOW + timedelta(days=365), usegmt=True)},
    ],
    ids=["seconds", "infinite", "milliseconds", "date"],
)
def test_hostile_waits_are_capped(headers: dict[str, str]) -> None:
    assert retry_after(httpx.Headers(headers), now=NOW) == MAX_RETRY_AFTER
    assert retry_delay(0, httpx.Headers(headers), now=NOW) == MAX_RETRY_AFTER


@pytest.mark.parametrize("value", ["soon", "nan", "-5", "", "Mon, 99 Foo 2025"])
def test_unreadable_retry_after_falls_back_to_backoff(value: str) -> None:
    headers = httpx.Headers({"Retry-After": value})
    assert retry_after(headers, now=NOW) is None
    assert retry_delay(0, headers, jitter=lambda: 0.0) == INITIAL_RETRY_DELAY


def test_retry_after_replaces_the_backoff_even_when_longer() -> None:
    headers = httpx.Headers({"Retry-After": "20"})
    assert retry_delay(0, headers) == 20.0 > MAX_RETRY_DELAY
