"""Operations of the `pets` group."""

from __future__ import annotations

import builtins
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
    from ..models import FullPet, ShortListPet

__all__ = ["Pets", "AsyncPets"]

_LIST: Endpoint[
    builtins.list[
        Annotated[
            Annotated[ShortListPet, Tag("ShortListPet")]
            | Annotated[FullPet, Tag("FullPet")]
            | Annotated[UnknownVariant, Tag("UnknownVariant")],
            Discriminator(
                by_property(
                    "kind",
                    {"short-list": "ShortListPet", "list": "FullPet"},
                    fallback="UnknownVariant",
                )
            ),
        ]
    ]
] = Endpoint(
    method="GET",
    path="/pets",
    responses={
        "200": json_body(
            lambda: builtins.list[
                Annotated[
                    Annotated[models.ShortListPet, Tag("ShortListPet")]
                    | Annotated[models.FullPet, Tag("FullPet")]
                    | Annotated[UnknownVariant, Tag("UnknownVariant")],
                    Discriminator(
                        by_property(
                            "kind",
                            {"short-list": "ShortListPet", "list": "FullPet"},
                            fallback="UnknownVariant",
                        )
                    ),
                ]
            ]
        ),
    },
    accept="application/json",
)

_TYPE: Endpoint[dict[str, int]] = Endpoint(
    method="GET",
    path="/pets/types",
    responses={
        "200": json_body(lambda: dict[str, int]),
    },
    accept="application/json",
)


class Pets:
    """Operations of the `pets` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        kinds: builtins.list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> builtins.list[
        Annotated[
            Annotated[ShortListPet, Tag("ShortListPet")]
            | Annotated[FullPet, Tag("FullPet")]
            | Annotated[UnknownVariant, Tag("UnknownVariant")],
            Discriminator(
                by_property(
                    "kind",
                    {"short-list": "ShortListPet", "list": "FullPet"},
                    fallback="UnknownVariant",
                )
            ),
        ]
    ]:
        """Call this operation.

        Args:
            kinds: Query parameter `kinds`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _LIST,
            query={"kinds": kinds},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def type(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> dict[str, int]:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _TYPE,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class PetsWithRawResponse:
    """`Pets` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Pets) -> None:
        self.list = to_raw_response(resource.list)
        self.type = to_raw_response(resource.type)


class PetsWithStreamingResponse:
    """`Pets` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Pets) -> None:
        self.list = to_streamed_response(resource.list)
        self.type = to_streamed_response(resource.type)


class AsyncPets:
    """Operations of the `pets` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        kinds: builtins.list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> builtins.list[
        Annotated[
            Annotated[ShortListPet, Tag("ShortListPet")]
            | Annotated[FullPet, Tag("FullPet")]
            | Annotated[UnknownVariant, Tag("UnknownVariant")],
            Discriminator(
                by_property(
                    "kind",
                    {"short-list": "ShortListPet", "list": "FullPet"},
                    fallback="UnknownVariant",
                )
            ),
        ]
    ]:
        """Call this operation.

        Args:
            kinds: Query parameter `kinds`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _LIST,
            query={"kinds": kinds},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def type(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> dict[str, int]:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _TYPE,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncPetsWithRawResponse:
    """`AsyncPets` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncPets) -> None:
        self.list = to_async_raw_response(resource.list)
        self.type = to_async_raw_response(resource.type)


class AsyncPetsWithStreamingResponse:
    """`AsyncPets` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncPets) -> None:
        self.list = to_async_streamed_response(resource.list)
        self.type = to_async_streamed_response(resource.type)
