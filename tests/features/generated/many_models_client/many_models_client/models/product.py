"""The `Product` type of the Many Models Fixture."""

from .._models import BaseModel
from .dimensions import Dimensions
from .price import Price
from .review import Review
from .size import Size

__all__ = ["Product"]


class Product(BaseModel):
    sku: str
    price: Price | None = None
    size: Size | None = None
    dimensions: Dimensions | None = None
    reviews: list[Review] | None = None
