"""Operations of the `reports` group."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, json_body
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import GetReportFormat, Report

__all__ = ["Reports", "AsyncReports"]

_GET: Endpoint[Report] = Endpoint(
    method="GET",
    path="/reports/{id}",
    responses={
        "200": json_body(lambda: models.Report),
    },
    accept="application/json",
)

_SEARCH: Endpoint[Report] = Endpoint(
    method="POST",
    path="/search/{id}",
    responses={
        "200": json_body(lambda: models.Report),
    },
    accept="application/json",
    body_encoding="json",
    content_type="application/json",
    body_optional=True,
)


class Reports:
    """Operations of the `reports` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get(
        self,
        id: str,
        *,
        format: GetReportFormat | NotGiven = NOT_GIVEN,
        x_request_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Report:
        """Call this operation.

        Args:
            id: Path parameter `id`.
            format: Operation-level; wins over the path-level one.
            x_request_id: Path-level only; every operation of the path takes it.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _GET,
            path_params={"id": id},
            query={"format": format},
            headers={"X-Request-Id": x_request_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def search(
        self,
        id: str,
        *,
        id_2: str | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        from_: str | NotGiven = NOT_GIVEN,
        self_: str | NotGiven = NOT_GIVEN,
        timeout_: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        page_size_2: int | NotGiven = NOT_GIVEN,
        extra_headers_: str | NotGiven = NOT_GIVEN,
        body_id: str | NotGiven = NOT_GIVEN,
        body_class_: str | NotGiven = NOT_GIVEN,
        body_timeout: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Report:
        """Call this operation.

        Args:
            id: Path parameter `id`.
            id_2: Query parameter `id`.
            class_: Query parameter `class`.
            from_: Query parameter `from`.
            self_: Query parameter `self`.
            timeout_: Query parameter `timeout`.
            page_size: Query parameter `page-size`.
            page_size_2: Query parameter `page_size`.
            extra_headers_: Header `extra_headers`.
            body_id: Body field `id`.
            body_class_: Body field `class`.
            body_timeout: Body field `timeout`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _SEARCH,
            path_params={"id": id},
            query={
                "id": id_2,
                "class": class_,
                "from": from_,
                "self": self_,
                "timeout": timeout_,
                "page-size": page_size,
                "page_size": page_size_2,
            },
            headers={"extra_headers": extra_headers_},
            body={"id": body_id, "class": body_class_, "timeout": body_timeout},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ReportsWithRawResponse:
    """`Reports` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Reports) -> None:
        self.get = to_raw_response(resource.get)
        self.search = to_raw_response(resource.search)


class ReportsWithStreamingResponse:
    """`Reports` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Reports) -> None:
        self.get = to_streamed_response(resource.get)
        self.search = to_streamed_response(resource.search)


class AsyncReports:
    """Operations of the `reports` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get(
        self,
        id: str,
        *,
        format: GetReportFormat | NotGiven = NOT_GIVEN,
        x_request_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Report:
        """Call this operation.

        Args:
            id: Path parameter `id`.
            format: Operation-level; wins over the path-level one.
            x_request_id: Path-level only; every operation of the path takes it.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _GET,
            path_params={"id": id},
            query={"format": format},
            headers={"X-Request-Id": x_request_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def search(
        self,
        id: str,
        *,
        id_2: str | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        from_: str | NotGiven = NOT_GIVEN,
        self_: str | NotGiven = NOT_GIVEN,
        timeout_: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        page_size_2: int | NotGiven = NOT_GIVEN,
        extra_headers_: str | NotGiven = NOT_GIVEN,
        body_id: str | NotGiven = NOT_GIVEN,
        body_class_: str | NotGiven = NOT_GIVEN,
        body_timeout: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Report:
        """Call this operation.

        Args:
            id: Path parameter `id`.
            id_2: Query parameter `id`.
            class_: Query parameter `class`.
            from_: Query parameter `from`.
            self_: Query parameter `self`.
            timeout_: Query parameter `timeout`.
            page_size: Query parameter `page-size`.
            page_size_2: Query parameter `page_size`.
            extra_headers_: Header `extra_headers`.
            body_id: Body field `id`.
            body_class_: Body field `class`.
            body_timeout: Body field `timeout`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _SEARCH,
            path_params={"id": id},
            query={
                "id": id_2,
                "class": class_,
                "from": from_,
                "self": self_,
                "timeout": timeout_,
                "page-size": page_size,
                "page_size": page_size_2,
            },
            headers={"extra_headers": extra_headers_},
            body={"id": body_id, "class": body_class_, "timeout": body_timeout},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncReportsWithRawResponse:
    """`AsyncReports` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncReports) -> None:
        self.get = to_async_raw_response(resource.get)
        self.search = to_async_raw_response(resource.search)


class AsyncReportsWithStreamingResponse:
    """`AsyncReports` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncReports) -> None:
        self.get = to_async_streamed_response(resource.get)
        self.search = to_async_streamed_response(resource.search)
