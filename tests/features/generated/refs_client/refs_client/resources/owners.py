"""Operations of the `owners` group."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import EMPTY, AsyncAPIClient, Endpoint, SyncAPIClient, json_body
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import Contact, Owner

__all__ = ["Owners", "AsyncOwners"]

_GET: Endpoint[Owner] = Endpoint(
    method="GET",
    path="/owners/{ownerId}",
    responses={
        "200": json_body(lambda: models.Owner),
    },
    accept="application/json",
)

_REPLACE: Endpoint[None] = Endpoint(
    method="PUT",
    path="/owners/{ownerId}",
    responses={
        "204": EMPTY,
    },
    body_encoding="json",
    content_type="application/json",
)


class Owners:
    """Operations of the `owners` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get(
        self,
        owner_id: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Owner:
        """Call this operation.

        Args:
            owner_id: Path parameter `ownerId`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _GET,
            path_params={"ownerId": owner_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def replace(
        self,
        owner_id: int,
        *,
        id: int,
        name: str,
        contact: Contact | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            owner_id: Path parameter `ownerId`.
            id: Body field `id`.
            name: Body field `name`.
            contact: Body field `contact`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _REPLACE,
            path_params={"ownerId": owner_id},
            body={"id": id, "name": name, "contact": contact},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class OwnersWithRawResponse:
    """`Owners` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Owners) -> None:
        self.get = to_raw_response(resource.get)
        self.replace = to_raw_response(resource.replace)


class OwnersWithStreamingResponse:
    """`Owners` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Owners) -> None:
        self.get = to_streamed_response(resource.get)
        self.replace = to_streamed_response(resource.replace)


class AsyncOwners:
    """Operations of the `owners` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get(
        self,
        owner_id: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Owner:
        """Call this operation.

        Args:
            owner_id: Path parameter `ownerId`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _GET,
            path_params={"ownerId": owner_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def replace(
        self,
        owner_id: int,
        *,
        id: int,
        name: str,
        contact: Contact | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            owner_id: Path parameter `ownerId`.
            id: Body field `id`.
            name: Body field `name`.
            contact: Body field `contact`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _REPLACE,
            path_params={"ownerId": owner_id},
            body={"id": id, "name": name, "contact": contact},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncOwnersWithRawResponse:
    """`AsyncOwners` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncOwners) -> None:
        self.get = to_async_raw_response(resource.get)
        self.replace = to_async_raw_response(resource.replace)


class AsyncOwnersWithStreamingResponse:
    """`AsyncOwners` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncOwners) -> None:
        self.get = to_async_streamed_response(resource.get)
        self.replace = to_async_streamed_response(resource.replace)
