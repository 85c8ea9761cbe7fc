"""The Operations Fixture clients: `OperationsClient` (sync) and `AsyncOperationsClient` (async)."""

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
    from .resources.alpha import (
        Alpha,
        AlphaWithRawResponse,
        AlphaWithStreamingResponse,
        AsyncAlpha,
        AsyncAlphaWithRawResponse,
        AsyncAlphaWithStreamingResponse,
    )
    from .resources.dupes import (
        AsyncDupes,
        AsyncDupesWithRawResponse,
        AsyncDupesWithStreamingResponse,
        Dupes,
        DupesWithRawResponse,
        DupesWithStreamingResponse,
    )
    from .resources.labels import (
        AsyncLabels,
        AsyncLabelsWithRawResponse,
        AsyncLabelsWithStreamingResponse,
        Labels,
        LabelsWithRawResponse,
        LabelsWithStreamingResponse,
    )
    from .resources.reports import (
        AsyncReports,
        AsyncReportsWithRawResponse,
        AsyncReportsWithStreamingResponse,
        Reports,
        ReportsWithRawResponse,
        ReportsWithStreamingResponse,
    )
    from .resources.widgets import (
        AsyncWidgets,
        AsyncWidgetsWithRawResponse,
        AsyncWidgetsWithStreamingResponse,
        Widgets,
        WidgetsWithRawResponse,
        WidgetsWithStreamingResponse,
    )

__all__ = ["OperationsClient", "AsyncOperationsClient"]

ENVIRONMENTS: Mapping[str, str] = {
    "server-1": "/",
}


class OperationsClient(SyncAPIClient):
    """Synchronous client for the Operations Fixture."""

    with_raw_response: OperationsClientWithRawResponse
    with_streaming_response: OperationsClientWithStreamingResponse

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
            base_url: Overrides the server; defaults to the OPERATIONS_BASE_URL
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
                env_var="OPERATIONS_BASE_URL",
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
            user_agent=f"operations_client/{__version__}",
            log_env_var="OPERATIONS_LOG",
        )
        self.with_raw_response = OperationsClientWithRawResponse(self)
        self.with_streaming_response = OperationsClientWithStreamingResponse(self)

    @cached_property
    def alpha(self) -> Alpha:
        """Operations of the `alpha` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.alpha import Alpha

        return Alpha(self)

    @cached_property
    def dupes(self) -> Dupes:
        """Operations of the `dupes` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.dupes import Dupes

        return Dupes(self)

    @cached_property
    def labels(self) -> Labels:
        """Operations of the `labels` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.labels import Labels

        return Labels(self)

    @cached_property
    def reports(self) -> Reports:
        """Operations of the `reports` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.reports import Reports

        return Reports(self)

    @cached_property
    def widgets(self) -> Widgets:
        """Operations of the `widgets` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.widgets import Widgets

        return Widgets(self)

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
    ) -> OperationsClient:
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


class OperationsClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: OperationsClient) -> None:
        self._client = client

    @cached_property
    def alpha(self) -> AlphaWithRawResponse:
        """Operations of the `alpha` group."""
        from .resources.alpha import AlphaWithRawResponse

        return AlphaWithRawResponse(self._client.alpha)

    @cached_property
    def dupes(self) -> DupesWithRawResponse:
        """Operations of the `dupes` group."""
        from .resources.dupes import DupesWithRawResponse

        return DupesWithRawResponse(self._client.dupes)

    @cached_property
    def labels(self) -> LabelsWithRawResponse:
        """Operations of the `labels` group."""
        from .resources.labels import LabelsWithRawResponse

        return LabelsWithRawResponse(self._client.labels)

    @cached_property
    def reports(self) -> ReportsWithRawResponse:
        """Operations of the `reports` group."""
        from .resources.reports import ReportsWithRawResponse

        return ReportsWithRawResponse(self._client.reports)

    @cached_property
    def widgets(self) -> WidgetsWithRawResponse:
        """Operations of the `widgets` group."""
        from .resources.widgets import WidgetsWithRawResponse

        return WidgetsWithRawResponse(self._client.widgets)


class OperationsClientWithStreamingResponse:
    """The same operations, returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, client: OperationsClient) -> None:
        self._client = client

    @cached_property
    def alpha(self) -> AlphaWithStreamingResponse:
        """Operations of the `alpha` group."""
        from .resources.alpha import AlphaWithStreamingResponse

        return AlphaWithStreamingResponse(self._client.alpha)

    @cached_property
    def dupes(self) -> DupesWithStreamingResponse:
        """Operations of the `dupes` group."""
        from .resources.dupes import DupesWithStreamingResponse

        return DupesWithStreamingResponse(self._client.dupes)

    @cached_property
    def labels(self) -> LabelsWithStreamingResponse:
        """Operations of the `labels` group."""
        from .resources.labels import LabelsWithStreamingResponse

        return LabelsWithStreamingResponse(self._client.labels)

    @cached_property
    def reports(self) -> ReportsWithStreamingResponse:
        """Operations of the `reports` group."""
        from .resources.reports import ReportsWithStreamingResponse

        return ReportsWithStreamingResponse(self._client.reports)

    @cached_property
    def widgets(self) -> WidgetsWithStreamingResponse:
        """Operations of the `widgets` group."""
        from .resources.widgets import WidgetsWithStreamingResponse

        return WidgetsWithStreamingResponse(self._client.widgets)


