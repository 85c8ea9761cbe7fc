"""The OSVI AI API clients: `Osvi` (sync) and `AsyncOsvi` (async)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._auth import ApiKeyAuth, resolve_credential
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
    from .resources.chat_sessions import (
        AsyncChatSessions,
        AsyncChatSessionsWithRawResponse,
        AsyncChatSessionsWithStreamingResponse,
        ChatSessions,
        ChatSessionsWithRawResponse,
        ChatSessionsWithStreamingResponse,
    )

__all__ = ["Osvi", "AsyncOsvi"]

ENVIRONMENTS: Mapping[str, str] = {
    "api": "https://api.osvi.ai",
}


class Osvi(SyncAPIClient):
    """Synchronous client for the OSVI AI API."""

    with_raw_response: OsviWithRawResponse
    with_streaming_response: OsviWithStreamingResponse

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
            api_key: 16-character API token associated with your OSVI account. Find it
                in your dashboard under Settings → API. Defaults to the
                OSVI_API_KEY environment variable.
            base_url: Overrides the server; defaults to the OSVI_BASE_URL environment
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
                env_var="OSVI_BASE_URL",
                environments=ENVIRONMENTS,
                environment="api",
            ),
            credentials={
                "ApiToken": ApiKeyAuth(
                    resolve_credential(
                        api_key, argument="api_key", env_var="OSVI_API_KEY", required=auth is None
                    ),
                    name="API-Token",
                    location="header",
                ),
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            deadline=deadline,
            max_response_size=max_response_size,
            auth=auth,
            user_agent=f"osvi_client/{__version__}",
            log_env_var="OSVI_LOG",
        )
        self.with_raw_response = OsviWithRawResponse(self)
        self.with_streaming_response = OsviWithStreamingResponse(self)

    @cached_property
    def chat_sessions(self) -> ChatSessions:
        """Operations of the `chat_sessions` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.chat_sessions import ChatSessions

        return ChatSessions(self)

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
    ) -> Osvi:
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


class OsviWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: Osvi) -> None:
        self._client = client

    @cached_property
    def chat_sessions(self) -> ChatSessionsWithRawResponse:
        """Operations of the `chat_sessions` group."""
        from .resources.chat_sessions import ChatSessionsWithRawResponse

        return ChatSessionsWithRawResponse(self._client.chat_sessions)


class OsviWithStreamingResponse:
    """The same operations, returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, client: Osvi) -> None:
        self._client = client

    @cached_property
    def chat_sessions(self) -> ChatSessionsWithStreamingResponse:
        """Operations of the `chat_sessions` group."""
        from .resources.chat_sessions import ChatSessionsWithStreamingResponse

        return ChatSessionsWithStreamingResponse(self._client.chat_sessions)


class AsyncOsvi(AsyncAPIClient):
    """Asynchronous client for the OSVI AI API."""

    with_raw_response: AsyncOsviWithRawResponse
    with_streaming_response: AsyncOsviWithStreamingResponse

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
            api_key: 16-character API token associated with your OSVI account. Find it
                in your dashboard under Settings → API. Defaults to the
                OSVI_API_KEY environment variable.
            base_url: Overrides the server; defaults to the OSVI_BASE_URL environment
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
                env_var="OSVI_BASE_URL",
                environments=ENVIRONMENTS,
                environment="api",
            ),
            credentials={
                "ApiToken": ApiKeyAuth(
                    resolve_credential(
                        api_key, argument="api_key", env_var="OSVI_API_KEY", required=auth is None
                    ),
                    name="API-Token",
                    location="header",
                ),
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            deadline=deadline,
            max_response_size=max_response_size,
            auth=auth,
            user_agent=f"osvi_client/{__version__}",
            log_env_var="OSVI_LOG",
        )
        self.with_raw_response = AsyncOsviWithRawResponse(self)
        self.with_streaming_response = AsyncOsviWithStreamingResponse(self)

    @cached_property
    def chat_sessions(self) -> AsyncChatSessions:
        """Operations of the `chat_sessions` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.chat_sessions import AsyncChatSessions

        return AsyncChatSessions(self)

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
    ) -> AsyncOsvi:
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


class AsyncOsviWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: AsyncOsvi) -> None:
        self._client = client

    @cached_property
    def chat_sessions(self) -> AsyncChatSessionsWithRawResponse:
        """Operations of the `chat_sessions` group."""
        from .resources.chat_sessions import AsyncChatSessionsWithRawResponse

        return AsyncChatSessionsWithRawResponse(self._client.chat_sessions)


class AsyncOsviWithStreamingResponse:
    """The same operations, returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, client: AsyncOsvi) -> None:
        self._client = client

    @cached_property
    def chat_sessions(self) -> AsyncChatSessionsWithStreamingResponse:
        """Operations of the `chat_sessions` group."""
        from .resources.chat_sessions import AsyncChatSessionsWithStreamingResponse

        return AsyncChatSessionsWithStreamingResponse(self._client.chat_sessions)
