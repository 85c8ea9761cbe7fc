"""Operations of the `item_cursor` group."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import AsyncAPIClient, SyncAPIClient, json_body
from .._pagination import AsyncPaginator, ItemCursorPages, PagedEndpoint, SyncPage, paginate
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestArguments

if TYPE_CHECKING:
    from ..models import Event, EventList

__all__ = ["ItemCursor", "AsyncItemCursor"]

_LIST_EVENTS: PagedEndpoint[EventList, Event] = PagedEndpoint(
    method="GET",
    path="/events",
    responses={
        "200": json_body(lambda: models.EventList),
    },
    accept="application/json",
    pages=ItemCursorPages(
        "starting_after",
        items=lambda body: body.data,
        has_more=lambda body: body.has_more,
        cursor=lambda item: item.id,
    ),
)


class ItemCursor:
    """Operations of the `item_cursor` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list_events(
        self,
        *,
        starting_after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Event]:
        """Events after the last one seen, while has_more says so.

        Args:
            starting_after: Query parameter `starting_after`.
            limit: Query parameter `limit`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return paginate(
            self._client,
            _LIST_EVENTS,
            RequestArguments(
                query={"starting_after": starting_after, "limit": limit},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ItemCursorWithRawResponse:
    """`ItemCursor` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: ItemCursor) -> None:
        self.list_events = to_raw_response(resource.list_events)


class ItemCursorWithStreamingResponse:
    """`ItemCursor` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: ItemCursor) -> None:
        self.list_events = to_streamed_response(resource.list_events)


class AsyncItemCursor:
    """Operations of the `item_cursor` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list_events(
        self,
        *,
        starting_after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Event]:
        """Events after the last one seen, while has_more says so.

        Args:
            starting_after: Query parameter `starting_after`.
            limit: Query parameter `limit`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return paginate(
            self._client,
            _LIST_EVENTS,
            RequestArguments(
                query={"starting_after": starting_after, "limit": limit},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncItemCursorWithRawResponse:
    """`AsyncItemCursor` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncItemCursor) -> None:
        self.list_events = to_async_raw_response(resource.list_events)


class AsyncItemCursorWithStreamingResponse:
    """`AsyncItemCursor` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncItemCursor) -> None:
        self.list_events = to_async_streamed_response(resource.list_events)
