"""The client's operations, one module per group."""

from .alpha import AsyncAlpha, Alpha
from .dupes import AsyncDupes, Dupes
from .reports import AsyncReports, Reports
from .widgets import AsyncWidgets, Widgets

__all__ = [
    "Alpha",
    "AsyncAlpha",
    "Dupes",
    "AsyncDupes",
    "Reports",
    "AsyncReports",
    "Widgets",
    "AsyncWidgets",
]
