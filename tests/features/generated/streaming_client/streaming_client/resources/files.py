"""Operations of the `files` group."""

from __future__ import annotations

import httpx

from .._base_client import BINARY, AsyncAPIClient, Endpoint, SyncAPIClient
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

__all__ = ["Files", "AsyncFiles"]

_DOWNLOAD: Endpoint[bytes] = Endpoint(
    method="GET",
    path="/files/{name}",
    responses={
        "200": BINARY,
    },
    accept="application/octet-stream",
)


class Files:
    """Operations of the `files` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def download(
        self,
        name: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Download a file.

        Args:
            name: Path parameter `name`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _DOWNLOAD,
            path_params={"name": name},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class FilesWithRawResponse:
    """`Files` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Files) -> None:
        self.download = to_raw_response(resource.download)


class FilesWithStreamingResponse:
    """`Files` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Files) -> None:
        self.download = to_streamed_response(resource.download)


class AsyncFiles:
    """Operations of the `files` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def download(
        self,
        name: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Download a file.

        Args:
            name: Path parameter `name`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _DOWNLOAD,
            path_params={"name": name},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncFilesWithRawResponse:
    """`AsyncFiles` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncFiles) -> None:
        self.download = to_async_raw_response(resource.download)


class AsyncFilesWithStreamingResponse:
    """`AsyncFiles` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncFiles) -> None:
        self.download = to_async_streamed_response(resource.download)
