"""The Client Options Fixture clients: `ClientOptionsClient` (sync) and `AsyncClientOptionsClient` (async)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Literal

import httpx

from ._auth import ApiKeyAuth, BearerAuth, resolve_credential
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
    from .resources.pets import (
        AsyncPets,
        AsyncPetsWithRawResponse,
        AsyncPetsWithStreamingResponse,
        Pets,
        PetsWithRawResponse,
        PetsWithStreamingResponse,
    )

__all__ = ["ClientOptionsClient", "AsyncClientOptionsClient", "Environment"]

Environment = Literal["primary", "secondary"]

ENVIRONMENTS: Mapping[str, str] = {
    "primary": "http://{host}:{port}/{version}",
    "secondary": "http://{host}:{port}/secondary/{version}",
}

# What each environment fills its URL's variables with when the constructor is not given them.
VARIABLE_DEFAULTS: Mapping[str, Mapping[str, str]] = {
    "primary": {"host": "127.0.0.1", "port": "8080", "version": "v1"},
    "secondary": {"host": "127.0.0.1", "port": "8080", "version": "v2"},
}


class ClientOptionsClient(SyncAPIClient):
    """Synchronous client for the Client Options Fixture."""

    with_raw_response: ClientOptionsClientWithRawResponse
    with_streaming_response: ClientOptionsClientWithStreamingResponse

    def __init__(
        self,
        *,
        bearer: str | None = None,
        header_key: str | None = None,
        query_key: str | None = None,
        session: str | None = None,
        environment: Environment = "primary",
        host: str = "127.0.0.1",
        port: str = "8080",
        version: str | None = None,
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
            bearer: Credential for the bearer scheme. Defaults to the
                CLIENT_OPTIONS_BEARER environment variable.
            header_key: Credential for the header_key scheme. Defaults to the
                CLIENT_OPTIONS_HEADER_KEY environment variable.
            query_key: Credential for the query_key scheme. Defaults to the
                CLIENT_OPTIONS_QUERY_KEY environment variable.
            session: Credential for the session scheme. Defaults to the
                CLIENT_OPTIONS_SESSION environment variable.
            environment: The server to use: one of "primary", "secondary"; the first
                is the default.
            host: The host to connect to. Defaults to "127.0.0.1".
            port: The port the API listens on. Defaults to "8080".
            version: The API version. Defaults to the environment's own default.
            base_url: Overrides the server; defaults to the CLIENT_OPTIONS_BASE_URL
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
                env_var="CLIENT_OPTIONS_BASE_URL",
                environments=ENVIRONMENTS,
                environment=environment,
                variables={"host": host, "port": port, "version": version},
                variable_defaults=VARIABLE_DEFAULTS,
            ),
            credentials={
                "bearer": BearerAuth(
                    resolve_credential(
                        bearer,
                        argument="bearer",
                        env_var="CLIENT_OPTIONS_BEARER",
                        required=auth is None,
                    )
                ),
                "header_key": ApiKeyAuth(
                    resolve_credential(
                        header_key,
                        argument="header_key",
                        env_var="CLIENT_OPTIONS_HEADER_KEY",
                        required=auth is None,
                    ),
                    name="X-API-Key",
                    location="header",
                ),
                "query_key": ApiKeyAuth(
                    resolve_credential(
                        query_key,
                        argument="query_key",
                        env_var="CLIENT_OPTIONS_QUERY_KEY",
                        required=auth is None,
                    ),
                    name="api_key",
                    location="query",
                ),
                "session": ApiKeyAuth(
                    resolve_credential(
                        session,
                        argument="session",
                        env_var="CLIENT_OPTIONS_SESSION",
                        required=auth is None,
                    ),
                    name="session",
                    location="cookie",
                ),
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            deadline=deadline,
            max_response_size=max_response_size,
            auth=auth,
            user_agent=f"client_options_client/{__version__}",
            log_env_var="CLIENT_OPTIONS_LOG",
        )
        self.with_raw_response = ClientOptionsClientWithRawResponse(self)
        self.with_streaming_response = ClientOptionsClientWithStreamingResponse(self)

    @cached_property
    def pets(self) -> Pets:
        """Operations of the `pets` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.pets import Pets

        return Pets(self)

    def copy(
        self,
        *,
        bearer: str | None | NotGiven = NOT_GIVEN,
        header_key: str | None | NotGiven = NOT_GIVEN,
        query_key: str | None | NotGiven = NOT_GIVEN,
        session: str | None | NotGiven = NOT_GIVEN,
        environment: Environment | NotGiven = NOT_GIVEN,
        host: str | NotGiven = NOT_GIVEN,
        port: str | NotGiven = NOT_GIVEN,
        version: str | None | NotGiven = NOT_GIVEN,
        base_url: str | httpx.URL | None | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        http_client: httpx.Client | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        auth: httpx.Auth | None | NotGiven = NOT_GIVEN,
    ) -> ClientOptionsClient:
        """A copy of this client, with the arguments given in place of those it was created with.

        The copy shares this client's HTTP connection pool unless `http_client` is given, and
        this client stays as it was. `with_options` is another name for this method.

        Args:
            bearer: In place of this client's `bearer` (see the constructor).
            header_key: In place of this client's `header_key` (see the constructor).
            query_key: In place of this client's `query_key` (see the constructor).
            session: In place of this client's `session` (see the constructor).
            environment: In place of this client's `environment` (see the
                constructor).
            host: In place of this client's `host` (see the constructor).
            port: In place of this client's `port` (see the constructor).
            version: In place of this client's `version` (see the constructor).
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
            bearer=bearer,
            header_key=header_key,
            query_key=query_key,
            session=session,
            environment=environment,
            host=host,
            port=port,
            version=version,
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


class ClientOptionsClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: ClientOptionsClient) -> None:
        self._client = client

    @cached_property
    def pets(self) -> PetsWithRawResponse:
        """Operations of the `pets` group."""
        from .resources.pets import PetsWithRawResponse

        return PetsWithRawResponse(self._client.pets)


class ClientOptionsClientWithStreamingResponse:
    """The same operations, returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, client: ClientOptionsClient) -> None:
        self._client = client

    @cached_property
    def pets(self) -> PetsWithStreamingResponse:
        """Operations of the `pets` group."""
        from .resources.pets import PetsWithStreamingResponse

        return PetsWithStreamingResponse(self._client.pets)


