"""Operations of the `reports` group."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, json_body
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import Report

__all__ = ["Reports", "AsyncReports"]

_LIST: Endpoint[builtins.list[Report]] = Endpoint(
    method="GET",
    path="/reports",
    responses={
        "200": json_body(lambda: builtins.list[models.Report]),
    },
    security=(("oauth",),),
    scopes={"oauth": ("reports:read",)},
    accept="application/json",
)

_CREATE: Endpoint[Report] = Endpoint(
    method="POST",
    path="/reports",
    responses={
        "201": json_body(lambda: models.Report),
    },
    security=(("oauth",),),
    scopes={"oauth": ("reports:read", "reports:write")},
    accept="application/json",
    body_encoding="json",
    content_type="application/json",
)


class Reports:
    """Operations of the `reports` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Report]:
        """Call this operation.

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
        title: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Report:
        """Call this operation.

        Args:
            title: Body field `title`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _CREATE,
            body={"title": title},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ReportsWithRawResponse:
    """`Reports` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Reports) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)


class ReportsWithStreamingResponse:
    """`Reports` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Reports) -> None:
        self.list = to_streamed_response(resource.list)
        self.create = to_streamed_response(resource.create)


class AsyncReports:
    """Operations of the `reports` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Report]:
        """Call this operation.

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
        title: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Report:
        """Call this operation.

        Args:
            title: Body field `title`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _CREATE,
            body={"title": title},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncReportsWithRawResponse:
    """`AsyncReports` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncReports) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)


class AsyncReportsWithStreamingResponse:
    """`AsyncReports` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncReports) -> None:
        self.list = to_async_streamed_response(resource.list)
        self.create = to_async_streamed_response(resource.create)
