"""Data models of the Objects Fixture."""

from datetime import date, datetime, time
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import Field

from ._models import BaseModel, OpenEnum

__all__ = [
    "Company",
    "CreateOrderRequestShipping",
    "CreateOrderRequestShippingGeo",
    "CreateOrderResponse",
    "CreateOrderResponseLinesItem",
    "CreateUserRequestRole",
    "Event",
    "Person",
    "Settings",
    "Strict",
    "Tree",
    "User",
    "UserRole",
]

CreateUserRequestRole = Annotated[Literal["admin", "member"], OpenEnum]

UserRole = Annotated[Literal["admin", "member"], OpenEnum]


class Person(BaseModel):
    name: str
    employer: "Company | None" = None


class Company(BaseModel):
    name: str
    people: list[Person] | None = None


class CreateOrderRequestShippingGeo(BaseModel):
    lat: float | None = None
    lon: float | None = None


class CreateOrderRequestShipping(BaseModel):
    street: str
    geo: CreateOrderRequestShippingGeo | None = None


class CreateOrderResponseLinesItem(BaseModel):
    sku: str
    price: Decimal | None = None


class CreateOrderResponse(BaseModel):
    order_id: str = Field(validation_alias="orderId", serialization_alias="orderId")
    lines: list[CreateOrderResponseLinesItem]


class Event(BaseModel):
    id: str
    at: datetime
    day: date | None = None
    starts: time | None = None
    contact: str | None = None
    link: str | None = None
    amount: Decimal | None = None
    checksum: str | None = None
    attachment: bytes | None = None


class Strict(BaseModel):
    """No other properties allowed (additionalProperties false)."""

    enabled: bool | None = None


class Settings(BaseModel):
    """Known properties plus any others (additionalProperties true)."""

    theme: str | None = None
    labels: dict[str, str] | None = None
    """additionalProperties with a schema."""
    strict: Strict | None = None
    """No other properties allowed (additionalProperties false)."""
    extras: dict[str, Any] | None = None
    """A free-form object."""
    anything: Any | None = None
    """Any JSON value."""


class Tree(BaseModel):
    value: int
    children: "list[Tree] | None" = None
    parent: "Tree | None" = None


class User(BaseModel):
    id: str | None = None
    name: str
    password: str | None = None
    role: UserRole = "member"
    active: bool = True
    quota: int = 10
    ratio: float = 0.5
    nickname: str = "anonymous"
