"""Operations of the `extension` group."""

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
    from ..models import SearchResponse

__all__ = ["Extension", "AsyncExtension"]

_SEARCH: PagedEndpoint[SearchResponse, str] = PagedEndpoint(
    method="GET",
    path="/search",
    responses={
        "200": json_body(lambda: models.SearchResponse),
    },
    accept="application/json",
    pages=OffsetPages("from", items=lambda body: body.hits, limit="size"),
)


class Extension:
    """Operations of the `extension` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def search(
        self,
        *,
        q: str,
        from_: int | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[str]:
        """Hits, paged as the spec's x-pagination says.

        Args:
            q: Query parameter `q`.
            from_: Query parameter `from`.
            size: Query parameter `size`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return paginate(
            self._client,
            _SEARCH,
            RequestArguments(
                query={"q": q, "from": from_, "size": size},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ExtensionWithRawResponse:
    """`Extension` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Extension) -> None:
        self.search = to_raw_response(resource.search)


class ExtensionWithStreamingResponse:
    """`Extension` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Extension) -> None:
        self.search = to_streamed_response(resource.search)


class AsyncExtension:
    """Operations of the `extension` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def search(
        self,
        *,
        q: str,
        from_: int | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[str]:
        """Hits, paged as the spec's x-pagination says.

        Args:
            q: Query parameter `q`.
            from_: Query parameter `from`.
            size: Query parameter `size`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return paginate(
            self._client,
            _SEARCH,
            RequestArguments(
                query={"q": q, "from": from_, "size": size},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncExtensionWithRawResponse:
    """`AsyncExtension` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncExtension) -> None:
        self.search = to_async_raw_response(resource.search)


class AsyncExtensionWithStreamingResponse:
    """`AsyncExtension` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncExtension) -> None:
        self.search = to_async_streamed_response(resource.search)
