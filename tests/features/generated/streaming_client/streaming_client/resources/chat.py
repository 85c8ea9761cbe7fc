"""Operations of the `chat` group."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import TEXT, AsyncAPIClient, SyncAPIClient
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
    from ..models import ChatChunk

__all__ = ["Chat", "AsyncChat"]

_STREAM: StreamEndpoint[ChatChunk] = StreamEndpoint(
    method="POST",
    path="/chat",
    responses={
        "200": TEXT,
    },
    accept="text/event-stream",
    body_encoding="json",
    content_type="application/json",
    events=json_events(lambda: models.ChatChunk),
)


class Chat:
    """Operations of the `chat` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def stream(
        self,
        *,
        prompt: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EventStream[ChatChunk]:
        """Answer a prompt, a piece at a time.

        Args:
            prompt: Body field `prompt`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return stream_events(
            self._client,
            _STREAM,
            RequestArguments(
                body={"prompt": prompt},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ChatWithRawResponse:
    """`Chat` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Chat) -> None:
        self.stream = to_raw_response(resource.stream)


class ChatWithStreamingResponse:
    """`Chat` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Chat) -> None:
        self.stream = to_streamed_response(resource.stream)


class AsyncChat:
    """Operations of the `chat` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def stream(
        self,
        *,
        prompt: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncEventStream[ChatChunk]:
        """Answer a prompt, a piece at a time.

        Args:
            prompt: Body field `prompt`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await stream_events(
            self._client,
            _STREAM,
            RequestArguments(
                body={"prompt": prompt},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncChatWithRawResponse:
    """`AsyncChat` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncChat) -> None:
        self.stream = to_async_raw_response(resource.stream)


class AsyncChatWithStreamingResponse:
    """`AsyncChat` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncChat) -> None:
        self.stream = to_async_streamed_response(resource.stream)
