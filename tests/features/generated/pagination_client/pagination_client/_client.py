"""The Pagination clients: `PaginationClient` (sync) and `AsyncPaginationClient` (async)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._base_client import (
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    SyncAPIClient,
    select_base_url,
)
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__

if TYPE_CHECKING:
    from .resources.configured import (
        AsyncConfigured,
        AsyncConfiguredWithRawResponse,
        AsyncConfiguredWithStreamingResponse,
        Configured,
        ConfiguredWithRawResponse,
        ConfiguredWithStreamingResponse,
    )
    from .resources.cursor import (
        AsyncCursor,
        AsyncCursorWithRawResponse,
        AsyncCursorWithStreamingResponse,
        Cursor,
        CursorWithRawResponse,
        CursorWithStreamingResponse,
    )
    from .resources.extension import (
        AsyncExtension,
        AsyncExtensionWithRawResponse,
        AsyncExtensionWithStreamingResponse,
        Extension,
        ExtensionWithRawResponse,
        ExtensionWithStreamingResponse,
    )
    from .resources.item_cursor import (
        AsyncItemCursor,
        AsyncItemCursorWithRawResponse,
        AsyncItemCursorWithStreamingResponse,
        ItemCursor,
        ItemCursorWithRawResponse,
        ItemCursorWithStreamingResponse,
    )
    from .resources.offset import (
        AsyncOffset,
        AsyncOffsetWithRawResponse,
        AsyncOffsetWithStreamingResponse,
        Offset,
        OffsetWithRawResponse,
        OffsetWithStreamingResponse,
    )
    from .resources.page import (
        AsyncPage,
        AsyncPageWithRawResponse,
        AsyncPageWithStreamingResponse,
        Page,
        PageWithRawResponse,
        PageWithStreamingResponse,
    )
    from .resources.repos import (
        AsyncRepos,
        AsyncReposWithRawResponse,
        AsyncReposWithStreamingResponse,
        Repos,
        ReposWithRawResponse,
        ReposWithStreamingResponse,
    )

__all__ = ["PaginationClient", "AsyncPaginationClient"]

ENVIRONMENTS: Mapping[str, str] = {
    "api": "https://api.example.com",
}


class PaginationClient(SyncAPIClient):
    """Synchronous client for the Pagination."""

    with_raw_response: PaginationClientWithRawResponse
    with_streaming_response: PaginationClientWithStreamingResponse

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
        auth: httpx.Auth | None = None,
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
            auth: An httpx.Auth that authenticates every request instead of the
                credentials above.
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
            auth=auth,
            user_agent=f"pagination_client/{__version__}",
            log_env_var="PAGINATION_LOG",
        )
        self.with_raw_response = PaginationClientWithRawResponse(self)
        self.with_streaming_response = PaginationClientWithStreamingResponse(self)

    @cached_property
    def configured(self) -> Configured:
        """Operations of the `configured` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.configured import Configured

        return Configured(self)

    @cached_property
    def cursor(self) -> Cursor:
        """Operations of the `cursor` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.cursor import Cursor

        return Cursor(self)

    @cached_property
    def extension(self) -> Extension:
        """Operations of the `extension` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.extension import Extension

        return Extension(self)

    @cached_property
    def item_cursor(self) -> ItemCursor:
        """Operations of the `item_cursor` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.item_cursor import ItemCursor

        return ItemCursor(self)

    @cached_property
    def offset(self) -> Offset:
        """Operations of the `offset` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.offset import Offset

        return Offset(self)

    @cached_property
    def page(self) -> Page:
        """Operations of the `page` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.page import Page

        return Page(self)

    @cached_property
    def repos(self) -> Repos:
        """Operations of the `repos` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.repos import Repos

        return Repos(self)

    def copy(
        self,
        *,
        base_url: str | httpx.URL | None | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        http_client: httpx.Client | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        auth: httpx.Auth | None | NotGiven = NOT_GIVEN,
    ) -> PaginationClient:
        """A copy of this client, with the arguments given in place of those it was created with.

        The copy shares this client's HTTP connection pool unless `http_client` is given, and
        this client stays as it was. `with_options` is another name for this method.

        Args:
            base_url: In place of this client's `base_url` (see the constructor).
            timeout: In place of this client's `timeout` (see the constructor).
            max_retries: In place of this client's `max_retries` (see the
                constructor).
            default_headers: In place of this client's `default_headers` (see the
                constructor).
            http_client: In place of this client's `http_client` (see the
                constructor).
            deadline: In place of this client's `deadline` (see the constructor).
            max_response_size: In place of this client's `max_response_size` (see the
                constructor).
            auth: In place of this client's `auth` (see the constructor).
        """
        return self._copy(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            deadline=deadline,
            max_response_size=max_response_size,
            auth=auth,
        )

    with_options = copy


class PaginationClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: PaginationClient) -> None:
        self._client = client

    @cached_property
    def configured(self) -> ConfiguredWithRawResponse:
        """Operations of the `configured` group."""
        from .resources.configured import ConfiguredWithRawResponse

        return ConfiguredWithRawResponse(self._client.configured)

    @cached_property
    def cursor(self) -> CursorWithRawResponse:
        """Operations of the `cursor` group."""
        from .resources.cursor import CursorWithRawResponse

        return CursorWithRawResponse(self._client.cursor)

    @cached_property
    def extension(self) -> ExtensionWithRawResponse:
        """Operations of the `extension` group."""
        from .resources.extension import ExtensionWithRawResponse

        return ExtensionWithRawResponse(self._client.extension)

    @cached_property
    def item_cursor(self) -> ItemCursorWithRawResponse:
        """Operations of the `item_cursor` group."""
        from .resources.item_cursor import ItemCursorWithRawResponse

        return ItemCursorWithRawResponse(self._client.item_cursor)

    @cached_property
    def offset(self) -> OffsetWithRawResponse:
        """Operations of the `offset` group."""
        from .resources.offset import OffsetWithRawResponse

        return OffsetWithRawResponse(self._client.offset)

    @cached_property
    def page(self) -> PageWithRawResponse:
        """Operations of the `page` group."""
        from .resources.page import PageWithRawResponse

        return PageWithRawResponse(self._client.page)

    @cached_property
    def repos(self) -> ReposWithRawResponse:
        """Operations of the `repos` group."""
        from .resources.repos import ReposWithRawResponse

        return ReposWithRawResponse(self._client.repos)


class PaginationClientWithStreamingResponse:
    """The same operations, returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, client: PaginationClient) -> None:
        self._client = client

    @cached_property
    def configured(self) -> ConfiguredWithStreamingResponse:
        """Operations of the `configured` group."""
        from .resources.configured import ConfiguredWithStreamingResponse

        return ConfiguredWithStreamingResponse(self._client.configured)

    @cached_property
    def cursor(self) -> CursorWithStreamingResponse:
        """Operations of the `cursor` group."""
        from .resources.cursor import CursorWithStreamingResponse

        return CursorWithStreamingResponse(self._client.cursor)

    @cached_property
    def extension(self) -> ExtensionWithStreamingResponse:
        """Operations of the `extension` group."""
        from .resources.extension import ExtensionWithStreamingResponse

        return ExtensionWithStreamingResponse(self._client.extension)

    @cached_property
    def item_cursor(self) -> ItemCursorWithStreamingResponse:
        """Operations of the `item_cursor` group."""
        from .resources.item_cursor import ItemCursorWithStreamingResponse

        return ItemCursorWithStreamingResponse(self._client.item_cursor)

    @cached_property
    def offset(self) -> OffsetWithStreamingResponse:
        """Operations of the `offset` group."""
        from .resources.offset import OffsetWithStreamingResponse

        return OffsetWithStreamingResponse(self._client.offset)

    @cached_property
    def page(self) -> PageWithStreamingResponse:
        """Operations of the `page` group."""
        from .resources.page import PageWithStreamingResponse

        return PageWithStreamingResponse(self._client.page)

    @cached_property
    def repos(self) -> ReposWithStreamingResponse:
        """Operations of the `repos` group."""
        from .resources.repos import ReposWithStreamingResponse

        return ReposWithStreamingResponse(self._client.repos)


class AsyncPaginationClient(AsyncAPIClient):
    """Asynchronous client for the Pagination."""

    with_raw_response: AsyncPaginationClientWithRawResponse
    with_streaming_response: AsyncPaginationClientWithStreamingResponse

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
        auth: httpx.Auth | None = None,
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
            auth: An httpx.Auth that authenticates every request instead of the
                credentials above.
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
            auth=auth,
            user_agent=f"pagination_client/{__version__}",
            log_env_var="PAGINATION_LOG",
        )
        self.with_raw_response = AsyncPaginationClientWithRawResponse(self)
        self.with_streaming_response = AsyncPaginationClientWithStreamingResponse(self)

    @cached_property
    def configured(self) -> AsyncConfigured:
        """Operations of the `configured` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.configured import AsyncConfigured

        return AsyncConfigured(self)

    @cached_property
    def cursor(self) -> AsyncCursor:
        """Operations of the `cursor` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.cursor import AsyncCursor

        return AsyncCursor(self)

    @cached_property
    def extension(self) -> AsyncExtension:
        """Operations of the `extension` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.extension import AsyncExtension

        return AsyncExtension(self)

    @cached_property
    def item_cursor(self) -> AsyncItemCursor:
        """Operations of the `item_cursor` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.item_cursor import AsyncItemCursor

        return AsyncItemCursor(self)

    @cached_property
    def offset(self) -> AsyncOffset:
        """Operations of the `offset` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.offset import AsyncOffset

        return AsyncOffset(self)

    @cached_property
    def page(self) -> AsyncPage:
        """Operations of the `page` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.page import AsyncPage

        return AsyncPage(self)

    @cached_property
    def repos(self) -> AsyncRepos:
        """Operations of the `repos` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.repos import AsyncRepos

        return AsyncRepos(self)

    def copy(
        self,
        *,
        base_url: str | httpx.URL | None | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        http_client: httpx.AsyncClient | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        auth: httpx.Auth | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginationClient:
        """A copy of this client, with the arguments given in place of those it was created with.

        The copy shares this client's HTTP connection pool unless `http_client` is given, and
        this client stays as it was. `with_options` is another name for this method.

        Args:
            base_url: In place of this client's `base_url` (see the constructor).
            timeout: In place of this client's `timeout` (see the constructor).
            max_retries: In place of this client's `max_retries` (see the
                constructor).
            default_headers: In place of this client's `default_headers` (see the
                constructor).
            http_client: In place of this client's `http_client` (see the
                constructor).
            deadline: In place of this client's `deadline` (see the constructor).
            max_response_size: In place of this client's `max_response_size` (see the
                constructor).
            auth: In place of this client's `auth` (see the constructor).
        """
        return self._copy(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            deadline=deadline,
            max_response_size=max_response_size,
            auth=auth,
        )

    with_options = copy


class AsyncPaginationClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: AsyncPaginationClient) -> None:
        self._client = client

    @cached_property
    def configured(self) -> AsyncConfiguredWithRawResponse:
        """Operations of the `configured` group."""
        from .resources.configured import AsyncConfiguredWithRawResponse

        return AsyncConfiguredWithRawResponse(self._client.configured)

    @cached_property
    def cursor(self) -> AsyncCursorWithRawResponse:
        """Operations of the `cursor` group."""
        from .resources.cursor import AsyncCursorWithRawResponse

        return AsyncCursorWithRawResponse(self._client.cursor)

    @cached_property
    def extension(self) -> AsyncExtensionWithRawResponse:
        """Operations of the `extension` group."""
        from .resources.extension import AsyncExtensionWithRawResponse

        return AsyncExtensionWithRawResponse(self._client.extension)

    @cached_property
    def item_cursor(self) -> AsyncItemCursorWithRawResponse:
        """Operations of the `item_cursor` group."""
        from .resources.item_cursor import AsyncItemCursorWithRawResponse

        return AsyncItemCursorWithRawResponse(self._client.item_cursor)

    @cached_property
    def offset(self) -> AsyncOffsetWithRawResponse:
        """Operations of the `offset` group."""
        from .resources.offset import AsyncOffsetWithRawResponse

        return AsyncOffsetWithRawResponse(self._client.offset)

    @cached_property
    def page(self) -> AsyncPageWithRawResponse:
        """Operations of the `page` group."""
        from .resources.page import AsyncPageWithRawResponse

        return AsyncPageWithRawResponse(self._client.page)

    @cached_property
    def repos(self) -> AsyncReposWithRawResponse:
        """Operations of the `repos` group."""
        from .resources.repos import AsyncReposWithRawResponse

        return AsyncReposWithRawResponse(self._client.repos)


