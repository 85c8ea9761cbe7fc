"""Data models of the Nullability 3.1 Fixture."""

from typing import Annotated, Literal

from ._models import BaseModel, OpenEnum

__all__ = [
    "Address",
    "Colour",
    "Level",
    "Mixed",
    "Profile",
    "ProfileKind",
    "ProfileUpdate",
    "ProfileVersion",
    "Status",
]

Colour = Annotated[Literal["red", "green"], OpenEnum]

Level = Annotated[Literal[1, 2, 3], OpenEnum]

Mixed = Annotated[Literal["auto", 0, True], OpenEnum]

ProfileKind = Annotated[Literal["profile"], OpenEnum]

ProfileVersion = Annotated[Literal[2], OpenEnum]

Status = Annotated[Literal["active", "suspended"], OpenEnum]


class Address(BaseModel):
    city: str


class Profile(BaseModel):
    kind: ProfileKind
    version: ProfileVersion | None = None
    id: str
    nickname: str | None
    """Required, but may be null."""
    age: int | None = None
    """Optional and nullable."""
    score: float | str | None = None
    """A number or a string, or null."""
    status: Status
    level: Level | None = None
    mixed: Mixed | None = None
    colour: Colour | None = None
    address: Address | None = None
    """A nullable reference (3.1 idiom)."""
    tags: list[str] | None = None


class ProfileUpdate(BaseModel):
    nickname: str | None = None
    age: int | None = None
    status: Status | None = None
    colour: Colour | None = None
    address: Address | None = None
