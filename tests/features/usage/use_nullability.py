from typing import assert_type

from nullability_30_client import AsyncNullability30Client, Nullability30Client
from nullability_31_client import Nullability31Client
from nullability_31_client.models import Address as Address31


def use_30(client: Nullability30Client) -> None:
    profile = client.profiles.get("p1")
    assert_type(profile.nickname, str | None)
    assert_type(profile.age, int | None)
    assert_type(profile.tags, list[str] | None)
    client.profiles.update("p1", nickname=None, age=None, colour=None, address=None)
    client.profiles.update("p1", status="suspended", colour="red")
    client.profiles.list(status="active", level=2)


async def use_30_async(client: AsyncNullability30Client) -> None:
    profile = await client.profiles.update("p1", nickname=None)
    assert_type(profile.nickname, str | None)


def use_31(client: Nullability31Client) -> None:
    profile = client.profiles.get("p1")
    assert_type(profile.nickname, str | None)
    assert_type(profile.score, float | str | None)
    assert_type(profile.address, Address31 | None)
    client.profiles.update("p1", nickname=None, address=Address31(city="Oslo"))
    client.profiles.update("p1", address=None)
