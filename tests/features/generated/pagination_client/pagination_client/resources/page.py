"""Operations of the `page` group."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import AsyncAPIClient, SyncAPIClient, json_body
from .._pagination import AsyncPaginator, PagedEndpoint, PageNumberPages, SyncPage, paginate
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestArguments

if TYPE_CHECKING:
    from ..models import Book

__all__ = ["Page", "AsyncPage"]

_LIST_BOOKS: PagedEndpoint[list[Book], Book] = PagedEndpoint(
    method="GET",
    path="/books",
    responses={
        "200": json_body(lambda: list[models.Book]),
    },
    accept="application/json",
    pages=PageNumberPages("page", items=lambda body: body, size="per_page"),
)


class Page:
    """Operations of the `page` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list_books(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        per_page: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Book]:
        """Books, by page number.

        Args:
            page: Query parameter `page`.
            per_page: Query parameter `per_page`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return paginate(
            self._client,
            _LIST_BOOKS,
            RequestArguments(
                query={"page": page, "per_page": per_page},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class PageWithRawResponse:
    """`Page` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Page) -> None:
        self.list_books = to_raw_response(resource.list_books)


class PageWithStreamingResponse:
    """`Page` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Page) -> None:
        self.list_books = to_streamed_response(resource.list_books)


class AsyncPage:
    """Operations of the `page` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list_books(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        per_page: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Book]:
        """Books, by page number.

        Args:
            page: Query parameter `page`.
            per_page: Query parameter `per_page`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return paginate(
            self._client,
            _LIST_BOOKS,
            RequestArguments(
                query={"page": page, "per_page": per_page},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncPageWithRawResponse:
    """`AsyncPage` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncPage) -> None:
        self.list_books = to_async_raw_response(resource.list_books)


class AsyncPageWithStreamingResponse:
    """`AsyncPage` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncPage) -> None:
        self.list_books = to_async_streamed_response(resource.list_books)
