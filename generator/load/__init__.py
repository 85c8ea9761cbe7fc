"""Load phase: OpenAPI 3.0 / 3.1 and Swagger 2.0 sources (YAML, JSON, documentation pages) -> one
validated OpenAPI document; common breaks of the specification are repaired with warnings.

document = load_document([Path("openapi.yaml")])
document.openapi       # the openapi-pydantic model
document.resolve("#/components/schemas/Chat")
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator.load.document import LoadedDocument
    from generator.load.pipeline import inspect_documents, load_document, validate_documents

__all__ = ["LoadedDocument", "inspect_documents", "load_document", "validate_documents"]

# Imported on first use: they import pydantic and openapi-pydantic, which take a while, and a
# run that finds its project up to date needs only `files` (what the sources held).
_MODULES = {
    "LoadedDocument": "generator.load.document",
    "inspect_documents": "generator.load.pipeline",
    "load_document": "generator.load.pipeline",
    "validate_documents": "generator.load.pipeline",
}


def __getattr__(name: str) -> Any:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_MODULES[name]), name)
    globals()[name] = value
    return value
