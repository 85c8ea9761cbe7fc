"""Operations of the `ticks` group."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import TEXT, AsyncAPIClient, SyncAPIClient, json_body
from .._event_stream import (
    AsyncEventStream,
    EventStream,
    StreamEndpoint,
    json_events,
    stream_events,
)
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestArguments

if TYPE_CHECKING:
    from ..models import Tick

__all__ = ["Ticks", "AsyncTicks"]

_WATCH: StreamEndpoint[Tick] = StreamEndpoint(
    method="GET",
    path="/ticks",
    responses={
        "200": TEXT,
        "default": json_body(lambda: models.Error),
    },
    accept="text/event-stream",
    events=json_events(lambda: models.Tick),
)


class Ticks:
    """Operations of the `ticks` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def watch(
        self,
        *,
        symbol: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EventStream[Tick]:
        """Watch a price as it changes.

        Args:
            symbol: Query parameter `symbol`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return stream_events(
            self._client,
            _WATCH,
            RequestArguments(
                query={"symbol": symbol},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class TicksWithRawResponse:
    """`Ticks` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Ticks) -> None:
        self.watch = to_raw_response(resource.watch)


class TicksWithStreamingResponse:
    """`Ticks` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Ticks) -> None:
        self.watch = to_streamed_response(resource.watch)


class AsyncTicks:
    """Operations of the `ticks` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def watch(
        self,
        *,
        symbol: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncEventStream[Tick]:
        """Watch a price as it changes.

        Args:
            symbol: Query parameter `symbol`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await stream_events(
            self._client,
            _WATCH,
            RequestArguments(
                query={"symbol": symbol},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncTicksWithRawResponse:
    """`AsyncTicks` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncTicks) -> None:
        self.watch = to_async_raw_response(resource.watch)


class AsyncTicksWithStreamingResponse:
    """`AsyncTicks` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncTicks) -> None:
        self.watch = to_async_streamed_response(resource.watch)
