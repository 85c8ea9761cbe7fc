"""Data models of the Request Bodies 3.1 Fixture."""

from ._models import BaseModel

__all__ = []