class AsyncClientOptionsClient(AsyncAPIClient):
    """Asynchronous client for the Client Options Fixture."""

    with_raw_response: AsyncClientOptionsClientWithRawResponse
    with_streaming_response: AsyncClientOptionsClientWithStreamingResponse

    def __init__(
        self,
        *,
        bearer: str | None = None,
        header_key: str | None = None,
        query_key: str | None = None,
        session: str | None = None,
        environment: Environment = "primary",
        host: str = "127.0.0.1",
        port: str = "8080",
        version: str | None = None,
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
            bearer: Credential for the bearer scheme. Defaults to the
                CLIENT_OPTIONS_BEARER environment variable.
            header_key: Credential for the header_key scheme. Defaults to the
                CLIENT_OPTIONS_HEADER_KEY environment variable.
            query_key: Credential for the query_key scheme. Defaults to the
                CLIENT_OPTIONS_QUERY_KEY environment variable.
            session: Credential for the session scheme. Defaults to the
                CLIENT_OPTIONS_SESSION environment variable.
            environment: The server to use: one of "primary", "secondary"; the first
                is the default.
            host: The host to connect to. Defaults to "127.0.0.1".
            port: The port the API listens on. Defaults to "8080".
            version: The API version. Defaults to the environment's own default.
            base_url: Overrides the server; defaults to the CLIENT_OPTIONS_BASE_URL
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
                env_var="CLIENT_OPTIONS_BASE_URL",
                environments=ENVIRONMENTS,
                environment=environment,
                variables={"host": host, "port": port, "version": version},
                variable_defaults=VARIABLE_DEFAULTS,
            ),
            credentials={
                "bearer": BearerAuth(
                    resolve_credential(
                        bearer,
                        argument="bearer",
                        env_var="CLIENT_OPTIONS_BEARER",
                        required=auth is None,
                    )
                ),
                "header_key": ApiKeyAuth(
                    resolve_credential(
                        header_key,
                        argument="header_key",
                        env_var="CLIENT_OPTIONS_HEADER_KEY",
                        required=auth is None,
                    ),
                    name="X-API-Key",
                    location="header",
                ),
                "query_key": ApiKeyAuth(
                    resolve_credential(
                        query_key,
                        argument="query_key",
                        env_var="CLIENT_OPTIONS_QUERY_KEY",
                        required=auth is None,
                    ),
                    name="api_key",
                    location="query",
                ),
                "session": ApiKeyAuth(
                    resolve_credential(
                        session,
                        argument="session",
                        env_var="CLIENT_OPTIONS_SESSION",
                        required=auth is None,
                    ),
                    name="session",
                    location="cookie",
                ),
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            deadline=deadline,
            max_response_size=max_response_size,
            auth=auth,
            user_agent=f"client_options_client/{__version__}",
            log_env_var="CLIENT_OPTIONS_LOG",
        )
        self.with_raw_response = AsyncClientOptionsClientWithRawResponse(self)
        self.with_streaming_response = AsyncClientOptionsClientWithStreamingResponse(self)

    @cached_property
    def pets(self) -> AsyncPets:
        """Operations of the `pets` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.pets import AsyncPets

        return AsyncPets(self)

    def copy(
        self,
        *,
        bearer: str | None | NotGiven = NOT_GIVEN,
        header_key: str | None | NotGiven = NOT_GIVEN,
        query_key: str | None | NotGiven = NOT_GIVEN,
        session: str | None | NotGiven = NOT_GIVEN,
        environment: Environment | NotGiven = NOT_GIVEN,
        host: str | NotGiven = NOT_GIVEN,
        port: str | NotGiven = NOT_GIVEN,
        version: str | None | NotGiven = NOT_GIVEN,
        base_url: str | httpx.URL | None | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        http_client: httpx.AsyncClient | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        auth: httpx.Auth | None | NotGiven = NOT_GIVEN,
    ) -> AsyncClientOptionsClient:
        """A copy of this client, with the arguments given in place of those it was created with.

        The copy shares this client's HTTP connection pool unless `http_client` is given, and
        this client stays as it was. `with_options` is another name for this method.

        Args:
            bearer: In place of this client's `bearer` (see the constructor).
            header_key: In place of this client's `header_key` (see the constructor).
            query_key: In place of this client's `query_key` (see the constructor).
            session: In place of this client's `session` (see the constructor).
            environment: In place of this client's `environment` (see the
                constructor).
            host: In place of this client's `host` (see the constructor).
            port: In place of this client's `port` (see the constructor).
            version: In place of this client's `version` (see the constructor).
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
            bearer=bearer,
            header_key=header_key,
            query_key=query_key,
            session=session,
            environment=environment,
            host=host,
            port=port,
            version=version,
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


class AsyncClientOptionsClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: AsyncClientOptionsClient) -> None:
        self._client = client

    @cached_property
    def pets(self) -> AsyncPetsWithRawResponse:
        """Operations of the `pets` group."""
        from .resources.pets import AsyncPetsWithRawResponse

        return AsyncPetsWithRawResponse(self._client.pets)


class AsyncClientOptionsClientWithStreamingResponse:
    """The same operations, returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, client: AsyncClientOptionsClient) -> None:
        self._client = client

    @cached_property
    def pets(self) -> AsyncPetsWithStreamingResponse:
        """Operations of the `pets` group."""
        from .resources.pets import AsyncPetsWithStreamingResponse

        return AsyncPetsWithStreamingResponse(self._client.pets)
