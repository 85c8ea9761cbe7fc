from typing import assert_type

from composition_client import AsyncCompositionClient, CompositionClient
from composition_client._models import UnknownVariant
from composition_client.models import Book, Cat, Circle, Dog, Film, GetLabelledResponse, Square


def use(client: CompositionClient) -> None:
    assert_type(client.pets.get("p1"), Cat | Dog | UnknownVariant)
    assert_type(client.pets.get_cat("c1"), Cat)
    assert_type(client.shapes.get("s1"), Circle | Square | UnknownVariant)
    assert_type(client.unions.list_identifiers(), list[int | str])
    assert_type(client.unions.search(), list[Book | Film])
    assert_type(client.unions.get_labelled(), GetLabelledResponse)
    client.pets.create(body=Cat(name="Tom", pet_type="cat", meows=True))
    client.pets.create(body=Dog(name="Rex", pet_type="dog", bark_volume=3))


async def use_async(client: AsyncCompositionClient) -> None:
    assert_type(await client.pets.get("p1"), Cat | Dog | UnknownVariant)
    assert_type(
        await client.pets.create(body=Cat(name="Tom", pet_type="cat", meows=True)),
        Cat | Dog | UnknownVariant,
    )
