"""Data models of the OSVI AI API."""

from ._models import BaseModel

__all__ = ["ChatErrorUnauthorized", "CloseSessionResponse", "CloseSessionResponseData"]


class ChatErrorUnauthorized(BaseModel):
    success: bool | None = None
    error: str | None = None


class CloseSessionResponseData(BaseModel):
    session_id: str | None = None
    summary: str | None = None
    """AI-generated summary of the conversation."""


class CloseSessionResponse(BaseModel):
    success: bool | None = None
    data: CloseSessionResponseData | None = None