class AsyncPaginationClientWithStreamingResponse:
    """The same operations, returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, client: AsyncPaginationClient) -> None:
        self._client = client

    @cached_property
    def configured(self) -> AsyncConfiguredWithStreamingResponse:
        """Operations of the `configured` group."""
        from .resources.configured import AsyncConfiguredWithStreamingResponse

        return AsyncConfiguredWithStreamingResponse(self._client.configured)

    @cached_property
    def cursor(self) -> AsyncCursorWithStreamingResponse:
        """Operations of the `cursor` group."""
        from .resources.cursor import AsyncCursorWithStreamingResponse

        return AsyncCursorWithStreamingResponse(self._client.cursor)

    @cached_property
    def extension(self) -> AsyncExtensionWithStreamingResponse:
        """Operations of the `extension` group."""
        from .resources.extension import AsyncExtensionWithStreamingResponse

        return AsyncExtensionWithStreamingResponse(self._client.extension)

    @cached_property
    def item_cursor(self) -> AsyncItemCursorWithStreamingResponse:
        """Operations of the `item_cursor` group."""
        from .resources.item_cursor import AsyncItemCursorWithStreamingResponse

        return AsyncItemCursorWithStreamingResponse(self._client.item_cursor)

    @cached_property
    def offset(self) -> AsyncOffsetWithStreamingResponse:
        """Operations of the `offset` group."""
        from .resources.offset import AsyncOffsetWithStreamingResponse

        return AsyncOffsetWithStreamingResponse(self._client.offset)

    @cached_property
    def page(self) -> AsyncPageWithStreamingResponse:
        """Operations of the `page` group."""
        from .resources.page import AsyncPageWithStreamingResponse

        return AsyncPageWithStreamingResponse(self._client.page)

    @cached_property
    def repos(self) -> AsyncReposWithStreamingResponse:
        """Operations of the `repos` group."""
        from .resources.repos import AsyncReposWithStreamingResponse

        return AsyncReposWithStreamingResponse(self._client.repos)
