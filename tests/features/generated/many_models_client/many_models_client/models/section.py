"""The `Section` type of the Many Models Fixture."""

from .._models import BaseModel
from .product import Product

__all__ = ["Section"]


class Section(BaseModel):
    """A section of a catalog, which holds more sections."""

    title: str | None = None
    subsections: "list[Section] | None" = None
    products: list[Product] | None = None
