"""The Hostile Names clients: `HostileNamesClient` (sync) and `AsyncHostileNamesClient` (async)."""

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
    from .resources.async_jobs import (
        AsyncAsyncJobsResource,
        AsyncAsyncJobsResourceWithRawResponse,
        AsyncAsyncJobsResourceWithStreamingResponse,
        AsyncJobsResource,
        AsyncJobsResourceWithRawResponse,
        AsyncJobsResourceWithStreamingResponse,
    )
    from .resources.endpoint import (
        AsyncEndpointResource,
        AsyncEndpointResourceWithRawResponse,
        AsyncEndpointResourceWithStreamingResponse,
        EndpointResource,
        EndpointResourceWithRawResponse,
        EndpointResourceWithStreamingResponse,
    )
    from .resources.environment import (
        AsyncEnvironmentResource,
        AsyncEnvironmentResourceWithRawResponse,
        AsyncEnvironmentResourceWithStreamingResponse,
        EnvironmentResource,
        EnvironmentResourceWithRawResponse,
        EnvironmentResourceWithStreamingResponse,
    )
    from .resources.hostile_names_client import (
        AsyncHostileNamesClientResource,
        AsyncHostileNamesClientResourceWithRawResponse,
        AsyncHostileNamesClientResourceWithStreamingResponse,
        HostileNamesClientResource,
        HostileNamesClientResourceWithRawResponse,
        HostileNamesClientResourceWithStreamingResponse,
    )
    from .resources.jobs import (
        AsyncJobs,
        AsyncJobsWithRawResponse,
        AsyncJobsWithStreamingResponse,
        Jobs,
        JobsWithRawResponse,
        JobsWithStreamingResponse,
    )
    from .resources.jobs_with_raw_response import (
        AsyncJobsWithRawResponseResource,
        AsyncJobsWithRawResponseResourceWithRawResponse,
        AsyncJobsWithRawResponseResourceWithStreamingResponse,
        JobsWithRawResponseResource,
        JobsWithRawResponseResourceWithRawResponse,
        JobsWithRawResponseResourceWithStreamingResponse,
    )
    from .resources.literal import (
        AsyncLiteralResource,
        AsyncLiteralResourceWithRawResponse,
        AsyncLiteralResourceWithStreamingResponse,
        LiteralResource,
        LiteralResourceWithRawResponse,
        LiteralResourceWithStreamingResponse,
    )
    from .resources.mapping import (
        AsyncMappingResource,
        AsyncMappingResourceWithRawResponse,
        AsyncMappingResourceWithStreamingResponse,
        MappingResource,
        MappingResourceWithRawResponse,
        MappingResourceWithStreamingResponse,
    )

__all__ = ["HostileNamesClient", "AsyncHostileNamesClient", "Environment"]

Environment = Literal["production", "sandbox"]

ENVIRONMENTS: Mapping[str, str] = {
    "production": "https://api.example.com",
    "sandbox": "https://sandbox.example.com",
}


