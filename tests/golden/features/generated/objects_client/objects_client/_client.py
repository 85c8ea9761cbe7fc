"""The Objects Fixture clients: `ObjectsClient` (sync) and `AsyncObjectsClient` (async)."""

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
from .resources.events import Events, EventsWithRawResponse, AsyncEvents, AsyncEventsWithRawResponse
from .resources.orders import Orders, OrdersWithRawResponse, AsyncOrders, AsyncOrdersWithRawResponse
from .resources.settings import (
    SettingsResource,
    SettingsResourceWithRawResponse,
    AsyncSettingsResource,
    AsyncSettingsResourceWithRawResponse,
)
from .resources.trees import Trees, TreesWithRawResponse, AsyncTrees, AsyncTreesWithRawResponse
from .resources.users import Users, UsersWithRawResponse, AsyncUsers, AsyncUsersWithRawResponse

__all__ = ["ObjectsClient", "AsyncObjectsClient"]

ENVIRONMENTS: Mapping[str, str] = {
    "server-1": "/",
}


class ObjectsClient(SyncAPIClient):
    """Synchronous client for the Objects Fixture."""

    events: Events
    orders: Orders
    settings: SettingsResource
    trees: Trees
    users: Users
    with_raw_response: ObjectsClientWithRawResponse

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
            base_url: Overrides the server; defaults to the OBJECTS_BASE_URL
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
                env_var="OBJECTS_BASE_URL",
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
            user_agent=f"objects_client/{__version__}",
        )
        self.events = Events(self)
        self.orders = Orders(self)
        self.settings = SettingsResource(self)
        self.trees = Trees(self)
        self.users = Users(self)
        self.with_raw_response = ObjectsClientWithRawResponse(self)


class ObjectsClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: ObjectsClient) -> None:
        self.events = EventsWithRawResponse(client.events)
        self.orders = OrdersWithRawResponse(client.orders)
        self.settings = SettingsResourceWithRawResponse(client.settings)
        self.trees = TreesWithRawResponse(client.trees)
        self.users = UsersWithRawResponse(client.users)


class AsyncObjectsClient(AsyncAPIClient):
    """Asynchronous client for the Objects Fixture."""

    events: AsyncEvents
    orders: AsyncOrders
    settings: AsyncSettingsResource
    trees: AsyncTrees
    users: AsyncUsers
    with_raw_response: AsyncObjectsClientWithRawResponse

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
            base_url: Overrides the server; defaults to the OBJECTS_BASE_URL
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
                env_var="OBJECTS_BASE_URL",
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
            user_agent=f"objects_client/{__version__}",
        )
        self.events = AsyncEvents(self)
        self.orders = AsyncOrders(self)
        self.settings = AsyncSettingsResource(self)
        self.trees = AsyncTrees(self)
        self.users = AsyncUsers(self)
        self.with_raw_response = AsyncObjectsClientWithRawResponse(self)


class AsyncObjectsClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: AsyncObjectsClient) -> None:
        self.events = AsyncEventsWithRawResponse(client.events)
        self.orders = AsyncOrdersWithRawResponse(client.orders)
        self.settings = AsyncSettingsResourceWithRawResponse(client.settings)
        self.trees = AsyncTreesWithRawResponse(client.trees)
        self.users = AsyncUsersWithRawResponse(client.users)
