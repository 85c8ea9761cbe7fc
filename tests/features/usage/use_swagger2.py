from typing import assert_type

from swagger2_client import AsyncSwagger2Client, Swagger2Client
from swagger2_client.models import Note


def use(client: Swagger2Client) -> None:
    assert_type(client.notes.get("n1"), Note)
    assert_type(client.notes.update("n1", text="t", pinned=None), Note)
    assert_type(client.notes.list(tag=["a"], limit=1), list[Note])
    assert_type(client.notes.attach("n1", file=("a.txt", b"x"), label="l"), None)


async def use_async(client: AsyncSwagger2Client) -> None:
    assert_type(await client.notes.list(), list[Note])