class HostileNamesClient(SyncAPIClient):
    """Synchronous client for the Hostile Names."""

    with_raw_response: HostileNamesClientWithRawResponse
    with_streaming_response: HostileNamesClientWithStreamingResponse

    def __init__(
        self,
        *,
        base_url_credential: str | None = None,
        default_headers_credential: str | None = None,
        environment_credential: str | None = None,
        http_client_credential: str | None = None,
        max_retries_credential: str | None = None,
        timeout_credential: str | None = None,
        environment: Environment = "production",
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
            base_url_credential: Credential for the base_url scheme. Defaults to the
                HOSTILE_NAMES_BASE_URL_CREDENTIAL environment
                variable.
            default_headers_credential: Credential for the default_headers scheme.
                Defaults to the
                HOSTILE_NAMES_DEFAULT_HEADERS_CREDENTIAL
                environment variable.
            environment_credential: Credential for the environment scheme. Defaults to
                the HOSTILE_NAMES_ENVIRONMENT_CREDENTIAL
                environment variable.
            http_client_credential: Credential for the http_client scheme. Defaults to
                the HOSTILE_NAMES_HTTP_CLIENT_CREDENTIAL
                environment variable.
            max_retries_credential: Credential for the max_retries scheme. Defaults to
                the HOSTILE_NAMES_MAX_RETRIES_CREDENTIAL
                environment variable.
            timeout_credential: Credential for the timeout scheme. Defaults to the
                HOSTILE_NAMES_TIMEOUT_CREDENTIAL environment variable.
            environment: The server to use: one of "production", "sandbox"; the first
                is the default.
            base_url: Overrides the server; defaults to the HOSTILE_NAMES_BASE_URL
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
                env_var="HOSTILE_NAMES_BASE_URL",
                environments=ENVIRONMENTS,
                environment=environment,
            ),
            credentials={
                "base_url": ApiKeyAuth(
                    resolve_credential(
                        base_url_credential,
                        argument="base_url_credential",
                        env_var="HOSTILE_NAMES_BASE_URL_CREDENTIAL",
                        required=False,
                    ),
                    name="X-Base-Url-Key",
                    location="header",
                ),
                "default_headers": ApiKeyAuth(
                    resolve_credential(
                        default_headers_credential,
                        argument="default_headers_credential",
                        env_var="HOSTILE_NAMES_DEFAULT_HEADERS_CREDENTIAL",
                        required=False,
                    ),
                    name="X-Default-Headers-Key",
                    location="header",
                ),
                "environment": ApiKeyAuth(
                    resolve_credential(
                        environment_credential,
                        argument="environment_credential",
                        env_var="HOSTILE_NAMES_ENVIRONMENT_CREDENTIAL",
                        required=False,
                    ),
                    name="X-Environment-Key",
                    location="header",
                ),
                "http_client": ApiKeyAuth(
                    resolve_credential(
                        http_client_credential,
                        argument="http_client_credential",
                        env_var="HOSTILE_NAMES_HTTP_CLIENT_CREDENTIAL",
                        required=False,
                    ),
                    name="X-Http-Client-Key",
                    location="header",
                ),
                "max_retries": ApiKeyAuth(
                    resolve_credential(
                        max_retries_credential,
                        argument="max_retries_credential",
                        env_var="HOSTILE_NAMES_MAX_RETRIES_CREDENTIAL",
                        required=False,
                    ),
                    name="X-Max-Retries-Key",
                    location="header",
                ),
                "timeout": ApiKeyAuth(
                    resolve_credential(
                        timeout_credential,
                        argument="timeout_credential",
                        env_var="HOSTILE_NAMES_TIMEOUT_CREDENTIAL",
                        required=False,
                    ),
                    name="X-Timeout-Key",
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
            user_agent=f"hostile_names_client/{__version__}",
            log_env_var="HOSTILE_NAMES_LOG",
        )
        self.with_raw_response = HostileNamesClientWithRawResponse(self)
        self.with_streaming_response = HostileNamesClientWithStreamingResponse(self)

    @cached_property
    def async_jobs(self) -> AsyncJobsResource:
        """Operations of the `async_jobs` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.async_jobs import AsyncJobsResource

        return AsyncJobsResource(self)

    @cached_property
    def endpoint(self) -> EndpointResource:
        """Operations of the `endpoint` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.endpoint import EndpointResource

        return EndpointResource(self)

    @cached_property
    def environment(self) -> EnvironmentResource:
        """Operations of the `environment` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.environment import EnvironmentResource

        return EnvironmentResource(self)

    @cached_property
    def hostile_names_client(self) -> HostileNamesClientResource:
        """Operations of the `hostile_names_client` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.hostile_names_client import HostileNamesClientResource

        return HostileNamesClientResource(self)

    @cached_property
    def jobs(self) -> Jobs:
        """Operations of the `jobs` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.jobs import Jobs

        return Jobs(self)

    @cached_property
    def jobs_with_raw_response(self) -> JobsWithRawResponseResource:
        """Operations of the `jobs_with_raw_response` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.jobs_with_raw_response import JobsWithRawResponseResource

        return JobsWithRawResponseResource(self)

    @cached_property
    def literal(self) -> LiteralResource:
        """Operations of the `literal` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.literal import LiteralResource

        return LiteralResource(self)

    @cached_property
    def mapping(self) -> MappingResource:
        """Operations of the `mapping` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.mapping import MappingResource

        return MappingResource(self)

    def copy(
        self,
        *,
        base_url_credential: str | None | NotGiven = NOT_GIVEN,
        default_headers_credential: str | None | NotGiven = NOT_GIVEN,
        environment_credential: str | None | NotGiven = NOT_GIVEN,
        http_client_credential: str | None | NotGiven = NOT_GIVEN,
        max_retries_credential: str | None | NotGiven = NOT_GIVEN,
        timeout_credential: str | None | NotGiven = NOT_GIVEN,
        environment: Environment | NotGiven = NOT_GIVEN,
        base_url: str | httpx.URL | None | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        http_client: httpx.Client | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        auth: httpx.Auth | None | NotGiven = NOT_GIVEN,
    ) -> HostileNamesClient:
        """A copy of this client, with the arguments given in place of those it was created with.

        The copy shares this client's HTTP connection pool unless `http_client` is given, and
        this client stays as it was. `with_options` is another name for this method.

        Args:
            base_url_credential: In place of this client's `base_url_credential` (see
                the constructor).
            default_headers_credential: In place of this client's
                `default_headers_credential` (see the
                constructor).
            environment_credential: In place of this client's `environment_credential`
                (see the constructor).
            http_client_credential: In place of this client's `http_client_credential`
                (see the constructor).
            max_retries_credential: In place of this client's `max_retries_credential`
                (see the constructor).
            timeout_credential: In place of this client's `timeout_credential` (see
                the constructor).
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
            base_url_credential=base_url_credential,
            default_headers_credential=default_headers_credential,
            environment_credential=environment_credential,
            http_client_credential=http_client_credential,
            max_retries_credential=max_retries_credential,
            timeout_credential=timeout_credential,
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


class HostileNamesClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: HostileNamesClient) -> None:
        self._client = client

    @cached_property
    def async_jobs(self) -> AsyncJobsResourceWithRawResponse:
        """Operations of the `async_jobs` group."""
        from .resources.async_jobs import AsyncJobsResourceWithRawResponse

        return AsyncJobsResourceWithRawResponse(self._client.async_jobs)

    @cached_property
    def endpoint(self) -> EndpointResourceWithRawResponse:
        """Operations of the `endpoint` group."""
        from .resources.endpoint import EndpointResourceWithRawResponse

        return EndpointResourceWithRawResponse(self._client.endpoint)

    @cached_property
    def environment(self) -> EnvironmentResourceWithRawResponse:
        """Operations of the `environment` group."""
        from .resources.environment import EnvironmentResourceWithRawResponse

        return EnvironmentResourceWithRawResponse(self._client.environment)

    @cached_property
    def hostile_names_client(self) -> HostileNamesClientResourceWithRawResponse:
        """Operations of the `hostile_names_client` group."""
        from .resources.hostile_names_client import HostileNamesClientResourceWithRawResponse

        return HostileNamesClientResourceWithRawResponse(self._client.hostile_names_client)

    @cached_property
    def jobs(self) -> JobsWithRawResponse:
        """Operations of the `jobs` group."""
        from .resources.jobs import JobsWithRawResponse

        return JobsWithRawResponse(self._client.jobs)

    @cached_property
    def jobs_with_raw_response(self) -> JobsWithRawResponseResourceWithRawResponse:
        """Operations of the `jobs_with_raw_response` group."""
        from .resources.jobs_with_raw_response import JobsWithRawResponseResourceWithRawResponse

        return JobsWithRawResponseResourceWithRawResponse(self._client.jobs_with_raw_response)

    @cached_property
    def literal(self) -> LiteralResourceWithRawResponse:
        """Operations of the `literal` group."""
        from .resources.literal import LiteralResourceWithRawResponse

        return LiteralResourceWithRawResponse(self._client.literal)

    @cached_property
    def mapping(self) -> MappingResourceWithRawResponse:
        """Operations of the `mapping` group."""
        from .resources.mapping import MappingResourceWithRawResponse

        return MappingResourceWithRawResponse(self._client.mapping)


class HostileNamesClientWithStreamingResponse:
    """The same operations, returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, client: HostileNamesClient) -> None:
        self._client = client

    @cached_property
    def async_jobs(self) -> AsyncJobsResourceWithStreamingResponse:
        """Operations of the `async_jobs` group."""
        from .resources.async_jobs import AsyncJobsResourceWithStreamingResponse

        return AsyncJobsResourceWithStreamingResponse(self._client.async_jobs)

    @cached_property
    def endpoint(self) -> EndpointResourceWithStreamingResponse:
        """Operations of the `endpoint` group."""
        from .resources.endpoint import EndpointResourceWithStreamingResponse

        return EndpointResourceWithStreamingResponse(self._client.endpoint)

    @cached_property
    def environment(self) -> EnvironmentResourceWithStreamingResponse:
        """Operations of the `environment` group."""
        from .resources.environment import EnvironmentResourceWithStreamingResponse

        return EnvironmentResourceWithStreamingResponse(self._client.environment)

    @cached_property
    def hostile_names_client(self) -> HostileNamesClientResourceWithStreamingResponse:
        """Operations of the `hostile_names_client` group."""
        from .resources.hostile_names_client import HostileNamesClientResourceWithStreamingResponse

        return HostileNamesClientResourceWithStreamingResponse(self._client.hostile_names_client)

    @cached_property
    def jobs(self) -> JobsWithStreamingResponse:
        """Operations of the `jobs` group."""
        from .resources.jobs import JobsWithStreamingResponse

        return JobsWithStreamingResponse(self._client.jobs)

    @cached_property
    def jobs_with_raw_response(self) -> JobsWithRawResponseResourceWithStreamingResponse:
        """Operations of the `jobs_with_raw_response` group."""
        from .resources.jobs_with_raw_response import (
            JobsWithRawResponseResourceWithStreamingResponse,
        )

        return JobsWithRawResponseResourceWithStreamingResponse(self._client.jobs_with_raw_response)

    @cached_property
    def literal(self) -> LiteralResourceWithStreamingResponse:
        """Operations of the `literal` group."""
        from .resources.literal import LiteralResourceWithStreamingResponse

        return LiteralResourceWithStreamingResponse(self._client.literal)

    @cached_property
    def mapping(self) -> MappingResourceWithStreamingResponse:
        """Operations of the `mapping` group."""
        from .resources.mapping import MappingResourceWithStreamingResponse

        return MappingResourceWithStreamingResponse(self._client.mapping)


