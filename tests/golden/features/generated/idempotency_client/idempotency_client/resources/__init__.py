"""The client's operations, one module per group."""

from .payments import AsyncPayments, Payments

__all__ = [
    "Payments",
    "AsyncPayments",
]
