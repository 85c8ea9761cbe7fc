"""Data models of the Request Bodies Fixture."""

from typing import Any

from ._models import BaseModel

__all__ = ["Listener", "Message", "UploadRequestMeta"]


class Listener(BaseModel):
    """Requires a property it does not declare, as turbinelabs.io's spec does."""

    name: str
    host: Any


class Message(BaseModel):
    text: str
    priority: int | None = None


class UploadRequestMeta(BaseModel):
    source: str | None = None
