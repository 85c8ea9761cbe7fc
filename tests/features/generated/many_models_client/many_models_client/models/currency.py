"""The `Currency` type of the Many Models Fixture."""

from typing import Annotated, Literal

from .._models import OpenEnum

__all__ = ["Currency"]

Currency = Annotated[Literal["EUR", "USD"], OpenEnum]
