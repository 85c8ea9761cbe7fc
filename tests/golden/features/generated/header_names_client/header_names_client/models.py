"""Data models of the Header Names Fixture."""

from ._models import BaseModel

__all__ = []
