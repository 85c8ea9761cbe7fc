"""The `Address` type of the Many Models Fixture."""

from .._models import BaseModel
from .country import Country

__all__ = ["Address"]


class Address(BaseModel):
    street: str | None = None
    city: str | None = None
    country: Country | None = None
