"""Operations of the `notes` group."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, json_body
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import Note

__all__ = ["Notes", "AsyncNotes"]

_GET_LATEST: Endpoint[Note] = Endpoint(
    method="GET",
    path="/notes",
    responses={
        "200": json_body(lambda: models.Note),
    },
    accept="application/json",
)


class Notes:
    """Operations of the `notes` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_latest(
        self,
        *,
        x_trace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Note:
        """Call this operation.

        Args:
            x_trace_id: Header `X-Trace-Id`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _GET_LATEST,
            headers={"X-Trace-Id": x_trace_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class NotesWithRawResponse:
    """`Notes` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Notes) -> None:
        self.get_latest = to_raw_response(resource.get_latest)


class NotesWithStreamingResponse:
    """`Notes` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Notes) -> None:
        self.get_latest = to_streamed_response(resource.get_latest)


class AsyncNotes:
    """Operations of the `notes` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_latest(
        self,
        *,
        x_trace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Note:
        """Call this operation.

        Args:
            x_trace_id: Header `X-Trace-Id`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _GET_LATEST,
            headers={"X-Trace-Id": x_trace_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncNotesWithRawResponse:
    """`AsyncNotes` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncNotes) -> None:
        self.get_latest = to_async_raw_response(resource.get_latest)


class AsyncNotesWithStreamingResponse:
    """`AsyncNotes` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncNotes) -> None:
        self.get_latest = to_async_streamed_response(resource.get_latest)
