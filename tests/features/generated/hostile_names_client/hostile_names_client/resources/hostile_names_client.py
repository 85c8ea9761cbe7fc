"""Operations of the `hostile_names_client` group."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, json_body
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import Measure

__all__ = ["HostileNamesClientResource", "AsyncHostileNamesClientResource"]

_GET_CLIENT: Endpoint[Measure] = Endpoint(
    method="GET",
    path="/client",
    responses={
        "200": json_body(lambda: models.Measure),
    },
    security=(
        ("timeout",),
        ("base_url",),
        ("max_retries",),
        ("default_headers",),
        ("http_client",),
        ("environment",),
    ),
    accept="application/json",
)


class HostileNamesClientResource:
    """Operations of the `hostile_names_client` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_client(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Measure:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _GET_CLIENT,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class HostileNamesClientResourceWithRawResponse:
    """`HostileNamesClientResource` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: HostileNamesClientResource) -> None:
        self.get_client = to_raw_response(resource.get_client)


class HostileNamesClientResourceWithStreamingResponse:
    """`HostileNamesClientResource` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: HostileNamesClientResource) -> None:
        self.get_client = to_streamed_response(resource.get_client)


class AsyncHostileNamesClientResource:
    """Operations of the `hostile_names_client` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_client(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Measure:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _GET_CLIENT,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncHostileNamesClientResourceWithRawResponse:
    """`AsyncHostileNamesClientResource` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncHostileNamesClientResource) -> None:
        self.get_client = to_async_raw_response(resource.get_client)


class AsyncHostileNamesClientResourceWithStreamingResponse:
    """`AsyncHostileNamesClientResource` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncHostileNamesClientResource) -> None:
        self.get_client = to_async_streamed_response(resource.get_client)
