"""The `Catalog` type of the Many Models Fixture."""

from datetime import datetime

from pydantic import Field

from .._models import BaseModel
from .contact import Contact
from .price import Price
from .section import Section
from .shape import Shape

__all__ = ["Catalog"]


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
