"""Data models of the Idempotency Fixture."""

from ._models import BaseModel

__all__ = ["Payment"]


class Payment(BaseModel):
    id: str | None = None
