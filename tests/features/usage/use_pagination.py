from typing import assert_type

from pagination_client import (
    AsyncPage,
    AsyncPaginationClient,
    AsyncPaginator,
    PaginationClient,
    SyncPage,
)
from pagination_client.models import Book, Event, Pet, Repository


def use(client: PaginationClient) -> None:
    page = client.cursor.list_pets(limit=2)
    assert_type(page, SyncPage[Pet])
    assert_type(page.items, list[Pet])
    assert_type(page.has_next_page(), bool)
    assert_type(page.next_page(), SyncPage[Pet])
    for pet in page:
        assert_type(pet, Pet)
    for each in page.iter_pages():
        assert_type(each, SyncPage[Pet])
    for repo in client.repos.list_for_org("octo"):
        assert_type(repo, Repository)
    assert_type(client.item_cursor.list_events().items, list[Event])
    assert_type(client.page.list_books().items, list[Book])
    assert_type(client.extension.search(q="x").items, list[str])
    assert_type(client.configured.get_report(), list[str])
    assert_type(client.with_raw_response.cursor.list_pets().parse(), SyncPage[Pet])


async def use_async(client: AsyncPaginationClient) -> None:
    assert_type(client.cursor.list_pets(), AsyncPaginator[Pet])
    page = await client.cursor.list_pets()
    assert_type(page, AsyncPage[Pet])
    assert_type(await page.next_page(), AsyncPage[Pet])
    async for pet in client.cursor.list_pets():
        assert_type(pet, Pet)
    async for each in page.iter_pages():
        assert_type(each, AsyncPage[Pet])
    async for repo in client.repos.list_for_org("octo"):
        assert_type(repo, Repository)
    assert_type((await client.with_raw_response.cursor.list_pets()).parse(), AsyncPage[Pet])
