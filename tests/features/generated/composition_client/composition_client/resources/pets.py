"""Operations of the `pets` group."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import httpx
from pydantic import Discriminator, Tag

from .. import models
from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, json_body
from .._models import UnknownVariant, by_property
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import Cat, Dog, Pet

__all__ = ["Pets", "AsyncPets"]

_GET: Endpoint[Pet] = Endpoint(
    method="GET",
    path="/pets/{id}",
    responses={
        "200": json_body(lambda: models.Pet),
    },
    accept="application/json",
)

_CREATE: Endpoint[Pet] = Endpoint(
    method="POST",
    path="/pets",
    responses={
        "201": json_body(lambda: models.Pet),
    },
    accept="application/json",
    body_encoding="json",
    content_type="application/json",
)

_GET_CAT: Endpoint[Cat] = Endpoint(
    method="GET",
    path="/cats/{id}",
    responses={
        "200": json_body(lambda: models.Cat),
    },
    accept="application/json",
)

_GET_PET_BY_NAME: Endpoint[
    Annotated[
        Annotated[Cat, Tag("Cat")]
        | Annotated[Dog, Tag("Dog")]
        | Annotated[UnknownVariant, Tag("UnknownVariant")],
        Discriminator(
            by_property("petType", {"kitty": "Cat", "doggo": "Dog"}, fallback="UnknownVariant")
        ),
    ]
] = Endpoint(
    method="GET",
    path="/pets-by-name/{id}",
    responses={
        "200": json_body(
            lambda: Annotated[
                Annotated[models.Cat, Tag("Cat")]
                | Annotated[models.Dog, Tag("Dog")]
                | Annotated[UnknownVariant, Tag("UnknownVariant")],
                Discriminator(
                    by_property(
                        "petType", {"kitty": "Cat", "doggo": "Dog"}, fallback="UnknownVariant"
                    )
                ),
            ]
        ),
    },
    accept="application/json",
)


class Pets:
    """Operations of the `pets` group."""

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
    ) -> Pet:
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

    def create(
        self,
        *,
        body: Pet,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Pet:
        """Call this operation.

        Args:
            body: The request body.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _CREATE,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_cat(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Cat:
        """Call this operation.

        Args:
            id: Path parameter `id`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _GET_CAT,
            path_params={"id": id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_pet_by_name(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Annotated[
        Annotated[Cat, Tag("Cat")]
        | Annotated[Dog, Tag("Dog")]
        | Annotated[UnknownVariant, Tag("UnknownVariant")],
        Discriminator(
            by_property("petType", {"kitty": "Cat", "doggo": "Dog"}, fallback="UnknownVariant")
        ),
    ]:
        """Call this operation.

        Args:
            id: Path parameter `id`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _GET_PET_BY_NAME,
            path_params={"id": id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class PetsWithRawResponse:
    """`Pets` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Pets) -> None:
        self.get = to_raw_response(resource.get)
        self.create = to_raw_response(resource.create)
        self.get_cat = to_raw_response(resource.get_cat)
        self.get_pet_by_name = to_raw_response(resource.get_pet_by_name)


class PetsWithStreamingResponse:
    """`Pets` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Pets) -> None:
        self.get = to_streamed_response(resource.get)
        self.create = to_streamed_response(resource.create)
        self.get_cat = to_streamed_response(resource.get_cat)
        self.get_pet_by_name = to_streamed_response(resource.get_pet_by_name)


class AsyncPets:
    """Operations of the `pets` group."""

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
    ) -> Pet:
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

    async def create(
        self,
        *,
        body: Pet,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Pet:
        """Call this operation.

        Args:
            body: The request body.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _CREATE,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_cat(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Cat:
        """Call this operation.

        Args:
            id: Path parameter `id`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _GET_CAT,
            path_params={"id": id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_pet_by_name(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Annotated[
        Annotated[Cat, Tag("Cat")]
        | Annotated[Dog, Tag("Dog")]
        | Annotated[UnknownVariant, Tag("UnknownVariant")],
        Discriminator(
            by_property("petType", {"kitty": "Cat", "doggo": "Dog"}, fallback="UnknownVariant")
        ),
    ]:
        """Call this operation.

        Args:
            id: Path parameter `id`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _GET_PET_BY_NAME,
            path_params={"id": id},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncPetsWithRawResponse:
    """`AsyncPets` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncPets) -> None:
        self.get = to_async_raw_response(resource.get)
        self.create = to_async_raw_response(resource.create)
        self.get_cat = to_async_raw_response(resource.get_cat)
        self.get_pet_by_name = to_async_raw_response(resource.get_pet_by_name)


class AsyncPetsWithStreamingResponse:
    """`AsyncPets` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncPets) -> None:
        self.get = to_async_streamed_response(resource.get)
        self.create = to_async_streamed_response(resource.create)
        self.get_cat = to_async_streamed_response(resource.get_cat)
        self.get_pet_by_name = to_async_streamed_response(resource.get_pet_by_name)
