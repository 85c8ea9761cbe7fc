"""The `Person` and `Pet` types, which refer to each other, of the Many Models Fixture, with the enums only they use."""

from typing import Annotated, Literal

from pydantic import Field

from .._models import BaseModel, OpenEnum
from .address import Address

__all__ = ["Color", "Person", "Pet"]

Color = Annotated[Literal["black", "white", "ginger"], OpenEnum]


class Pet(BaseModel):
    """A pet; its owner refers back to it."""

    name: str
    owner: "Person | None" = None
    color: Color | None = None


class Person(BaseModel):
    full_name: str = Field(validation_alias="fullName", serialization_alias="fullName")
    pets: list[Pet] | None = None
    address: Address | None = None
