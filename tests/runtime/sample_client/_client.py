"""The PolyAI clients: `PolyAI` (sync) and `AsyncPolyAI` (async)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

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
from .resources.chat import AsyncChat, AsyncChatWithRawResponse, Chat, ChatWithRawResponse

Environment = Literal["us-1", "uk-1", "euw-1"]

ENVIRONMENTS: Mapping[str, str] = {
    "us-1": "https://api.us-1.platform.polyai.app",
    "uk-1": "https://api.uk-1.platform.polyai.app",
    "euw-1": "https://api.euw-1.platform.polyai.app",
}


class PolyAI(SyncAPIClient):
    """Chat API: API endpoints for chat functionality."""

    chat: Chat
    with_raw_response: PolyAIWithRawResponse

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
    ) -> None:
        """Create a PolyAI client."""
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
                        api_key, argument="api_key", env_var="POLYAI_API_KEY", required=True
                    ),
                    name="X-API-KEY",
                    location="header",
                ),
                "TokenAuth": ApiKeyAuth(
                    resolve_credential(
                        token, argument="token", env_var="POLYAI_TOKEN", required=True
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
            user_agent=f"polyai_client/{__version__}",
        )
        self.chat = Chat(self)
        self.with_raw_response = PolyAIWithRawResponse(self)

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
    ) -> PolyAI:
        """A copy of this client, with the arguments given in place of those it was created with."""
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
        )

    with_options = copy


class PolyAIWithRawResponse:
    def __init__(self, client: PolyAI) -> None:
        self.chat = ChatWithRawResponse(client.chat)


class AsyncPolyAI(AsyncAPIClient):
    """Chat API: API endpoints for chat functionality."""

    chat: AsyncChat
    with_raw_response: AsyncPolyAIWithRawResponse

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
    ) -> None:
        """Create an async PolyAI client."""
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
                        api_key, argument="api_key", env_var="POLYAI_API_KEY", required=True
                    ),
                    name="X-API-KEY",
                    location="header",
                ),
                "TokenAuth": ApiKeyAuth(
                    resolve_credential(
                        token, argument="token", env_var="POLYAI_TOKEN", required=True
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
            user_agent=f"polyai_client/{__version__}",
        )
        self.chat = AsyncChat(self)
        self.with_raw_response = AsyncPolyAIWithRawResponse(self)

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
    ) -> AsyncPolyAI:
        """A copy of this client, with the arguments given in place of those it was created with."""
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
        )

    with_options = copy


class AsyncPolyAIWithRawResponse:
    def __init__(self, client: AsyncPolyAI) -> None:
        self.chat = AsyncChatWithRawResponse(client.chat)
