"""Data models of the Chat API."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import Field

from ._models import BaseModel, OpenEnum

MessageRole = Annotated[Literal["assistant", "user"], OpenEnum]


class CloseChatResponse(BaseModel):
    success: bool
    """Whether the conversation was successfully closed"""


class Error(BaseModel):
    error_message: str | None = None
    """Reason for error"""


class Chat(BaseModel):
    chat_id: str | None = Field(
        default=None, validation_alias="chatId", serialization_alias="chatId"
    )
    started_at: datetime | None = Field(
        default=None, validation_alias="startedAt", serialization_alias="startedAt"
    )
    metadata: dict[str, str] | None = None
    role: MessageRole
