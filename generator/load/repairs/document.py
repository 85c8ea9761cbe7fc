"""Repairs of the document as a whole, before validation: `REPAIRS`, applied by
`normalize_document`.

Add a document-wide repair to `REPAIRS`; its order is the order they run in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, get_args
from urllib.parse import unquote

from openapi_pydantic.v3.v3_0 import OpenAPI as OpenAPIv3_0
from openapi_pydantic.v3.v3_1 import OpenAPI as OpenAPIv3_1

from generator.diagnostics import Diagnostic, warning
from generator.load.data import copy_data, resolve_pointer
from generator.load.grammar import OPERATION_METHODS, Kind, walk
from generator.load.origins import Origins
from generator.load.repairs.schemas import repair_schemas
from generator.load.sources import parse_version

Repair = Callable[[dict[str, Any], Origins], list[Diagnostic]]
"""Fixes one kind of problem in the document in place; returns a warning per change."""


def _known_versions() -> dict[tuple[int, int], tuple[str, ...]]:
    """The patch versions openapi-pydantic accepts, by (major, minor)."""
    known: dict[tuple[int, int], tuple[str, ...]] = {}
    for model in (OpenAPIv3_0, OpenAPIv3_1):
        versions = tuple(str(value) for value in get_args(model.model_fields["openapi"].annotation))
        for version in versions:
            minor = parse_version(version)
            if minor is not None:
                known[minor] = known.get(minor, ()) + (version,)
    return known


KNOWN_VERSIONS = _known_versions()


def pin_version(document: dict[str, Any], origins: Origins) -> list[Diagnostic]:
    """Read a 3.0 / 3.1 version that is not one of the known patch releases as the newest one."""
    version = document.get("openapi")
    minor = parse_version(version)
    if not isinstance(version, str) or minor is None or minor not in KNOWN_VERSIONS:
        return []
    candidates = KNOWN_VERSIONS[minor]
    if version in candidates:
        return []
    newest = max(candidates, key=lambda value: tuple(int(part) for part in value.split(".")))
    document["openapi"] = newest
    file, pointer = origins.locate("/openapi")
    return [warning(file, pointer, f"OpenAPI version {version!r} is read as {newest!r}")]


def drop_path_extensions(document: dict[str, Any], origins: Origins) -> list[Diagnostic]:
    """Drop `x-` keys of `paths` and `webhooks`: valid, but openapi-pydantic reads them as paths."""
    for key in ("paths", "webhooks"):
        items = document.get(key)
        if isinstance(items, dict):
            for name in [name for name in items if str(name).startswith("x-")]:
                del items[name]
    return []


def inline_callback_refs(document: dict[str, Any], origins: Origins) -> list[Diagnostic]:
    """Copy `$ref`ed callbacks into 3.0 operations: openapi-pydantic's 3.0 model holds no refs."""
    paths = document.get("paths")
    if parse_version(document.get("openapi")) != (3, 0) or not isinstance(paths, dict):
        return []
    for item in paths.values():
        for method in OPERATION_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            callbacks = operation.get("callbacks") if isinstance(operation, dict) else None
            if not isinstance(callbacks, dict):
                continue
            for name, callback in callbacks.items():
                ref = callback.get("$ref") if isinstance(callback, dict) else None
                if isinstance(ref, str) and ref.startswith("#/"):
                    target, _ = resolve_pointer(document, unquote(ref[1:]))
                    if isinstance(target, dict):
                        callbacks[name] = copy_data(target)
    return []


REPAIRS: tuple[Repair, ...] = (
    pin_version,
    drop_path_extensions,
    inline_callback_refs,
    repair_schemas,
)


def normalize_document(document: dict[str, Any], origins: Origins) -> list[Diagnostic]:
    """Apply every repair in `REPAIRS` to document, in place; returns their warnings."""
    diagnostics: list[Diagnostic] = []
    for repair in REPAIRS:
        diagnostics.extend(repair(document, origins))
    if diagnostics:
        diagnostics.extend(drop_broken_refs(document, origins))
    return diagnostics


def drop_broken_refs(document: dict[str, Any], origins: Origins) -> list[Diagnostic]:
    """Read a schema `$ref` into something a repair left out as any value.

    Refs were checked before the repairs; one that pointed into, say, keywords that 3.0 ignores
    beside a `$ref` and that were dropped, now points to nothing.
    """
    diagnostics: list[Diagnostic] = []
    found: dict[str, bool] = {}

    def visit(node: dict[str, Any], kind: Kind, pointer: str) -> None:
        ref = node.get("$ref")
        if kind is not Kind.SCHEMA or not isinstance(ref, str) or not ref.startswith("#/"):
            return
        if ref not in found:
            found[ref] = resolve_pointer(document, unquote(ref[1:]))[1] is None
        if not found[ref]:
            del node["$ref"]
            file, file_pointer = origins.locate(pointer + "/$ref")
            diagnostics.append(
                warning(
                    file,
                    file_pointer,
                    f"$ref {ref!r} points into a part of the document that a repair left out; "
                    "the schema is read as any value",
                )
            )

    walk(document, visit)
    return diagnostics
