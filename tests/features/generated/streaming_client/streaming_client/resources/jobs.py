"""Operations of the `jobs` group."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import TEXT, AsyncAPIClient, Endpoint, SyncAPIClient, json_body
from .._event_stream import (
    AsyncEventStream,
    EventStream,
    StreamEndpoint,
    json_events,
    stream_events,
)
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestArguments

if TYPE_CHECKING:
    from ..models import Job, Progress

__all__ = ["Jobs", "AsyncJobs"]

_GET: Endpoint[Job] = Endpoint(
    method="GET",
    path="/jobs/{id}",
    responses={
        "200": json_body(lambda: models.Job),
    },
    accept="application/json",
)

_PROGRESS: StreamEndpoint[Progress] = StreamEndpoint(
    method="GET",
    path="/jobs/{id}/progress",
    responses={
        "200": TEXT,
    },
    accept="text/event-stream",
    events=json_events(lambda: models.Progress),
)


class Jobs:
    """Operations of the `jobs` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Job:
        """A job and its state.

        Args:
            id: Path parameter `id`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _GET,
            path_params={"id": id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def progress(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EventStream[Progress]:
        """Follow a job's progress.

        Args:
            id: Path parameter `id`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return stream_events(
            self._client,
            _PROGRESS,
            RequestArguments(
                path_params={"id": id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class JobsWithRawResponse:
    """`Jobs` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Jobs) -> None:
        self.get = to_raw_response(resource.get)
        self.progress = to_raw_response(resource.progress)


class JobsWithStreamingResponse:
    """`Jobs` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Jobs) -> None:
        self.get = to_streamed_response(resource.get)
        self.progress = to_streamed_response(resource.progress)


class AsyncJobs:
    """Operations of the `jobs` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Job:
        """A job and its state.

        Args:
            id: Path parameter `id`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _GET,
            path_params={"id": id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def progress(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncEventStream[Progress]:
        """Follow a job's progress.

        Args:
            id: Path parameter `id`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await stream_events(
            self._client,
            _PROGRESS,
            RequestArguments(
                path_params={"id": id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncJobsWithRawResponse:
    """`AsyncJobs` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncJobs) -> None:
        self.get = to_async_raw_response(resource.get)
        self.progress = to_async_raw_response(resource.progress)


class AsyncJobsWithStreamingResponse:
    """`AsyncJobs` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncJobs) -> None:
        self.get = to_async_streamed_response(resource.get)
        self.progress = to_async_streamed_response(resource.progress)
