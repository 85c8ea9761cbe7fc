"""Operations of the `logs` group."""

from __future__ import annotations

import httpx

from .._base_client import TEXT, AsyncAPIClient, SyncAPIClient
from .._event_stream import (
    TEXT_EVENTS,
    AsyncEventStream,
    EventStream,
    StreamEndpoint,
    stream_events,
)
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestArguments

__all__ = ["Logs", "AsyncLogs"]

_FOLLOW: StreamEndpoint[str] = StreamEndpoint(
    method="GET",
    path="/logs",
    responses={
        "200": TEXT,
    },
    accept="text/event-stream",
    events=TEXT_EVENTS,
)


class Logs:
    """Operations of the `logs` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def follow(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EventStream[str]:
        """Follow the log as it is written.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return stream_events(
            self._client,
            _FOLLOW,
            RequestArguments(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class LogsWithRawResponse:
    """`Logs` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Logs) -> None:
        self.follow = to_raw_response(resource.follow)


class LogsWithStreamingResponse:
    """`Logs` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Logs) -> None:
        self.follow = to_streamed_response(resource.follow)


class AsyncLogs:
    """Operations of the `logs` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def follow(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncEventStream[str]:
        """Follow the log as it is written.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await stream_events(
            self._client,
            _FOLLOW,
            RequestArguments(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncLogsWithRawResponse:
    """`AsyncLogs` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncLogs) -> None:
        self.follow = to_async_raw_response(resource.follow)


class AsyncLogsWithStreamingResponse:
    """`AsyncLogs` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncLogs) -> None:
        self.follow = to_async_streamed_response(resource.follow)
