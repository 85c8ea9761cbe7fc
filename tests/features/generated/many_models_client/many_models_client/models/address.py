"""The `Address` type of the Many Models Fixture, with the enums only it uses."""

from typing import Annotated, Literal

from .._models import BaseModel, OpenEnum

__all__ = ["Address", "Country"]

Country = Annotated[Literal["NL", "DE", "FR"], OpenEnum]


class Address(BaseModel):
    street: str | None = None
    city: str | None = None
    country: Country | None = None
