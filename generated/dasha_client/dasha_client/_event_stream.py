"""Server-sent events: operations whose success response is a `text/event-stream`.

Such an operation's `StreamEndpoint` says how each event's data is decoded (`events`). The sync
method returns an `EventStream` and the async one, awaited, an `AsyncEventStream`, as soon as
the response headers are in. Iterating it yields each event once its closing blank line has
arrived, and closes the connection when the loop ends, breaks or raises:

    for event in client.ticks.watch():
        print(event.event, event.data)

The bytes are read as the HTML standard says (WHATWG HTML, "Interpreting an event stream"):
lines end in CRLF, LF or CR, `:` starts a comment, `data:` lines join with line breaks, `id:`
carries over to later events, and an event the stream ends in the middle of is dropped.
"""

from __future__ import annotations

import json
import re
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Generic, TypeVar, overload

import httpx
from pydantic import ValidationError

from ._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, reading_errors
from ._raw_response import deliver, to_async_open_response, to_open_response
from ._responses import JsonBody, call_name
from ._types import RequestArguments

DataT = TypeVar("DataT")
_S = TypeVar("_S", bound="EventStream[Any]")
_A = TypeVar("_A", bound="AsyncEventStream[Any]")

_LINE_END = re.compile(rb"\r\n|\r|\n")


@dataclass(frozen=True)
class ServerSentEvent(Generic[DataT]):
    """One event of a stream."""

    data: DataT
    """The event's `data:` lines, joined by line breaks and decoded as the operation declares."""
    event: str = "message"
    """The event's type: its `event:` field, or "message" when it has none."""
    id: str | None = None
    """The last `id:` the stream gave, in this event or an earlier one; None before any (or after an empty one)."""
    retry: int | None = None
    """The event's `retry:` field: how many milliseconds to wait before reconnecting."""


class EventParser:
    """Turns the bytes of an event stream, fed as they arrive, into events with text data."""

    def __init__(self) -> None:
        self._partial: list[bytes] = []
        """The start of a line whose end has not arrived."""
        self._after_cr = False
        """The last chunk ended in CR: a LF that starts the next one ends no other line."""
        self._first_line = True
        self._data: list[str] = []
        self._event = ""
        self._retry: int | None = None
        self._last_id: str | None = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent[str]]:
        """The events that `chunk`, the bytes after those fed before, completes."""
        if self._after_cr and chunk.startswith(b"\n"):
            chunk = chunk[1:]
        if chunk:
            self._after_cr = chunk.endswith(b"\r")
        *lines, rest = _LINE_END.split(chunk)
        events: list[ServerSentEvent[str]] = []
        for index, line in enumerate(lines):
            if index == 0 and self._partial:
                line = b"".join((*self._partial, line))
                self._partial = []
            event = self._line(line.decode("utf-8", errors="replace"))
            if event is not None:
                events.append(event)
        if rest:
            self._partial.append(rest)
        return events

    def _line(self, line: str) -> ServerSentEvent[str] | None:
        if self._first_line:
            self._first_line = False
            line = line.removeprefix("\ufeff")
        if not line:
            return self._dispatch()
        name, colon, value = line.partition(":")
        if colon and not name:
            return None  # a comment, such as a keep-alive
        value = value.removeprefix(" ")
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._last_id = value or None
        elif name == "retry" and value.isascii() and value.isdigit():
            self._retry = int(value)
        return None

    def _dispatch(self) -> ServerSentEvent[str] | None:
        data, event, retry = self._data, self._event, self._retry
        self._data, self._event, self._retry = [], "", None
        if not data:
            return None
        return ServerSentEvent("\n".join(data), event or "message", self._last_id, retry)


class EventData(ABC, Generic[DataT]):
    """How the data of each event becomes the value the operation declares."""

    @abstractmethod
    def decode(self, data: str, response: httpx.Response) -> DataT:
        """The value of one event's `data`; APIResponseValidationError if it does not fit."""


class _JsonData(EventData[Any]):
    def __init__(self, load_type: Callable[[], Any]) -> None:
        self._json = JsonBody(load_type)

    def decode(self, data: str, response: httpx.Response) -> Any:
        try:
            return self._json.validate_json(data)
        except ValidationError as error:
            subject = f"An event of the response to {call_name(response.request)}"
            raise self._json.mismatch(error, subject, response, _loose(data)) from error


class _TextData(EventData[str]):
    def decode(self, data: str, response: httpx.Response) -> str:
        return data


