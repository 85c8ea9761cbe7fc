"""Data models of the Hostile Names."""

from ._models import BaseModel

__all__ = ["Measure"]


class Measure(BaseModel):
    source: str | None = None
    ratio: float = 0.5
