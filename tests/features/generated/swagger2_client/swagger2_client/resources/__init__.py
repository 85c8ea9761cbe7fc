"""The client's operations, one module per group."""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .notes import AsyncNotes, Notes

__all__ = [
    "Notes",
    "AsyncNotes",
]

# Where each export is defined. The modules are imported on first use, not with the package,
# so that a program pays only for the parts of a large client it uses.
_MODULE_OF: dict[str, str] = {
    "Notes": ".notes",
    "AsyncNotes": ".notes",
}


def __getattr__(name: str) -> object:
    """Import the module that defines `name`, on first use of it (PEP 562)."""
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value: object = getattr(importlib.import_module(module, __name__), name)
    # Bound here, the next use of the name does not come back to this function.
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULE_OF})
