"""The Nullability 3.0 Fixture clients: `Nullability30Client` (sync) and `AsyncNullability30Client` (async)."""

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
    from .resources.profiles import (
        AsyncProfiles,
        AsyncProfilesWithRawResponse,
        AsyncProfilesWithStreamingResponse,
        Profiles,
        ProfilesWithRawResponse,
        ProfilesWithStreamingResponse,
    )
    from .resources.teams import (
        AsyncTeams,
        AsyncTeamsWithRawResponse,
        AsyncTeamsWithStreamingResponse,
        Teams,
        TeamsWithRawResponse,
        TeamsWithStreamingResponse,
    )

__all__ = ["Nullability30Client", "AsyncNullability30Client"]

ENVIRONMENTS: Mapping[str, str] = {
    "server-1": "/",
}


class Nullability30Client(SyncAPIClient):
    """Synchronous client for the Nullability 3.0 Fixture."""

    with_raw_response: Nullability30ClientWithRawResponse
    with_streaming_response: Nullability30ClientWithStreamingResponse

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
            base_url: Overrides the server; defaults to the NULLABILITY30_BASE_URL
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
                env_var="NULLABILITY30_BASE_URL",
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
            user_agent=f"nullability_30_client/{__version__}",
            log_env_var="NULLABILITY30_LOG",
        )
        self.with_raw_response = Nullability30ClientWithRawResponse(self)
        self.with_streaming_response = Nullability30ClientWithStreamingResponse(self)

    @cached_property
    def profiles(self) -> Profiles:
        """Operations of the `profiles` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.profiles import Profiles

        return Profiles(self)

    @cached_property
    def teams(self) -> Teams:
        """Operations of the `teams` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.teams import Teams

        return Teams(self)

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
    ) -> Nullability30Client:
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


class Nullability30ClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: Nullability30Client) -> None:
        self._client = client

    @cached_property
    def profiles(self) -> ProfilesWithRawResponse:
        """Operations of the `profiles` group."""
        from .resources.profiles import ProfilesWithRawResponse

        return ProfilesWithRawResponse(self._client.profiles)

    @cached_property
    def teams(self) -> TeamsWithRawResponse:
        """Operations of the `teams` group."""
        from .resources.teams import TeamsWithRawResponse

        return TeamsWithRawResponse(self._client.teams)


class Nullability30ClientWithStreamingResponse:
    """The same operations, returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, client: Nullability30Client) -> None:
        self._client = client

    @cached_property
    def profiles(self) -> ProfilesWithStreamingResponse:
        """Operations of the `profiles` group."""
        from .resources.profiles import ProfilesWithStreamingResponse

        return ProfilesWithStreamingResponse(self._client.profiles)

    @cached_property
    def teams(self) -> TeamsWithStreamingResponse:
        """Operations of the `teams` group."""
        from .resources.teams import TeamsWithStreamingResponse

        return TeamsWithStreamingResponse(self._client.teams)


class AsyncNullability30Client(AsyncAPIClient):
    """Asynchronous client for the Nullability 3.0 Fixture."""

    with_raw_response: AsyncNullability30ClientWithRawResponse
    with_streaming_response: AsyncNullability30ClientWithStreamingResponse

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
            base_url: Overrides the server; defaults to the NULLABILITY30_BASE_URL
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
                env_var="NULLABILITY30_BASE_URL",
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
            user_agent=f"nullability_30_client/{__version__}",
            log_env_var="NULLABILITY30_LOG",
        )
        self.with_raw_response = AsyncNullability30ClientWithRawResponse(self)
        self.with_streaming_response = AsyncNullability30ClientWithStreamingResponse(self)

    @cached_property
    def profiles(self) -> AsyncProfiles:
        """Operations of the `profiles` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.profiles import AsyncProfiles

        return AsyncProfiles(self)

    @cached_property
    def teams(self) -> AsyncTeams:
        """Operations of the `teams` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.teams import AsyncTeams

        return AsyncTeams(self)

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
    ) -> AsyncNullability30Client:
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


class AsyncNullability30ClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: AsyncNullability30Client) -> None:
        self._client = client

    @cached_property
    def profiles(self) -> AsyncProfilesWithRawResponse:
        """Operations of the `profiles` group."""
        from .resources.profiles import AsyncProfilesWithRawResponse

        return AsyncProfilesWithRawResponse(self._client.profiles)

    @cached_property
    def teams(self) -> AsyncTeamsWithRawResponse:
        """Operations of the `teams` group."""
        from .resources.teams import AsyncTeamsWithRawResponse

        return AsyncTeamsWithRawResponse(self._client.teams)


class AsyncNullability30ClientWithStreamingResponse:
    """The same operations, returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, client: AsyncNullability30Client) -> None:
        self._client = client

    @cached_property
    def profiles(self) -> AsyncProfilesWithStreamingResponse:
        """Operations of the `profiles` group."""
        from .resources.profiles import AsyncProfilesWithStreamingResponse

        return AsyncProfilesWithStreamingResponse(self._client.profiles)

    @cached_property
    def teams(self) -> AsyncTeamsWithStreamingResponse:
        """Operations of the `teams` group."""
        from .resources.teams import AsyncTeamsWithStreamingResponse

        return AsyncTeamsWithStreamingResponse(self._client.teams)
