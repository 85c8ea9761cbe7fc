"""Data models of the Many Models Fixture, one module each, imported on first use."""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._exports import *

__all__ = [
    "Address",
    "Catalog",
    "Circle",
    "Color",
    "Contact",
    "Country",
    "Currency",
    "Dimensions",
    "Person",
    "Pet",
    "Phone",
    "Price",
    "Product",
    "Rating",
    "Review",
    "Section",
    "Shape",
    "Size",
    "Square",
]

# Where each export is defined. The modules are imported on first use, not with the package,
# so that a program pays only for the parts of a large client it uses.
_MODULE_OF: dict[str, str] = {
    "Address": ".person",
    "Catalog": ".catalog",
    "Circle": ".catalog",
    "Color": ".person",
    "Contact": ".catalog",
    "Country": ".person",
    "Currency": ".price",
    "Dimensions": ".catalog",
    "Person": ".person",
    "Pet": ".person",
    "Phone": ".catalog",
    "Price": ".price",
    "Product": ".catalog",
    "Rating": ".catalog",
    "Review": ".catalog",
    "Section": ".catalog",
    "Shape": ".catalog",
    "Size": ".catalog",
    "Square": ".catalog",
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
