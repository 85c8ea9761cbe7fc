"""Data models of the Refs Fixture."""

from typing import Annotated, Literal

from ._models import BaseModel, OpenEnum

__all__ = ["Contact", "Item", "ItemStatus", "NewItem", "Owner", "Problem"]

ItemStatus = Annotated[Literal["draft", "published"], OpenEnum]


class Contact(BaseModel):
    email: str | None = None


class Owner(BaseModel):
    id: int
    name: str
    contact: Contact | None = None


class Item(BaseModel):
    name: str
    owner: Owner | None = None
    """Who owns it (a sibling of $ref, allowed in 3.1)."""
    id: str
    status: ItemStatus | None = None


class NewItem(BaseModel):
    name: str
    owner: Owner | None = None
    """Who owns it (a sibling of $ref, allowed in 3.1)."""


class Problem(BaseModel):
    detail: str
