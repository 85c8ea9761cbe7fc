"""The client's operations, one module per group."""

from .styles import AsyncStyles, Styles

__all__ = [
    "Styles",
    "AsyncStyles",
]
