"""The Hostile Names clients: `HostileNamesClient` (sync) and `AsyncHostileNamesClient` (async)."""

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
from ._version import __version__
from .resources.async_jobs import (
    AsyncJobsResource,
    AsyncJobsResourceWithRawResponse,
    AsyncAsyncJobsResource,
    AsyncAsyncJobsResourceWithRawResponse,
)
from .resources.endpoint import (
    EndpointResource,
    EndpointResourceWithRawResponse,
    AsyncEndpointResource,
    AsyncEndpointResourceWithRawResponse,
)
from .resources.environment import (
    EnvironmentResource,
    EnvironmentResourceWithRawResponse,
    AsyncEnvironmentResource,
    AsyncEnvironmentResourceWithRawResponse,
)
from .resources.hostile_names_client import (
    HostileNamesClientResource,
    HostileNamesClientResourceWithRawResponse,
    AsyncHostileNamesClientResource,
    AsyncHostileNamesClientResourceWithRawResponse,
)
from .resources.jobs import Jobs, JobsWithRawResponse, AsyncJobs, AsyncJobsWithRawResponse
from .resources.jobs_with_raw_response import (
    JobsWithRawResponseResource,
    JobsWithRawResponseResourceWithRawResponse,
    AsyncJobsWithRawResponseResource,
    AsyncJobsWithRawResponseResourceWithRawResponse,
)
from .resources.literal import (
    LiteralResource,
    LiteralResourceWithRawResponse,
    AsyncLiteralResource,
    AsyncLiteralResourceWithRawResponse,
)
from .resources.mapping import (
    MappingResource,
    MappingResourceWithRawResponse,
    AsyncMappingResource,
    AsyncMappingResourceWithRawResponse,
)

__all__ = ["HostileNamesClient", "AsyncHostileNamesClient", "Environment"]

Environment = Literal["production", "sandbox"]

ENVIRONMENTS: Mapping[str, str] = {
    "production": "https://api.example.com",
    "sandbox": "https://sandbox.example.com",
}


class HostileNamesClient(SyncAPIClient):
    """Synchronous client for the Hostile Names."""

    async_jobs: AsyncJobsResource
    endpoint: EndpointResource
    environment: EnvironmentResource
    hostile_names_client: HostileNamesClientResource
    jobs: Jobs
    jobs_with_raw_response: JobsWithRawResponseResource
    literal: LiteralResource
    mapping: MappingResource
    with_raw_response: HostileNamesClientWithRawResponse

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
        )
        self.async_jobs = AsyncJobsResource(self)
        self.endpoint = EndpointResource(self)
        self.environment = EnvironmentResource(self)
        self.hostile_names_client = HostileNamesClientResource(self)
        self.jobs = Jobs(self)
        self.jobs_with_raw_response = JobsWithRawResponseResource(self)
        self.literal = LiteralResource(self)
        self.mapping = MappingResource(self)
        self.with_raw_response = HostileNamesClientWithRawResponse(self)


class HostileNamesClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: HostileNamesClient) -> None:
        self.async_jobs = AsyncJobsResourceWithRawResponse(client.async_jobs)
        self.endpoint = EndpointResourceWithRawResponse(client.endpoint)
        self.environment = EnvironmentResourceWithRawResponse(client.environment)
        self.hostile_names_client = HostileNamesClientResourceWithRawResponse(
            client.hostile_names_client
        )
        self.jobs = JobsWithRawResponse(client.jobs)
        self.jobs_with_raw_response = JobsWithRawResponseResourceWithRawResponse(
            client.jobs_with_raw_response
        )
        self.literal = LiteralResourceWithRawResponse(client.literal)
        self.mapping = MappingResourceWithRawResponse(client.mapping)


class AsyncHostileNamesClient(AsyncAPIClient):
    """Asynchronous client for the Hostile Names."""

    async_jobs: AsyncAsyncJobsResource
    endpoint: AsyncEndpointResource
    environment: AsyncEnvironmentResource
    hostile_names_client: AsyncHostileNamesClientResource
    jobs: AsyncJobs
    jobs_with_raw_response: AsyncJobsWithRawResponseResource
    literal: AsyncLiteralResource
    mapping: AsyncMappingResource
    with_raw_response: AsyncHostileNamesClientWithRawResponse

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
        )
        self.async_jobs = AsyncAsyncJobsResource(self)
        self.endpoint = AsyncEndpointResource(self)
        self.environment = AsyncEnvironmentResource(self)
        self.hostile_names_client = AsyncHostileNamesClientResource(self)
        self.jobs = AsyncJobs(self)
        self.jobs_with_raw_response = AsyncJobsWithRawResponseResource(self)
        self.literal = AsyncLiteralResource(self)
        self.mapping = AsyncMappingResource(self)
        self.with_raw_response = AsyncHostileNamesClientWithRawResponse(self)


class AsyncHostileNamesClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: AsyncHostileNamesClient) -> None:
        self.async_jobs = AsyncAsyncJobsResourceWithRawResponse(client.async_jobs)
        self.endpoint = AsyncEndpointResourceWithRawResponse(client.endpoint)
        self.environment = AsyncEnvironmentResourceWithRawResponse(client.environment)
        self.hostile_names_client = AsyncHostileNamesClientResourceWithRawResponse(
            client.hostile_names_client
        )
        self.jobs = AsyncJobsWithRawResponse(client.jobs)
        self.jobs_with_raw_response = AsyncJobsWithRawResponseResourceWithRawResponse(
            client.jobs_with_raw_response
        )
        self.literal = AsyncLiteralResourceWithRawResponse(client.literal)
        self.mapping = AsyncMappingResourceWithRawResponse(client.mapping)
