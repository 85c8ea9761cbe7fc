"""Auto-pagination: list operations whose results come a page at a time.

A paginated operation's `PagedEndpoint` names its pagination rule: where a page's items are
and what asks for the page after it (a cursor, an offset, a page number or the `Link` header).
Every page is requested through the client's own `request`, so it is sent with the same auth,
retries, timeouts and limits as any other call.

The sync method returns the first page (`SyncPage`). The async method is not a coroutine: it
returns an `AsyncPaginator`, which `await` turns into the first page (`AsyncPage`) and which
`async for` iterates over every item of every page, so both read naturally:

    page = await client.pets.list()
    async for pet in client.pets.list(): ...
"""

from __future__ import annotations

import functools
from abc import ABC, abstractmethod
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Mapping,
    Sequence,
)
from dataclasses import dataclass, field
from typing import Any, Generic, TypedDict, TypeVar, overload

import httpx

from ._base_client import AsyncAPIClient, Endpoint, SyncAPIClient
from ._raw_response import RawResponse, deliver, to_async_raw_response, to_raw_response
from ._types import Body, Headers, NotGiven, Query, TimeoutTypes

BodyT = TypeVar("BodyT")
ItemT = TypeVar("ItemT")


class RequestArguments(TypedDict, total=False):
    """The arguments of one call of `SyncAPIClient.request` / `AsyncAPIClient.request`."""

    path_params: Mapping[str, object] | None
    query: Mapping[str, object] | None
    headers: Mapping[str, object] | None
    cookies: Mapping[str, object] | None
    body: object
    extra_headers: Headers | None
    extra_query: Query | None
    extra_body: Body | None
    timeout: TimeoutTypes | NotGiven


class Pagination(ABC, Generic[BodyT, ItemT]):
    """How the pages of one operation follow each other.

    `items` takes a page's decoded body to its items; `has_more`, where the API has such a
    flag, says whether another page follows (False ends the list whatever else the page says).
    """

    def __init__(
        self,
        *,
        items: Callable[[BodyT], Sequence[ItemT]],
        has_more: Callable[[BodyT], bool | None] | None = None,
    ) -> None:
        self._items = items
        self._has_more = has_more

    def items(self, body: BodyT) -> list[ItemT]:
        """The items of the page whose body is `body`."""
        return list(self._items(body))

    def next_query(
        self,
        body: BodyT,
        items: Sequence[ItemT],
        response: httpx.Response,
        sent: Mapping[str, object],
    ) -> Mapping[str, object] | None:
        """The query parameters that ask for the page after this one; None at the end.

        `sent` is the query the page was asked for with (wire name -> value).
        """
        if self._has_more is not None and self._has_more(body) is False:
            return None
        return self._following(body, items, response, sent)

    @abstractmethod
    def _following(
        self,
        body: BodyT,
        items: Sequence[ItemT],
        response: httpx.Response,
        sent: Mapping[str, object],
    ) -> Mapping[str, object] | None:
        """What `next_query` returns once `has_more` has not said the list ends."""


class CursorPages(Pagination[BodyT, ItemT]):
    """The next page is asked for with a cursor the response gives (`next_cursor`, `next_page_token`).

    A cursor that is a URL with a query (Django REST framework's `next`) is followed by that
    query; an empty one ends the list.
    """

    def __init__(
        self,
        parameter: str,
        *,
        items: Callable[[BodyT], Sequence[ItemT]],
        cursor: Callable[[BodyT], object],
        has_more: Callable[[BodyT], bool | None] | None = None,
    ) -> None:
        super().__init__(items=items, has_more=has_more)
        self._parameter = parameter
        self._cursor = cursor

    def _following(
        self,
        body: BodyT,
        items: Sequence[ItemT],
        response: httpx.Response,
        sent: Mapping[str, object],
    ) -> Mapping[str, object] | None:
        cursor = self._cursor(body)
        if cursor is None or cursor == "":
            return None
        if isinstance(cursor, str) and "?" in cursor:
            return query_of(cursor)
        return {self._parameter: cursor}


class ItemCursorPages(Pagination[BodyT, ItemT]):
    """The next page starts after the last item: its id is the cursor (`starting_after`, `after`)."""

    def __init__(
        self,
        parameter: str,
        *,
        items: Callable[[BodyT], Sequence[ItemT]],
        cursor: Callable[[ItemT], object],
        has_more: Callable[[BodyT], bool | None] | None = None,
    ) -> None:
        super().__init__(items=items, has_more=has_more)
        self._parameter = parameter
        self._cursor = cursor

    def _following(
        self,
        body: BodyT,
        items: Sequence[ItemT],
        response: httpx.Response,
        sent: Mapping[str, object],
    ) -> Mapping[str, object] | None:
        return {self._parameter: self._cursor(items[-1])} if items else None


