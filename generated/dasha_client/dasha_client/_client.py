"""The Dasha BlackBox API clients: `Dasha` (sync) and `AsyncDasha` (async)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._auth import BearerAuth, resolve_credential
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
    from .resources.chats import (
        AsyncChats,
        AsyncChatsWithRawResponse,
        AsyncChatsWithStreamingResponse,
        Chats,
        ChatsWithRawResponse,
        ChatsWithStreamingResponse,
    )

__all__ = ["Dasha", "AsyncDasha"]

ENVIRONMENTS: Mapping[str, str] = {
    "blackbox": "https://blackbox.dasha.ai",
}


class Dasha(SyncAPIClient):
    """Synchronous client for the Dasha BlackBox API."""

    with_raw_response: DashaWithRawResponse
    with_streaming_response: DashaWithStreamingResponse

    def __init__(
        self,
        *,
        api_key: str | None = None,
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
            api_key: Credential for the bearerAuth scheme. Defaults to the
                DASHA_API_KEY environment variable.
            base_url: Overrides the server; defaults to the DASHA_BASE_URL environment
                variable.
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
                env_var="DASHA_BASE_URL",
                environments=ENVIRONMENTS,
                environment="blackbox",
            ),
            credentials={
                "bearerAuth": BearerAuth(
                    resolve_credential(
                        api_key, argument="api_key", env_var="DASHA_API_KEY", required=False
                    )
                ),
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            deadline=deadline,
            max_response_size=max_response_size,
            auth=auth,
            user_agent=f"dasha_client/{__version__}",
            log_env_var="DASHA_LOG",
        )
        self.with_raw_response = DashaWithRawResponse(self)
        self.with_streaming_response = DashaWithStreamingResponse(self)

    @cached_property
    def chats(self) -> Chats:
        """Operations of the `chats` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.chats import Chats

        return Chats(self)

    def copy(
        self,
        *,
        api_key: str | None | NotGiven = NOT_GIVEN,
        base_url: str | httpx.URL | None | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        http_client: httpx.Client | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        auth: httpx.Auth | None | NotGiven = NOT_GIVEN,
    ) -> Dasha:
        """A copy of this client, with the arguments given in place of those it was created with.

        The copy shares this client's HTTP connection pool unless `http_client` is given, and
        this client stays as it was. `with_options` is another name for this method.

        Args:
            api_key: In place of this client's `api_key` (see the constructor).
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
            api_key=api_key,
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


class DashaWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: Dasha) -> None:
        self._client = client

    @cached_property
    def chats(self) -> ChatsWithRawResponse:
        """Operations of the `chats` group."""
        from .resources.chats import ChatsWithRawResponse

        return ChatsWithRawResponse(self._client.chats)


class DashaWithStreamingResponse:
    """The same operations, returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, client: Dasha) -> None:
        self._client = client

    @cached_property
    def chats(self) -> ChatsWithStreamingResponse:
        """Operations of the `chats` group."""
        from .resources.chats import ChatsWithStreamingResponse

        return ChatsWithStreamingResponse(self._client.chats)


class AsyncDasha(AsyncAPIClient):
    """Asynchronous client for the Dasha BlackBox API."""

    with_raw_response: AsyncDashaWithRawResponse
    with_streaming_response: AsyncDashaWithStreamingResponse

    def __init__(
        self,
        *,
        api_key: str | None = None,
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
            api_key: Credential for the bearerAuth scheme. Defaults to the
                DASHA_API_KEY environment variable.
            base_url: Overrides the server; defaults to the DASHA_BASE_URL environment
                variable.
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
                env_var="DASHA_BASE_URL",
                environments=ENVIRONMENTS,
                environment="blackbox",
            ),
            credentials={
                "bearerAuth": BearerAuth(
                    resolve_credential(
                        api_key, argument="api_key", env_var="DASHA_API_KEY", required=False
                    )
                ),
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            deadline=deadline,
            max_response_size=max_response_size,
            auth=auth,
            user_agent=f"dasha_client/{__version__}",
            log_env_var="DASHA_LOG",
        )
        self.with_raw_response = AsyncDashaWithRawResponse(self)
        self.with_streaming_response = AsyncDashaWithStreamingResponse(self)

    @cached_property
    def chats(self) -> AsyncChats:
        """Operations of the `chats` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.chats import AsyncChats

        return AsyncChats(self)

    def copy(
        self,
        *,
        api_key: str | None | NotGiven = NOT_GIVEN,
        base_url: str | httpx.URL | None | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        http_client: httpx.AsyncClient | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        auth: httpx.Auth | None | NotGiven = NOT_GIVEN,
    ) -> AsyncDasha:
        """A copy of this client, with the arguments given in place of those it was created with.

        The copy shares this client's HTTP connection pool unless `http_client` is given, and
        this client stays as it was. `with_options` is another name for this method.

        Args:
            api_key: In place of this client's `api_key` (see the constructor).
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
            api_key=api_key,
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


class AsyncDashaWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: AsyncDasha) -> None:
        self._client = client

    @cached_property
    def chats(self) -> AsyncChatsWithRawResponse:
        """Operations of the `chats` group."""
        from .resources.chats import AsyncChatsWithRawResponse

        return AsyncChatsWithRawResponse(self._client.chats)


class AsyncDashaWithStreamingResponse:
    """The same operations, returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, client: AsyncDasha) -> None:
        self._client = client

    @cached_property
    def chats(self) -> AsyncChatsWithStreamingResponse:
        """Operations of the `chats` group."""
        from .resources.chats import AsyncChatsWithStreamingResponse

        return AsyncChatsWithStreamingResponse(self._client.chats)
