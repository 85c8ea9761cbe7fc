"""Operations of the `settings` group."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from .. import models
from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, json_body
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import Settings, Strict

__all__ = ["SettingsResource", "AsyncSettingsResource"]

_PUT: Endpoint[Settings] = Endpoint(
    method="PUT",
    path="/settings",
    responses={
        "200": json_body(lambda: models.Settings),
    },
    accept="application/json",
    body_encoding="json",
    content_type="application/json",
)

_GET_METADATA: Endpoint[dict[str, Any]] = Endpoint(
    method="GET",
    path="/metadata",
    responses={
        "200": json_body(lambda: dict[str, Any]),
    },
    accept="application/json",
)

_GET_COUNTERS: Endpoint[dict[str, int]] = Endpoint(
    method="GET",
    path="/counters",
    responses={
        "200": json_body(lambda: dict[str, int]),
    },
    accept="application/json",
)


class SettingsResource:
    """Operations of the `settings` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def put(
        self,
        *,
        theme: str | NotGiven = NOT_GIVEN,
        labels: dict[str, str] | NotGiven = NOT_GIVEN,
        strict: Strict | NotGiven = NOT_GIVEN,
        extras: dict[str, Any] | NotGiven = NOT_GIVEN,
        anything: Any | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Settings:
        """Call this operation.

        Args:
            theme: Body field `theme`.
            labels: additionalProperties with a schema.
            strict: No other properties allowed (additionalProperties false).
            extras: A free-form object.
            anything: Any JSON value.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _PUT,
            body={
                "theme": theme,
                "labels": labels,
                "strict": strict,
                "extras": extras,
                "anything": anything,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_metadata(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> dict[str, Any]:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _GET_METADATA,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_counters(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> dict[str, int]:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _GET_COUNTERS,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class SettingsResourceWithRawResponse:
    """`SettingsResource` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: SettingsResource) -> None:
        self.put = to_raw_response(resource.put)
        self.get_metadata = to_raw_response(resource.get_metadata)
        self.get_counters = to_raw_response(resource.get_counters)


class SettingsResourceWithStreamingResponse:
    """`SettingsResource` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: SettingsResource) -> None:
        self.put = to_streamed_response(resource.put)
        self.get_metadata = to_streamed_response(resource.get_metadata)
        self.get_counters = to_streamed_response(resource.get_counters)


class AsyncSettingsResource:
    """Operations of the `settings` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def put(
        self,
        *,
        theme: str | NotGiven = NOT_GIVEN,
        labels: dict[str, str] | NotGiven = NOT_GIVEN,
        strict: Strict | NotGiven = NOT_GIVEN,
        extras: dict[str, Any] | NotGiven = NOT_GIVEN,
        anything: Any | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Settings:
        """Call this operation.

        Args:
            theme: Body field `theme`.
            labels: additionalProperties with a schema.
            strict: No other properties allowed (additionalProperties false).
            extras: A free-form object.
            anything: Any JSON value.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _PUT,
            body={
                "theme": theme,
                "labels": labels,
                "strict": strict,
                "extras": extras,
                "anything": anything,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_metadata(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> dict[str, Any]:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _GET_METADATA,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_counters(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> dict[str, int]:
        """Call this operation.

        Args:
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _GET_COUNTERS,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncSettingsResourceWithRawResponse:
    """`AsyncSettingsResource` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncSettingsResource) -> None:
        self.put = to_async_raw_response(resource.put)
        self.get_metadata = to_async_raw_response(resource.get_metadata)
        self.get_counters = to_async_raw_response(resource.get_counters)


class AsyncSettingsResourceWithStreamingResponse:
    """`AsyncSettingsResource` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncSettingsResource) -> None:
        self.put = to_async_streamed_response(resource.put)
        self.get_metadata = to_async_streamed_response(resource.get_metadata)
        self.get_counters = to_async_streamed_response(resource.get_counters)
