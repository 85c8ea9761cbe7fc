"""Operations of the `bodies` group."""

from __future__ import annotations

import httpx

from .._base_client import EMPTY, AsyncAPIClient, Endpoint, SyncAPIClient
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, FileContent, FileTypes, Headers, NotGiven, Query

__all__ = ["Bodies", "AsyncBodies"]

_UPLOAD: Endpoint[None] = Endpoint(
    method="POST",
    path="/upload",
    responses={
        "204": EMPTY,
    },
    body_encoding="multipart",
    content_type="multipart/form-data",
)

_PUT_BLOB: Endpoint[None] = Endpoint(
    method="PUT",
    path="/blob",
    responses={
        "204": EMPTY,
    },
    body_encoding="binary",
    content_type="application/octet-stream",
)


class Bodies:
    """Operations of the `bodies` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def upload(
        self,
        *,
        image: FileTypes,
        caption: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            image: Body field `image`.
            caption: Body field `caption`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _UPLOAD,
            body={"image": image, "caption": caption},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def put_blob(
        self,
        *,
        body: FileContent,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            body: The request body.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _PUT_BLOB,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class BodiesWithRawResponse:
    """`Bodies` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Bodies) -> None:
        self.upload = to_raw_response(resource.upload)
        self.put_blob = to_raw_response(resource.put_blob)


class BodiesWithStreamingResponse:
    """`Bodies` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Bodies) -> None:
        self.upload = to_streamed_response(resource.upload)
        self.put_blob = to_streamed_response(resource.put_blob)


class AsyncBodies:
    """Operations of the `bodies` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def upload(
        self,
        *,
        image: FileTypes,
        caption: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            image: Body field `image`.
            caption: Body field `caption`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _UPLOAD,
            body={"image": image, "caption": caption},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def put_blob(
        self,
        *,
        body: FileContent,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            body: The request body.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _PUT_BLOB,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncBodiesWithRawResponse:
    """`AsyncBodies` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncBodies) -> None:
        self.upload = to_async_raw_response(resource.upload)
        self.put_blob = to_async_raw_response(resource.put_blob)


class AsyncBodiesWithStreamingResponse:
    """`AsyncBodies` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncBodies) -> None:
        self.upload = to_async_streamed_response(resource.upload)
        self.put_blob = to_async_streamed_response(resource.put_blob)
