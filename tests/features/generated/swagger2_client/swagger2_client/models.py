"""Data models of the Swagger Fixture."""

from ._models import BaseModel

__all__ = ["Note"]


class Note(BaseModel):
    id: str | None = None
    text: str
    pinned: bool | None = None
