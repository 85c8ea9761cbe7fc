"""The client's operations, one module per group."""

from .notes import AsyncNotes, Notes

__all__ = [
    "Notes",
    "AsyncNotes",
]
