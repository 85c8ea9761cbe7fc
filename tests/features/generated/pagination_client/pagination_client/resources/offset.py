"""Operations of the `offset` group."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import AsyncAPIClient, SyncAPIClient, json_body
from .._pagination import AsyncPaginator, OffsetPages, PagedEndpoint, SyncPage, paginate
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestArguments

if TYPE_CHECKING:
    from ..models import ListPeopleResponse, Person

__all__ = ["Offset", "AsyncOffset"]

_LIST_PEOPLE: PagedEndpoint[ListPeopleResponse, Person] = PagedEndpoint(
    method="GET",
    path="/people",
    responses={
        "200": json_body(lambda: models.ListPeopleResponse),
    },
    accept="application/json",
    pages=OffsetPages("offset", items=lambda body: body.items or [], limit="limit"),
)


class Offset:
    """Operations of the `offset` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list_people(
        self,
        *,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Person]:
        """People, by offset and limit.

        Args:
            offset: Query parameter `offset`.
            limit: Query parameter `limit`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return paginate(
            self._client,
            _LIST_PEOPLE,
            RequestArguments(
                query={"offset": offset, "limit": limit},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class OffsetWithRawResponse:
    """`Offset` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Offset) -> None:
        self.list_people = to_raw_response(resource.list_people)


class OffsetWithStreamingResponse:
    """`Offset` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Offset) -> None:
        self.list_people = to_streamed_response(resource.list_people)


class AsyncOffset:
    """Operations of the `offset` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list_people(
        self,
        *,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Person]:
        """People, by offset and limit.

        Args:
            offset: Query parameter `offset`.
            limit: Query parameter `limit`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return paginate(
            self._client,
            _LIST_PEOPLE,
            RequestArguments(
                query={"offset": offset, "limit": limit},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncOffsetWithRawResponse:
    """`AsyncOffset` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncOffset) -> None:
        self.list_people = to_async_raw_response(resource.list_people)


class AsyncOffsetWithStreamingResponse:
    """`AsyncOffset` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncOffset) -> None:
        self.list_people = to_async_streamed_response(resource.list_people)
