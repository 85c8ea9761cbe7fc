"""The `Person` and `Pet` types, which refer to each other, of the Many Models Fixture."""

from pydantic import Field

from .._models import BaseModel
from .address import Address
from .color import Color

__all__ = ["Person", "Pet"]


class Pet(BaseModel):
    """A pet; its owner refers back to it."""

    name: str
    owner: "Person | None" = None
    color: Color | None = None


class Person(BaseModel):
    full_name: str = Field(validation_alias="fullName", serialization_alias="fullName")
    pets: list[Pet] | None = None
    address: Address | None = None
