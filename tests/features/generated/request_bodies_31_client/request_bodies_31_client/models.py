"""Data models of the Request Bodies 3.1 Fixture."""

__all__ = []
