"""`with_raw_response`: calling an operation for its HTTP response as well as its value.

`to_raw_response(method)` wraps a generated method; while the wrapper runs, a context variable
asks the base client to hand back a `RawResponse` in place of the parsed value (`deliver`).
Context variables follow the call into coroutines, so the same works for async methods.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Generic, ParamSpec, TypeVar, cast

import httpx

T = TypeVar("T")
P = ParamSpec("P")

_raw_requested: ContextVar[bool] = ContextVar("raw_response_requested", default=False)


class RawResponse(Generic[T]):
    """An operation's HTTP response; `parse()` gives the value the operation would return."""

    def __init__(self, http_response: httpx.Response, parse: Callable[[], T]) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: tuple[T] | None = None

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    def parse(self) -> T:
        """Decode the body as the operation would (once; later calls return the same value)."""
        if self._parsed is None:
            self._parsed = (self._parse(),)
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}]>"


def deliver(http_response: httpx.Response, parse: Callable[[], T]) -> T:
    """Return `parse()`, or a RawResponse when the caller went through `with_raw_response`."""
    if _raw_requested.get():
        # The one place the RawResponse passes for T; the wrappers below cast it back.
        return cast(T, RawResponse(http_response, parse))
    return parse()


def to_raw_response(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """Wrap an operation so that it returns a RawResponse of its value."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = _raw_requested.set(True)
        try:
            return cast(RawResponse[T], method(*args, **kwargs))
        finally:
            _raw_requested.reset(token)

    return wrapper


def to_async_raw_response(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[RawResponse[T]]]:
    """Wrap an async operation so that it returns a RawResponse of its value."""

    @functools.wraps(method)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = _raw_requested.set(True)
        try:
            return cast(RawResponse[T], await method(*args, **kwargs))
        finally:
            _raw_requested.reset(token)

    return wrapper
