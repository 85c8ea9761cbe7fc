"""The `Product` type of the Many Models Fixture, with the enums only it uses."""

from typing import Annotated, Literal

from .._models import BaseModel, OpenEnum
from .dimensions import Dimensions
from .price import Price
from .review import Review

__all__ = ["Product", "Size"]

Size = Annotated[Literal["S", "M", "L"], OpenEnum]


class Product(BaseModel):
    sku: str
    price: Price | None = None
    size: Size | None = None
    dimensions: Dimensions | None = None
    reviews: list[Review] | None = None