class OffsetPages(Pagination[BodyT, ItemT]):
    """The next page starts at the offset past this page's items.

    An empty page ends the list, and so does one shorter than the `limit` it was asked for.
    """

    def __init__(
        self,
        parameter: str,
        *,
        items: Callable[[BodyT], Sequence[ItemT]],
        limit: str | None = None,
        has_more: Callable[[BodyT], bool | None] | None = None,
    ) -> None:
        super().__init__(items=items, has_more=has_more)
        self._parameter = parameter
        self._limit = limit

    def _following(
        self,
        body: BodyT,
        items: Sequence[ItemT],
        response: httpx.Response,
        sent: Mapping[str, object],
    ) -> Mapping[str, object] | None:
        if _is_last(items, sent, self._limit):
            return None
        return {self._parameter: (_integer(sent.get(self._parameter)) or 0) + len(items)}


class PageNumberPages(Pagination[BodyT, ItemT]):
    """The next page is the next page number (the first is `first` when none was asked for).

    An empty page ends the list, and so does one shorter than the page `size` it was asked for.
    """

    def __init__(
        self,
        parameter: str,
        *,
        items: Callable[[BodyT], Sequence[ItemT]],
        size: str | None = None,
        first: int = 1,
        has_more: Callable[[BodyT], bool | None] | None = None,
    ) -> None:
        super().__init__(items=items, has_more=has_more)
        self._parameter = parameter
        self._size = size
        self._first = first

    def _following(
        self,
        body: BodyT,
        items: Sequence[ItemT],
        response: httpx.Response,
        sent: Mapping[str, object],
    ) -> Mapping[str, object] | None:
        if _is_last(items, sent, self._size):
            return None
        current = _integer(sent.get(self._parameter))
        return {self._parameter: (self._first if current is None else current) + 1}


class LinkHeaderPages(Pagination[BodyT, ItemT]):
    """The next page is the `Link: <...>; rel="next"` of the response (RFC 8288, as GitHub sends).

    Its query is asked for on the operation's own path: credentials go only where the client
    sends them, whatever host a response names.
    """

    def _following(
        self,
        body: BodyT,
        items: Sequence[ItemT],
        response: httpx.Response,
        sent: Mapping[str, object],
    ) -> Mapping[str, object] | None:
        link = response.links.get("next")
        url = link.get("url") if link else None
        return query_of(url) if url else None


@dataclass(frozen=True)
class PagedEndpoint(Endpoint[BodyT], Generic[BodyT, ItemT]):
    """An endpoint whose responses are pages of `ItemT`, following each other by `pages`."""

    pages: Pagination[BodyT, ItemT] = field(kw_only=True)


_LAST_PAGE = "This is the last page: check has_next_page() before calling next_page()."


class _Page(Generic[ItemT]):
    """What the sync and the async page share; none of it does I/O."""

    def __init__(self, items: list[ItemT], http_response: httpx.Response, has_next: bool) -> None:
        self.items = items
        """The items of this page alone."""
        self.http_response = http_response
        """The HTTP response this page came in."""
        self._has_next = has_next

    def has_next_page(self) -> bool:
        """Whether another page follows this one."""
        return self._has_next

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.items)} has_next_page={self._has_next}>"


