"""When a failed request is tried again, and how long to wait first."""

from __future__ import annotations

import email.utils
import math
import random
from collections.abc import Callable
from datetime import datetime, timezone

import httpx

INITIAL_RETRY_DELAY = 0.5
"""Seconds before the first retry; each further retry waits twice as long."""

MAX_RETRY_DELAY = 8.0
"""The longest backoff between two tries."""

MAX_RETRY_AFTER = 60.0
"""The longest wait a server's `Retry-After` can impose, so a hostile header cannot stall a caller."""

RETRY_COUNT_HEADER = "x-retry-count"
"""The header that tells the server which retry of a request it receives (absent on the first try)."""

_RETRYABLE_STATUSES = frozenset({408, 409, 429})


def is_retryable_status(status_code: int) -> bool:
    """Whether a response with this status is worth trying again (408, 409, 429 and 5xx)."""
    return status_code in _RETRYABLE_STATUSES or status_code >= 500


def is_retryable_error(error: Exception) -> bool:
    """Whether a request that failed with `error` (no response) is worth trying again.

    Transport failures (connection refused or reset, timeouts, the server breaking the
    protocol) are; errors that would repeat are not: an undecodable body, too many redirects,
    or a request that httpx refuses to write (`LocalProtocolError`).
    """
    return isinstance(error, httpx.TransportError) and not isinstance(
        error, httpx.LocalProtocolError
    )


def is_unsent_error(error: Exception) -> bool:
    """Whether `error` means the request never left: no connection could be made for it.

    Only then may a request that the server could carry out twice be sent again.
    """
    return isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))


def retry_delay(
    retries_taken: int,
    headers: httpx.Headers | None = None,
    *,
    now: datetime | None = None,
    jitter: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number `retries_taken + 1`.

    The server's `retry-after-ms` or `Retry-After` header wins when it parses (capped at
    `MAX_RETRY_AFTER`); otherwise exponential backoff from `INITIAL_RETRY_DELAY`, capped at
    `MAX_RETRY_DELAY`, shortened by up to a quarter at random so that clients spread out.
    """
    if headers is not None:
        requested = retry_after(headers, now=now)
        if requested is not None:
            return requested
    backoff = min(INITIAL_RETRY_DELAY * 2.0**retries_taken, MAX_RETRY_DELAY)
    return backoff * (1.0 - 0.25 * jitter())


def retry_after(headers: httpx.Headers, *, now: datetime | None = None) -> float | None:
    """The wait in seconds a response asks for, capped at `MAX_RETRY_AFTER`; None if it asks none.

    Reads `retry-after-ms` (milliseconds), then `Retry-After` (seconds or an HTTP date).
    Values that do not parse, are negative or are not numbers are ignored; a date in the past
    means no wait.
    """
    milliseconds = _number(headers.get("retry-after-ms"))
    if milliseconds is not None:
        return _capped(milliseconds / 1000.0)
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _number(value)
    if seconds is not None:
        return _capped(seconds)
    return _seconds_until(value, now or datetime.now(timezone.utc))


def _number(text: str | None) -> float | None:
    """Parse a non-negative number of time units; None for anything else (including NaN)."""
    if text is None:
        return None
    try:
        number = float(text)
    except ValueError:
        return None
    if math.isnan(number) or number < 0:
        return None
    return number


def _seconds_until(http_date: str, now: datetime) -> float | None:
    """Seconds from `now` until an HTTP date, at least 0 and capped; None if it is no date."""
    try:
        when = email.utils.parsedate_to_datetime(http_date)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # HTTP dates are GMT; "-0000" parses as naive
        when = when.replace(tzinfo=timezone.utc)
    return _capped(max((when - now).total_seconds(), 0.0))


def _capped(seconds: float) -> float:
    return min(seconds, MAX_RETRY_AFTER)
