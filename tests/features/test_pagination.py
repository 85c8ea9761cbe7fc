"""pagination.yaml: each pagination style walks three pages and stops, sync and async.

The test server answers each request with the next page in its queue; every test checks the
items (each seen once, in order) and the query each page was asked for with.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pagination_client
import pytest

from tests.clients.recording_server import RecordingServer

from .packages import run_with_client


def _link(server: RecordingServer, page: int, last: int) -> str:
    """A GitHub Link header; GitHub names its own host and the organization's id, not its login."""
    base = f"{server.url}/organizations/1/repos?per_page=2"
    return (
        f'<{base}&page={page}>; rel="next", <{base}&page={last}>; rel="last", '
        f'<{base}&page=1>; rel="first"'
    )


@dataclass(frozen=True)
class Style:
    name: str
    operation: Callable[[Any], Any]
    pages: Callable[[RecordingServer], list[tuple[Any, dict[str, str]]]]
    """Each page's body and headers, in the order the server sends them."""
    items: Callable[[Any], Any]
    """The comparable value of an item."""
    expected: list[Any]
    asked: list[dict[str, list[str]]]
    """The query of each request."""


STYLES = [
    Style(
        "cursor",
        lambda c: c.cursor.list_pets(limit=2),
        lambda s: [
            (
                {
                    "data": [{"id": "p1", "name": "a"}, {"id": "p2", "name": "b"}],
                    "next_cursor": "c2",
                },
                {},
            ),
            (
                {
                    "data": [{"id": "p3", "name": "c"}, {"id": "p4", "name": "d"}],
                    "next_cursor": "c3",
                },
                {},
            ),
            ({"data": [{"id": "p5", "name": "e"}], "next_cursor": None}, {}),
        ],
        lambda pet: pet.id,
        ["p1", "p2", "p3", "p4", "p5"],
        [{"limit": ["2"]}, {"limit": ["2"], "cursor": ["c2"]}, {"limit": ["2"], "cursor": ["c3"]}],
    ),
    Style(
        "item_cursor",
        lambda c: c.item_cursor.list_events(),
        lambda s: [
            ({"data": [{"id": "e1"}, {"id": "e2"}], "has_more": True}, {}),
            ({"data": [{"id": "e3"}], "has_more": True}, {}),
            ({"data": [{"id": "e4"}], "has_more": False}, {}),
        ],
        lambda event: event.id,
        ["e1", "e2", "e3", "e4"],
        [{}, {"starting_after": ["e2"]}, {"starting_after": ["e3"]}],
    ),
    Style(
        "offset",
        lambda c: c.offset.list_people(limit=2),
        lambda s: [
            ({"items": [{"name": "a"}, {"name": "b"}], "total": 5}, {}),
            ({"items": [{"name": "c"}, {"name": "d"}], "total": 5}, {}),
            # Shorter than the limit asked for: the last page.
            ({"items": [{"name": "e"}], "total": 5}, {}),
        ],
        lambda person: person.name,
        ["a", "b", "c", "d", "e"],
        [{"limit": ["2"]}, {"limit": ["2"], "offset": ["2"]}, {"limit": ["2"], "offset": ["4"]}],
    ),
    Style(
        "page",
        lambda c: c.page.list_books(),
        lambda s: [
            ([{"title": "a"}, {"title": "b"}], {}),
            ([{"title": "c"}, {"title": "d"}], {}),
            ([{"title": "e"}], {}),
            # No page size was asked for, so only an empty page says the list ended.
            ([], {}),
        ],
        lambda book: book.title,
        ["a", "b", "c", "d", "e"],
        [{}, {"page": ["2"]}, {"page": ["3"]}, {"page": ["4"]}],
    ),
    Style(
        "link",
        lambda c: c.repos.list_for_org("octo", per_page=2),
        lambda s: [
            (
                [{"id": 1, "full_name": "octo/a"}, {"id": 2, "full_name": "octo/b"}],
                {"Link": _link(s, 2, 3)},
            ),
            (
                [{"id": 3, "full_name": "octo/c"}, {"id": 4, "full_name": "octo/d"}],
                {"Link": _link(s, 3, 3)},
            ),
            (
                [{"id": 5, "full_name": "octo/e"}],
                {"Link": f'<{s.url}/organizations/1/repos?per_page=2&page=1>; rel="first"'},
            ),
        ],
        lambda repo: repo.full_name,
        ["octo/a", "octo/b", "octo/c", "octo/d", "octo/e"],
        [
            {"per_page": ["2"]},
            {"per_page": ["2"], "page": ["2"]},
            {"per_page": ["2"], "page": ["3"]},
        ],
    ),
    Style(
        "x-pagination",
        lambda c: c.extension.search(q="cats", size=2),
        lambda s: [
            ({"hits": ["a", "b"], "took": 1}, {}),
            ({"hits": ["c", "d"], "took": 1}, {}),
            ({"hits": ["e"], "took": 1}, {}),
        ],
        lambda hit: hit,
        ["a", "b", "c", "d", "e"],
        [
            {"q": ["cats"], "size": ["2"]},
            {"q": ["cats"], "size": ["2"], "from": ["2"]},
            {"q": ["cats"], "size": ["2"], "from": ["4"]},
        ],
    ),
    Style(
        "clients.yaml",
        lambda c: c.configured.get_feed(),
        lambda s: [
            ({"entries": [1, 2], "next_pos": "x"}, {}),
            ({"entries": [3], "next_pos": "y"}, {}),
            ({"entries": [4]}, {}),
        ],
        lambda entry: entry,
        [1, 2, 3, 4],
        [{}, {"pos": ["x"]}, {"pos": ["y"]}],
    ),
]


