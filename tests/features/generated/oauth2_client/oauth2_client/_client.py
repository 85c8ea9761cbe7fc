"""The OAuth2 Fixture clients: `OAuth2Client` (sync) and `AsyncOAuth2Client` (async)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._auth import OAuth2ClientCredentials, resolve_credential
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
    from .resources.reports import (
        AsyncReports,
        AsyncReportsWithRawResponse,
        AsyncReportsWithStreamingResponse,
        Reports,
        ReportsWithRawResponse,
        ReportsWithStreamingResponse,
    )

__all__ = ["OAuth2Client", "AsyncOAuth2Client"]

ENVIRONMENTS: Mapping[str, str] = {
    "api": "https://api.example.com",
}


class OAuth2Client(SyncAPIClient):
    """Synchronous client for the OAuth2 Fixture."""

    with_raw_response: OAuth2ClientWithRawResponse
    with_streaming_response: OAuth2ClientWithStreamingResponse

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
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
            client_id: OAuth2 client credentials. Defaults to the OAUTH2_CLIENT_ID
                environment variable.
            client_secret: OAuth2 client credentials. Defaults to the
                OAUTH2_CLIENT_SECRET environment variable.
            base_url: Overrides the server; defaults to the OAUTH2_BASE_URL
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
                env_var="OAUTH2_BASE_URL",
                environments=ENVIRONMENTS,
                environment="api",
            ),
            credentials={
                "oauth": OAuth2ClientCredentials(
                    resolve_credential(
                        client_id,
                        argument="client_id",
                        env_var="OAUTH2_CLIENT_ID",
                        required=auth is None,
                    ),
                    resolve_credential(
                        client_secret,
                        argument="client_secret",
                        env_var="OAUTH2_CLIENT_SECRET",
                        required=auth is None,
                    ),
                    token_url="/oauth/token",
                ),
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            deadline=deadline,
            max_response_size=max_response_size,
            auth=auth,
            user_agent=f"oauth2_client/{__version__}",
            log_env_var="OAUTH2_LOG",
        )
        self.with_raw_response = OAuth2ClientWithRawResponse(self)
        self.with_streaming_response = OAuth2ClientWithStreamingResponse(self)

    @cached_property
    def reports(self) -> Reports:
        """Operations of the `reports` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.reports import Reports

        return Reports(self)

    def copy(
        self,
        *,
        client_id: str | None | NotGiven = NOT_GIVEN,
        client_secret: str | None | NotGiven = NOT_GIVEN,
        base_url: str | httpx.URL | None | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        http_client: httpx.Client | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        auth: httpx.Auth | None | NotGiven = NOT_GIVEN,
    ) -> OAuth2Client:
        """A copy of this client, with the arguments given in place of those it was created with.

        The copy shares this client's HTTP connection pool unless `http_client` is given, and
        this client stays as it was. `with_options` is another name for this method.

        Args:
            client_id: In place of this client's `client_id` (see the constructor).
            client_secret: In place of this client's `client_secret` (see the
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
            client_id=client_id,
            client_secret=client_secret,
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


class OAuth2ClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: OAuth2Client) -> None:
        self._client = client

    @cached_property
    def reports(self) -> ReportsWithRawResponse:
        """Operations of the `reports` group."""
        from .resources.reports import ReportsWithRawResponse

        return ReportsWithRawResponse(self._client.reports)


class OAuth2ClientWithStreamingResponse:
    """The same operations, returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, client: OAuth2Client) -> None:
        self._client = client

    @cached_property
    def reports(self) -> ReportsWithStreamingResponse:
        """Operations of the `reports` group."""
        from .resources.reports import ReportsWithStreamingResponse

        return ReportsWithStreamingResponse(self._client.reports)


class AsyncOAuth2Client(AsyncAPIClient):
    """Asynchronous client for the OAuth2 Fixture."""

    with_raw_response: AsyncOAuth2ClientWithRawResponse
    with_streaming_response: AsyncOAuth2ClientWithStreamingResponse

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
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
            client_id: OAuth2 client credentials. Defaults to the OAUTH2_CLIENT_ID
                environment variable.
            client_secret: OAuth2 client credentials. Defaults to the
                OAUTH2_CLIENT_SECRET environment variable.
            base_url: Overrides the server; defaults to the OAUTH2_BASE_URL
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
                env_var="OAUTH2_BASE_URL",
                environments=ENVIRONMENTS,
                environment="api",
            ),
            credentials={
                "oauth": OAuth2ClientCredentials(
                    resolve_credential(
                        client_id,
                        argument="client_id",
                        env_var="OAUTH2_CLIENT_ID",
                        required=auth is None,
                    ),
                    resolve_credential(
                        client_secret,
                        argument="client_secret",
                        env_var="OAUTH2_CLIENT_SECRET",
                        required=auth is None,
                    ),
                    token_url="/oauth/token",
                ),
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            deadline=deadline,
            max_response_size=max_response_size,
            auth=auth,
            user_agent=f"oauth2_client/{__version__}",
            log_env_var="OAUTH2_LOG",
        )
        self.with_raw_response = AsyncOAuth2ClientWithRawResponse(self)
        self.with_streaming_response = AsyncOAuth2ClientWithStreamingResponse(self)

    @cached_property
    def reports(self) -> AsyncReports:
        """Operations of the `reports` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.reports import AsyncReports

        return AsyncReports(self)

    def copy(
        self,
        *,
        client_id: str | None | NotGiven = NOT_GIVEN,
        client_secret: str | None | NotGiven = NOT_GIVEN,
        base_url: str | httpx.URL | None | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        http_client: httpx.AsyncClient | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        auth: httpx.Auth | None | NotGiven = NOT_GIVEN,
    ) -> AsyncOAuth2Client:
        """A copy of this client, with the arguments given in place of those it was created with.

        The copy shares this client's HTTP connection pool unless `http_client` is given, and
        this client stays as it was. `with_options` is another name for this method.

        Args:
            client_id: In place of this client's `client_id` (see the constructor).
            client_secret: In place of this client's `client_secret` (see the
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
            client_id=client_id,
            client_secret=client_secret,
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


class AsyncOAuth2ClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: AsyncOAuth2Client) -> None:
        self._client = client

    @cached_property
    def reports(self) -> AsyncReportsWithRawResponse:
        """Operations of the `reports` group."""
        from .resources.reports import AsyncReportsWithRawResponse

        return AsyncReportsWithRawResponse(self._client.reports)


class AsyncOAuth2ClientWithStreamingResponse:
    """The same operations, returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, client: AsyncOAuth2Client) -> None:
        self._client = client

    @cached_property
    def reports(self) -> AsyncReportsWithStreamingResponse:
        """Operations of the `reports` group."""
        from .resources.reports import AsyncReportsWithStreamingResponse

        return AsyncReportsWithStreamingResponse(self._client.reports)
