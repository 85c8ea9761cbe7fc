"""The client's operations, one module per group."""

from .reports import AsyncReports, Reports

__all__ = [
    "Reports",
    "AsyncReports",
]
