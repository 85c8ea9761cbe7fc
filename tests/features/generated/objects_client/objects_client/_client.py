"""The Objects Fixture clients: `ObjectsClient` (sync) and `AsyncObjectsClient` (async)."""

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
    from .resources.events import (
        AsyncEvents,
        AsyncEventsWithRawResponse,
        AsyncEventsWithStreamingResponse,
        Events,
        EventsWithRawResponse,
        EventsWithStreamingResponse,
    )
    from .resources.orders import (
        AsyncOrders,
        AsyncOrdersWithRawResponse,
        AsyncOrdersWithStreamingResponse,
        Orders,
        OrdersWithRawResponse,
        OrdersWithStreamingResponse,
    )
    from .resources.settings import (
        AsyncSettingsResource,
        AsyncSettingsResourceWithRawResponse,
        AsyncSettingsResourceWithStreamingResponse,
        SettingsResource,
        SettingsResourceWithRawResponse,
        SettingsResourceWithStreamingResponse,
    )
    from .resources.trees import (
        AsyncTrees,
        AsyncTreesWithRawResponse,
        AsyncTreesWithStreamingResponse,
        Trees,
        TreesWithRawResponse,
        TreesWithStreamingResponse,
    )
    from .resources.users import (
        AsyncUsers,
        AsyncUsersWithRawResponse,
        AsyncUsersWithStreamingResponse,
        Users,
        UsersWithRawResponse,
        UsersWithStreamingResponse,
    )

__all__ = ["ObjectsClient", "AsyncObjectsClient"]

ENVIRONMENTS: Mapping[str, str] = {
    "server-1": "/",
}


class ObjectsClient(SyncAPIClient):
    """Synchronous client for the Objects Fixture."""

    with_raw_response: ObjectsClientWithRawResponse
    with_streaming_response: ObjectsClientWithStreamingResponse

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
            log_env_var="OBJECTS_LOG",
        )
        self.with_raw_response = ObjectsClientWithRawResponse(self)
        self.with_streaming_response = ObjectsClientWithStreamingResponse(self)

    @cached_property
    def events(self) -> Events:
        """Operations of the `events` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.events import Events

        return Events(self)

    @cached_property
    def orders(self) -> Orders:
        """Operations of the `orders` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.orders import Orders

        return Orders(self)

    @cached_property
    def settings(self) -> SettingsResource:
        """Operations of the `settings` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.settings import SettingsResource

        return SettingsResource(self)

    @cached_property
    def trees(self) -> Trees:
        """Operations of the `trees` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.trees import Trees

        return Trees(self)

    @cached_property
    def users(self) -> Users:
        """Operations of the `users` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.users import Users

        return Users(self)

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
    ) -> ObjectsClient:
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


class ObjectsClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: ObjectsClient) -> None:
        self._client = client

    @cached_property
    def events(self) -> EventsWithRawResponse:
        """Operations of the `events` group."""
        from .resources.events import EventsWithRawResponse

        return EventsWithRawResponse(self._client.events)

    @cached_property
    def orders(self) -> OrdersWithRawResponse:
        """Operations of the `orders` group."""
        from .resources.orders import OrdersWithRawResponse

        return OrdersWithRawResponse(self._client.orders)

    @cached_property
    def settings(self) -> SettingsResourceWithRawResponse:
        """Operations of the `settings` group."""
        from .resources.settings import SettingsResourceWithRawResponse

        return SettingsResourceWithRawResponse(self._client.settings)

    @cached_property
    def trees(self) -> TreesWithRawResponse:
        """Operations of the `trees` group."""
        from .resources.trees import TreesWithRawResponse

        return TreesWithRawResponse(self._client.trees)

    @cached_property
    def users(self) -> UsersWithRawResponse:
        """Operations of the `users` group."""
        from .resources.users import UsersWithRawResponse

        return UsersWithRawResponse(self._client.users)


class ObjectsClientWithStreamingResponse:
    """The same operations, returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, client: ObjectsClient) -> None:
        self._client = client

    @cached_property
    def events(self) -> EventsWithStreamingResponse:
        """Operations of the `events` group."""
        from .resources.events import EventsWithStreamingResponse

        return EventsWithStreamingResponse(self._client.events)

    @cached_property
    def orders(self) -> OrdersWithStreamingResponse:
        """Operations of the `orders` group."""
        from .resources.orders import OrdersWithStreamingResponse

        return OrdersWithStreamingResponse(self._client.orders)

    @cached_property
    def settings(self) -> SettingsResourceWithStreamingResponse:
        """Operations of the `settings` group."""
        from .resources.settings import SettingsResourceWithStreamingResponse

        return SettingsResourceWithStreamingResponse(self._client.settings)

    @cached_property
    def trees(self) -> TreesWithStreamingResponse:
        """Operations of the `trees` group."""
        from .resources.trees import TreesWithStreamingResponse

        return TreesWithStreamingResponse(self._client.trees)

    @cached_property
    def users(self) -> UsersWithStreamingResponse:
        """Operations of the `users` group."""
        from .resources.users import UsersWithStreamingResponse

        return UsersWithStreamingResponse(self._client.users)