class AsyncHostileNamesClient(AsyncAPIClient):
    """Asynchronous client for the Hostile Names."""

    with_raw_response: AsyncHostileNamesClientWithRawResponse
    with_streaming_response: AsyncHostileNamesClientWithStreamingResponse

    def __init__(
        self,
        *,
        base_url_credential: str | None = None,
        default_headers_credential: str | None = None,
        environment_credential: str | None = None,
        http_client_credential: str | None = None,
        max_retries_credential: str | None = None,
        timeout_credential: str | None = None,
        environment: Environment = "production",
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
            base_url_credential: Credential for the base_url scheme. Defaults to the
                HOSTILE_NAMES_BASE_URL_CREDENTIAL environment
                variable.
            default_headers_credential: Credential for the default_headers scheme.
                Defaults to the
                HOSTILE_NAMES_DEFAULT_HEADERS_CREDENTIAL
                environment variable.
            environment_credential: Credential for the environment scheme. Defaults to
                the HOSTILE_NAMES_ENVIRONMENT_CREDENTIAL
                environment variable.
            http_client_credential: Credential for the http_client scheme. Defaults to
                the HOSTILE_NAMES_HTTP_CLIENT_CREDENTIAL
                environment variable.
            max_retries_credential: Credential for the max_retries scheme. Defaults to
                the HOSTILE_NAMES_MAX_RETRIES_CREDENTIAL
                environment variable.
            timeout_credential: Credential for the timeout scheme. Defaults to the
                HOSTILE_NAMES_TIMEOUT_CREDENTIAL environment variable.
            environment: The server to use: one of "production", "sandbox"; the first
                is the default.
            base_url: Overrides the server; defaults to the HOSTILE_NAMES_BASE_URL
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
                env_var="HOSTILE_NAMES_BASE_URL",
                environments=ENVIRONMENTS,
                environment=environment,
            ),
            credentials={
                "base_url": ApiKeyAuth(
                    resolve_credential(
                        base_url_credential,
                        argument="base_url_credential",
                        env_var="HOSTILE_NAMES_BASE_URL_CREDENTIAL",
                        required=False,
                    ),
                    name="X-Base-Url-Key",
                    location="header",
                ),
                "default_headers": ApiKeyAuth(
                    resolve_credential(
                        default_headers_credential,
                        argument="default_headers_credential",
                        env_var="HOSTILE_NAMES_DEFAULT_HEADERS_CREDENTIAL",
                        required=False,
                    ),
                    name="X-Default-Headers-Key",
                    location="header",
                ),
                "environment": ApiKeyAuth(
                    resolve_credential(
                        environment_credential,
                        argument="environment_credential",
                        env_var="HOSTILE_NAMES_ENVIRONMENT_CREDENTIAL",
                        required=False,
                    ),
                    name="X-Environment-Key",
                    location="header",
                ),
                "http_client": ApiKeyAuth(
                    resolve_credential(
                        http_client_credential,
                        argument="http_client_credential",
                        env_var="HOSTILE_NAMES_HTTP_CLIENT_CREDENTIAL",
                        required=False,
                    ),
                    name="X-Http-Client-Key",
                    location="header",
                ),
                "max_retries": ApiKeyAuth(
                    resolve_credential(
                        max_retries_credential,
                        argument="max_retries_credential",
                        env_var="HOSTILE_NAMES_MAX_RETRIES_CREDENTIAL",
                        required=False,
                    ),
                    name="X-Max-Retries-Key",
                    location="header",
                ),
                "timeout": ApiKeyAuth(
                    resolve_credential(
                        timeout_credential,
                        argument="timeout_credential",
                        env_var="HOSTILE_NAMES_TIMEOUT_CREDENTIAL",
                        required=False,
                    ),
                    name="X-Timeout-Key",
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
            user_agent=f"hostile_names_client/{__version__}",
            log_env_var="HOSTILE_NAMES_LOG",
        )
        self.with_raw_response = AsyncHostileNamesClientWithRawResponse(self)
        self.with_streaming_response = AsyncHostileNamesClientWithStreamingResponse(self)

    @cached_property
    def async_jobs(self) -> AsyncAsyncJobsResource:
        """Operations of the `async_jobs` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.async_jobs import AsyncAsyncJobsResource

        return AsyncAsyncJobsResource(self)

    @cached_property
    def endpoint(self) -> AsyncEndpointResource:
        """Operations of the `endpoint` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.endpoint import AsyncEndpointResource

        return AsyncEndpointResource(self)

    @cached_property
    def environment(self) -> AsyncEnvironmentResource:
        """Operations of the `environment` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.environment import AsyncEnvironmentResource

        return AsyncEnvironmentResource(self)

    @cached_property
    def hostile_names_client(self) -> AsyncHostileNamesClientResource:
        """Operations of the `hostile_names_client` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.hostile_names_client import AsyncHostileNamesClientResource

        return AsyncHostileNamesClientResource(self)

    @cached_property
    def jobs(self) -> AsyncJobs:
        """Operations of the `jobs` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.jobs import AsyncJobs

        return AsyncJobs(self)

    @cached_property
    def jobs_with_raw_response(self) -> AsyncJobsWithRawResponseResource:
        """Operations of the `jobs_with_raw_response` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.jobs_with_raw_response import AsyncJobsWithRawResponseResource

        return AsyncJobsWithRawResponseResource(self)

    @cached_property
    def literal(self) -> AsyncLiteralResource:
        """Operations of the `literal` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.literal import AsyncLiteralResource

        return AsyncLiteralResource(self)

    @cached_property
    def mapping(self) -> AsyncMappingResource:
        """Operations of the `mapping` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.mapping import AsyncMappingResource

        return AsyncMappingResource(self)

    def copy(
        self,
        *,
        base_url_credential: str | None | NotGiven = NOT_GIVEN,
        default_headers_credential: str | None | NotGiven = NOT_GIVEN,
        environment_credential: str | None | NotGiven = NOT_GIVEN,
        http_client_credential: str | None | NotGiven = NOT_GIVEN,
        max_retries_credential: str | None | NotGiven = NOT_GIVEN,
        timeout_credential: str | None | NotGiven = NOT_GIVEN,
        environment: Environment | NotGiven = NOT_GIVEN,
        base_url: str | httpx.URL | None | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        http_client: httpx.AsyncClient | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        auth: httpx.Auth | None | NotGiven = NOT_GIVEN,
    ) -> AsyncHostileNamesClient:
        """A copy of this client, with the arguments given in place of those it was created with.

        The copy shares this client's HTTP connection pool unless `http_client` is given, and
        this client stays as it was. `with_options` is another name for this method.

        Args:
            base_url_credential: In place of this client's `base_url_credential` (see
                the constructor).
            default_headers_credential: In place of this client's
                `default_headers_credential` (see the
                constructor).
            environment_credential: In place of this client's `environment_credential`
                (see the constructor).
            http_client_credential: In place of this client's `http_client_credential`
                (see the constructor).
            max_retries_credential: In place of this client's `max_retries_credential`
                (see the constructor).
            timeout_credential: In place of this client's `timeout_credential` (see
                the constructor).
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
            base_url_credential=base_url_credential,
            default_headers_credential=default_headers_credential,
            environment_credential=environment_credential,
            http_client_credential=http_client_credential,
            max_retries_credential=max_retries_credential,
            timeout_credential=timeout_credential,
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


class AsyncHostileNamesClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: AsyncHostileNamesClient) -> None:
        self._client = client

    @cached_property
    def async_jobs(self) -> AsyncAsyncJobsResourceWithRawResponse:
        """Operations of the `async_jobs` group."""
        from .resources.async_jobs import AsyncAsyncJobsResourceWithRawResponse

        return AsyncAsyncJobsResourceWithRawResponse(self._client.async_jobs)

    @cached_property
    def endpoint(self) -> AsyncEndpointResourceWithRawResponse:
        """Operations of the `endpoint` group."""
        from .resources.endpoint import AsyncEndpointResourceWithRawResponse

        return AsyncEndpointResourceWithRawResponse(self._client.endpoint)

    @cached_property
    def environment(self) -> AsyncEnvironmentResourceWithRawResponse:
        """Operations of the `environment` group."""
        from .resources.environment import AsyncEnvironmentResourceWithRawResponse

        return AsyncEnvironmentResourceWithRawResponse(self._client.environment)

    @cached_property
    def hostile_names_client(self) -> AsyncHostileNamesClientResourceWithRawResponse:
        """Operations of the `hostile_names_client` group."""
        from .resources.hostile_names_client import AsyncHostileNamesClientResourceWithRawResponse

        return AsyncHostileNamesClientResourceWithRawResponse(self._client.hostile_names_client)

    @cached_property
    def jobs(self) -> AsyncJobsWithRawResponse:
        """Operations of the `jobs` group."""
        from .resources.jobs import AsyncJobsWithRawResponse

        return AsyncJobsWithRawResponse(self._client.jobs)

    @cached_property
    def jobs_with_raw_response(self) -> AsyncJobsWithRawResponseResourceWithRawResponse:
        """Operations of the `jobs_with_raw_response` group."""
        from .resources.jobs_with_raw_response import (
            AsyncJobsWithRawResponseResourceWithRawResponse,
        )

        return AsyncJobsWithRawResponseResourceWithRawResponse(self._client.jobs_with_raw_response)

    @cached_property
    def literal(self) -> AsyncLiteralResourceWithRawResponse:
        """Operations of the `literal` group."""
        from .resources.literal import AsyncLiteralResourceWithRawResponse

        return AsyncLiteralResourceWithRawResponse(self._client.literal)

    @cached_property
    def mapping(self) -> AsyncMappingResourceWithRawResponse:
        """Operations of the `mapping` group."""
        from .resources.mapping import AsyncMappingResourceWithRawResponse

        return AsyncMappingResourceWithRawResponse(self._client.mapping)


class AsyncHostileNamesClientWithStreamingResponse:
    """The same operations, returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, client: AsyncHostileNamesClient) -> None:
        self._client = client

    @cached_property
    def async_jobs(self) -> AsyncAsyncJobsResourceWithStreamingResponse:
        """Operations of the `async_jobs` group."""
        from .resources.async_jobs import AsyncAsyncJobsResourceWithStreamingResponse

        return AsyncAsyncJobsResourceWithStreamingResponse(self._client.async_jobs)

    @cached_property
    def endpoint(self) -> AsyncEndpointResourceWithStreamingResponse:
        """Operations of the `endpoint` group."""
        from .resources.endpoint import AsyncEndpointResourceWithStreamingResponse

        return AsyncEndpointResourceWithStreamingResponse(self._client.endpoint)

    @cached_property
    def environment(self) -> AsyncEnvironmentResourceWithStreamingResponse:
        """Operations of the `environment` group."""
        from .resources.environment import AsyncEnvironmentResourceWithStreamingResponse

        return AsyncEnvironmentResourceWithStreamingResponse(self._client.environment)

    @cached_property
    def hostile_names_client(self) -> AsyncHostileNamesClientResourceWithStreamingResponse:
        """Operations of the `hostile_names_client` group."""
        from .resources.hostile_names_client import (
            AsyncHostileNamesClientResourceWithStreamingResponse,
        )

        return AsyncHostileNamesClientResourceWithStreamingResponse(
            self._client.hostile_names_client
        )

    @cached_property
    def jobs(self) -> AsyncJobsWithStreamingResponse:
        """Operations of the `jobs` group."""
        from .resources.jobs import AsyncJobsWithStreamingResponse

        return AsyncJobsWithStreamingResponse(self._client.jobs)

    @cached_property
    def jobs_with_raw_response(self) -> AsyncJobsWithRawResponseResourceWithStreamingResponse:
        """Operations of the `jobs_with_raw_response` group."""
        from .resources.jobs_with_raw_response import (
            AsyncJobsWithRawResponseResourceWithStreamingResponse,
        )

        return AsyncJobsWithRawResponseResourceWithStreamingResponse(
            self._client.jobs_with_raw_response
        )

    @cached_property
    def literal(self) -> AsyncLiteralResourceWithStreamingResponse:
        """Operations of the `literal` group."""
        from .resources.literal import AsyncLiteralResourceWithStreamingResponse

        return AsyncLiteralResourceWithStreamingResponse(self._client.literal)

    @cached_property
    def mapping(self) -> AsyncMappingResourceWithStreamingResponse:
        """Operations of the `mapping` group."""
        from .resources.mapping import AsyncMappingResourceWithStreamingResponse

        return AsyncMappingResourceWithStreamingResponse(self._client.mapping)
