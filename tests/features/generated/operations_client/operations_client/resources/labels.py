"""Operations of the `labels` group."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import EMPTY, AsyncAPIClient, Endpoint, SyncAPIClient, json_body
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import AddLabelXAmzTarget, Report

__all__ = ["Labels", "AsyncLabels"]

_LIST: Endpoint[Report] = Endpoint(
    method="GET",
    path="/labels",
    responses={
        "200": json_body(lambda: models.Report),
    },
    accept="application/json",
)

_ADD: Endpoint[None] = Endpoint(
    method="POST",
    path="/",
    responses={
        "204": EMPTY,
    },
)


class Labels:
    """Operations of the `labels` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        resource_arn: str,
        max_results: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Report:
        """AWS's specs tell operations on one URL apart by a fragment in the path key; the fragment names the required query parameter.

        Args:
            resource_arn: Query parameter `resourceArn`.
            max_results: Query parameter `maxResults`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _LIST,
            query={"resourceArn": resource_arn, "maxResults": max_results},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def add(
        self,
        *,
        x_amz_target: AddLabelXAmzTarget,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """The header the fragment names selects the operation.

        Args:
            x_amz_target: Header `X-Amz-Target`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _ADD,
            headers={"X-Amz-Target": x_amz_target},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class LabelsWithRawResponse:
    """`Labels` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Labels) -> None:
        self.list = to_raw_response(resource.list)
        self.add = to_raw_response(resource.add)


class LabelsWithStreamingResponse:
    """`Labels` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Labels) -> None:
        self.list = to_streamed_response(resource.list)
        self.add = to_streamed_response(resource.add)


class AsyncLabels:
    """Operations of the `labels` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        resource_arn: str,
        max_results: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Report:
        """AWS's specs tell operations on one URL apart by a fragment in the path key; the fragment names the required query parameter.

        Args:
            resource_arn: Query parameter `resourceArn`.
            max_results: Query parameter `maxResults`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _LIST,
            query={"resourceArn": resource_arn, "maxResults": max_results},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def add(
        self,
        *,
        x_amz_target: AddLabelXAmzTarget,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """The header the fragment names selects the operation.

        Args:
            x_amz_target: Header `X-Amz-Target`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _ADD,
            headers={"X-Amz-Target": x_amz_target},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncLabelsWithRawResponse:
    """`AsyncLabels` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncLabels) -> None:
        self.list = to_async_raw_response(resource.list)
        self.add = to_async_raw_response(resource.add)


class AsyncLabelsWithStreamingResponse:
    """`AsyncLabels` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncLabels) -> None:
        self.list = to_async_streamed_response(resource.list)
        self.add = to_async_streamed_response(resource.add)
