from typing import assert_type

from refs_client import AsyncRefsClient, RefsClient
from refs_client.models import Contact, Item, Owner


def use(client: RefsClient) -> None:
    items = client.items.list(page_size=10, cursor="c", x_trace_id="t")
    assert_type(items, list[Item])
    assert_type(client.items.create(name="Lamp", owner=Owner(id=1, name="Ann")), Item)
    assert_type(client.owners.get(1), Owner)
    assert_type(client.owners.replace(1, id=1, name="Ann", contact=Contact(email="a@x")), None)


async def use_async(client: AsyncRefsClient) -> None:
    assert_type(await client.owners.get(1), Owner)
