"""The client's operations, one module per group."""

from .chats import AsyncChats, Chats

__all__ = [
    "Chats",
    "AsyncChats",
]
