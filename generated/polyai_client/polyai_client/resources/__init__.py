"""The client's operations, one module per group."""

from .chat import AsyncChat, Chat

__all__ = [
    "Chat",
    "AsyncChat",
]
