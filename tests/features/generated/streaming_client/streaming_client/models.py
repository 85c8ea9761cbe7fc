"""Data models of the Streaming."""

from typing import Annotated, Literal

from ._models import BaseModel, OpenEnum

__all__ = ["ChatChunk", "Error", "Job", "JobState", "Progress", "Tick"]

JobState = Annotated[Literal["running", "done"], OpenEnum]


class ChatChunk(BaseModel):
    text: str
    done: bool | None = None


class Error(BaseModel):
    message: str


class Job(BaseModel):
    id: str
    state: JobState


class Progress(BaseModel):
    percent: int
    message: str | None = None


class Tick(BaseModel):
    symbol: str
    price: float
