"""Data models of the Responses Fixture."""

from pydantic import Field

from ._models import BaseModel

__all__ = ["Error", "Job", "Report"]


class Error(BaseModel):
    code: int
    message: str


class Job(BaseModel):
    job_id: str = Field(validation_alias="jobId", serialization_alias="jobId")


class Report(BaseModel):
    title: str
