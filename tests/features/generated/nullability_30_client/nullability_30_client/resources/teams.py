"""Operations of the `teams` group."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, json_body
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import Team

__all__ = ["Teams", "AsyncTeams"]

_GET: Endpoint[Team] = Endpoint(
    method="GET",
    path="/teams/{id}",
    responses={
        "200": json_body(lambda: models.Team),
    },
    accept="application/json",
)


class Teams:
    """Operations of the `teams` group."""

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
    ) -> Team:
        """Call this operation.

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


class TeamsWithRawResponse:
    """`Teams` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Teams) -> None:
        self.get = to_raw_response(resource.get)


class TeamsWithStreamingResponse:
    """`Teams` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Teams) -> None:
        self.get = to_streamed_response(resource.get)


class AsyncTeams:
    """Operations of the `teams` group."""

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
    ) -> Team:
        """Call this operation.

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


class AsyncTeamsWithRawResponse:
    """`AsyncTeams` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncTeams) -> None:
        self.get = to_async_raw_response(resource.get)


class AsyncTeamsWithStreamingResponse:
    """`AsyncTeams` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncTeams) -> None:
        self.get = to_async_streamed_response(resource.get)
