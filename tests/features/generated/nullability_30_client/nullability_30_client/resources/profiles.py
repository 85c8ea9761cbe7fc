"""Operations of the `profiles` group."""

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
    from ..models import Address, Colour, Level, Profile, Status

__all__ = ["Profiles", "AsyncProfiles"]

_GET: Endpoint[Profile] = Endpoint(
    method="GET",
    path="/profiles/{id}",
    responses={
        "200": json_body(lambda: models.Profile),
    },
    accept="application/json",
)

_UPDATE: Endpoint[Profile] = Endpoint(
    method="PATCH",
    path="/profiles/{id}",
    responses={
        "200": json_body(lambda: models.Profile),
    },
    accept="application/json",
    body_encoding="json",
    content_type="application/json",
)

_LIST: Endpoint[builtins.list[Profile]] = Endpoint(
    method="GET",
    path="/profiles",
    responses={
        "200": json_body(lambda: builtins.list[models.Profile]),
    },
    accept="application/json",
)


class Profiles:
    """Operations of the `profiles` group."""

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
    ) -> Profile:
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

    def update(
        self,
        id: str,
        *,
        nickname: str | None | NotGiven = NOT_GIVEN,
        age: int | None | NotGiven = NOT_GIVEN,
        status: Status | NotGiven = NOT_GIVEN,
        colour: Colour | None | NotGiven = NOT_GIVEN,
        address: Address | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Profile:
        """Call this operation.

        Args:
            id: Path parameter `id`.
            nickname: Body field `nickname`.
            age: Body field `age`.
            status: Body field `status`.
            colour: Body field `colour`.
            address: Body field `address`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _UPDATE,
            path_params={"id": id},
            body={
                "nickname": nickname,
                "age": age,
                "status": status,
                "colour": colour,
                "address": address,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list(
        self,
        *,
        status: Status | NotGiven = NOT_GIVEN,
        level: Level | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Profile]:
        """Call this operation.

        Args:
            status: Query parameter `status`.
            level: Query parameter `level`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _LIST,
            query={"status": status, "level": level},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ProfilesWithRawResponse:
    """`Profiles` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Profiles) -> None:
        self.get = to_raw_response(resource.get)
        self.update = to_raw_response(resource.update)
        self.list = to_raw_response(resource.list)


class ProfilesWithStreamingResponse:
    """`Profiles` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Profiles) -> None:
        self.get = to_streamed_response(resource.get)
        self.update = to_streamed_response(resource.update)
        self.list = to_streamed_response(resource.list)


class AsyncProfiles:
    """Operations of the `profiles` group."""

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
    ) -> Profile:
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

    async def update(
        self,
        id: str,
        *,
        nickname: str | None | NotGiven = NOT_GIVEN,
        age: int | None | NotGiven = NOT_GIVEN,
        status: Status | NotGiven = NOT_GIVEN,
        colour: Colour | None | NotGiven = NOT_GIVEN,
        address: Address | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Profile:
        """Call this operation.

        Args:
            id: Path parameter `id`.
            nickname: Body field `nickname`.
            age: Body field `age`.
            status: Body field `status`.
            colour: Body field `colour`.
            address: Body field `address`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _UPDATE,
            path_params={"id": id},
            body={
                "nickname": nickname,
                "age": age,
                "status": status,
                "colour": colour,
                "address": address,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list(
        self,
        *,
        status: Status | NotGiven = NOT_GIVEN,
        level: Level | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Profile]:
        """Call this operation.

        Args:
            status: Query parameter `status`.
            level: Query parameter `level`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _LIST,
            query={"status": status, "level": level},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncProfilesWithRawResponse:
    """`AsyncProfiles` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncProfiles) -> None:
        self.get = to_async_raw_response(resource.get)
        self.update = to_async_raw_response(resource.update)
        self.list = to_async_raw_response(resource.list)


class AsyncProfilesWithStreamingResponse:
    """`AsyncProfiles` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncProfiles) -> None:
        self.get = to_async_streamed_response(resource.get)
        self.update = to_async_streamed_response(resource.update)
        self.list = to_async_streamed_response(resource.list)
