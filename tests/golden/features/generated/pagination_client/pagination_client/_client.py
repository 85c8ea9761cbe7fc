"""The Pagination clients: `PaginationClient` (sync) and `AsyncPaginationClient` (async)."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from ._base_client import (
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    SyncAPIClient,
    select_base_url,
)
from ._version import __version__
from .resources.configured import (
    Configured,
    ConfiguredWithRawResponse,
    AsyncConfigured,
    AsyncConfiguredWithRawResponse,
)
from .resources.cursor import Cursor, CursorWithRawResponse, AsyncCursor, AsyncCursorWithRawResponse
from .resources.extension import (
    Extension,
    ExtensionWithRawResponse,
    AsyncExtension,
    AsyncExtensionWithRawResponse,
)
from .resources.item_cursor import (
    ItemCursor,
    ItemCursorWithRawResponse,
    AsyncItemCursor,
    AsyncItemCursorWithRawResponse,
)
from .resources.offset import Offset, OffsetWithRawResponse, AsyncOffset, AsyncOffsetWithRawResponse
from .resources.page import Page, PageWithRawResponse, AsyncPage, AsyncPageWithRawResponse
from .resources.repos import Repos, ReposWithRawResponse, AsyncRepos, AsyncReposWithRawResponse

__all__ = ["PaginationClient", "AsyncPaginationClient"]

ENVIRONMENTS: Mapping[str, str] = {
    "api": "https://api.example.com",
}


class PaginationClient(SyncAPIClient):
    """Synchronous client for the Pagination."""

    configured: Configured
    cursor: Cursor
    extension: Extension
    item_cursor: ItemCursor
    offset: Offset
    page: Page
    repos: Repos
    with_raw_response: PaginationClientWithRawResponse

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        deadline: float | None = None,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        """Create a client.

        Args:
            base_url: Overrides the server; defaults to the PAGINATION_BASE_URL
                environment variable.
            timeout: Seconds (or an httpx.Timeout) allowed for each request; None
                waits forever.
            max_retries: How many times a failed request is retried.
            default_headers: Headers sent with every request.
            http_client: An httpx client of your own to send requests with.
            deadline: Seconds a whole call may take, retries and reading the body
                included; None for no limit.
            max_response_size: The most bytes a response body may have once
                decompressed; None for no limit.
        """
        super().__init__(
            base_url=select_base_url(
                base_url,
                env_var="PAGINATION_BASE_URL",
                environments=ENVIRONMENTS,
                environment="api",
            ),
            credentials={},
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            deadline=deadline,
            max_response_size=max_response_size,
            user_agent=f"pagination_client/{__version__}",
        )
        self.configured = Configured(self)
        self.cursor = Cursor(self)
        self.extension = Extension(self)
        self.item_cursor = ItemCursor(self)
        self.offset = Offset(self)
        self.page = Page(self)
        self.repos = Repos(self)
        self.with_raw_response = PaginationClientWithRawResponse(self)


class PaginationClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: PaginationClient) -> None:
        self.configured = ConfiguredWithRawResponse(client.configured)
        self.cursor = CursorWithRawResponse(client.cursor)
        self.extension = ExtensionWithRawResponse(client.extension)
        self.item_cursor = ItemCursorWithRawResponse(client.item_cursor)
        self.offset = OffsetWithRawResponse(client.offset)
        self.page = PageWithRawResponse(client.page)
        self.repos = ReposWithRawResponse(client.repos)


class AsyncPaginationClient(AsyncAPIClient):
    """Asynchronous client for the Pagination."""

    configured: AsyncConfigured
    cursor: AsyncCursor
    extension: AsyncExtension
    item_cursor: AsyncItemCursor
    offset: AsyncOffset
    page: AsyncPage
    repos: AsyncRepos
    with_raw_response: AsyncPaginationClientWithRawResponse

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        deadline: float | None = None,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        """Create a client.

        Args:
            base_url: Overrides the server; defaults to the PAGINATION_BASE_URL
                environment variable.
            timeout: Seconds (or an httpx.Timeout) allowed for each request; None
                waits forever.
            max_retries: How many times a failed request is retried.
            default_headers: Headers sent with every request.
            http_client: An httpx client of your own to send requests with.
            deadline: Seconds a whole call may take, retries and reading the body
                included; None for no limit.
            max_response_size: The most bytes a response body may have once
                decompressed; None for no limit.
        """
        super().__init__(
            base_url=select_base_url(
                base_url,
                env_var="PAGINATION_BASE_URL",
                environments=ENVIRONMENTS,
                environment="api",
            ),
            credentials={},
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            deadline=deadline,
            max_response_size=max_response_size,
            user_agent=f"pagination_client/{__version__}",
        )
        self.configured = AsyncConfigured(self)
        self.cursor = AsyncCursor(self)
        self.extension = AsyncExtension(self)
        self.item_cursor = AsyncItemCursor(self)
        self.offset = AsyncOffset(self)
        self.page = AsyncPage(self)
        self.repos = AsyncRepos(self)
        self.with_raw_response = AsyncPaginationClientWithRawResponse(self)


class AsyncPaginationClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: AsyncPaginationClient) -> None:
        self.configured = AsyncConfiguredWithRawResponse(client.configured)
        self.cursor = AsyncCursorWithRawResponse(client.cursor)
        self.extension = AsyncExtensionWithRawResponse(client.extension)
        self.item_cursor = AsyncItemCursorWithRawResponse(client.item_cursor)
        self.offset = AsyncOffsetWithRawResponse(client.offset)
        self.page = AsyncPageWithRawResponse(client.page)
        self.repos = AsyncReposWithRawResponse(client.repos)
