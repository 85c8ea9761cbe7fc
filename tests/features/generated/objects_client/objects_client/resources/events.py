"""Operations of the `events` group."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, json_body
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import Event

__all__ = ["Events", "AsyncEvents"]

_CREATE: Endpoint[Event] = Endpoint(
    method="POST",
    path="/events",
    responses={
        "200": json_body(lambda: models.Event),
    },
    accept="application/json",
    body_encoding="json",
    content_type="application/json",
)


class Events:
    """Operations of the `events` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        id: str,
        at: datetime,
        day: date | NotGiven = NOT_GIVEN,
        starts: time | NotGiven = NOT_GIVEN,
        contact: str | NotGiven = NOT_GIVEN,
        link: str | NotGiven = NOT_GIVEN,
        amount: Decimal | NotGiven = NOT_GIVEN,
        checksum: str | NotGiven = NOT_GIVEN,
        attachment: bytes | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Event:
        """Call this operation.

        Args:
            id: Body field `id`.
            at: Body field `at`.
            day: Body field `day`.
            starts: Body field `starts`.
            contact: Body field `contact`.
            link: Body field `link`.
            amount: Body field `amount`.
            checksum: Body field `checksum`.
            attachment: Body field `attachment`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _CREATE,
            body={
                "id": id,
                "at": at,
                "day": day,
                "starts": starts,
                "contact": contact,
                "link": link,
                "amount": amount,
                "checksum": checksum,
                "attachment": attachment,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class EventsWithRawResponse:
    """`Events` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Events) -> None:
        self.create = to_raw_response(resource.create)


class EventsWithStreamingResponse:
    """`Events` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Events) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncEvents:
    """Operations of the `events` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        id: str,
        at: datetime,
        day: date | NotGiven = NOT_GIVEN,
        starts: time | NotGiven = NOT_GIVEN,
        contact: str | NotGiven = NOT_GIVEN,
        link: str | NotGiven = NOT_GIVEN,
        amount: Decimal | NotGiven = NOT_GIVEN,
        checksum: str | NotGiven = NOT_GIVEN,
        attachment: bytes | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Event:
        """Call this operation.

        Args:
            id: Body field `id`.
            at: Body field `at`.
            day: Body field `day`.
            starts: Body field `starts`.
            contact: Body field `contact`.
            link: Body field `link`.
            amount: Body field `amount`.
            checksum: Body field `checksum`.
            attachment: Body field `attachment`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _CREATE,
            body={
                "id": id,
                "at": at,
                "day": day,
                "starts": starts,
                "contact": contact,
                "link": link,
                "amount": amount,
                "checksum": checksum,
                "attachment": attachment,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncEventsWithRawResponse:
    """`AsyncEvents` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncEvents) -> None:
        self.create = to_async_raw_response(resource.create)


class AsyncEventsWithStreamingResponse:
    """`AsyncEvents` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncEvents) -> None:
        self.create = to_async_streamed_response(resource.create)
