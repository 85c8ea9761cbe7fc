"""The Chat API clients: `PolyAI` (sync) and `AsyncPolyAI` (async)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Literal

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
    from .resources.chat import (
        AsyncChat,
        AsyncChatWithRawResponse,
        AsyncChatWithStreamingResponse,
        Chat,
        ChatWithRawResponse,
        ChatWithStreamingResponse,
    )

__all__ = ["PolyAI", "AsyncPolyAI", "Environment"]

Environment = Literal["us-1", "uk-1", "euw-1"]

ENVIRONMENTS: Mapping[str, str] = {
    "us-1": "https://api.us-1.platform.polyai.app",
    "uk-1": "https://api.uk-1.platform.polyai.app",
    "euw-1": "https://api.euw-1.platform.polyai.app",
}


class PolyAI(SyncAPIClient):
    """Synchronous client for the Chat API."""

    with_raw_response: PolyAIWithRawResponse
    with_streaming_response: PolyAIWithStreamingResponse

    def __init__(
        self,
        *,
        api_key: str | None = None,
        token: str | None = None,
        environment: Environment = "us-1",
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
            api_key: You must request an API Key to use PolyAI APIs. Defaults to the
                POLYAI_API_KEY environment variable.
            token: Authentication token provisioned in Agent Studio. Defaults to the
                POLYAI_TOKEN environment variable.
            environment: The server to use: one of "us-1", "uk-1", "euw-1"; the first
                is the default.
            base_url: Overrides the server; defaults to the POLYAI_BASE_URL
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
                env_var="POLYAI_BASE_URL",
                environments=ENVIRONMENTS,
                environment=environment,
            ),
            credentials={
                "ApiKeyAuth": ApiKeyAuth(
                    resolve_credential(
                        api_key, argument="api_key", env_var="POLYAI_API_KEY", required=auth is None
                    ),
                    name="X-API-KEY",
                    location="header",
                ),
                "TokenAuth": ApiKeyAuth(
                    resolve_credential(
                        token, argument="token", env_var="POLYAI_TOKEN", required=auth is None
                    ),
                    name="X-TOKEN",
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
            user_agent=f"polyai_client/{__version__}",
            log_env_var="POLYAI_LOG",
        )
        self.with_raw_response = PolyAIWithRawResponse(self)
        self.with_streaming_response = PolyAIWithStreamingResponse(self)

    @cached_property
    def chat(self) -> Chat:
        """Operations of the `chat` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.chat import Chat

        return Chat(self)

    def copy(
        self,
        *,
        api_key: str | None | NotGiven = NOT_GIVEN,
        token: str | None | NotGiven = NOT_GIVEN,
        environment: Environment | NotGiven = NOT_GIVEN,
        base_url: str | httpx.URL | None | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        http_client: httpx.Client | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        auth: httpx.Auth | None | NotGiven = NOT_GIVEN,
    ) -> PolyAI:
        """A copy of this client, with the arguments given in place of those it was created with.

        The copy shares this client's HTTP connection pool unless `http_client` is given, and
        this client stays as it was. `with_options` is another name for this method.

        Args:
            api_key: In place of this client's `api_key` (see the constructor).
            token: In place of this client's `token` (see the constructor).
            environment: In place of this client's `environment` (see the
                constructor).
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
            token=token,
            environment=environment,
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


class PolyAIWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: PolyAI) -> None:
        self._client = client

    @cached_property
    def chat(self) -> ChatWithRawResponse:
        """Operations of the `chat` group."""
        from .resources.chat import ChatWithRawResponse

        return ChatWithRawResponse(self._client.chat)


class PolyAIWithStreamingResponse:
    """The same operations, returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, client: PolyAI) -> None:
        self._client = client

    @cached_property
    def chat(self) -> ChatWithStreamingResponse:
        """Operations of the `chat` group."""
        from .resources.chat import ChatWithStreamingResponse

        return ChatWithStreamingResponse(self._client.chat)


class AsyncPolyAI(AsyncAPIClient):
    """Asynchronous client for the Chat API."""

    with_raw_response: AsyncPolyAIWithRawResponse
    with_streaming_response: AsyncPolyAIWithStreamingResponse

    def __init__(
        self,
        *,
        api_key: str | None = None,
        token: str | None = None,
        environment: Environment = "us-1",
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
            api_key: You must request an API Key to use PolyAI APIs. Defaults to the
                POLYAI_API_KEY environment variable.
            token: Authentication token provisioned in Agent Studio. Defaults to the
                POLYAI_TOKEN environment variable.
            environment: The server to use: one of "us-1", "uk-1", "euw-1"; the first
                is the default.
            base_url: Overrides the server; defaults to the POLYAI_BASE_URL
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
                env_var="POLYAI_BASE_URL",
                environments=ENVIRONMENTS,
                environment=environment,
            ),
            credentials={
                "ApiKeyAuth": ApiKeyAuth(
                    resolve_credential(
                        api_key, argument="api_key", env_var="POLYAI_API_KEY", required=auth is None
                    ),
                    name="X-API-KEY",
                    location="header",
                ),
                "TokenAuth": ApiKeyAuth(
                    resolve_credential(
                        token, argument="token", env_var="POLYAI_TOKEN", required=auth is None
                    ),
                    name="X-TOKEN",
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
            user_agent=f"polyai_client/{__version__}",
            log_env_var="POLYAI_LOG",
        )
        self.with_raw_response = AsyncPolyAIWithRawResponse(self)
        self.with_streaming_response = AsyncPolyAIWithStreamingResponse(self)

    @cached_property
    def chat(self) -> AsyncChat:
        """Operations of the `chat` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.chat import AsyncChat

        return AsyncChat(self)

    def copy(
        self,
        *,
        api_key: str | None | NotGiven = NOT_GIVEN,
        token: str | None | NotGiven = NOT_GIVEN,
        environment: Environment | NotGiven = NOT_GIVEN,
        base_url: str | httpx.URL | None | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        http_client: httpx.AsyncClient | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        auth: httpx.Auth | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPolyAI:
        """A copy of this client, with the arguments given in place of those it was created with.

        The copy shares this client's HTTP connection pool unless `http_client` is given, and
        this client stays as it was. `with_options` is another name for this method.

        Args:
            api_key: In place of this client's `api_key` (see the constructor).
            token: In place of this client's `token` (see the constructor).
            environment: In place of this client's `environment` (see the
                constructor).
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
            token=token,
            environment=environment,
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


class AsyncPolyAIWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: AsyncPolyAI) -> None:
        self._client = client

    @cached_property
    def chat(self) -> AsyncChatWithRawResponse:
        """Operations of the `chat` group."""
        from .resources.chat import AsyncChatWithRawResponse

        return AsyncChatWithRawResponse(self._client.chat)


class AsyncPolyAIWithStreamingResponse:
    """The same operations, returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, client: AsyncPolyAI) -> None:
        self._client = client

    @cached_property
    def chat(self) -> AsyncChatWithStreamingResponse:
        """Operations of the `chat` group."""
        from .resources.chat import AsyncChatWithStreamingResponse

        return AsyncChatWithStreamingResponse(self._client.chat)
