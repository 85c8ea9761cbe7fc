"""The `Review` type of the Many Models Fixture, with the enums only it uses."""

from typing import Annotated, Literal

from .._models import BaseModel, OpenEnum

__all__ = ["Rating", "Review"]

Rating = Annotated[Literal[1, 2, 3, 4, 5], OpenEnum]


class Review(BaseModel):
    rating: Rating | None = None
    text: str | None = None
