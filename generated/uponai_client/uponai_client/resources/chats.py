"""Start and manage live chat sessions."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import EMPTY, AsyncAPIClient, Endpoint, SyncAPIClient, json_body
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import Chat

__all__ = ["Chats", "AsyncChats"]

_END: Endpoint[None] = Endpoint(
    method="POST",
    path="/api/chats/{chatId}/end",
    responses={
        "204": EMPTY,
    },
    security=(("bearerAuth",),),
    idempotency_header="Idempotency-Key",
    body_encoding="json",
    content_type="application/json",
)

_GET: Endpoint[Chat] = Endpoint(
    method="GET",
    path="/api/chats/{chatId}",
    responses={
        "200": json_body(lambda: models.Chat),
    },
    security=(("bearerAuth",),),
    accept="application/json",
)


class Chats:
    """Start and manage live chat sessions."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def end(
        self,
        chat_id: str,
        *,
        workspace_id: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """End chat

        Mark a chat as completed and close the session.

        Args:
            chat_id: Chat identifier.
            workspace_id: Body field `workspaceId`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _END,
            path_params={"chatId": chat_id},
            body={"workspaceId": workspace_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        chat_id: str,
        *,
        workspace_id: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Chat:
        """Get chat

        Retrieve details for a specific chat session.

        Args:
            chat_id: Chat identifier.
            workspace_id: Workspace identifier. Call GET /api/workspaces to list
                workspaces accessible to your token.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _GET,
            path_params={"chatId": chat_id},
            query={"workspaceId": workspace_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ChatsWithRawResponse:
    """`Chats` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Chats) -> None:
        self.end = to_raw_response(resource.end)
        self.get = to_raw_response(resource.get)


class ChatsWithStreamingResponse:
    """`Chats` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Chats) -> None:
        self.end = to_streamed_response(resource.end)
        self.get = to_streamed_response(resource.get)


class AsyncChats:
    """Start and manage live chat sessions."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def end(
        self,
        chat_id: str,
        *,
        workspace_id: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """End chat

        Mark a chat as completed and close the session.

        Args:
            chat_id: Chat identifier.
            workspace_id: Body field `workspaceId`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _END,
            path_params={"chatId": chat_id},
            body={"workspaceId": workspace_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        chat_id: str,
        *,
        workspace_id: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Chat:
        """Get chat

        Retrieve details for a specific chat session.

        Args:
            chat_id: Chat identifier.
            workspace_id: Workspace identifier. Call GET /api/workspaces to list
                workspaces accessible to your token.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _GET,
            path_params={"chatId": chat_id},
            query={"workspaceId": workspace_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncChatsWithRawResponse:
    """`AsyncChats` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncChats) -> None:
        self.end = to_async_raw_response(resource.end)
        self.get = to_async_raw_response(resource.get)


class AsyncChatsWithStreamingResponse:
    """`AsyncChats` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncChats) -> None:
        self.end = to_async_streamed_response(resource.end)
        self.get = to_async_streamed_response(resource.get)
