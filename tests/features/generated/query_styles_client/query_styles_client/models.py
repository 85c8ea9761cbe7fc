"""Data models of the Query Styles Fixture."""

from pydantic import Field

from ._models import BaseModel

__all__ = ["Rgb"]


class Rgb(BaseModel):
    r: int | None = Field(default=None, validation_alias="R", serialization_alias="R")
    g: int | None = Field(default=None, validation_alias="G", serialization_alias="G")
    b: int | None = Field(default=None, validation_alias="B", serialization_alias="B")
