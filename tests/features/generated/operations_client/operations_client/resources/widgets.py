"""Operations of the `widgets` group."""

from __future__ import annotations

import builtins

import httpx

from .._base_client import EMPTY, TEXT, AsyncAPIClient, Endpoint, SyncAPIClient, json_body
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

__all__ = ["Widgets", "AsyncWidgets"]

_LIST: Endpoint[builtins.list[str]] = Endpoint(
    method="GET",
    path="/widgets",
    responses={
        "200": json_body(lambda: builtins.list[str]),
    },
    accept="application/json",
)

_CREATE: Endpoint[None] = Endpoint(
    method="POST",
    path="/widgets",
    responses={
        "204": EMPTY,
    },
)

_GET: Endpoint[str] = Endpoint(
    method="GET",
    path="/widgets/{widgetId}",
    responses={
        "200": TEXT,
    },
    accept="text/plain",
)


class Widgets:
    """Operations of the `widgets` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> builtins.list[str]:
        """No operationId and no tags.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _LIST,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """No operationId and no tags.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _CREATE,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str:
        """No operationId and no tags.

        Args:
            widget_id: Path parameter `widgetId`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _GET,
            path_params={"widgetId": widget_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class WidgetsWithRawResponse:
    """`Widgets` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Widgets) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.get = to_raw_response(resource.get)


class WidgetsWithStreamingResponse:
    """`Widgets` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Widgets) -> None:
        self.list = to_streamed_response(resource.list)
        self.create = to_streamed_response(resource.create)
        self.get = to_streamed_response(resource.get)


class AsyncWidgets:
    """Operations of the `widgets` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> builtins.list[str]:
        """No operationId and no tags.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _LIST,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """No operationId and no tags.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _CREATE,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str:
        """No operationId and no tags.

        Args:
            widget_id: Path parameter `widgetId`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _GET,
            path_params={"widgetId": widget_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncWidgetsWithRawResponse:
    """`AsyncWidgets` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncWidgets) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)
        self.get = to_async_raw_response(resource.get)


class AsyncWidgetsWithStreamingResponse:
    """`AsyncWidgets` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncWidgets) -> None:
        self.list = to_async_streamed_response(resource.list)
        self.create = to_async_streamed_response(resource.create)
        self.get = to_async_streamed_response(resource.get)
