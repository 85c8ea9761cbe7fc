"""Operations of the `bodies` group."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

import httpx

from .._base_client import EMPTY, AsyncAPIClient, Endpoint, SyncAPIClient
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, FileContent, FileTypes, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import Message, UploadRequestMeta

__all__ = ["Bodies", "AsyncBodies"]

_SEND_JSON: Endpoint[None] = Endpoint(
    method="POST",
    path="/json",
    responses={
        "204": EMPTY,
    },
    body_encoding="json",
    content_type="application/json",
)

_SEND_JSON_ARRAY: Endpoint[None] = Endpoint(
    method="POST",
    path="/json-array",
    responses={
        "204": EMPTY,
    },
    body_encoding="json",
    content_type="application/json",
)

_SEND_FORM: Endpoint[None] = Endpoint(
    method="POST",
    path="/form",
    responses={
        "204": EMPTY,
    },
    body_encoding="form",
    content_type="application/x-www-form-urlencoded",
)

_UPLOAD: Endpoint[None] = Endpoint(
    method="POST",
    path="/upload",
    responses={
        "204": EMPTY,
    },
    body_encoding="multipart",
    content_type="multipart/form-data",
    part_content_types={"thumbnail": "image/png"},
)

_PUT_BLOB: Endpoint[None] = Endpoint(
    method="PUT",
    path="/blob",
    responses={
        "204": EMPTY,
    },
    body_encoding="binary",
    content_type="application/octet-stream",
)

_SEND_NOTE: Endpoint[None] = Endpoint(
    method="POST",
    path="/note",
    responses={
        "204": EMPTY,
    },
    body_encoding="text",
    content_type="text/plain",
)

_SEND_EITHER: Endpoint[None] = Endpoint(
    method="POST",
    path="/either",
    responses={
        "204": EMPTY,
    },
    body_encoding="json",
    content_type="application/json",
)

_CREATE_THING: Endpoint[None] = Endpoint(
    method="POST",
    path="/things",
    responses={
        "204": EMPTY,
    },
    body_encoding="json",
    content_type="application/json",
    body_optional=True,
    body_required_fields={"name": "name"},
)

_CREATE_LISTENER: Endpoint[None] = Endpoint(
    method="POST",
    path="/listeners",
    responses={
        "204": EMPTY,
    },
    body_encoding="json",
    content_type="application/json",
)


class Bodies:
    """Operations of the `bodies` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def send_json(
        self,
        *,
        text: str,
        priority: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            text: Body field `text`.
            priority: Body field `priority`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _SEND_JSON,
            body={"text": text, "priority": priority},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def send_json_array(
        self,
        *,
        body: list[Message],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            body: The request body.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _SEND_JSON_ARRAY,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def send_form(
        self,
        *,
        name: str,
        age: int | NotGiven = NOT_GIVEN,
        subscribed: bool | NotGiven = NOT_GIVEN,
        colours: list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            name: Body field `name`.
            age: Body field `age`.
            subscribed: Body field `subscribed`.
            colours: Body field `colours`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _SEND_FORM,
            body={"name": name, "age": age, "subscribed": subscribed, "colours": colours},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def upload(
        self,
        *,
        file: FileTypes,
        description: str | NotGiven = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        tags: list[str] | NotGiven = NOT_GIVEN,
        meta: UploadRequestMeta | NotGiven = NOT_GIVEN,
        thumbnail: FileTypes | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            file: Body field `file`.
            description: Body field `description`.
            count: Body field `count`.
            tags: Body field `tags`.
            meta: Body field `meta`.
            thumbnail: Body field `thumbnail`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _UPLOAD,
            body={
                "file": file,
                "description": description,
                "count": count,
                "tags": tags,
                "meta": meta,
                "thumbnail": thumbnail,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def put_blob(
        self,
        *,
        body: FileContent,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            body: The request body.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _PUT_BLOB,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def send_note(
        self,
        *,
        body: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            body: The request body.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _SEND_NOTE,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def send_either(
        self,
        *,
        text: str,
        priority: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            text: Body field `text`.
            priority: Body field `priority`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _SEND_EITHER,
            body={"text": text, "priority": priority},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    def create_thing(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None: ...

    @overload
    def create_thing(
        self,
        *,
        name: str,
        note: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None: ...

    def create_thing(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        note: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            name: Body field `name`. Required whenever the request body is sent.
            note: Body field `note`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _CREATE_THING,
            body={"name": name, "note": note},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create_listener(
        self,
        *,
        name: str,
        host: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            name: Body field `name`.
            host: Body field `host`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _CREATE_LISTENER,
            body={"name": name, "host": host},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class BodiesWithRawResponse:
    """`Bodies` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Bodies) -> None:
        self.send_json = to_raw_response(resource.send_json)
        self.send_json_array = to_raw_response(resource.send_json_array)
        self.send_form = to_raw_response(resource.send_form)
        self.upload = to_raw_response(resource.upload)
        self.put_blob = to_raw_response(resource.put_blob)
        self.send_note = to_raw_response(resource.send_note)
        self.send_either = to_raw_response(resource.send_either)
        self.create_thing = to_raw_response(resource.create_thing)
        self.create_listener = to_raw_response(resource.create_listener)


class BodiesWithStreamingResponse:
    """`Bodies` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Bodies) -> None:
        self.send_json = to_streamed_response(resource.send_json)
        self.send_json_array = to_streamed_response(resource.send_json_array)
        self.send_form = to_streamed_response(resource.send_form)
        self.upload = to_streamed_response(resource.upload)
        self.put_blob = to_streamed_response(resource.put_blob)
        self.send_note = to_streamed_response(resource.send_note)
        self.send_either = to_streamed_response(resource.send_either)
        self.create_thing = to_streamed_response(resource.create_thing)
        self.create_listener = to_streamed_response(resource.create_listener)


class AsyncBodies:
    """Operations of the `bodies` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def send_json(
        self,
        *,
        text: str,
        priority: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            text: Body field `text`.
            priority: Body field `priority`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _SEND_JSON,
            body={"text": text, "priority": priority},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def send_json_array(
        self,
        *,
        body: list[Message],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            body: The request body.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _SEND_JSON_ARRAY,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def send_form(
        self,
        *,
        name: str,
        age: int | NotGiven = NOT_GIVEN,
        subscribed: bool | NotGiven = NOT_GIVEN,
        colours: list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            name: Body field `name`.
            age: Body field `age`.
            subscribed: Body field `subscribed`.
            colours: Body field `colours`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _SEND_FORM,
            body={"name": name, "age": age, "subscribed": subscribed, "colours": colours},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def upload(
        self,
        *,
        file: FileTypes,
        description: str | NotGiven = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        tags: list[str] | NotGiven = NOT_GIVEN,
        meta: UploadRequestMeta | NotGiven = NOT_GIVEN,
        thumbnail: FileTypes | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            file: Body field `file`.
            description: Body field `description`.
            count: Body field `count`.
            tags: Body field `tags`.
            meta: Body field `meta`.
            thumbnail: Body field `thumbnail`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _UPLOAD,
            body={
                "file": file,
                "description": description,
                "count": count,
                "tags": tags,
                "meta": meta,
                "thumbnail": thumbnail,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def put_blob(
        self,
        *,
        body: FileContent,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            body: The request body.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _PUT_BLOB,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def send_note(
        self,
        *,
        body: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            body: The request body.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _SEND_NOTE,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def send_either(
        self,
        *,
        text: str,
        priority: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            text: Body field `text`.
            priority: Body field `priority`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _SEND_EITHER,
            body={"text": text, "priority": priority},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    async def create_thing(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None: ...

    @overload
    async def create_thing(
        self,
        *,
        name: str,
        note: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None: ...

    async def create_thing(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        note: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            name: Body field `name`. Required whenever the request body is sent.
            note: Body field `note`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _CREATE_THING,
            body={"name": name, "note": note},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create_listener(
        self,
        *,
        name: str,
        host: Any,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            name: Body field `name`.
            host: Body field `host`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _CREATE_LISTENER,
            body={"name": name, "host": host},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncBodiesWithRawResponse:
    """`AsyncBodies` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncBodies) -> None:
        self.send_json = to_async_raw_response(resource.send_json)
        self.send_json_array = to_async_raw_response(resource.send_json_array)
        self.send_form = to_async_raw_response(resource.send_form)
        self.upload = to_async_raw_response(resource.upload)
        self.put_blob = to_async_raw_response(resource.put_blob)
        self.send_note = to_async_raw_response(resource.send_note)
        self.send_either = to_async_raw_response(resource.send_either)
        self.create_thing = to_async_raw_response(resource.create_thing)
        self.create_listener = to_async_raw_response(resource.create_listener)


class AsyncBodiesWithStreamingResponse:
    """`AsyncBodies` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncBodies) -> None:
        self.send_json = to_async_streamed_response(resource.send_json)
        self.send_json_array = to_async_streamed_response(resource.send_json_array)
        self.send_form = to_async_streamed_response(resource.send_form)
        self.upload = to_async_streamed_response(resource.upload)
        self.put_blob = to_async_streamed_response(resource.put_blob)
        self.send_note = to_async_streamed_response(resource.send_note)
        self.send_either = to_async_streamed_response(resource.send_either)
        self.create_thing = to_async_streamed_response(resource.create_thing)
        self.create_listener = to_async_streamed_response(resource.create_listener)