class SyncPage(_Page[ItemT]):
    """One page of a list. Iterating it yields every item from this page on, fetching the pages after it."""

    def __init__(
        self,
        items: list[ItemT],
        http_response: httpx.Response,
        fetch_next: Callable[[], SyncPage[ItemT]] | None,
    ) -> None:
        super().__init__(items, http_response, fetch_next is not None)
        self._fetch_next = fetch_next

    def next_page(self) -> SyncPage[ItemT]:
        """Fetch the page after this one; LookupError on the last page."""
        if self._fetch_next is None:
            raise LookupError(_LAST_PAGE)
        return self._fetch_next()

    def iter_pages(self) -> Iterator[SyncPage[ItemT]]:
        """This page, then each page after it as it is fetched."""
        page = self
        yield page
        while page.has_next_page():
            page = page.next_page()
            yield page

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_Page[ItemT]):
    """One page of a list. `async for` over it yields every item from this page on, fetching the pages after it."""

    def __init__(
        self,
        items: list[ItemT],
        http_response: httpx.Response,
        fetch_next: Callable[[], Awaitable[AsyncPage[ItemT]]] | None,
    ) -> None:
        super().__init__(items, http_response, fetch_next is not None)
        self._fetch_next = fetch_next

    async def next_page(self) -> AsyncPage[ItemT]:
        """Fetch the page after this one; LookupError on the last page."""
        if self._fetch_next is None:
            raise LookupError(_LAST_PAGE)
        return await self._fetch_next()

    async def iter_pages(self) -> AsyncIterator[AsyncPage[ItemT]]:
        """This page, then each page after it as it is fetched."""
        page = self
        yield page
        while page.has_next_page():
            page = await page.next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncPaginator(Generic[ItemT]):
    """What a paginated async method returns: `await` it for the first page, or `async for`
    over it for every item of every page. Each of those sends the first request anew."""

    def __init__(self, first: Callable[[], Awaitable[AsyncPage[ItemT]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncPage[ItemT]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for item in await self:
            yield item


@overload
def paginate(
    client: SyncAPIClient, endpoint: PagedEndpoint[BodyT, ItemT], arguments: RequestArguments
) -> SyncPage[ItemT]: ...


@overload
def paginate(
    client: AsyncAPIClient, endpoint: PagedEndpoint[BodyT, ItemT], arguments: RequestArguments
) -> AsyncPaginator[ItemT]: ...


def paginate(
    client: SyncAPIClient | AsyncAPIClient,
    endpoint: PagedEndpoint[BodyT, ItemT],
    arguments: RequestArguments,
) -> SyncPage[ItemT] | AsyncPaginator[ItemT]:
    """Call a paginated endpoint: the first page (sync), or a paginator that fetches it (async)."""
    if isinstance(client, SyncAPIClient):
        return _sync_page(client, endpoint, arguments)
    return AsyncPaginator(functools.partial(_async_page, client, endpoint, arguments))


def _sync_page(
    client: SyncAPIClient, endpoint: PagedEndpoint[BodyT, ItemT], arguments: RequestArguments
) -> SyncPage[ItemT]:
    # The raw response carries the headers (`Link`) that the decoded body alone does not.
    raw = to_raw_response(lambda: client.request(endpoint, **arguments))()
    items, following = _read(endpoint, arguments, raw)
    fetch = (
        None if following is None else functools.partial(_sync_page, client, endpoint, following)
    )
    # Through `with_raw_response`, the caller gets the first page's response with the page.
    return deliver(raw.http_response, lambda: SyncPage(items, raw.http_response, fetch))


async def _async_page(
    client: AsyncAPIClient, endpoint: PagedEndpoint[BodyT, ItemT], arguments: RequestArguments
) -> AsyncPage[ItemT]:
    raw = await to_async_raw_response(lambda: client.request(endpoint, **arguments))()
    items, following = _read(endpoint, arguments, raw)
    fetch = (
        None if following is None else functools.partial(_async_page, client, endpoint, following)
    )
    return deliver(raw.http_response, lambda: AsyncPage(items, raw.http_response, fetch))


def _read(
    endpoint: PagedEndpoint[BodyT, ItemT], arguments: RequestArguments, raw: RawResponse[BodyT]
) -> tuple[list[ItemT], RequestArguments | None]:
    """A page's items, and the arguments that ask for the page after it (None at the end)."""
    body = raw.parse()
    items = endpoint.pages.items(body)
    sent = dict(arguments.get("query") or {})
    moved = endpoint.pages.next_query(body, items, raw.http_response, sent)
    if moved is None:
        return items, None
    query = {**sent, **moved}
    if query == sent:
        # A server that hands back the position it was asked for would be asked for ever.
        return items, None
    following = arguments.copy()
    following["query"] = query
    return items, following


def query_of(url: str) -> dict[str, object]:
    """The query parameters of `url`; a name that repeats keeps every value, as a list."""
    params = httpx.URL(url).params
    return {
        name: values[0] if len(values) == 1 else values
        for name in params
        if (values := params.get_list(name))
    }


def _integer(value: object) -> int | None:
    """`value` as an int when it is one (or its digits), else None (NOT_GIVEN among them)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def _is_last(items: Sequence[object], sent: Mapping[str, object], size: str | None) -> bool:
    """Whether a page ends the list: it is empty, or shorter than the page size it was asked for."""
    wanted = _integer(sent.get(size)) if size is not None else None
    return not items or (wanted is not None and len(items) < wanted)
