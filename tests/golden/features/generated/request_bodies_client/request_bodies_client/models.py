"""Data models of the Request Bodies Fixture."""

from ._models import BaseModel

__all__ = ["Message", "UploadRequestMeta"]


class Message(BaseModel):
    text: str
    priority: int | None = None


class UploadRequestMeta(BaseModel):
    source: str | None = None
