"""Operations of the `unions` group."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, json_body
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import Book, Film, GetLabelledResponse, Identifier

__all__ = ["Unions", "AsyncUnions"]

_LIST_IDENTIFIERS: Endpoint[list[Identifier]] = Endpoint(
    method="GET",
    path="/identifiers",
    responses={
        "200": json_body(lambda: list[models.Identifier]),
    },
    accept="application/json",
)

_SEARCH: Endpoint[list[Book | Film]] = Endpoint(
    method="GET",
    path="/search",
    responses={
        "200": json_body(lambda: list[models.Book | models.Film]),
    },
    accept="application/json",
)

_GET_LABELLED: Endpoint[GetLabelledResponse] = Endpoint(
    method="GET",
    path="/labelled",
    responses={
        "200": json_body(lambda: models.GetLabelledResponse),
    },
    accept="application/json",
)


class Unions:
    """Operations of the `unions` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list_identifiers(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> list[Identifier]:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _LIST_IDENTIFIERS,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def search(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> list[Book | Film]:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _SEARCH,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_labelled(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GetLabelledResponse:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _GET_LABELLED,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class UnionsWithRawResponse:
    """`Unions` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Unions) -> None:
        self.list_identifiers = to_raw_response(resource.list_identifiers)
        self.search = to_raw_response(resource.search)
        self.get_labelled = to_raw_response(resource.get_labelled)


class UnionsWithStreamingResponse:
    """`Unions` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Unions) -> None:
        self.list_identifiers = to_streamed_response(resource.list_identifiers)
        self.search = to_streamed_response(resource.search)
        self.get_labelled = to_streamed_response(resource.get_labelled)


class AsyncUnions:
    """Operations of the `unions` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list_identifiers(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> list[Identifier]:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _LIST_IDENTIFIERS,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def search(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> list[Book | Film]:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _SEARCH,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_labelled(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GetLabelledResponse:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _GET_LABELLED,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncUnionsWithRawResponse:
    """`AsyncUnions` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncUnions) -> None:
        self.list_identifiers = to_async_raw_response(resource.list_identifiers)
        self.search = to_async_raw_response(resource.search)
        self.get_labelled = to_async_raw_response(resource.get_labelled)


class AsyncUnionsWithStreamingResponse:
    """`AsyncUnions` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncUnions) -> None:
        self.list_identifiers = to_async_streamed_response(resource.list_identifiers)
        self.search = to_async_streamed_response(resource.search)
        self.get_labelled = to_async_streamed_response(resource.get_labelled)
