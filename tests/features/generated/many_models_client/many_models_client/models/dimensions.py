"""The `Dimensions` type of the Many Models Fixture."""

from pydantic import Field

from .._models import BaseModel

__all__ = ["Dimensions"]


class Dimensions(BaseModel):
    width_cm: float | None = Field(
        default=None, validation_alias="widthCm", serialization_alias="widthCm"
    )
    height_cm: float | None = Field(
        default=None, validation_alias="heightCm", serialization_alias="heightCm"
    )
