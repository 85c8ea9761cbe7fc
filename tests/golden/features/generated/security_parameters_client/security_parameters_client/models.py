"""Data models of the Security Parameters Fixture."""

from ._models import BaseModel

__all__ = []
