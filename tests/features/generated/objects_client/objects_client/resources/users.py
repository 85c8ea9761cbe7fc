"""Operations of the `users` group."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, json_body
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import CreateUserRequestRole, User

__all__ = ["Users", "AsyncUsers"]

_CREATE: Endpoint[User] = Endpoint(
    method="POST",
    path="/users",
    responses={
        "201": json_body(lambda: models.User),
    },
    accept="application/json",
    body_encoding="json",
    content_type="application/json",
)


class Users:
    """Operations of the `users` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        name: str,
        password: str,
        role: CreateUserRequestRole | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        quota: int | NotGiven = NOT_GIVEN,
        ratio: float | NotGiven = NOT_GIVEN,
        nickname: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> User:
        """Call this operation.

        Args:
            name: Body field `name`.
            password: Body field `password`.
            role: Body field `role`.
            active: Body field `active`.
            quota: Body field `quota`.
            ratio: Body field `ratio`.
            nickname: Body field `nickname`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _CREATE,
            body={
                "name": name,
                "password": password,
                "role": role,
                "active": active,
                "quota": quota,
                "ratio": ratio,
                "nickname": nickname,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class UsersWithRawResponse:
    """`Users` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Users) -> None:
        self.create = to_raw_response(resource.create)


class UsersWithStreamingResponse:
    """`Users` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Users) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncUsers:
    """Operations of the `users` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        name: str,
        password: str,
        role: CreateUserRequestRole | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        quota: int | NotGiven = NOT_GIVEN,
        ratio: float | NotGiven = NOT_GIVEN,
        nickname: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> User:
        """Call this operation.

        Args:
            name: Body field `name`.
            password: Body field `password`.
            role: Body field `role`.
            active: Body field `active`.
            quota: Body field `quota`.
            ratio: Body field `ratio`.
            nickname: Body field `nickname`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _CREATE,
            body={
                "name": name,
                "password": password,
                "role": role,
                "active": active,
                "quota": quota,
                "ratio": ratio,
                "nickname": nickname,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncUsersWithRawResponse:
    """`AsyncUsers` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncUsers) -> None:
        self.create = to_async_raw_response(resource.create)


class AsyncUsersWithStreamingResponse:
    """`AsyncUsers` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncUsers) -> None:
        self.create = to_async_streamed_response(resource.create)
