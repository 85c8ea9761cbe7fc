"""The pagination rules on their own: what each asks for the next page with, and when it stops."""

from __future__ import annotations

import httpx
from runtime_under_test._pagination import (
    CursorPages,
    LinkHeaderPages,
    OffsetPages,
    PageNumberPages,
    query_of,
)
from runtime_under_test._types import NOT_GIVEN

_RESPONSE = httpx.Response(200)


def _cursor(value: object) -> CursorPages[dict[str, object], int]:
    return CursorPages("cursor", items=lambda body: [1], cursor=lambda body: value)


def test_a_cursor_that_is_a_url_is_followed_by_its_query() -> None:
    """Django REST framework's `next` is the next page's whole URL."""
    rule = _cursor("https://api.example.com/pets?page=3&tag=a&tag=b")
    assert rule.next_query({}, [1], _RESPONSE, {}) == {"page": "3", "tag": ["a", "b"]}


def test_an_empty_or_missing_cursor_ends_the_list() -> None:
    assert _cursor(None).next_query({}, [1], _RESPONSE, {}) is None
    assert _cursor("").next_query({}, [1], _RESPONSE, {}) is None
    assert _cursor("c2").next_query({}, [1], _RESPONSE, {}) == {"cursor": "c2"}


def test_has_more_false_ends_the_list_whatever_the_cursor() -> None:
    rule = CursorPages[dict[str, object], int](
        "cursor", items=lambda body: [1], cursor=lambda body: "c2", has_more=lambda body: False
    )
    assert rule.next_query({}, [1], _RESPONSE, {}) is None


def test_offsets_count_from_what_was_asked_for() -> None:
    rule = OffsetPages[list[int], int]("offset", items=lambda body: body, limit="limit")
    assert rule.next_query([1, 2], [1, 2], _RESPONSE, {"offset": NOT_GIVEN, "limit": 2}) == {
        "offset": 2
    }
    assert rule.next_query([1, 2], [1, 2], _RESPONSE, {"offset": "4", "limit": 2}) == {"offset": 6}
    assert rule.next_query([1], [1], _RESPONSE, {"offset": 6, "limit": 2}) is None
    assert rule.next_query([], [], _RESPONSE, {}) is None


def test_page_numbers_start_at_the_first_page() -> None:
    rule = PageNumberPages[list[int], int]("page", items=lambda body: body, first=0)
    assert rule.next_query([1], [1], _RESPONSE, {"page": NOT_GIVEN}) == {"page": 1}
    assert rule.next_query([1], [1], _RESPONSE, {"page": 5}) == {"page": 6}


def test_the_link_header_next_is_read_among_the_other_relations() -> None:
    rule = LinkHeaderPages[list[int], int](items=lambda body: body)
    response = httpx.Response(
        200,
        headers={
            "Link": '<https://x/r?page=1>; rel="prev", <https://x/r?page=3&per_page=2>; rel="next"'
        },
    )
    assert rule.next_query([1], [1], response, {}) == {"page": "3", "per_page": "2"}
    assert (
        rule.next_query(
            [1], [1], httpx.Response(200, headers={"Link": '<https://x/r?page=1>; rel="first"'}), {}
        )
        is None
    )
    assert rule.next_query([1], [1], _RESPONSE, {}) is None


def test_query_of_keeps_repeated_names() -> None:
    assert query_of("/p?a=1&b=2&b=3") == {"a": "1", "b": ["2", "3"]}
