"""The `Contact` type of the Many Models Fixture."""

from .._models import BaseModel
from .phone import Phone

__all__ = ["Contact"]


class Contact(BaseModel):
    email: str | None = None
    phone: Phone | None = None
