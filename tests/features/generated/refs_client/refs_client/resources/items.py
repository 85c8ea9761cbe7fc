"""Operations of the `items` group."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, json_body
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import Item, Owner

__all__ = ["Items", "AsyncItems"]

_LIST: Endpoint[builtins.list[Item]] = Endpoint(
    method="GET",
    path="/items",
    responses={
        "200": json_body(lambda: builtins.list[models.Item]),
        "404": json_body(lambda: models.Problem),
    },
    accept="application/json",
)

_CREATE: Endpoint[Item] = Endpoint(
    method="POST",
    path="/items",
    responses={
        "201": json_body(lambda: models.Item),
    },
    accept="application/json",
    body_encoding="json",
    content_type="application/json",
)


class Items:
    """Operations of the `items` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        x_trace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Item]:
        """Call this operation.

        Args:
            page_size: Query parameter `page_size`.
            cursor: Query parameter `cursor`.
            x_trace_id: Header `X-Trace-Id`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _LIST,
            query={"page_size": page_size, "cursor": cursor},
            headers={"X-Trace-Id": x_trace_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create(
        self,
        *,
        name: str,
        page_size: int | NotGiven = NOT_GIVEN,
        owner: Owner | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Item:
        """Call this operation.

        Args:
            name: Body field `name`.
            page_size: Query parameter `page_size`.
            owner: Who owns it (a sibling of $ref, allowed in 3.1).
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _CREATE,
            query={"page_size": page_size},
            body={"name": name, "owner": owner},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ItemsWithRawResponse:
    """`Items` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Items) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)


class ItemsWithStreamingResponse:
    """`Items` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Items) -> None:
        self.list = to_streamed_response(resource.list)
        self.create = to_streamed_response(resource.create)


class AsyncItems:
    """Operations of the `items` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        x_trace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Item]:
        """Call this operation.

        Args:
            page_size: Query parameter `page_size`.
            cursor: Query parameter `cursor`.
            x_trace_id: Header `X-Trace-Id`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _LIST,
            query={"page_size": page_size, "cursor": cursor},
            headers={"X-Trace-Id": x_trace_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        name: str,
        page_size: int | NotGiven = NOT_GIVEN,
        owner: Owner | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Item:
        """Call this operation.

        Args:
            name: Body field `name`.
            page_size: Query parameter `page_size`.
            owner: Who owns it (a sibling of $ref, allowed in 3.1).
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _CREATE,
            query={"page_size": page_size},
            body={"name": name, "owner": owner},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncItemsWithRawResponse:
    """`AsyncItems` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncItems) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)


class AsyncItemsWithStreamingResponse:
    """`AsyncItems` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncItems) -> None:
        self.list = to_async_streamed_response(resource.list)
        self.create = to_async_streamed_response(resource.create)
