"""Operations of the `chats` group."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, json_body
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import ChatSession

__all__ = ["Chats", "AsyncChats"]

_END: Endpoint[ChatSession] = Endpoint(
    method="POST",
    path="/api/v1/chats/{id}/end",
    responses={
        "200": json_body(lambda: models.ChatSession),
    },
    security=(("bearerAuth",), ()),
    idempotency_header="Idempotency-Key",
    accept="application/json",
    body_encoding="json",
    content_type="application/json",
    body_optional=True,
)


class Chats:
    """Operations of the `chats` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def end(
        self,
        id: str,
        *,
        note: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatSession:
        """End a chat session

        End a chat session under the `user_end` reason.

        Args:
            id: Path parameter `id`.
            note: Optional operator-supplied free-form note appended to the activity
                log for this finalisation. Not used by the pipeline; purely audit
                metadata.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _END,
            path_params={"id": id},
            body={"note": note},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ChatsWithRawResponse:
    """`Chats` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Chats) -> None:
        self.end = to_raw_response(resource.end)


class ChatsWithStreamingResponse:
    """`Chats` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Chats) -> None:
        self.end = to_streamed_response(resource.end)


class AsyncChats:
    """Operations of the `chats` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def end(
        self,
        id: str,
        *,
        note: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatSession:
        """End a chat session

        End a chat session under the `user_end` reason.

        Args:
            id: Path parameter `id`.
            note: Optional operator-supplied free-form note appended to the activity
                log for this finalisation. Not used by the pipeline; purely audit
                metadata.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _END,
            path_params={"id": id},
            body={"note": note},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncChatsWithRawResponse:
    """`AsyncChats` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncChats) -> None:
        self.end = to_async_raw_response(resource.end)


class AsyncChatsWithStreamingResponse:
    """`AsyncChats` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncChats) -> None:
        self.end = to_async_streamed_response(resource.end)
