"""The `Catalog` type of the Many Models Fixture, with the types only it uses."""

from datetime import datetime
from typing import Annotated, Literal

from pydantic import Field

from .._models import BaseModel, OpenEnum
from .price import Price

__all__ = [
    "Catalog",
    "Circle",
    "Contact",
    "Dimensions",
    "Phone",
    "Product",
    "Rating",
    "Review",
    "Section",
    "Shape",
    "Size",
    "Square",
]

Rating = Annotated[Literal[1, 2, 3, 4, 5], OpenEnum]

Size = Annotated[Literal["S", "M", "L"], OpenEnum]


class Phone(BaseModel):
    country_code: str | None = Field(
        default=None, validation_alias="countryCode", serialization_alias="countryCode"
    )
    number: str | None = None


class Contact(BaseModel):
    email: str | None = None
    phone: Phone | None = None


class Dimensions(BaseModel):
    width_cm: float | None = Field(
        default=None, validation_alias="widthCm", serialization_alias="widthCm"
    )
    height_cm: float | None = Field(
        default=None, validation_alias="heightCm", serialization_alias="heightCm"
    )


class Review(BaseModel):
    rating: Rating | None = None
    text: str | None = None


class Product(BaseModel):
    sku: str
    price: Price | None = None
    size: Size | None = None
    dimensions: Dimensions | None = None
    reviews: list[Review] | None = None


class Section(BaseModel):
    """A section of a catalog, which holds more sections."""

    title: str | None = None
    subsections: "list[Section] | None" = None
    products: list[Product] | None = None


class Circle(BaseModel):
    radius: float


class Square(BaseModel):
    side: float


Shape = Circle | Square
"""A circle or a square."""


class Catalog(BaseModel):
    id: str
    updated_at: datetime | None = Field(
        default=None, validation_alias="updatedAt", serialization_alias="updatedAt"
    )
    sections: list[Section] | None = None
    price: Price | None = None
    contact: Contact | None = None
    badge: Shape | None = None
    """A circle or a square."""
