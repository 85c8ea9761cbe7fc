from typing import assert_type

from shadowed_builtins_client import AsyncShadowedBuiltinsClient, ShadowedBuiltinsClient
from shadowed_builtins_client._models import UnknownVariant
from shadowed_builtins_client.models import FullPet, ShortListPet


def use(client: ShadowedBuiltinsClient) -> None:
    assert_type(client.pets.list(kinds=["cat"]), list[ShortListPet | FullPet | UnknownVariant])
    assert_type(client.pets.type(), dict[str, int])


async def use_async(client: AsyncShadowedBuiltinsClient) -> None:
    assert_type(await client.pets.list(), list[ShortListPet | FullPet | UnknownVariant])
