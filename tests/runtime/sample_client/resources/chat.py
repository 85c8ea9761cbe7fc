"""Operations of the `chat` group."""

from __future__ import annotations

import httpx

from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, json_body
from .._raw_response import to_async_raw_response, to_raw_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..models import CloseChatResponse, Error

_CLOSE = Endpoint[CloseChatResponse](
    method="PUT",
    path="/{version}/{account_id}/{project_id}/chat/close",
    responses={
        "200": json_body(CloseChatResponse),
        "400": json_body(Error),
        "401": json_body(Error),
        "403": json_body(Error),
        "404": json_body(Error),
        "500": json_body(Error),
    },
    security=(("ApiKeyAuth",), ("TokenAuth",)),
    always_apply=("ApiKeyAuth", "TokenAuth"),
    body_encoding="json",
    content_type="application/json",
)


class Chat:
    """Chat operations."""

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
        """Close an existing chat conversation."""
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
    def __init__(self, chat: Chat) -> None:
        self.close = to_raw_response(chat.close)


class AsyncChat:
    """Chat operations."""

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
        """Close an existing chat conversation."""
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
    def __init__(self, chat: AsyncChat) -> None:
        self.close = to_async_raw_response(chat.close)
