"""The `Country` type of the Many Models Fixture."""

from typing import Annotated, Literal

from .._models import OpenEnum

__all__ = ["Country"]

Country = Annotated[Literal["NL", "DE", "FR"], OpenEnum]
