"""The client's operations, one module per group."""

from .pets import AsyncPets, Pets

__all__ = [
    "Pets",
    "AsyncPets",
]
