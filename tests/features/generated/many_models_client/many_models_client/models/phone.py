"""The `Phone` type of the Many Models Fixture."""

from pydantic import Field

from .._models import BaseModel

__all__ = ["Phone"]


class Phone(BaseModel):
    country_code: str | None = Field(
        default=None, validation_alias="countryCode", serialization_alias="countryCode"
    )
    number: str | None = None
