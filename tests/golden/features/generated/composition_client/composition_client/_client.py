"""The Composition Fixture clients: `CompositionClient` (sync) and `AsyncCompositionClient` (async)."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from ._base_client import (
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    SyncAPIClient,
    select_base_url,
)
from ._version import __version__
from .resources.pets import Pets, PetsWithRawResponse, AsyncPets, AsyncPetsWithRawResponse
from .resources.shapes import Shapes, ShapesWithRawResponse, AsyncShapes, AsyncShapesWithRawResponse
from .resources.unions import Unions, UnionsWithRawResponse, AsyncUnions, AsyncUnionsWithRawResponse
from .resources.vehicles import (
    Vehicles,
    VehiclesWithRawResponse,
    AsyncVehicles,
    AsyncVehiclesWithRawResponse,
)

__all__ = ["CompositionClient", "AsyncCompositionClient"]

ENVIRONMENTS: Mapping[str, str] = {
    "server-1": "/",
}


class CompositionClient(SyncAPIClient):
    """Synchronous client for the Composition Fixture."""

    pets: Pets
    shapes: Shapes
    unions: Unions
    vehicles: Vehicles
    with_raw_response: CompositionClientWithRawResponse

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
        )
        self.pets = Pets(self)
        self.shapes = Shapes(self)
        self.unions = Unions(self)
        self.vehicles = Vehicles(self)
        self.with_raw_response = CompositionClientWithRawResponse(self)


class CompositionClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: CompositionClient) -> None:
        self.pets = PetsWithRawResponse(client.pets)
        self.shapes = ShapesWithRawResponse(client.shapes)
        self.unions = UnionsWithRawResponse(client.unions)
        self.vehicles = VehiclesWithRawResponse(client.vehicles)


class AsyncCompositionClient(AsyncAPIClient):
    """Asynchronous client for the Composition Fixture."""

    pets: AsyncPets
    shapes: AsyncShapes
    unions: AsyncUnions
    vehicles: AsyncVehicles
    with_raw_response: AsyncCompositionClientWithRawResponse

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
        )
        self.pets = AsyncPets(self)
        self.shapes = AsyncShapes(self)
        self.unions = AsyncUnions(self)
        self.vehicles = AsyncVehicles(self)
        self.with_raw_response = AsyncCompositionClientWithRawResponse(self)


class AsyncCompositionClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: AsyncCompositionClient) -> None:
        self.pets = AsyncPetsWithRawResponse(client.pets)
        self.shapes = AsyncShapesWithRawResponse(client.shapes)
        self.unions = AsyncUnionsWithRawResponse(client.unions)
        self.vehicles = AsyncVehiclesWithRawResponse(client.vehicles)
