from typing import assert_type

from nullability_30_client import Nullability30Client
from nullability_30_client.models import Address


def use(client: Nullability30Client) -> None:
    # `nullable: true` + `allOf: [$ref: Address]`: the 3.0 way to say "Address or null".
    assert_type(client.profiles.get("p1").address, Address | None)
    client.profiles.update("p1", address=Address(city="Oslo"))
