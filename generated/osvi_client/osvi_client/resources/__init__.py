"""The client's operations, one module per group."""

from .chat_sessions import AsyncChatSessions, ChatSessions

__all__ = [
    "ChatSessions",
    "AsyncChatSessions",
]
