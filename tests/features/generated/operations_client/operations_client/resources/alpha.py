"""Operations of the `alpha` group."""

from __future__ import annotations

import httpx

from .._base_client import EMPTY, AsyncAPIClient, Endpoint, SyncAPIClient
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

__all__ = ["Alpha", "AsyncAlpha"]

_MANY_TAGS: Endpoint[None] = Endpoint(
    method="GET",
    path="/tagged",
    responses={
        "204": EMPTY,
    },
)


class Alpha:
    """Operations of the `alpha` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def many_tags(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _MANY_TAGS,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AlphaWithRawResponse:
    """`Alpha` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Alpha) -> None:
        self.many_tags = to_raw_response(resource.many_tags)


class AlphaWithStreamingResponse:
    """`Alpha` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Alpha) -> None:
        self.many_tags = to_streamed_response(resource.many_tags)


class AsyncAlpha:
    """Operations of the `alpha` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def many_tags(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _MANY_TAGS,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncAlphaWithRawResponse:
    """`AsyncAlpha` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncAlpha) -> None:
        self.many_tags = to_async_raw_response(resource.many_tags)


class AsyncAlphaWithStreamingResponse:
    """`AsyncAlpha` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncAlpha) -> None:
        self.many_tags = to_async_streamed_response(resource.many_tags)
