"""Data models of the Chat API."""

from ._models import BaseModel

__all__ = ["CloseChatRequest", "CloseChatResponse", "Error"]


class CloseChatRequest(BaseModel):
    conversation_id: str
    """ID of the conversation to close"""


class CloseChatResponse(BaseModel):
    success: bool
    """Whether the conversation was successfully closed"""


class Error(BaseModel):
    error_message: str | None = None
    """Reason for error"""
