"""The Many Models Fixture clients: `ManyModelsClient` (sync) and `AsyncManyModelsClient` (async)."""

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
    from .resources.catalogs import (
        AsyncCatalogs,
        AsyncCatalogsWithRawResponse,
        AsyncCatalogsWithStreamingResponse,
        Catalogs,
        CatalogsWithRawResponse,
        CatalogsWithStreamingResponse,
    )
    from .resources.pets import (
        AsyncPets,
        AsyncPetsWithRawResponse,
        AsyncPetsWithStreamingResponse,
        Pets,
        PetsWithRawResponse,
        PetsWithStreamingResponse,
    )

__all__ = ["ManyModelsClient", "AsyncManyModelsClient"]

ENVIRONMENTS: Mapping[str, str] = {
    "server-1": "/",
}


class ManyModelsClient(SyncAPIClient):
    """Synchronous client for the Many Models Fixture."""

    with_raw_response: ManyModelsClientWithRawResponse
    with_streaming_response: ManyModelsClientWithStreamingResponse

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
            base_url: Overrides the server; defaults to the MANY_MODELS_BASE_URL
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
                env_var="MANY_MODELS_BASE_URL",
                environments=ENVIRONMENTS,
                environment="server-1",
            ),
            credentials={},
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            deadline=deadline,
            max_response_size=max_response_size,
            auth=auth,
            user_agent=f"many_models_client/{__version__}",
            log_env_var="MANY_MODELS_LOG",
        )
        self.with_raw_response = ManyModelsClientWithRawResponse(self)
        self.with_streaming_response = ManyModelsClientWithStreamingResponse(self)

    @cached_property
    def catalogs(self) -> Catalogs:
        """Operations of the `catalogs` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.catalogs import Catalogs

        return Catalogs(self)

    @cached_property
    def pets(self) -> Pets:
        """Operations of the `pets` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.pets import Pets

        return Pets(self)

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
    ) -> ManyModelsClient:
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


class ManyModelsClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: ManyModelsClient) -> None:
        self._client = client

    @cached_property
    def catalogs(self) -> CatalogsWithRawResponse:
        """Operations of the `catalogs` group."""
        from .resources.catalogs import CatalogsWithRawResponse

        return CatalogsWithRawResponse(self._client.catalogs)

    @cached_property
    def pets(self) -> PetsWithRawResponse:
        """Operations of the `pets` group."""
        from .resources.pets import PetsWithRawResponse

        return PetsWithRawResponse(self._client.pets)


class ManyModelsClientWithStreamingResponse:
    """The same operations, returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, client: ManyModelsClient) -> None:
        self._client = client

    @cached_property
    def catalogs(self) -> CatalogsWithStreamingResponse:
        """Operations of the `catalogs` group."""
        from .resources.catalogs import CatalogsWithStreamingResponse

        return CatalogsWithStreamingResponse(self._client.catalogs)

    @cached_property
    def pets(self) -> PetsWithStreamingResponse:
        """Operations of the `pets` group."""
        from .resources.pets import PetsWithStreamingResponse

        return PetsWithStreamingResponse(self._client.pets)


class AsyncManyModelsClient(AsyncAPIClient):
    """Asynchronous client for the Many Models Fixture."""

    with_raw_response: AsyncManyModelsClientWithRawResponse
    with_streaming_response: AsyncManyModelsClientWithStreamingResponse

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
            base_url: Overrides the server; defaults to the MANY_MODELS_BASE_URL
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
                env_var="MANY_MODELS_BASE_URL",
                environments=ENVIRONMENTS,
                environment="server-1",
            ),
            credentials={},
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            deadline=deadline,
            max_response_size=max_response_size,
            auth=auth,
            user_agent=f"many_models_client/{__version__}",
            log_env_var="MANY_MODELS_LOG",
        )
        self.with_raw_response = AsyncManyModelsClientWithRawResponse(self)
        self.with_streaming_response = AsyncManyModelsClientWithStreamingResponse(self)

    @cached_property
    def catalogs(self) -> AsyncCatalogs:
        """Operations of the `catalogs` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.catalogs import AsyncCatalogs

        return AsyncCatalogs(self)

    @cached_property
    def pets(self) -> AsyncPets:
        """Operations of the `pets` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.pets import AsyncPets

        return AsyncPets(self)

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
    ) -> AsyncManyModelsClient:
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


class AsyncManyModelsClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: AsyncManyModelsClient) -> None:
        self._client = client

    @cached_property
    def catalogs(self) -> AsyncCatalogsWithRawResponse:
        """Operations of the `catalogs` group."""
        from .resources.catalogs import AsyncCatalogsWithRawResponse

        return AsyncCatalogsWithRawResponse(self._client.catalogs)

    @cached_property
    def pets(self) -> AsyncPetsWithRawResponse:
        """Operations of the `pets` group."""
        from .resources.pets import AsyncPetsWithRawResponse

        return AsyncPetsWithRawResponse(self._client.pets)


class AsyncManyModelsClientWithStreamingResponse:
    """The same operations, returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, client: AsyncManyModelsClient) -> None:
        self._client = client

    @cached_property
    def catalogs(self) -> AsyncCatalogsWithStreamingResponse:
        """Operations of the `catalogs` group."""
        from .resources.catalogs import AsyncCatalogsWithStreamingResponse

        return AsyncCatalogsWithStreamingResponse(self._client.catalogs)

    @cached_property
    def pets(self) -> AsyncPetsWithStreamingResponse:
        """Operations of the `pets` group."""
        from .resources.pets import AsyncPetsWithStreamingResponse

        return AsyncPetsWithStreamingResponse(self._client.pets)