def json_events(load_type: Callable[[], Any]) -> EventData[Any]:
    """Event data that is JSON of the type `load_type` returns when first called (a model,
    `list[Model]`, a union...)."""
    return _JsonData(load_type)


TEXT_EVENTS: EventData[str] = _TextData()
"""Event data that is text, as it came."""


@dataclass(frozen=True)
class StreamEndpoint(Endpoint[str], Generic[DataT]):
    """An endpoint whose success response is a stream of events whose data `events` decodes.

    Read whole (a plain `request`), the stream is its text.
    """

    events: EventData[DataT] = field(kw_only=True)


class _Events(Generic[DataT]):
    """What the sync and the async stream share; none of it does I/O."""

    def __init__(self, http_response: httpx.Response, data: EventData[DataT]) -> None:
        self.http_response = http_response
        """The response the events come in: status and headers, its body read as you iterate."""
        self._data = data

    def _decoded(self, event: ServerSentEvent[str]) -> ServerSentEvent[DataT]:
        data = self._data.decode(event.data, self.http_response)
        return ServerSentEvent(data, event.event, event.id, event.retry)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.http_response.status_code}]>"


class EventStream(_Events[DataT]):
    """The events of a response as they arrive. Iterate it once; the connection closes when the
    loop ends, breaks or raises, on `close()`, or when a `with` block around it ends."""

    def __iter__(self) -> Iterator[ServerSentEvent[DataT]]:
        parser = EventParser()
        try:
            with reading_errors(self.http_response.request):
                for chunk in self.http_response.iter_bytes():
                    for event in parser.feed(chunk):
                        yield self._decoded(event)
        finally:
            self.http_response.close()

    def close(self) -> None:
        """Close the connection, whatever events are left unread."""
        self.http_response.close()

    def __enter__(self: _S) -> _S:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncEventStream(_Events[DataT]):
    """The events of a response as they arrive. `async for` over it once; the connection closes
    when the loop ends, breaks or raises, on `aclose()`, or when an `async with` block ends."""

    async def __aiter__(self) -> AsyncIterator[ServerSentEvent[DataT]]:
        parser = EventParser()
        try:
            with reading_errors(self.http_response.request):
                async for chunk in self.http_response.aiter_bytes():
                    for event in parser.feed(chunk):
                        yield self._decoded(event)
        finally:
            await self.http_response.aclose()

    async def aclose(self) -> None:
        """Close the connection, whatever events are left unread."""
        await self.http_response.aclose()

    async def __aenter__(self: _A) -> _A:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()


@overload
def stream_events(
    client: SyncAPIClient, endpoint: StreamEndpoint[DataT], arguments: RequestArguments
) -> EventStream[DataT]: ...


@overload
def stream_events(
    client: AsyncAPIClient, endpoint: StreamEndpoint[DataT], arguments: RequestArguments
) -> Coroutine[Any, Any, AsyncEventStream[DataT]]: ...


def stream_events(
    client: SyncAPIClient | AsyncAPIClient,
    endpoint: StreamEndpoint[DataT],
    arguments: RequestArguments,
) -> EventStream[DataT] | Coroutine[Any, Any, AsyncEventStream[DataT]]:
    """Call an event-stream endpoint: its stream (sync), or a coroutine that opens it (async)."""
    if isinstance(client, SyncAPIClient):
        return _sync_stream(client, endpoint, arguments)
    return _async_stream(client, endpoint, arguments)


def _sync_stream(
    client: SyncAPIClient, endpoint: StreamEndpoint[DataT], arguments: RequestArguments
) -> EventStream[DataT]:
    opened = to_open_response(lambda: client.request(endpoint, **arguments))()
    events = EventStream(opened.http_response, endpoint.events)
    # Through `with_raw_response` or `with_streaming_response`, the caller gets the stream's
    # response, still open, and the stream as its value.
    return deliver(opened.http_response, lambda _: events)


async def _async_stream(
    client: AsyncAPIClient, endpoint: StreamEndpoint[DataT], arguments: RequestArguments
) -> AsyncEventStream[DataT]:
    opened = await to_async_open_response(lambda: client.request(endpoint, **arguments))()
    events = AsyncEventStream(opened.http_response, endpoint.events)
    return deliver(opened.http_response, lambda _: events)


def _loose(data: str) -> object:
    """An event's data as decoded JSON, else as text."""
    try:
        return json.loads(data)
    except ValueError:
        return data
