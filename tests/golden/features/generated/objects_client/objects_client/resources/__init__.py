"""The client's operations, one module per group."""

from .events import AsyncEvents, Events
from .orders import AsyncOrders, Orders
from .settings import AsyncSettingsResource, SettingsResource
from .trees import AsyncTrees, Trees
from .users import AsyncUsers, Users

__all__ = [
    "Events",
    "AsyncEvents",
    "Orders",
    "AsyncOrders",
    "SettingsResource",
    "AsyncSettingsResource",
    "Trees",
    "AsyncTrees",
    "Users",
    "AsyncUsers",
]
