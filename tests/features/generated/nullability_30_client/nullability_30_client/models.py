"""Data models of the Nullability 3.0 Fixture."""

from typing import Annotated, Literal

from ._models import BaseModel, OpenEnum

__all__ = [
    "Address",
    "Colour",
    "Lead",
    "Level",
    "Mixed",
    "Profile",
    "ProfileUpdate",
    "Status",
    "Team",
]

Colour = Annotated[Literal["red", "green"], OpenEnum]

Level = Annotated[Literal[1, 2, 3], OpenEnum]

Mixed = Annotated[Literal["auto", 0, True], OpenEnum]

Status = Annotated[Literal["active", "suspended"], OpenEnum]


class Address(BaseModel):
    city: str


class Lead(BaseModel):
    """A component that is itself nullable (3.0), so a required reference to it admits
    null.
    """

    name: str


class Profile(BaseModel):
    id: str
    nickname: str | None
    """Required, but may be null."""
    age: int | None = None
    """Optional and nullable."""
    status: Status
    level: Level | None = None
    mixed: Mixed | None = None
    colour: Colour | None = None
    address: Address | None = None
    """A nullable reference (3.0 idiom)."""
    tags: list[str] | None = None


class ProfileUpdate(BaseModel):
    nickname: str | None = None
    age: int | None = None
    status: Status | None = None
    colour: Colour | None = None
    address: Address | None = None


class Team(BaseModel):
    name: str
    lead: Lead | None
    """A component that is itself nullable (3.0), so a required reference to it admits
    null.
    """
