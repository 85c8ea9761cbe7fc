"""The `Rating` type of the Many Models Fixture."""

from typing import Annotated, Literal

from .._models import OpenEnum

__all__ = ["Rating"]

Rating = Annotated[Literal[1, 2, 3, 4, 5], OpenEnum]
