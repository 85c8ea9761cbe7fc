"""The client's operations, one module per group."""

from .bodies import AsyncBodies, Bodies

__all__ = [
    "Bodies",
    "AsyncBodies",
]
