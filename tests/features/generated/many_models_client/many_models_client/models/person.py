"""The `Person` and `Pet` types, which refer to each other, of the Many Models Fixture, with the types only they use."""

from typing import Annotated, Literal

from pydantic import Field

from .._models import BaseModel, OpenEnum

__all__ = ["Address", "Color", "Country", "Person", "Pet"]

Color = Annotated[Literal["black", "white", "ginger"], OpenEnum]

Country = Annotated[Literal["NL", "DE", "FR"], OpenEnum]


class Address(BaseModel):
    street: str | None = None
    city: str | None = None
    country: Country | None = None


class Pet(BaseModel):
    """A pet; its owner refers back to it."""

    name: str
    owner: "Person | None" = None
    color: Color | None = None


class Person(BaseModel):
    full_name: str = Field(validation_alias="fullName", serialization_alias="fullName")
    pets: list[Pet] | None = None
    address: Address | None = None
