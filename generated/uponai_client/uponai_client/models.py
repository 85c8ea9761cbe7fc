"""Data models of the UponAI Platform API."""

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import Field

from ._models import BaseModel, OpenEnum

__all__ = ["Chat", "Message", "MessageRole"]

MessageRole = Annotated[Literal["assistant", "user"], OpenEnum]


class Message(BaseModel):
    role: MessageRole
    content: str
    name: str | None = None
    tool_calls: list[dict[str, Any]] | None = None


class Chat(BaseModel):
    chat_id: str | None = Field(
        default=None, validation_alias="chatId", serialization_alias="chatId"
    )
    agent_id: str | None = Field(
        default=None, validation_alias="agentId", serialization_alias="agentId"
    )
    version: int | None = None
    status: str | None = None
    type: str | None = None
    metadata: dict[str, str] | None = None
    custom_attributes: dict[str, str] | None = Field(
        default=None, validation_alias="customAttributes", serialization_alias="customAttributes"
    )
    started_at: datetime | None = Field(
        default=None, validation_alias="startedAt", serialization_alias="startedAt"
    )
    ended_at: datetime | None = Field(
        default=None, validation_alias="endedAt", serialization_alias="endedAt"
    )
    transcript: str | None = None
    messages: list[Message] | None = None
    chat_cost: dict[str, Any] | None = Field(
        default=None, validation_alias="chatCost", serialization_alias="chatCost"
    )
    chat_analysis: dict[str, Any] | None = Field(
        default=None, validation_alias="chatAnalysis", serialization_alias="chatAnalysis"
    )
    collected_dynamic_variables: dict[str, Any] | None = Field(
        default=None,
        validation_alias="collectedDynamicVariables",
        serialization_alias="collectedDynamicVariables",
    )
    uponai_dynamic_variables: dict[str, str] | None = None
    override_dynamic_variables: dict[str, str] | None = Field(
        default=None,
        validation_alias="overrideDynamicVariables",
        serialization_alias="overrideDynamicVariables",
    )
