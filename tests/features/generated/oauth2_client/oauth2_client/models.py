"""Data models of the OAuth2 Fixture."""

from ._models import BaseModel

__all__ = ["Report"]


class Report(BaseModel):
    id: int
    title: str | None = None
