"""The Streaming clients: `StreamingClient` (sync) and `AsyncStreamingClient` (async)."""

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
    from .resources.chat import (
        AsyncChat,
        AsyncChatWithRawResponse,
        AsyncChatWithStreamingResponse,
        Chat,
        ChatWithRawResponse,
        ChatWithStreamingResponse,
    )
    from .resources.files import (
        AsyncFiles,
        AsyncFilesWithRawResponse,
        AsyncFilesWithStreamingResponse,
        Files,
        FilesWithRawResponse,
        FilesWithStreamingResponse,
    )
    from .resources.jobs import (
        AsyncJobs,
        AsyncJobsWithRawResponse,
        AsyncJobsWithStreamingResponse,
        Jobs,
        JobsWithRawResponse,
        JobsWithStreamingResponse,
    )
    from .resources.logs import (
        AsyncLogs,
        AsyncLogsWithRawResponse,
        AsyncLogsWithStreamingResponse,
        Logs,
        LogsWithRawResponse,
        LogsWithStreamingResponse,
    )
    from .resources.ticks import (
        AsyncTicks,
        AsyncTicksWithRawResponse,
        AsyncTicksWithStreamingResponse,
        Ticks,
        TicksWithRawResponse,
        TicksWithStreamingResponse,
    )

__all__ = ["StreamingClient", "AsyncStreamingClient"]

ENVIRONMENTS: Mapping[str, str] = {
    "api": "https://api.example.com",
}


class StreamingClient(SyncAPIClient):
    """Synchronous client for the Streaming."""

    with_raw_response: StreamingClientWithRawResponse
    with_streaming_response: StreamingClientWithStreamingResponse

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
            base_url: Overrides the server; defaults to the STREAMING_BASE_URL
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
                env_var="STREAMING_BASE_URL",
                environments=ENVIRONMENTS,
                environment="api",
            ),
            credentials={},
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            deadline=deadline,
            max_response_size=max_response_size,
            auth=auth,
            user_agent=f"streaming_client/{__version__}",
            log_env_var="STREAMING_LOG",
        )
        self.with_raw_response = StreamingClientWithRawResponse(self)
        self.with_streaming_response = StreamingClientWithStreamingResponse(self)

    @cached_property
    def chat(self) -> Chat:
        """Operations of the `chat` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.chat import Chat

        return Chat(self)

    @cached_property
    def files(self) -> Files:
        """Operations of the `files` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.files import Files

        return Files(self)

    @cached_property
    def jobs(self) -> Jobs:
        """Operations of the `jobs` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.jobs import Jobs

        return Jobs(self)

    @cached_property
    def logs(self) -> Logs:
        """Operations of the `logs` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.logs import Logs

        return Logs(self)

    @cached_property
    def ticks(self) -> Ticks:
        """Operations of the `ticks` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.ticks import Ticks

        return Ticks(self)

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
    ) -> StreamingClient:
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


class StreamingClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: StreamingClient) -> None:
        self._client = client

    @cached_property
    def chat(self) -> ChatWithRawResponse:
        """Operations of the `chat` group."""
        from .resources.chat import ChatWithRawResponse

        return ChatWithRawResponse(self._client.chat)

    @cached_property
    def files(self) -> FilesWithRawResponse:
        """Operations of the `files` group."""
        from .resources.files import FilesWithRawResponse

        return FilesWithRawResponse(self._client.files)

    @cached_property
    def jobs(self) -> JobsWithRawResponse:
        """Operations of the `jobs` group."""
        from .resources.jobs import JobsWithRawResponse

        return JobsWithRawResponse(self._client.jobs)

    @cached_property
    def logs(self) -> LogsWithRawResponse:
        """Operations of the `logs` group."""
        from .resources.logs import LogsWithRawResponse

        return LogsWithRawResponse(self._client.logs)

    @cached_property
    def ticks(self) -> TicksWithRawResponse:
        """Operations of the `ticks` group."""
        from .resources.ticks import TicksWithRawResponse

        return TicksWithRawResponse(self._client.ticks)


class StreamingClientWithStreamingResponse:
    """The same operations, returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, client: StreamingClient) -> None:
        self._client = client

    @cached_property
    def chat(self) -> ChatWithStreamingResponse:
        """Operations of the `chat` group."""
        from .resources.chat import ChatWithStreamingResponse

        return ChatWithStreamingResponse(self._client.chat)

    @cached_property
    def files(self) -> FilesWithStreamingResponse:
        """Operations of the `files` group."""
        from .resources.files import FilesWithStreamingResponse

        return FilesWithStreamingResponse(self._client.files)

    @cached_property
    def jobs(self) -> JobsWithStreamingResponse:
        """Operations of the `jobs` group."""
        from .resources.jobs import JobsWithStreamingResponse

        return JobsWithStreamingResponse(self._client.jobs)

    @cached_property
    def logs(self) -> LogsWithStreamingResponse:
        """Operations of the `logs` group."""
        from .resources.logs import LogsWithStreamingResponse

        return LogsWithStreamingResponse(self._client.logs)

    @cached_property
    def ticks(self) -> TicksWithStreamingResponse:
        """Operations of the `ticks` group."""
        from .resources.ticks import TicksWithStreamingResponse

        return TicksWithStreamingResponse(self._client.ticks)


