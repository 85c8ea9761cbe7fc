"""Data models of the Header Names Fixture."""

from ._models import BaseModel

__all__ = ["Note"]


class Note(BaseModel):
    text: str | None = None
