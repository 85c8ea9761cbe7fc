"""Operations of the `orders` group."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, json_body
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import CreateOrderRequestShipping, CreateOrderResponse

__all__ = ["Orders", "AsyncOrders"]

_CREATE: Endpoint[CreateOrderResponse] = Endpoint(
    method="POST",
    path="/orders",
    responses={
        "200": json_body(lambda: models.CreateOrderResponse),
    },
    accept="application/json",
    body_encoding="json",
    content_type="application/json",
)


class Orders:
    """Operations of the `orders` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        item: str,
        shipping: CreateOrderRequestShipping,
        quantity: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CreateOrderResponse:
        """Call this operation.

        Args:
            item: Body field `item`.
            shipping: Body field `shipping`.
            quantity: Body field `quantity`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _CREATE,
            body={"item": item, "shipping": shipping, "quantity": quantity},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class OrdersWithRawResponse:
    """`Orders` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Orders) -> None:
        self.create = to_raw_response(resource.create)


class OrdersWithStreamingResponse:
    """`Orders` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Orders) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncOrders:
    """Operations of the `orders` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        item: str,
        shipping: CreateOrderRequestShipping,
        quantity: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CreateOrderResponse:
        """Call this operation.

        Args:
            item: Body field `item`.
            shipping: Body field `shipping`.
            quantity: Body field `quantity`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _CREATE,
            body={"item": item, "shipping": shipping, "quantity": quantity},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncOrdersWithRawResponse:
    """`AsyncOrders` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncOrders) -> None:
        self.create = to_async_raw_response(resource.create)


class AsyncOrdersWithStreamingResponse:
    """`AsyncOrders` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncOrders) -> None:
        self.create = to_async_streamed_response(resource.create)
