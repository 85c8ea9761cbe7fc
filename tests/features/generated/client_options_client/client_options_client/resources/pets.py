"""Operations of the `pets` group."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, json_body
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import Pet

__all__ = ["Pets", "AsyncPets"]

_GET: Endpoint[Pet] = Endpoint(
    method="GET",
    path="/pets/{petId}",
    responses={
        "200": json_body(lambda: models.Pet),
        "404": json_body(lambda: models.Error),
    },
    security=(("bearer", "header_key", "query_key", "session"),),
    accept="application/json",
)


class Pets:
    """Operations of the `pets` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get(
        self,
        pet_id: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Pet:
        """Call this operation.

        Args:
            pet_id: Path parameter `petId`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _GET,
            path_params={"petId": pet_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class PetsWithRawResponse:
    """`Pets` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Pets) -> None:
        self.get = to_raw_response(resource.get)


class PetsWithStreamingResponse:
    """`Pets` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Pets) -> None:
        self.get = to_streamed_response(resource.get)


class AsyncPets:
    """Operations of the `pets` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get(
        self,
        pet_id: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Pet:
        """Call this operation.

        Args:
            pet_id: Path parameter `petId`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _GET,
            path_params={"petId": pet_id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncPetsWithRawResponse:
    """`AsyncPets` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncPets) -> None:
        self.get = to_async_raw_response(resource.get)


class AsyncPetsWithStreamingResponse:
    """`AsyncPets` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncPets) -> None:
        self.get = to_async_streamed_response(resource.get)