class AsyncStreamingClient(AsyncAPIClient):
    """Asynchronous client for the Streaming."""

    with_raw_response: AsyncStreamingClientWithRawResponse
    with_streaming_response: AsyncStreamingClientWithStreamingResponse

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
            base_url: Overrides the server; defaults to the STREAMING_BASE_URL
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
                env_var="STREAMING_BASE_URL",
                environments=ENVIRONMENTS,
                environment="api",
            ),
            credentials={},
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            deadline=deadline,
            max_response_size=max_response_size,
            auth=auth,
            user_agent=f"streaming_client/{__version__}",
            log_env_var="STREAMING_LOG",
        )
        self.with_raw_response = AsyncStreamingClientWithRawResponse(self)
        self.with_streaming_response = AsyncStreamingClientWithStreamingResponse(self)

    @cached_property
    def chat(self) -> AsyncChat:
        """Operations of the `chat` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.chat import AsyncChat

        return AsyncChat(self)

    @cached_property
    def files(self) -> AsyncFiles:
        """Operations of the `files` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.files import AsyncFiles

        return AsyncFiles(self)

    @cached_property
    def jobs(self) -> AsyncJobs:
        """Operations of the `jobs` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.jobs import AsyncJobs

        return AsyncJobs(self)

    @cached_property
    def logs(self) -> AsyncLogs:
        """Operations of the `logs` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.logs import AsyncLogs

        return AsyncLogs(self)

    @cached_property
    def ticks(self) -> AsyncTicks:
        """Operations of the `ticks` group."""
        # Imported on first use: a large client's groups import most of its models.
        from .resources.ticks import AsyncTicks

        return AsyncTicks(self)

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
    ) -> AsyncStreamingClient:
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


class AsyncStreamingClientWithRawResponse:
    """The same operations, returning the raw HTTP response along with the parsed body."""

    def __init__(self, client: AsyncStreamingClient) -> None:
        self._client = client

    @cached_property
    def chat(self) -> AsyncChatWithRawResponse:
        """Operations of the `chat` group."""
        from .resources.chat import AsyncChatWithRawResponse

        return AsyncChatWithRawResponse(self._client.chat)

    @cached_property
    def files(self) -> AsyncFilesWithRawResponse:
        """Operations of the `files` group."""
        from .resources.files import AsyncFilesWithRawResponse

        return AsyncFilesWithRawResponse(self._client.files)

    @cached_property
    def jobs(self) -> AsyncJobsWithRawResponse:
        """Operations of the `jobs` group."""
        from .resources.jobs import AsyncJobsWithRawResponse

        return AsyncJobsWithRawResponse(self._client.jobs)

    @cached_property
    def logs(self) -> AsyncLogsWithRawResponse:
        """Operations of the `logs` group."""
        from .resources.logs import AsyncLogsWithRawResponse

        return AsyncLogsWithRawResponse(self._client.logs)

    @cached_property
    def ticks(self) -> AsyncTicksWithRawResponse:
        """Operations of the `ticks` group."""
        from .resources.ticks import AsyncTicksWithRawResponse

        return AsyncTicksWithRawResponse(self._client.ticks)


class AsyncStreamingClientWithStreamingResponse:
    """The same operations, returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, client: AsyncStreamingClient) -> None:
        self._client = client

    @cached_property
    def chat(self) -> AsyncChatWithStreamingResponse:
        """Operations of the `chat` group."""
        from .resources.chat import AsyncChatWithStreamingResponse

        return AsyncChatWithStreamingResponse(self._client.chat)

    @cached_property
    def files(self) -> AsyncFilesWithStreamingResponse:
        """Operations of the `files` group."""
        from .resources.files import AsyncFilesWithStreamingResponse

        return AsyncFilesWithStreamingResponse(self._client.files)

    @cached_property
    def jobs(self) -> AsyncJobsWithStreamingResponse:
        """Operations of the `jobs` group."""
        from .resources.jobs import AsyncJobsWithStreamingResponse

        return AsyncJobsWithStreamingResponse(self._client.jobs)

    @cached_property
    def logs(self) -> AsyncLogsWithStreamingResponse:
        """Operations of the `logs` group."""
        from .resources.logs import AsyncLogsWithStreamingResponse

        return AsyncLogsWithStreamingResponse(self._client.logs)

    @cached_property
    def ticks(self) -> AsyncTicksWithStreamingResponse:
        """Operations of the `ticks` group."""
        from .resources.ticks import AsyncTicksWithStreamingResponse

        return AsyncTicksWithStreamingResponse(self._client.ticks)
