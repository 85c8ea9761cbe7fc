"""The client's operations, one module per group."""

from .items import AsyncItems, Items
from .owners import AsyncOwners, Owners

__all__ = [
    "Items",
    "AsyncItems",
    "Owners",
    "AsyncOwners",
]
