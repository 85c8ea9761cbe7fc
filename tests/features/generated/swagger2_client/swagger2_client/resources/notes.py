"""Operations of the `notes` group."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import EMPTY, AsyncAPIClient, Endpoint, SyncAPIClient, json_body
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, FileTypes, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import Note

__all__ = ["Notes", "AsyncNotes"]

_GET: Endpoint[Note] = Endpoint(
    method="GET",
    path="/notes/{id}",
    responses={
        "200": json_body(lambda: models.Note),
    },
    accept="application/json",
)

_UPDATE: Endpoint[Note] = Endpoint(
    method="PUT",
    path="/notes/{id}",
    responses={
        "200": json_body(lambda: models.Note),
    },
    accept="application/json",
    body_encoding="json",
    content_type="application/json",
)

_LIST: Endpoint[builtins.list[Note]] = Endpoint(
    method="GET",
    path="/notes",
    responses={
        "200": json_body(lambda: builtins.list[models.Note]),
    },
    accept="application/json",
    query_styles={"tag": ("form", False)},
)

_ATTACH: Endpoint[None] = Endpoint(
    method="POST",
    path="/notes/{id}/attachment",
    responses={
        "204": EMPTY,
    },
    body_encoding="multipart",
    content_type="multipart/form-data",
)


class Notes:
    """Operations of the `notes` group."""

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
    ) -> Note:
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
        text: str,
        pinned: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Note:
        """Call this operation.

        Args:
            id: Path parameter `id`.
            text: Body field `text`.
            pinned: Body field `pinned`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _UPDATE,
            path_params={"id": id},
            body={"text": text, "pinned": pinned},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list(
        self,
        *,
        tag: builtins.list[str] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Note]:
        """Call this operation.

        Args:
            tag: Query parameter `tag`.
            limit: Query parameter `limit`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _LIST,
            query={"tag": tag, "limit": limit},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def attach(
        self,
        id: str,
        *,
        file: FileTypes,
        label: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            id: Path parameter `id`.
            file: Body field `file`.
            label: Body field `label`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _ATTACH,
            path_params={"id": id},
            body={"file": file, "label": label},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class NotesWithRawResponse:
    """`Notes` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Notes) -> None:
        self.get = to_raw_response(resource.get)
        self.update = to_raw_response(resource.update)
        self.list = to_raw_response(resource.list)
        self.attach = to_raw_response(resource.attach)


class NotesWithStreamingResponse:
    """`Notes` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Notes) -> None:
        self.get = to_streamed_response(resource.get)
        self.update = to_streamed_response(resource.update)
        self.list = to_streamed_response(resource.list)
        self.attach = to_streamed_response(resource.attach)


class AsyncNotes:
    """Operations of the `notes` group."""

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
    ) -> Note:
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
        text: str,
        pinned: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Note:
        """Call this operation.

        Args:
            id: Path parameter `id`.
            text: Body field `text`.
            pinned: Body field `pinned`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _UPDATE,
            path_params={"id": id},
            body={"text": text, "pinned": pinned},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list(
        self,
        *,
        tag: builtins.list[str] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Note]:
        """Call this operation.

        Args:
            tag: Query parameter `tag`.
            limit: Query parameter `limit`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _LIST,
            query={"tag": tag, "limit": limit},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def attach(
        self,
        id: str,
        *,
        file: FileTypes,
        label: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            id: Path parameter `id`.
            file: Body field `file`.
            label: Body field `label`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _ATTACH,
            path_params={"id": id},
            body={"file": file, "label": label},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncNotesWithRawResponse:
    """`AsyncNotes` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncNotes) -> None:
        self.get = to_async_raw_response(resource.get)
        self.update = to_async_raw_response(resource.update)
        self.list = to_async_raw_response(resource.list)
        self.attach = to_async_raw_response(resource.attach)


class AsyncNotesWithStreamingResponse:
    """`AsyncNotes` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncNotes) -> None:
        self.get = to_async_streamed_response(resource.get)
        self.update = to_async_streamed_response(resource.update)
        self.list = to_async_streamed_response(resource.list)
        self.attach = to_async_streamed_response(resource.attach)
