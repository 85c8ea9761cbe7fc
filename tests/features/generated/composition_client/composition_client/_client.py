"""The Composition Fixture clients: `CompositionClient` (sync) and `AsyncCompositionClient` (async)."""

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
    from .resources.pets import (
        AsyncPets,
        AsyncPetsWithRawResponse,
        AsyncPetsWithStreamingResponse,
        Pets,
        PetsWithRawResponse,
        PetsWithStreamingResponse,
    )
    from .resources.shapes import (
        AsyncShapes,
        AsyncShapesWithRawResponse,
        AsyncShapesWithStreamingResponse,
        Shapes,
        ShapesWithRawResponse,
        ShapesWithStreamingResponse,
    )
    from .resources.unions import (
        AsyncUnions,
        AsyncUnionsWithRawResponse,
        AsyncUnionsWithStreamingResponse,
        Unions,
        UnionsWithRawResponse,
        UnionsWithStreamingResponse,
    )
    from .resources.vehicles import (
        AsyncVehicles,
        AsyncVehiclesWithRawResponse,
        AsyncVehiclesWithStreamingResponse,
        Vehicles,
        VehiclesWithRawResponse,
        VehiclesWithStreamingResponse,
    )

__all__ = ["CompositionClient", "AsyncCompositionClient"]

ENVIRONMENTS: Mapping[str, str] = {
    "server-1": "/",
}


class CompositionClient(SyncAPIClient):
    """Synchronous client for the Composition Fixture."""

    with_raw_response: CompositionClientWithRawResponse
    with_streaming_response: CompositionClientWithStreamingResponse

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
            base_url: Overrides the server; defaults to the COMPOSITION_BASE_URL
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
                env_var="COMPOSITION_BASE_URL",
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
            user_agent=f"composition_client/{__version__}",
            log_env_var="COMPOSITION_LOG",
        )
        self.with_raw_response = CompositionClientWithRawResponse(self)
        self.with_streaming_response = CompositionClientWithStreamingResponse(self)

    @cached_property
    def pets(self) -> Pets:
        """Operations of the `pets` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.pets import Pets

        return Pets(self)

    @cached_property
    def shapes(self) -> Shapes:
        """Operations of the `shapes` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.shapes import Shapes

        return Shapes(self)

    @cached_property
    def unions(self) -> Unions:
        """Operations of the `unions` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.unions import Unions

        return Unions(self)

    @cached_property
    def vehicles(self) -> Vehicles:
        """Operations of the `vehicles` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.vehicles import Vehicles

        return Vehicles(self)

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
    ) -> CompositionClient:
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


class CompositionClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: CompositionClient) -> None:
        self._client = client

    @cached_property
    def pets(self) -> PetsWithRawResponse:
        """Operations of the `pets` group."""
        from .resources.pets import PetsWithRawResponse

        return PetsWithRawResponse(self._client.pets)

    @cached_property
    def shapes(self) -> ShapesWithRawResponse:
        """Operations of the `shapes` group."""
        from .resources.shapes import ShapesWithRawResponse

        return ShapesWithRawResponse(self._client.shapes)

    @cached_property
    def unions(self) -> UnionsWithRawResponse:
        """Operations of the `unions` group."""
        from .resources.unions import UnionsWithRawResponse

        return UnionsWithRawResponse(self._client.unions)

    @cached_property
    def vehicles(self) -> VehiclesWithRawResponse:
        """Operations of the `vehicles` group."""
        from .resources.vehicles import VehiclesWithRawResponse

        return VehiclesWithRawResponse(self._client.vehicles)


