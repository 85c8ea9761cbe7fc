"""Operations of the `chat` group."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, json_body
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import CloseChatResponse

__all__ = ["Chat", "AsyncChat"]

_CLOSE: Endpoint[CloseChatResponse] = Endpoint(
    method="PUT",
    path="/{version}/{account_id}/{project_id}/chat/close",
    responses={
        "200": json_body(lambda: models.CloseChatResponse),
        "400": json_body(lambda: models.Error),
        "401": json_body(lambda: models.Error),
        "403": json_body(lambda: models.Error),
        "404": json_body(lambda: models.Error),
        "500": json_body(lambda: models.Error),
    },
    security=(("ApiKeyAuth",), ("TokenAuth",)),
    always_apply=("ApiKeyAuth", "TokenAuth"),
    accept="application/json",
    body_encoding="json",
    content_type="application/json",
)


class Chat:
    """Operations of the `chat` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def close(
        self,
        version: str,
        account_id: str,
        project_id: str,
        *,
        conversation_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CloseChatResponse:
        """Close an existing chat conversation

        Closes an active chat conversation and marks it as complete.

        Args:
            version: API version
            account_id: Account ID
            project_id: Project ID
            conversation_id: ID of the conversation to close
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _CLOSE,
            path_params={"version": version, "account_id": account_id, "project_id": project_id},
            body={"conversation_id": conversation_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ChatWithRawResponse:
    """`Chat` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Chat) -> None:
        self.close = to_raw_response(resource.close)


class ChatWithStreamingResponse:
    """`Chat` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Chat) -> None:
        self.close = to_streamed_response(resource.close)


class AsyncChat:
    """Operations of the `chat` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def close(
        self,
        version: str,
        account_id: str,
        project_id: str,
        *,
        conversation_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CloseChatResponse:
        """Close an existing chat conversation

        Closes an active chat conversation and marks it as complete.

        Args:
            version: API version
            account_id: Account ID
            project_id: Project ID
            conversation_id: ID of the conversation to close
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _CLOSE,
            path_params={"version": version, "account_id": account_id, "project_id": project_id},
            body={"conversation_id": conversation_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncChatWithRawResponse:
    """`AsyncChat` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncChat) -> None:
        self.close = to_async_raw_response(resource.close)


class AsyncChatWithStreamingResponse:
    """`AsyncChat` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncChat) -> None:
        self.close = to_async_streamed_response(resource.close)
