from typing import assert_type

import many_models_client
from many_models_client import AsyncManyModelsClient, ManyModelsClient
from many_models_client.models import Catalog, Person, Pet, Shape


def use(client: ManyModelsClient) -> None:
    pet = client.pets.get("p1")
    assert_type(pet, Pet)
    assert_type(pet.owner, Person | None)
    assert_type(client.catalogs.get("c1"), Catalog)
    assert_type(client.with_raw_response.pets.get("p1").parse(), Pet)
    assert_type(many_models_client.ManyModelsClient, type[ManyModelsClient])


def badge(catalog: Catalog) -> Shape | None:
    return catalog.badge


async def use_async(client: AsyncManyModelsClient) -> None:
    assert_type(await client.pets.get("p1"), Pet)
