"""The `Circle` type of the Many Models Fixture."""

from .._models import BaseModel

__all__ = ["Circle"]


class Circle(BaseModel):
    radius: float
