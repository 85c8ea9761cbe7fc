"""Data models of the Dasha BlackBox API."""

from datetime import datetime
from typing import Any

from pydantic import Field

from ._models import BaseModel

__all__ = ["ChatMessage", "ChatSession", "EndChatRequest", "ToolCall"]


class ToolCall(BaseModel):
    id: str | None = None
    name: str | None = None
    arguments: Any | None = None
    response: Any | None = None


class ChatMessage(BaseModel):
    role: str | None = None
    content: str | None = None
    tool_calls: list[ToolCall] | None = None
    time_: datetime | None = Field(
        default=None, validation_alias="time", serialization_alias="time"
    )


class ChatSession(BaseModel):
    """Public projection of a chat session — what callers see via GET
    /api/v1/chats/{id} and the list endpoint. Deliberately omits the orchestration
    State blob, the ExternalIdHash, and the worker hot-flags; those are
    server-internal.
    """

    id: str | None = None
    """Session identifier."""
    agent_id: str | None = None
    """Agent driving this session. Frozen at open."""
    channel: str | None = None
    """Channel name (web, twilio_sms, …)."""
    messages: list[ChatMessage] | None = None
    """Full conversation transcript so far, in send order."""
    created_time: datetime | None = None
    """Session creation timestamp (UTC)."""
    last_activity: datetime | None = None
    """Most recent activity timestamp (inbound, outbound or assistant turn)."""
    ttl_seconds: int | None = None
    """Inactivity timeout in seconds; null when no TTL applies."""
    is_final: bool | None = None
    """True once the session has terminated."""
    status: str | None = None
    """Status mirror of
    DashaAI.BlackBox.AgentAPI.TextChat.Dtos.Chats.ChatSessionDto.IsFinal for
    list-endpoint filtering (active / final).
    """
    final_reason: str | None = None
    """Reason for finalisation (ttl, user_end, agent_finish, …)."""


class EndChatRequest(BaseModel):
    """Request body for POST /api/v1/chats/{id}/end. Always finalises the session under
    the user_end reason (the TTL sweeper uses ttl, the agent uses agent_finish) and
    runs the same !:TextChatCallLifecycle.FinishAsync pipeline a voice call uses —
    completion webhook + post-call analysis + persistence.
    """

    note: str | None = None
    """Optional operator-supplied free-form note appended to the activity log for this
    finalisation. Not used by the pipeline; purely audit metadata.
    """
