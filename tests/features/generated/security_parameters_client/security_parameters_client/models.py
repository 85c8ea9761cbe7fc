"""Data models of the Security Parameters Fixture."""

from ._models import BaseModel

__all__ = ["Pet"]


class Pet(BaseModel):
    id: int | None = None
