"""Operations of the `chat_sessions` group."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, json_body
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import CloseSessionResponse

__all__ = ["ChatSessions", "AsyncChatSessions"]

_CLOSE: Endpoint[CloseSessionResponse] = Endpoint(
    method="POST",
    path="/chat_sessions/{id}/close_session",
    responses={
        "200": json_body(lambda: models.CloseSessionResponse),
        "401": json_body(lambda: models.ChatErrorUnauthorized),
    },
    security=(("ApiToken",),),
    idempotency_header="Idempotency-Key",
    accept="application/json",
    body_encoding="json",
    content_type="application/json",
)


class ChatSessions:
    """Operations of the `chat_sessions` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def close(
        self,
        id: str,
        *,
        agent_uuid: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CloseSessionResponse:
        """End a chat session

        **Legacy — will be deprecated soon. Use the [Chat
        v1](/api-reference/endpoint/chat/support) `close` command (`POST
        /v1/chat/session/:id/support` with `{ "command": "close" }`) for new
        integrations.**

        Closes an active chat session and returns an AI-generated summary of the
        conversation.

        Deprecated: chat_sessions.close() is deprecated.

        Args:
            id: The session ID to close.
            agent_uuid: Unique identifier of the agent handling the session.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        warnings.warn("chat_sessions.close() is deprecated.", DeprecationWarning, stacklevel=2)
        return self._client.request(
            _CLOSE,
            path_params={"id": id},
            body={"agent_uuid": agent_uuid},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ChatSessionsWithRawResponse:
    """`ChatSessions` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: ChatSessions) -> None:
        self.close = to_raw_response(resource.close)


class ChatSessionsWithStreamingResponse:
    """`ChatSessions` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: ChatSessions) -> None:
        self.close = to_streamed_response(resource.close)


class AsyncChatSessions:
    """Operations of the `chat_sessions` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def close(
        self,
        id: str,
        *,
        agent_uuid: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CloseSessionResponse:
        """End a chat session

        **Legacy — will be deprecated soon. Use the [Chat
        v1](/api-reference/endpoint/chat/support) `close` command (`POST
        /v1/chat/session/:id/support` with `{ "command": "close" }`) for new
        integrations.**

        Closes an active chat session and returns an AI-generated summary of the
        conversation.

        Deprecated: chat_sessions.close() is deprecated.

        Args:
            id: The session ID to close.
            agent_uuid: Unique identifier of the agent handling the session.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        warnings.warn("chat_sessions.close() is deprecated.", DeprecationWarning, stacklevel=2)
        return await self._client.request(
            _CLOSE,
            path_params={"id": id},
            body={"agent_uuid": agent_uuid},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncChatSessionsWithRawResponse:
    """`AsyncChatSessions` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncChatSessions) -> None:
        self.close = to_async_raw_response(resource.close)


class AsyncChatSessionsWithStreamingResponse:
    """`AsyncChatSessions` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncChatSessions) -> None:
        self.close = to_async_streamed_response(resource.close)
