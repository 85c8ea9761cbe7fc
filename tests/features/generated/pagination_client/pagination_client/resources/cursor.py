"""Operations of the `cursor` group."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import AsyncAPIClient, SyncAPIClient, json_body
from .._pagination import AsyncPaginator, CursorPages, PagedEndpoint, SyncPage, paginate
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestArguments

if TYPE_CHECKING:
    from ..models import ListPetsResponse, Pet

__all__ = ["Cursor", "AsyncCursor"]

_LIST_PETS: PagedEndpoint[ListPetsResponse, Pet] = PagedEndpoint(
    method="GET",
    path="/pets",
    responses={
        "200": json_body(lambda: models.ListPetsResponse),
    },
    accept="application/json",
    pages=CursorPages("cursor", items=lambda body: body.data, cursor=lambda body: body.next_cursor),
)


class Cursor:
    """Operations of the `cursor` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list_pets(
        self,
        *,
        cursor: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Pet]:
        """Pets, by a cursor the response gives.

        Args:
            cursor: Query parameter `cursor`.
            limit: Query parameter `limit`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return paginate(
            self._client,
            _LIST_PETS,
            RequestArguments(
                query={"cursor": cursor, "limit": limit},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class CursorWithRawResponse:
    """`Cursor` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Cursor) -> None:
        self.list_pets = to_raw_response(resource.list_pets)


class CursorWithStreamingResponse:
    """`Cursor` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Cursor) -> None:
        self.list_pets = to_streamed_response(resource.list_pets)


class AsyncCursor:
    """Operations of the `cursor` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list_pets(
        self,
        *,
        cursor: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Pet]:
        """Pets, by a cursor the response gives.

        Args:
            cursor: Query parameter `cursor`.
            limit: Query parameter `limit`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return paginate(
            self._client,
            _LIST_PETS,
            RequestArguments(
                query={"cursor": cursor, "limit": limit},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncCursorWithRawResponse:
    """`AsyncCursor` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncCursor) -> None:
        self.list_pets = to_async_raw_response(resource.list_pets)


class AsyncCursorWithStreamingResponse:
    """`AsyncCursor` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncCursor) -> None:
        self.list_pets = to_async_streamed_response(resource.list_pets)