def _run(
    mode: str, server: RecordingServer, use: Callable[[Any], Any], *, max_retries: int = 0
) -> Any:
    """`use(client)` with a sync or an async client of the test server; awaited when async."""
    options: dict[str, Any] = {"base_url": server.url, "max_retries": max_retries, "timeout": 10.0}
    return run_with_client(mode, pagination_client, options, use, use)


async def _gather(paginator: Any) -> list[Any]:
    return [item async for item in paginator]


def _every_item(mode: str, operation: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Iterate over every item, with `for` or `async for` as the mode has it."""
    if mode == "sync":
        return lambda client: list(operation(client))
    return lambda client: _gather(operation(client))


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.mark.parametrize("style", STYLES, ids=[style.name for style in STYLES])
def test_iterating_yields_every_item_of_every_page_once(
    mode: str, server: RecordingServer, style: Style
) -> None:
    for body, headers in style.pages(server):
        server.enqueue(200, body, headers=headers)
    items = _run(mode, server, _every_item(mode, style.operation))
    assert [style.items(item) for item in items] == style.expected
    assert [request.query_params for request in server.requests] == style.asked
    assert server.pending == 0


def test_the_link_header_is_followed_on_the_operations_own_path(
    mode: str, server: RecordingServer
) -> None:
    link = next(style for style in STYLES if style.name == "link")
    for body, headers in link.pages(server):
        server.enqueue(200, body, headers=headers)
    _run(mode, server, _every_item(mode, link.operation))
    # The link names another path of the same API; the client keeps to the operation's own.
    assert [request.path for request in server.requests] == ["/orgs/octo/repos"] * 3


def test_pages_one_at_a_time(mode: str, server: RecordingServer) -> None:
    cursor = STYLES[0]
    for body, headers in cursor.pages(server):
        server.enqueue(200, body, headers=headers)

    def sync_walk(client: Any) -> list[list[str]]:
        first = client.cursor.list_pets(limit=2)
        assert [pet.id for pet in first.items] == ["p1", "p2"] and first.has_next_page()
        second = first.next_page()
        assert [pet.id for pet in second.items] == ["p3", "p4"]
        return [[pet.id for pet in page.items] for page in second.iter_pages()]

    async def async_walk(client: Any) -> list[list[str]]:
        first = await client.cursor.list_pets(limit=2)
        assert [pet.id for pet in first.items] == ["p1", "p2"] and first.has_next_page()
        second = await first.next_page()
        assert [pet.id for pet in second.items] == ["p3", "p4"]
        return [[pet.id for pet in page.items] async for page in second.iter_pages()]

    pages = _run(mode, server, sync_walk if mode == "sync" else async_walk)
    assert pages == [["p3", "p4"], ["p5"]]
    assert len(server.requests) == 3


def test_the_package_exports_the_page_types_it_returns(mode: str, server: RecordingServer) -> None:
    server.enqueue(200, {"data": [{"id": "p1", "name": "a"}], "next_cursor": None})
    if mode == "sync":
        page = _run(mode, server, lambda client: client.cursor.list_pets())
        assert isinstance(page, pagination_client.SyncPage)
        return

    async def first(client: Any) -> Any:
        paginator = client.cursor.list_pets()
        assert isinstance(paginator, pagination_client.AsyncPaginator)
        return await paginator

    assert isinstance(_run(mode, server, first), pagination_client.AsyncPage)


def test_the_last_page_has_no_next(mode: str, server: RecordingServer) -> None:
    server.enqueue(200, {"data": [{"id": "p1", "name": "a"}], "next_cursor": None})

    def last(client: Any) -> Any:
        return client.cursor.list_pets()

    page = _run(mode, server, last)
    assert not page.has_next_page()
    with pytest.raises(LookupError):
        result = page.next_page()
        if mode == "async":
            asyncio.run(result)


def test_each_page_is_retried_like_any_call(mode: str, server: RecordingServer) -> None:
    pages = STYLES[0].pages(server)
    server.enqueue(200, pages[0][0])
    server.enqueue(503, {"error": "busy"}, headers={"Retry-After": "0"})
    for body, _ in pages[1:]:
        server.enqueue(200, body)
    items = _run(mode, server, _every_item(mode, STYLES[0].operation), max_retries=1)
    assert [pet.id for pet in items] == ["p1", "p2", "p3", "p4", "p5"]
    assert [request.query_params.get("cursor") for request in server.requests] == [
        None,
        ["c2"],
        ["c2"],
        ["c3"],
    ]


def test_with_raw_response_gives_the_first_page_with_its_response(
    mode: str, server: RecordingServer
) -> None:
    server.enqueue(
        200,
        {"data": [{"id": "p1", "name": "a"}], "next_cursor": None},
        headers={"X-Request-Id": "r1"},
    )
    raw = _run(mode, server, lambda client: client.with_raw_response.cursor.list_pets())
    assert raw.headers["x-request-id"] == "r1"
    assert [pet.id for pet in raw.parse().items] == ["p1"]


def test_a_list_the_configuration_excludes_returns_the_body(
    mode: str, server: RecordingServer
) -> None:
    server.enqueue(200, ["a", "b"])
    assert _run(mode, server, lambda client: client.configured.get_report(page=1)) == ["a", "b"]


def test_a_server_that_repeats_the_cursor_it_was_given_is_not_asked_again(
    mode: str, server: RecordingServer
) -> None:
    server.enqueue(200, {"data": [{"id": "p1", "name": "a"}], "next_cursor": "c2"})
    server.enqueue(200, {"data": [{"id": "p2", "name": "b"}], "next_cursor": "c2"})
    items = _run(mode, server, _every_item(mode, lambda client: client.cursor.list_pets()))
    assert [pet.id for pet in items] == ["p1", "p2"]
    assert len(server.requests) == 2
