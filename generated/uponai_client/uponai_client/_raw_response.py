"""`with_raw_response`, and the unread response `with_streaming_response` is built on.

A generated method returns its parsed value. The wrappers here make it return more: while one
runs, a context variable tells the base client how to hand the response over (`deliver`): as
the value, as a `RawResponse` (body read), or as an `OpenResponse` (body not read yet, see
`_streamed_response`). Context variables follow the call into coroutines, so the same works
for async methods.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Generic, Literal, ParamSpec, Protocol, TypeVar, cast

import httpx

T = TypeVar("T")
P = ParamSpec("P")

Delivery = Literal["value", "raw", "open"]
_delivery: ContextVar[Delivery] = ContextVar("response_delivery", default="value")


class BodyReader(Protocol):
    """Reads a body that was left unread within the limits of its call (the base client's call)."""

    def take(self, response: httpx.Response, chunk: bytes) -> None:
        """Keep the next decoded `chunk` of the body; raise once a limit is passed."""
        ...

    def received(self, response: httpx.Response) -> httpx.Response:
        """`response` with the body taken, as if httpx had read it."""
        ...


class ResponseView:
    """The status and headers of `http_response`, for the classes that wrap one."""

    http_response: httpx.Response

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers


class RawResponse(ResponseView, Generic[T]):
    """An operation's HTTP response; `parse()` gives the value the operation would return."""

    def __init__(self, http_response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: tuple[T] | None = None

    def parse(self) -> T:
        """Decode the body as the operation would (once; later calls return the same value)."""
        if self._parsed is None:
            self._parsed = (self._parse(self.http_response),)
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}]>"


@dataclass(frozen=True)
class OpenResponse(Generic[T]):
    """A success response whose body is not read yet, and how it becomes the operation's value.

    `parse` takes the response with its body read by `reader`; without a reader it takes the
    response as it is (a value that reads the body itself, such as an event stream, or a body
    that is read already).
    """

    http_response: httpx.Response
    parse: Callable[[httpx.Response], T]
    reader: BodyReader | None


def keeps_body_open() -> bool:
    """Whether the call in progress hands its success response over unread."""
    return _delivery.get() == "open"


def deliver(
    http_response: httpx.Response,
    parse: Callable[[httpx.Response], T],
    *,
    reader: BodyReader | None = None,
) -> T:
    """`parse(http_response)`, or the RawResponse or OpenResponse that the caller's wrapper asked for.

    `reader` reads the body of a response that `keeps_body_open` left unread.
    """
    delivery = _delivery.get()
    # The one place these pass for T; the wrappers below cast them back.
    if delivery == "raw":
        return cast(T, RawResponse(http_response, parse))
    if delivery == "open":
        return cast(T, OpenResponse(http_response, parse, reader))
    return parse(http_response)


def to_raw_response(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """Wrap an operation so that it returns a RawResponse of its value."""
    return _delivering("raw", method)


def to_async_raw_response(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[RawResponse[T]]]:
    """Wrap an async operation so that it returns a RawResponse of its value."""
    return _async_delivering("raw", method)


def to_open_response(method: Callable[P, T]) -> Callable[P, OpenResponse[T]]:
    """Wrap an operation so that it returns its success response unread, as an OpenResponse."""
    return _delivering("open", method)


def to_async_open_response(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[OpenResponse[T]]]:
    """Wrap an async operation so that it returns its success response unread, as an OpenResponse."""
    return _async_delivering("open", method)


def _delivering(delivery: Delivery, method: Callable[P, T]) -> Callable[P, Any]:
    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> Any:
        token = _delivery.set(delivery)
        try:
            return method(*args, **kwargs)
        finally:
            _delivery.reset(token)

    return wrapper


def _async_delivering(
    delivery: Delivery, method: Callable[P, Awaitable[T]]
) -> Callable[P, Awaitable[Any]]:
    @functools.wraps(method)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> Any:
        token = _delivery.set(delivery)
        try:
            return await method(*args, **kwargs)
        finally:
            _delivery.reset(token)

    return wrapper
