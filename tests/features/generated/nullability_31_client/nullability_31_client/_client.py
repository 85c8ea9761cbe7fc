"""The Nullability 3.1 Fixture clients: `Nullability31Client` (sync) and `AsyncNullability31Client` (async)."""

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

__all__ = ["Nullability31Client", "AsyncNullability31Client"]

ENVIRONMENTS: Mapping[str, str] = {
    "server-1": "/",
}


class Nullability31Client(SyncAPIClient):
    """Synchronous client for the Nullability 3.1 Fixture."""

    with_raw_response: Nullability31ClientWithRawResponse
    with_streaming_response: Nullability31ClientWithStreamingResponse

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
            base_url: Overrides the server; defaults to the NULLABILITY31_BASE_URL
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
                env_var="NULLABILITY31_BASE_URL",
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
            user_agent=f"nullability_31_client/{__version__}",
            log_env_var="NULLABILITY31_LOG",
        )
        self.with_raw_response = Nullability31ClientWithRawResponse(self)
        self.with_streaming_response = Nullability31ClientWithStreamingResponse(self)

    @cached_property
    def profiles(self) -> Profiles:
        """Operations of the `profiles` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.profiles import Profiles

        return Profiles(self)

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
    ) -> Nullability31Client:
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


class Nullability31ClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: Nullability31Client) -> None:
        self._client = client

    @cached_property
    def profiles(self) -> ProfilesWithRawResponse:
        """Operations of the `profiles` group."""
        from .resources.profiles import ProfilesWithRawResponse

        return ProfilesWithRawResponse(self._client.profiles)


class Nullability31ClientWithStreamingResponse:
    """The same operations, returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, client: Nullability31Client) -> None:
        self._client = client

    @cached_property
    def profiles(self) -> ProfilesWithStreamingResponse:
        """Operations of the `profiles` group."""
        from .resources.profiles import ProfilesWithStreamingResponse

        return ProfilesWithStreamingResponse(self._client.profiles)


class AsyncNullability31Client(AsyncAPIClient):
    """Asynchronous client for the Nullability 3.1 Fixture."""

    with_raw_response: AsyncNullability31ClientWithRawResponse
    with_streaming_response: AsyncNullability31ClientWithStreamingResponse

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
            base_url: Overrides the server; defaults to the NULLABILITY31_BASE_URL
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
                env_var="NULLABILITY31_BASE_URL",
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
            user_agent=f"nullability_31_client/{__version__}",
            log_env_var="NULLABILITY31_LOG",
        )
        self.with_raw_response = AsyncNullability31ClientWithRawResponse(self)
        self.with_streaming_response = AsyncNullability31ClientWithStreamingResponse(self)

    @cached_property
    def profiles(self) -> AsyncProfiles:
        """Operations of the `profiles` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.profiles import AsyncProfiles

        return AsyncProfiles(self)

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
    ) -> AsyncNullability31Client:
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


class AsyncNullability31ClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: AsyncNullability31Client) -> None:
        self._client = client

    @cached_property
    def profiles(self) -> AsyncProfilesWithRawResponse:
        """Operations of the `profiles` group."""
        from .resources.profiles import AsyncProfilesWithRawResponse

        return AsyncProfilesWithRawResponse(self._client.profiles)


class AsyncNullability31ClientWithStreamingResponse:
    """The same operations, returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, client: AsyncNullability31Client) -> None:
        self._client = client

    @cached_property
    def profiles(self) -> AsyncProfilesWithStreamingResponse:
        """Operations of the `profiles` group."""
        from .resources.profiles import AsyncProfilesWithStreamingResponse

        return AsyncProfilesWithStreamingResponse(self._client.profiles)
