"""`with_streaming_response`: an operation's response, its body read only as the caller asks.

`to_streamed_response(method)` wraps a generated method. Calling the wrapper sends nothing: it
returns a context manager, and entering it sends the request and gives a `StreamedResponse` as
soon as the headers are in, its body unread (errors and retries are as for any call, their
bodies read). Leaving the block closes the connection. Read in chunks (`iter_bytes`,
`iter_text`, `iter_lines`), a body of any size passes through a little at a time; read whole
(`read`, `parse`), it is bounded by the client's `max_response_size` and `deadline`.

    with client.with_streaming_response.files.download("id") as response:
        for chunk in response.iter_bytes():
            out.write(chunk)
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import TracebackType
from typing import Generic, ParamSpec, TypeVar

import httpx

from ._base_client import reading_errors
from ._raw_response import OpenResponse, ResponseView, to_async_open_response, to_open_response

T = TypeVar("T")
P = ParamSpec("P")


class _Streamed(ResponseView, Generic[T]):
    """What the sync and the async streamed response share; none of it does I/O."""

    def __init__(self, opened: OpenResponse[T]) -> None:
        self.http_response = opened.http_response
        """The httpx response, its body unread until one of the methods reads it."""
        self._opened = opened
        self._read: httpx.Response | None = None
        self._parsed: tuple[T] | None = None

    def _parse(self, read: httpx.Response) -> T:
        if self._parsed is None:
            self._parsed = (self._opened.parse(read),)
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code}]>"


class StreamedResponse(_Streamed[T]):
    """An operation's response whose body is read as you ask: in chunks, or whole once."""

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body as it arrives, decompressed: chunks of `chunk_size` bytes, or as they come."""
        with reading_errors(self.http_response.request):
            yield from self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        """The body as it arrives, decoded to text by its charset."""
        with reading_errors(self.http_response.request):
            yield from self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        """The body's lines as they arrive, without their line breaks."""
        with reading_errors(self.http_response.request):
            yield from self.http_response.iter_lines()

    def read(self) -> bytes:
        """The whole body; ResponseTooLargeError past the client's `max_response_size`."""
        return self._whole().content

    def parse(self) -> T:
        """The value the operation returns (once; later calls return the same value)."""
        reader = self._opened.reader
        return self._parse(self.http_response if reader is None else self._whole())

    def close(self) -> None:
        """Close the connection, whatever of the body is left unread."""
        self.http_response.close()

    def _whole(self) -> httpx.Response:
        if self._read is None:
            reader = self._opened.reader
            with reading_errors(self.http_response.request):
                if reader is None:
                    self.http_response.read()
                    self._read = self.http_response
                else:
                    for chunk in self.http_response.iter_bytes():
                        reader.take(self.http_response, chunk)
                    self._read = reader.received(self.http_response)
        return self._read


class AsyncStreamedResponse(_Streamed[T]):
    """An operation's response whose body is read as you ask: in chunks, or whole once."""

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body as it arrives, decompressed: chunks of `chunk_size` bytes, or as they come."""
        with reading_errors(self.http_response.request):
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                yield chunk

    async def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        """The body as it arrives, decoded to text by its charset."""
        with reading_errors(self.http_response.request):
            async for text in self.http_response.aiter_text(chunk_size):
                yield text

    async def iter_lines(self) -> AsyncIterator[str]:
        """The body's lines as they arrive, without their line breaks."""
        with reading_errors(self.http_response.request):
            async for line in self.http_response.aiter_lines():
                yield line

    async def read(self) -> bytes:
        """The whole body; ResponseTooLargeError past the client's `max_response_size`."""
        return (await self._whole()).content

    async def parse(self) -> T:
        """The value the operation returns (once; later calls return the same value)."""
        reader = self._opened.reader
        return self._parse(self.http_response if reader is None else await self._whole())

    async def close(self) -> None:
        """Close the connection, whatever of the body is left unread."""
        await self.http_response.aclose()

    async def _whole(self) -> httpx.Response:
        if self._read is None:
            reader = self._opened.reader
            with reading_errors(self.http_response.request):
                if reader is None:
                    await self.http_response.aread()
                    self._read = self.http_response
                else:
                    async for chunk in self.http_response.aiter_bytes():
                        reader.take(self.http_response, chunk)
                    self._read = reader.received(self.http_response)
        return self._read


class ResponseContextManager(Generic[T]):
    """What a `with_streaming_response` method returns: `with` it to send the request."""

    def __init__(self, send: Callable[[], OpenResponse[T]]) -> None:
        self._send = send
        self._response: StreamedResponse[T] | None = None

    def __enter__(self) -> StreamedResponse[T]:
        self._response = StreamedResponse(self._send())
        return self._response

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContextManager(Generic[T]):
    """What an async `with_streaming_response` method returns: `async with` it to send the request."""

    def __init__(self, send: Callable[[], Awaitable[OpenResponse[T]]]) -> None:
        self._send = send
        self._response: AsyncStreamedResponse[T] | None = None

    async def __aenter__(self) -> AsyncStreamedResponse[T]:
        self._response = AsyncStreamedResponse(await self._send())
        return self._response

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._response is not None:
            await self._response.close()


def to_streamed_response(method: Callable[P, T]) -> Callable[P, ResponseContextManager[T]]:
    """Wrap an operation so that it returns a context manager of its StreamedResponse."""
    send = to_open_response(method)

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> ResponseContextManager[T]:
        return ResponseContextManager(functools.partial(send, *args, **kwargs))

    return wrapper


def to_async_streamed_response(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, AsyncResponseContextManager[T]]:
    """Wrap an async operation so that it returns an async context manager of its StreamedResponse."""
    send = to_async_open_response(method)

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> AsyncResponseContextManager[T]:
        return AsyncResponseContextManager(functools.partial(send, *args, **kwargs))

    return wrapper
