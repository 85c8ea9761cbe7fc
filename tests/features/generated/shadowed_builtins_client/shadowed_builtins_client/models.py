"""Data models of the Shadowed Builtins."""

from ._models import BaseModel

__all__ = ["FullPet", "ShortListPet"]


class FullPet(BaseModel):
    kind: str
    name: str
    tags: list[str]


class ShortListPet(BaseModel):
    kind: str
    name: str
