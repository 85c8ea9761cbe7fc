"""Data models of the Empty Paths Fixture."""

from ._models import BaseModel

__all__ = ["Unused"]


class Unused(BaseModel):
    name: str | None = None
