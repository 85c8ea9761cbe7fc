"""The `Price` type of the Many Models Fixture, with the types only it uses."""

from typing import Annotated, Literal

from .._models import BaseModel, OpenEnum

__all__ = ["Currency", "Price"]

Currency = Annotated[Literal["EUR", "USD"], OpenEnum]


class Price(BaseModel):
    amount: float
    currency: Currency
