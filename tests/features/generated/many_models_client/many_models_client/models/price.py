"""The `Price` type of the Many Models Fixture."""

from .._models import BaseModel
from .currency import Currency

__all__ = ["Price"]


class Price(BaseModel):
    amount: float
    currency: Currency
