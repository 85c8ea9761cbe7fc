"""Operations of the `configured` group."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, json_body
from .._pagination import AsyncPaginator, CursorPages, PagedEndpoint, SyncPage, paginate
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestArguments

if TYPE_CHECKING:
    from ..models import GetFeedResponse

__all__ = ["Configured", "AsyncConfigured"]

_GET_FEED: PagedEndpoint[GetFeedResponse, int] = PagedEndpoint(
    method="GET",
    path="/feed",
    responses={
        "200": json_body(lambda: models.GetFeedResponse),
    },
    accept="application/json",
    pages=CursorPages("pos", items=lambda body: body.entries, cursor=lambda body: body.next_pos),
)

_GET_REPORT: Endpoint[list[str]] = Endpoint(
    method="GET",
    path="/report",
    responses={
        "200": json_body(lambda: list[str]),
    },
    accept="application/json",
)


class Configured:
    """Operations of the `configured` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_feed(
        self,
        *,
        pos: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[int]:
        """Entries, paged as clients.yaml says.

        Args:
            pos: Query parameter `pos`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return paginate(
            self._client,
            _GET_FEED,
            RequestArguments(
                query={"pos": pos},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get_report(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> list[str]:
        """Looks paginated, but clients.yaml says it is not.

        Args:
            page: Query parameter `page`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _GET_REPORT,
            query={"page": page},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ConfiguredWithRawResponse:
    """`Configured` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Configured) -> None:
        self.get_feed = to_raw_response(resource.get_feed)
        self.get_report = to_raw_response(resource.get_report)


class ConfiguredWithStreamingResponse:
    """`Configured` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Configured) -> None:
        self.get_feed = to_streamed_response(resource.get_feed)
        self.get_report = to_streamed_response(resource.get_report)


class AsyncConfigured:
    """Operations of the `configured` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def get_feed(
        self,
        *,
        pos: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[int]:
        """Entries, paged as clients.yaml says.

        Args:
            pos: Query parameter `pos`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return paginate(
            self._client,
            _GET_FEED,
            RequestArguments(
                query={"pos": pos},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get_report(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> list[str]:
        """Looks paginated, but clients.yaml says it is not.

        Args:
            page: Query parameter `page`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _GET_REPORT,
            query={"page": page},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncConfiguredWithRawResponse:
    """`AsyncConfigured` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncConfigured) -> None:
        self.get_feed = to_async_raw_response(resource.get_feed)
        self.get_report = to_async_raw_response(resource.get_report)


class AsyncConfiguredWithStreamingResponse:
    """`AsyncConfigured` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncConfigured) -> None:
        self.get_feed = to_async_streamed_response(resource.get_feed)
        self.get_report = to_async_streamed_response(resource.get_report)
