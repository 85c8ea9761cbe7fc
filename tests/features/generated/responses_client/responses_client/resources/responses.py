"""Operations of the `responses` group."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import (
    BINARY,
    EMPTY,
    TEXT,
    AsyncAPIClient,
    Endpoint,
    SyncAPIClient,
    by_content_type,
    json_body,
)
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import Job, Report

__all__ = ["Responses", "AsyncResponses"]

_GET_REPORT: Endpoint[Report] = Endpoint(
    method="GET",
    path="/report",
    responses={
        "200": json_body(lambda: models.Report),
    },
    accept="application/json",
)

_GET_TEXT: Endpoint[str] = Endpoint(
    method="GET",
    path="/text",
    responses={
        "200": TEXT,
    },
    accept="text/plain",
)

_GET_IMAGE: Endpoint[bytes] = Endpoint(
    method="GET",
    path="/image",
    responses={
        "200": BINARY,
    },
    accept="image/png",
)

_DOWNLOAD: Endpoint[bytes] = Endpoint(
    method="GET",
    path="/download",
    responses={
        "200": BINARY,
    },
    accept="application/octet-stream",
)

_DELETE_THING: Endpoint[None] = Endpoint(
    method="DELETE",
    path="/things/{id}",
    responses={
        "204": EMPTY,
        "default": json_body(lambda: models.Error),
    },
)

_GET_FALLBACK: Endpoint[Report] = Endpoint(
    method="GET",
    path="/fallback",
    responses={
        "default": json_body(lambda: models.Report),
    },
)

_CREATE_RANGED: Endpoint[Report] = Endpoint(
    method="POST",
    path="/ranged",
    responses={
        "2XX": json_body(lambda: models.Report),
        "4XX": json_body(lambda: models.Error),
    },
    accept="application/json",
)

_START_JOB: Endpoint[Report | Job] = Endpoint(
    method="POST",
    path="/jobs",
    responses={
        "200": json_body(lambda: models.Report),
        "202": json_body(lambda: models.Job),
        "default": json_body(lambda: models.Error),
    },
    accept="application/json",
)

_GET_ANYTHING: Endpoint[Report | str | bytes] = Endpoint(
    method="GET",
    path="/anything",
    responses={
        "200": by_content_type(lambda: models.Report),
        "404": by_content_type(lambda: models.Error),
    },
)

_ARCHIVE_THING: Endpoint[None] = Endpoint(
    method="DELETE",
    path="/archive/{id}",
    responses={
        "204": EMPTY,
    },
)

_GET_DOCUMENT: Endpoint[Report | bytes] = Endpoint(
    method="GET",
    path="/document",
    responses={
        "200": by_content_type(lambda: models.Report, text=False),
    },
)


class Responses:
    """Operations of the `responses` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_report(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Report:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _GET_REPORT,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_text(
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
            _GET_TEXT,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_image(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _GET_IMAGE,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def download(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _DOWNLOAD,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_thing(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            id: Path parameter `id`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _DELETE_THING,
            path_params={"id": id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_fallback(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Report:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _GET_FALLBACK,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create_ranged(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Report:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _CREATE_RANGED,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def start_job(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Report | Job:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _START_JOB,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_anything(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Report | str | bytes:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _GET_ANYTHING,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def archive_thing(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            id: Path parameter `id`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _ARCHIVE_THING,
            path_params={"id": id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_document(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Report | bytes:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _GET_DOCUMENT,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ResponsesWithRawResponse:
    """`Responses` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Responses) -> None:
        self.get_report = to_raw_response(resource.get_report)
        self.get_text = to_raw_response(resource.get_text)
        self.get_image = to_raw_response(resource.get_image)
        self.download = to_raw_response(resource.download)
        self.delete_thing = to_raw_response(resource.delete_thing)
        self.get_fallback = to_raw_response(resource.get_fallback)
        self.create_ranged = to_raw_response(resource.create_ranged)
        self.start_job = to_raw_response(resource.start_job)
        self.get_anything = to_raw_response(resource.get_anything)
        self.archive_thing = to_raw_response(resource.archive_thing)
        self.get_document = to_raw_response(resource.get_document)


class ResponsesWithStreamingResponse:
    """`Responses` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Responses) -> None:
        self.get_report = to_streamed_response(resource.get_report)
        self.get_text = to_streamed_response(resource.get_text)
        self.get_image = to_streamed_response(resource.get_image)
        self.download = to_streamed_response(resource.download)
        self.delete_thing = to_streamed_response(resource.delete_thing)
        self.get_fallback = to_streamed_response(resource.get_fallback)
        self.create_ranged = to_streamed_response(resource.create_ranged)
        self.start_job = to_streamed_response(resource.start_job)
        self.get_anything = to_streamed_response(resource.get_anything)
        self.archive_thing = to_streamed_response(resource.archive_thing)
        self.get_document = to_streamed_response(resource.get_document)


class AsyncResponses:
    """Operations of the `responses` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_report(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Report:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _GET_REPORT,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_text(
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
            _GET_TEXT,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_image(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _GET_IMAGE,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def download(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _DOWNLOAD,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_thing(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            id: Path parameter `id`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _DELETE_THING,
            path_params={"id": id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_fallback(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Report:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _GET_FALLBACK,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create_ranged(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Report:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _CREATE_RANGED,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def start_job(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Report | Job:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _START_JOB,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_anything(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Report | str | bytes:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _GET_ANYTHING,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def archive_thing(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            id: Path parameter `id`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _ARCHIVE_THING,
            path_params={"id": id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_document(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Report | bytes:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _GET_DOCUMENT,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncResponsesWithRawResponse:
    """`AsyncResponses` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncResponses) -> None:
        self.get_report = to_async_raw_response(resource.get_report)
        self.get_text = to_async_raw_response(resource.get_text)
        self.get_image = to_async_raw_response(resource.get_image)
        self.download = to_async_raw_response(resource.download)
        self.delete_thing = to_async_raw_response(resource.delete_thing)
        self.get_fallback = to_async_raw_response(resource.get_fallback)
        self.create_ranged = to_async_raw_response(resource.create_ranged)
        self.start_job = to_async_raw_response(resource.start_job)
        self.get_anything = to_async_raw_response(resource.get_anything)
        self.archive_thing = to_async_raw_response(resource.archive_thing)
        self.get_document = to_async_raw_response(resource.get_document)


class AsyncResponsesWithStreamingResponse:
    """`AsyncResponses` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncResponses) -> None:
        self.get_report = to_async_streamed_response(resource.get_report)
        self.get_text = to_async_streamed_response(resource.get_text)
        self.get_image = to_async_streamed_response(resource.get_image)
        self.download = to_async_streamed_response(resource.download)
        self.delete_thing = to_async_streamed_response(resource.delete_thing)
        self.get_fallback = to_async_streamed_response(resource.get_fallback)
        self.create_ranged = to_async_streamed_response(resource.create_ranged)
        self.start_job = to_async_streamed_response(resource.start_job)
        self.get_anything = to_async_streamed_response(resource.get_anything)
        self.archive_thing = to_async_streamed_response(resource.archive_thing)
        self.get_document = to_async_streamed_response(resource.get_document)
