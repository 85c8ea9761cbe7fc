"""Operations of the `notes` group."""

from __future__ import annotations

import builtins

import httpx

from .._base_client import AsyncAPIClient, EMPTY, Endpoint, SyncAPIClient
from .._raw_response import to_async_raw_response, to_raw_response
from .._types import Body, Headers, NOT_GIVEN, NotGiven, Query

__all__ = ["Notes", "AsyncNotes"]

_LIST = Endpoint[None](
    method="GET",
    path="/notes",
    responses={
        "204": EMPTY,
    },
)


class Notes:
    """Operations of the `notes` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        x_trace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            x_trace_id: Header `X-Trace-Id`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _LIST,
            headers={"X-Trace-Id": x_trace_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class NotesWithRawResponse:
    """`Notes` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Notes) -> None:
        self.list = to_raw_response(resource.list)


class AsyncNotes:
    """Operations of the `notes` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        x_trace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            x_trace_id: Header `X-Trace-Id`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _LIST,
            headers={"X-Trace-Id": x_trace_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncNotesWithRawResponse:
    """`AsyncNotes` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncNotes) -> None:
        self.list = to_async_raw_response(resource.list)
