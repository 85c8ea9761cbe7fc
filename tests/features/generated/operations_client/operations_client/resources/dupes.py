"""Operations of the `dupes` group."""

from __future__ import annotations

import httpx

from .._base_client import TEXT, AsyncAPIClient, Endpoint, SyncAPIClient
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

__all__ = ["Dupes", "AsyncDupes"]

_FETCH: Endpoint[str] = Endpoint(
    method="GET",
    path="/first",
    responses={
        "200": TEXT,
    },
    accept="text/plain",
)

_FETCH_2: Endpoint[str] = Endpoint(
    method="GET",
    path="/second",
    responses={
        "200": TEXT,
    },
    accept="text/plain",
)


class Dupes:
    """Operations of the `dupes` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def fetch(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _FETCH,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def fetch_2(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _FETCH_2,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class DupesWithRawResponse:
    """`Dupes` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Dupes) -> None:
        self.fetch = to_raw_response(resource.fetch)
        self.fetch_2 = to_raw_response(resource.fetch_2)


class DupesWithStreamingResponse:
    """`Dupes` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Dupes) -> None:
        self.fetch = to_streamed_response(resource.fetch)
        self.fetch_2 = to_streamed_response(resource.fetch_2)


class AsyncDupes:
    """Operations of the `dupes` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def fetch(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _FETCH,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def fetch_2(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _FETCH_2,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncDupesWithRawResponse:
    """`AsyncDupes` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncDupes) -> None:
        self.fetch = to_async_raw_response(resource.fetch)
        self.fetch_2 = to_async_raw_response(resource.fetch_2)


class AsyncDupesWithStreamingResponse:
    """`AsyncDupes` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncDupes) -> None:
        self.fetch = to_async_streamed_response(resource.fetch)
        self.fetch_2 = to_async_streamed_response(resource.fetch_2)
