"""The client's operations, one module per group."""

from .configured import AsyncConfigured, Configured
from .cursor import AsyncCursor, Cursor
from .extension import AsyncExtension, Extension
from .item_cursor import AsyncItemCursor, ItemCursor
from .offset import AsyncOffset, Offset
from .page import AsyncPage, Page
from .repos import AsyncRepos, Repos

__all__ = [
    "Configured",
    "AsyncConfigured",
    "Cursor",
    "AsyncCursor",
    "Extension",
    "AsyncExtension",
    "ItemCursor",
    "AsyncItemCursor",
    "Offset",
    "AsyncOffset",
    "Page",
    "AsyncPage",
    "Repos",
    "AsyncRepos",
]
