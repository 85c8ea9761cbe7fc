"""The `Review` type of the Many Models Fixture."""

from .._models import BaseModel
from .rating import Rating

__all__ = ["Review"]


class Review(BaseModel):
    rating: Rating | None = None
    text: str | None = None
