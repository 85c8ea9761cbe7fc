"""The `Square` type of the Many Models Fixture."""

from .._models import BaseModel

__all__ = ["Square"]


class Square(BaseModel):
    side: float
