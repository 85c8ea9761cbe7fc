"""Data models of the Operations Fixture."""

from typing import Annotated, Literal

from pydantic import Field

from ._models import BaseModel, OpenEnum

__all__ = ["AddLabelXAmzTarget", "GetReportFormat", "Report"]

AddLabelXAmzTarget = Annotated[Literal["Labels.AddLabel"], OpenEnum]

GetReportFormat = Annotated[Literal["pdf", "csv"], OpenEnum]


class Report(BaseModel):
    """Property names that are Python keywords or pydantic attributes."""

    id: str | None = None
    class_: str | None = Field(default=None, validation_alias="class", serialization_alias="class")
    from_: str | None = Field(default=None, validation_alias="from", serialization_alias="from")
    self_: str | None = Field(default=None, validation_alias="self", serialization_alias="self")
    json_: str | None = Field(default=None, validation_alias="json", serialization_alias="json")
    model_config_: str | None = Field(
        default=None, validation_alias="model_config", serialization_alias="model_config"
    )
    field_2_fa: bool | None = Field(default=None, validation_alias="2fa", serialization_alias="2fa")
    with_dash: int | None = Field(
        default=None, validation_alias="with-dash", serialization_alias="with-dash"
    )