class AsyncOperationsClient(AsyncAPIClient):
    """Asynchronous client for the Operations Fixture."""

    with_raw_response: AsyncOperationsClientWithRawResponse
    with_streaming_response: AsyncOperationsClientWithStreamingResponse

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
            base_url: Overrides the server; defaults to the OPERATIONS_BASE_URL
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
                env_var="OPERATIONS_BASE_URL",
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
            user_agent=f"operations_client/{__version__}",
            log_env_var="OPERATIONS_LOG",
        )
        self.with_raw_response = AsyncOperationsClientWithRawResponse(self)
        self.with_streaming_response = AsyncOperationsClientWithStreamingResponse(self)

    @cached_property
    def alpha(self) -> AsyncAlpha:
        """Operations of the `alpha` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.alpha import AsyncAlpha

        return AsyncAlpha(self)

    @cached_property
    def dupes(self) -> AsyncDupes:
        """Operations of the `dupes` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.dupes import AsyncDupes

        return AsyncDupes(self)

    @cached_property
    def labels(self) -> AsyncLabels:
        """Operations of the `labels` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.labels import AsyncLabels

        return AsyncLabels(self)

    @cached_property
    def reports(self) -> AsyncReports:
        """Operations of the `reports` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.reports import AsyncReports

        return AsyncReports(self)

    @cached_property
    def widgets(self) -> AsyncWidgets:
        """Operations of the `widgets` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.widgets import AsyncWidgets

        return AsyncWidgets(self)

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
    ) -> AsyncOperationsClient:
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


class AsyncOperationsClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: AsyncOperationsClient) -> None:
        self._client = client

    @cached_property
    def alpha(self) -> AsyncAlphaWithRawResponse:
        """Operations of the `alpha` group."""
        from .resources.alpha import AsyncAlphaWithRawResponse

        return AsyncAlphaWithRawResponse(self._client.alpha)

    @cached_property
    def dupes(self) -> AsyncDupesWithRawResponse:
        """Operations of the `dupes` group."""
        from .resources.dupes import AsyncDupesWithRawResponse

        return AsyncDupesWithRawResponse(self._client.dupes)

    @cached_property
    def labels(self) -> AsyncLabelsWithRawResponse:
        """Operations of the `labels` group."""
        from .resources.labels import AsyncLabelsWithRawResponse

        return AsyncLabelsWithRawResponse(self._client.labels)

    @cached_property
    def reports(self) -> AsyncReportsWithRawResponse:
        """Operations of the `reports` group."""
        from .resources.reports import AsyncReportsWithRawResponse

        return AsyncReportsWithRawResponse(self._client.reports)

    @cached_property
    def widgets(self) -> AsyncWidgetsWithRawResponse:
        """Operations of the `widgets` group."""
        from .resources.widgets import AsyncWidgetsWithRawResponse

        return AsyncWidgetsWithRawResponse(self._client.widgets)


class AsyncOperationsClientWithStreamingResponse:
    """The same operations, returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, client: AsyncOperationsClient) -> None:
        self._client = client

    @cached_property
    def alpha(self) -> AsyncAlphaWithStreamingResponse:
        """Operations of the `alpha` group."""
        from .resources.alpha import AsyncAlphaWithStreamingResponse

        return AsyncAlphaWithStreamingResponse(self._client.alpha)

    @cached_property
    def dupes(self) -> AsyncDupesWithStreamingResponse:
        """Operations of the `dupes` group."""
        from .resources.dupes import AsyncDupesWithStreamingResponse

        return AsyncDupesWithStreamingResponse(self._client.dupes)

    @cached_property
    def labels(self) -> AsyncLabelsWithStreamingResponse:
        """Operations of the `labels` group."""
        from .resources.labels import AsyncLabelsWithStreamingResponse

        return AsyncLabelsWithStreamingResponse(self._client.labels)

    @cached_property
    def reports(self) -> AsyncReportsWithStreamingResponse:
        """Operations of the `reports` group."""
        from .resources.reports import AsyncReportsWithStreamingResponse

        return AsyncReportsWithStreamingResponse(self._client.reports)

    @cached_property
    def widgets(self) -> AsyncWidgetsWithStreamingResponse:
        """Operations of the `widgets` group."""
        from .resources.widgets import AsyncWidgetsWithStreamingResponse

        return AsyncWidgetsWithStreamingResponse(self._client.widgets)
