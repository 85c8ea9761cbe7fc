"""The `Size` type of the Many Models Fixture."""

from typing import Annotated, Literal

from .._models import OpenEnum

__all__ = ["Size"]

Size = Annotated[Literal["S", "M", "L"], OpenEnum]
