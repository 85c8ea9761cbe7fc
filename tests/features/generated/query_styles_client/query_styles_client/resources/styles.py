"""Operations of the `styles` group."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import httpx

from .._base_client import EMPTY, AsyncAPIClient, Endpoint, SyncAPIClient
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    from ..models import Rgb

__all__ = ["Styles", "AsyncStyles"]

_QUERY: Endpoint[None] = Endpoint(
    method="GET",
    path="/query",
    responses={
        "204": EMPTY,
    },
    query_styles={
        "colorsCsv": ("form", False),
        "rgbCsv": ("form", False),
        "spaced": ("spaceDelimited", False),
        "piped": ("pipeDelimited", False),
        "pipedRgb": ("pipeDelimited", False),
        "deep": ("deepObject", True),
    },
)

_LABEL: Endpoint[None] = Endpoint(
    method="GET",
    path="/label/{array}/{arrayExploded}/{object}/{objectExploded}",
    responses={
        "204": EMPTY,
    },
    path_styles={
        "array": ("label", False),
        "arrayExploded": ("label", True),
        "object": ("label", False),
        "objectExploded": ("label", True),
    },
)

_MATRIX: Endpoint[None] = Endpoint(
    method="GET",
    path="/matrix/{color}/{array}/{arrayExploded}/{object}/{objectExploded}",
    responses={
        "204": EMPTY,
    },
    path_styles={
        "color": ("matrix", False),
        "array": ("matrix", False),
        "arrayExploded": ("matrix", True),
        "object": ("matrix", False),
        "objectExploded": ("matrix", True),
    },
)

_SIMPLE: Endpoint[None] = Endpoint(
    method="GET",
    path="/simple/{array}/{object}/{objectExploded}",
    responses={
        "204": EMPTY,
    },
    path_styles={"objectExploded": ("simple", True)},
)

_HEADERS: Endpoint[None] = Endpoint(
    method="GET",
    path="/headers",
    responses={
        "204": EMPTY,
    },
    header_styles={"X-Rgb-Exploded": ("simple", True)},
)

_COOKIES: Endpoint[None] = Endpoint(
    method="GET",
    path="/cookies",
    responses={
        "204": EMPTY,
    },
    cookie_styles={"colours": ("form", False)},
)


class Styles:
    """Operations of the `styles` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def query(
        self,
        *,
        colors: list[str] | NotGiven = NOT_GIVEN,
        colors_csv: list[str] | NotGiven = NOT_GIVEN,
        rgb: Rgb | NotGiven = NOT_GIVEN,
        rgb_csv: Rgb | NotGiven = NOT_GIVEN,
        spaced: list[str] | NotGiven = NOT_GIVEN,
        piped: list[str] | NotGiven = NOT_GIVEN,
        piped_rgb: Rgb | NotGiven = NOT_GIVEN,
        deep: Rgb | NotGiven = NOT_GIVEN,
        flag: bool | NotGiven = NOT_GIVEN,
        word: str | NotGiven = NOT_GIVEN,
        since: datetime | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            colors: Query parameter `colors`.
            colors_csv: Query parameter `colorsCsv`.
            rgb: Query parameter `rgb`.
            rgb_csv: Query parameter `rgbCsv`.
            spaced: Query parameter `spaced`.
            piped: Query parameter `piped`.
            piped_rgb: Query parameter `pipedRgb`.
            deep: Query parameter `deep`.
            flag: Query parameter `flag`.
            word: Query parameter `word`.
            since: Query parameter `since`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _QUERY,
            query={
                "colors": colors,
                "colorsCsv": colors_csv,
                "rgb": rgb,
                "rgbCsv": rgb_csv,
                "spaced": spaced,
                "piped": piped,
                "pipedRgb": piped_rgb,
                "deep": deep,
                "flag": flag,
                "word": word,
                "since": since,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def label(
        self,
        array: list[str],
        array_exploded: list[str],
        object: Rgb,
        object_exploded: Rgb,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            array: Path parameter `array`.
            array_exploded: Path parameter `arrayExploded`.
            object: Path parameter `object`.
            object_exploded: Path parameter `objectExploded`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _LABEL,
            path_params={
                "array": array,
                "arrayExploded": array_exploded,
                "object": object,
                "objectExploded": object_exploded,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def matrix(
        self,
        color: str,
        array: list[str],
        array_exploded: list[str],
        object: Rgb,
        object_exploded: Rgb,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            color: Path parameter `color`.
            array: Path parameter `array`.
            array_exploded: Path parameter `arrayExploded`.
            object: Path parameter `object`.
            object_exploded: Path parameter `objectExploded`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _MATRIX,
            path_params={
                "color": color,
                "array": array,
                "arrayExploded": array_exploded,
                "object": object,
                "objectExploded": object_exploded,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def simple(
        self,
        array: list[str],
        object: Rgb,
        object_exploded: Rgb,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            array: Path parameter `array`.
            object: Path parameter `object`.
            object_exploded: Path parameter `objectExploded`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _SIMPLE,
            path_params={"array": array, "object": object, "objectExploded": object_exploded},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def headers(
        self,
        *,
        x_colours: list[str] | NotGiven = NOT_GIVEN,
        x_rgb: Rgb | NotGiven = NOT_GIVEN,
        x_rgb_exploded: Rgb | NotGiven = NOT_GIVEN,
        x_flag: bool | NotGiven = NOT_GIVEN,
        x_count: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            x_colours: Header `X-Colours`.
            x_rgb: Header `X-Rgb`.
            x_rgb_exploded: Header `X-Rgb-Exploded`.
            x_flag: Header `X-Flag`.
            x_count: Header `X-Count`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _HEADERS,
            headers={
                "X-Colours": x_colours,
                "X-Rgb": x_rgb,
                "X-Rgb-Exploded": x_rgb_exploded,
                "X-Flag": x_flag,
                "X-Count": x_count,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def cookies(
        self,
        *,
        session: str | NotGiven = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        colours: list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            session: Cookie `session`.
            count: Cookie `count`.
            colours: Cookie `colours`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return self._client.request(
            _COOKIES,
            cookies={"session": session, "count": count, "colours": colours},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class StylesWithRawResponse:
    """`Styles` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Styles) -> None:
        self.query = to_raw_response(resource.query)
        self.label = to_raw_response(resource.label)
        self.matrix = to_raw_response(resource.matrix)
        self.simple = to_raw_response(resource.simple)
        self.headers = to_raw_response(resource.headers)
        self.cookies = to_raw_response(resource.cookies)


class StylesWithStreamingResponse:
    """`Styles` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Styles) -> None:
        self.query = to_streamed_response(resource.query)
        self.label = to_streamed_response(resource.label)
        self.matrix = to_streamed_response(resource.matrix)
        self.simple = to_streamed_response(resource.simple)
        self.headers = to_streamed_response(resource.headers)
        self.cookies = to_streamed_response(resource.cookies)


class AsyncStyles:
    """Operations of the `styles` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def query(
        self,
        *,
        colors: list[str] | NotGiven = NOT_GIVEN,
        colors_csv: list[str] | NotGiven = NOT_GIVEN,
        rgb: Rgb | NotGiven = NOT_GIVEN,
        rgb_csv: Rgb | NotGiven = NOT_GIVEN,
        spaced: list[str] | NotGiven = NOT_GIVEN,
        piped: list[str] | NotGiven = NOT_GIVEN,
        piped_rgb: Rgb | NotGiven = NOT_GIVEN,
        deep: Rgb | NotGiven = NOT_GIVEN,
        flag: bool | NotGiven = NOT_GIVEN,
        word: str | NotGiven = NOT_GIVEN,
        since: datetime | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            colors: Query parameter `colors`.
            colors_csv: Query parameter `colorsCsv`.
            rgb: Query parameter `rgb`.
            rgb_csv: Query parameter `rgbCsv`.
            spaced: Query parameter `spaced`.
            piped: Query parameter `piped`.
            piped_rgb: Query parameter `pipedRgb`.
            deep: Query parameter `deep`.
            flag: Query parameter `flag`.
            word: Query parameter `word`.
            since: Query parameter `since`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _QUERY,
            query={
                "colors": colors,
                "colorsCsv": colors_csv,
                "rgb": rgb,
                "rgbCsv": rgb_csv,
                "spaced": spaced,
                "piped": piped,
                "pipedRgb": piped_rgb,
                "deep": deep,
                "flag": flag,
                "word": word,
                "since": since,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def label(
        self,
        array: list[str],
        array_exploded: list[str],
        object: Rgb,
        object_exploded: Rgb,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            array: Path parameter `array`.
            array_exploded: Path parameter `arrayExploded`.
            object: Path parameter `object`.
            object_exploded: Path parameter `objectExploded`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _LABEL,
            path_params={
                "array": array,
                "arrayExploded": array_exploded,
                "object": object,
                "objectExploded": object_exploded,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def matrix(
        self,
        color: str,
        array: list[str],
        array_exploded: list[str],
        object: Rgb,
        object_exploded: Rgb,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            color: Path parameter `color`.
            array: Path parameter `array`.
            array_exploded: Path parameter `arrayExploded`.
            object: Path parameter `object`.
            object_exploded: Path parameter `objectExploded`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _MATRIX,
            path_params={
                "color": color,
                "array": array,
                "arrayExploded": array_exploded,
                "object": object,
                "objectExploded": object_exploded,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def simple(
        self,
        array: list[str],
        object: Rgb,
        object_exploded: Rgb,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            array: Path parameter `array`.
            object: Path parameter `object`.
            object_exploded: Path parameter `objectExploded`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _SIMPLE,
            path_params={"array": array, "object": object, "objectExploded": object_exploded},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def headers(
        self,
        *,
        x_colours: list[str] | NotGiven = NOT_GIVEN,
        x_rgb: Rgb | NotGiven = NOT_GIVEN,
        x_rgb_exploded: Rgb | NotGiven = NOT_GIVEN,
        x_flag: bool | NotGiven = NOT_GIVEN,
        x_count: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            x_colours: Header `X-Colours`.
            x_rgb: Header `X-Rgb`.
            x_rgb_exploded: Header `X-Rgb-Exploded`.
            x_flag: Header `X-Flag`.
            x_count: Header `X-Count`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _HEADERS,
            headers={
                "X-Colours": x_colours,
                "X-Rgb": x_rgb,
                "X-Rgb-Exploded": x_rgb_exploded,
                "X-Flag": x_flag,
                "X-Count": x_count,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def cookies(
        self,
        *,
        session: str | NotGiven = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        colours: list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Call this operation.

        Args:
            session: Cookie `session`.
            count: Cookie `count`.
            colours: Cookie `colours`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return await self._client.request(
            _COOKIES,
            cookies={"session": session, "count": count, "colours": colours},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncStylesWithRawResponse:
    """`AsyncStyles` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncStyles) -> None:
        self.query = to_async_raw_response(resource.query)
        self.label = to_async_raw_response(resource.label)
        self.matrix = to_async_raw_response(resource.matrix)
        self.simple = to_async_raw_response(resource.simple)
        self.headers = to_async_raw_response(resource.headers)
        self.cookies = to_async_raw_response(resource.cookies)


class AsyncStylesWithStreamingResponse:
    """`AsyncStyles` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncStyles) -> None:
        self.query = to_async_streamed_response(resource.query)
        self.label = to_async_streamed_response(resource.label)
        self.matrix = to_async_streamed_response(resource.matrix)
        self.simple = to_async_streamed_response(resource.simple)
        self.headers = to_async_streamed_response(resource.headers)
        self.cookies = to_async_streamed_response(resource.cookies)