class AsyncObjectsClient(AsyncAPIClient):
    """Asynchronous client for the Objects Fixture."""

    with_raw_response: AsyncObjectsClientWithRawResponse
    with_streaming_response: AsyncObjectsClientWithStreamingResponse

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
            log_env_var="OBJECTS_LOG",
        )
        self.with_raw_response = AsyncObjectsClientWithRawResponse(self)
        self.with_streaming_response = AsyncObjectsClientWithStreamingResponse(self)

    @cached_property
    def events(self) -> AsyncEvents:
        """Operations of the `events` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.events import AsyncEvents

        return AsyncEvents(self)

    @cached_property
    def orders(self) -> AsyncOrders:
        """Operations of the `orders` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.orders import AsyncOrders

        return AsyncOrders(self)

    @cached_property
    def settings(self) -> AsyncSettingsResource:
        """Operations of the `settings` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.settings import AsyncSettingsResource

        return AsyncSettingsResource(self)

    @cached_property
    def trees(self) -> AsyncTrees:
        """Operations of the `trees` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.trees import AsyncTrees

        return AsyncTrees(self)

    @cached_property
    def users(self) -> AsyncUsers:
        """Operations of the `users` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.users import AsyncUsers

        return AsyncUsers(self)

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
    ) -> AsyncObjectsClient:
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


class AsyncObjectsClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: AsyncObjectsClient) -> None:
        self._client = client

    @cached_property
    def events(self) -> AsyncEventsWithRawResponse:
        """Operations of the `events` group."""
        from .resources.events import AsyncEventsWithRawResponse

        return AsyncEventsWithRawResponse(self._client.events)

    @cached_property
    def orders(self) -> AsyncOrdersWithRawResponse:
        """Operations of the `orders` group."""
        from .resources.orders import AsyncOrdersWithRawResponse

        return AsyncOrdersWithRawResponse(self._client.orders)

    @cached_property
    def settings(self) -> AsyncSettingsResourceWithRawResponse:
        """Operations of the `settings` group."""
        from .resources.settings import AsyncSettingsResourceWithRawResponse

        return AsyncSettingsResourceWithRawResponse(self._client.settings)

    @cached_property
    def trees(self) -> AsyncTreesWithRawResponse:
        """Operations of the `trees` group."""
        from .resources.trees import AsyncTreesWithRawResponse

        return AsyncTreesWithRawResponse(self._client.trees)

    @cached_property
    def users(self) -> AsyncUsersWithRawResponse:
        """Operations of the `users` group."""
        from .resources.users import AsyncUsersWithRawResponse

        return AsyncUsersWithRawResponse(self._client.users)


class AsyncObjectsClientWithStreamingResponse:
    """The same operations, returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, client: AsyncObjectsClient) -> None:
        self._client = client

    @cached_property
    def events(self) -> AsyncEventsWithStreamingResponse:
        """Operations of the `events` group."""
        from .resources.events import AsyncEventsWithStreamingResponse

        return AsyncEventsWithStreamingResponse(self._client.events)

    @cached_property
    def orders(self) -> AsyncOrdersWithStreamingResponse:
        """Operations of the `orders` group."""
        from .resources.orders import AsyncOrdersWithStreamingResponse

        return AsyncOrdersWithStreamingResponse(self._client.orders)

    @cached_property
    def settings(self) -> AsyncSettingsResourceWithStreamingResponse:
        """Operations of the `settings` group."""
        from .resources.settings import AsyncSettingsResourceWithStreamingResponse

        return AsyncSettingsResourceWithStreamingResponse(self._client.settings)

    @cached_property
    def trees(self) -> AsyncTreesWithStreamingResponse:
        """Operations of the `trees` group."""
        from .resources.trees import AsyncTreesWithStreamingResponse

        return AsyncTreesWithStreamingResponse(self._client.trees)

    @cached_property
    def users(self) -> AsyncUsersWithStreamingResponse:
        """Operations of the `users` group."""
        from .resources.users import AsyncUsersWithStreamingResponse

        return AsyncUsersWithStreamingResponse(self._client.users)
