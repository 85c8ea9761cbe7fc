"""Data models of the Client Options Fixture."""

from ._models import BaseModel

__all__ = ["Error", "Pet"]


class Error(BaseModel):
    message: str | None = None


class Pet(BaseModel):
    id: int
    name: str
