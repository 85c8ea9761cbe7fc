"""Operations of the `payments` group."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, json_body
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import Payment

__all__ = ["Payments", "AsyncPayments"]

_CREATE: Endpoint[Payment] = Endpoint(
    method="POST",
    path="/payments",
    responses={
        "200": json_body(lambda: models.Payment),
    },
    idempotency_header="Idempotency-Key",
    accept="application/json",
)

_GET: Endpoint[Payment] = Endpoint(
    method="GET",
    path="/payments/{id}",
    responses={
        "200": json_body(lambda: models.Payment),
    },
    accept="application/json",
)

_UPDATE: Endpoint[Payment] = Endpoint(
    method="PATCH",
    path="/payments/{id}",
    responses={
        "200": json_body(lambda: models.Payment),
    },
    idempotency_header="X-Idempotency-Key",
    accept="application/json",
)


class Payments:
    """Operations of the `payments` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Payment:
        """Call this operation.

        Args:
            idempotency_key: Makes the request safe to retry; the client makes one
                up when left out.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _CREATE,
            headers={"Idempotency-Key": idempotency_key},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Payment:
        """Call this operation.

        Args:
            id: Path parameter `id`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _GET,
            path_params={"id": id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Payment:
        """Call this operation.

        Args:
            id: Path parameter `id`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _UPDATE,
            path_params={"id": id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class PaymentsWithRawResponse:
    """`Payments` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Payments) -> None:
        self.create = to_raw_response(resource.create)
        self.get = to_raw_response(resource.get)
        self.update = to_raw_response(resource.update)


class PaymentsWithStreamingResponse:
    """`Payments` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Payments) -> None:
        self.create = to_streamed_response(resource.create)
        self.get = to_streamed_response(resource.get)
        self.update = to_streamed_response(resource.update)


class AsyncPayments:
    """Operations of the `payments` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Payment:
        """Call this operation.

        Args:
            idempotency_key: Makes the request safe to retry; the client makes one
                up when left out.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _CREATE,
            headers={"Idempotency-Key": idempotency_key},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Payment:
        """Call this operation.

        Args:
            id: Path parameter `id`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _GET,
            path_params={"id": id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Payment:
        """Call this operation.

        Args:
            id: Path parameter `id`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _UPDATE,
            path_params={"id": id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncPaymentsWithRawResponse:
    """`AsyncPayments` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncPayments) -> None:
        self.create = to_async_raw_response(resource.create)
        self.get = to_async_raw_response(resource.get)
        self.update = to_async_raw_response(resource.update)


class AsyncPaymentsWithStreamingResponse:
    """`AsyncPayments` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncPayments) -> None:
        self.create = to_async_streamed_response(resource.create)
        self.get = to_async_streamed_response(resource.get)
        self.update = to_async_streamed_response(resource.update)
