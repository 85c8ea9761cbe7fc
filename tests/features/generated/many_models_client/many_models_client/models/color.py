"""The `Color` type of the Many Models Fixture."""

from typing import Annotated, Literal

from .._models import OpenEnum

__all__ = ["Color"]

Color = Annotated[Literal["black", "white", "ginger"], OpenEnum]