class CompositionClientWithStreamingResponse:
    """The same operations, returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, client: CompositionClient) -> None:
        self._client = client

    @cached_property
    def pets(self) -> PetsWithStreamingResponse:
        """Operations of the `pets` group."""
        from .resources.pets import PetsWithStreamingResponse

        return PetsWithStreamingResponse(self._client.pets)

    @cached_property
    def shapes(self) -> ShapesWithStreamingResponse:
        """Operations of the `shapes` group."""
        from .resources.shapes import ShapesWithStreamingResponse

        return ShapesWithStreamingResponse(self._client.shapes)

    @cached_property
    def unions(self) -> UnionsWithStreamingResponse:
        """Operations of the `unions` group."""
        from .resources.unions import UnionsWithStreamingResponse

        return UnionsWithStreamingResponse(self._client.unions)

    @cached_property
    def vehicles(self) -> VehiclesWithStreamingResponse:
        """Operations of the `vehicles` group."""
        from .resources.vehicles import VehiclesWithStreamingResponse

        return VehiclesWithStreamingResponse(self._client.vehicles)


class AsyncCompositionClient(AsyncAPIClient):
    """Asynchronous client for the Composition Fixture."""

    with_raw_response: AsyncCompositionClientWithRawResponse
    with_streaming_response: AsyncCompositionClientWithStreamingResponse

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
            base_url: Overrides the server; defaults to the COMPOSITION_BASE_URL
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
                env_var="COMPOSITION_BASE_URL",
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
            user_agent=f"composition_client/{__version__}",
            log_env_var="COMPOSITION_LOG",
        )
        self.with_raw_response = AsyncCompositionClientWithRawResponse(self)
        self.with_streaming_response = AsyncCompositionClientWithStreamingResponse(self)

    @cached_property
    def pets(self) -> AsyncPets:
        """Operations of the `pets` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.pets import AsyncPets

        return AsyncPets(self)

    @cached_property
    def shapes(self) -> AsyncShapes:
        """Operations of the `shapes` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.shapes import AsyncShapes

        return AsyncShapes(self)

    @cached_property
    def unions(self) -> AsyncUnions:
        """Operations of the `unions` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.unions import AsyncUnions

        return AsyncUnions(self)

    @cached_property
    def vehicles(self) -> AsyncVehicles:
        """Operations of the `vehicles` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.vehicles import AsyncVehicles

        return AsyncVehicles(self)

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
    ) -> AsyncCompositionClient:
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


class AsyncCompositionClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: AsyncCompositionClient) -> None:
        self._client = client

    @cached_property
    def pets(self) -> AsyncPetsWithRawResponse:
        """Operations of the `pets` group."""
        from .resources.pets import AsyncPetsWithRawResponse

        return AsyncPetsWithRawResponse(self._client.pets)

    @cached_property
    def shapes(self) -> AsyncShapesWithRawResponse:
        """Operations of the `shapes` group."""
        from .resources.shapes import AsyncShapesWithRawResponse

        return AsyncShapesWithRawResponse(self._client.shapes)

    @cached_property
    def unions(self) -> AsyncUnionsWithRawResponse:
        """Operations of the `unions` group."""
        from .resources.unions import AsyncUnionsWithRawResponse

        return AsyncUnionsWithRawResponse(self._client.unions)

    @cached_property
    def vehicles(self) -> AsyncVehiclesWithRawResponse:
        """Operations of the `vehicles` group."""
        from .resources.vehicles import AsyncVehiclesWithRawResponse

        return AsyncVehiclesWithRawResponse(self._client.vehicles)


class AsyncCompositionClientWithStreamingResponse:
    """The same operations, returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, client: AsyncCompositionClient) -> None:
        self._client = client

    @cached_property
    def pets(self) -> AsyncPetsWithStreamingResponse:
        """Operations of the `pets` group."""
        from .resources.pets import AsyncPetsWithStreamingResponse

        return AsyncPetsWithStreamingResponse(self._client.pets)

    @cached_property
    def shapes(self) -> AsyncShapesWithStreamingResponse:
        """Operations of the `shapes` group."""
        from .resources.shapes import AsyncShapesWithStreamingResponse

        return AsyncShapesWithStreamingResponse(self._client.shapes)

    @cached_property
    def unions(self) -> AsyncUnionsWithStreamingResponse:
        """Operations of the `unions` group."""
        from .resources.unions import AsyncUnionsWithStreamingResponse

        return AsyncUnionsWithStreamingResponse(self._client.unions)

    @cached_property
    def vehicles(self) -> AsyncVehiclesWithStreamingResponse:
        """Operations of the `vehicles` group."""
        from .resources.vehicles import AsyncVehiclesWithStreamingResponse

        return AsyncVehiclesWithStreamingResponse(self._client.vehicles)
