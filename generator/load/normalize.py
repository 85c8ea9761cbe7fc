"""Repairs applied to the merged, bundled document before it is validated.

This is the seam for robustness on real-world documents. A repair fixes one thing in place:
either a common, harmless break of the specification (a version without its patch number), or
a valid construct that openapi-pydantic's models cannot hold (`x-` keys in `paths`, 3.1 boolean
subschemas). It returns a warning for every change the author should hear about.

Add a document-wide repair as a `Repair` listed in `REPAIRS`, or a per-schema one as a
`SchemaRepair` listed in `SCHEMA_REPAIRS` (all of those share one walk over the schemas); each
tuple's order is the order they run in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, get_args
from urllib.parse import unquote

from openapi_pydantic.v3.v3_0 import OpenAPI as OpenAPIv3_0
from openapi_pydantic.v3.v3_1 import OpenAPI as OpenAPIv3_1

from generator.diagnostics import Diagnostic, warning
from generator.load.data import copy_data, resolve_pointer
from generator.load.grammar import FIELDS, OPERATION_METHODS, Kind, Shape, walk
from generator.load.origins import Origins
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
    """Copy `$ref`ed callbacks into 3.0 operations: openapi-pydantic's 3.0 model has no room for refs."""
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


SchemaRepair = Callable[[dict[str, Any], tuple[int, int]], list[tuple[str, str]]]
"""Fixes one schema object in place, given the document's (major, minor) OpenAPI version.

Returns (message, hint) for every change the author should hear about.
"""


def boolean_subschemas(schema: dict[str, Any], version: tuple[int, int]) -> list[tuple[str, str]]:
    """Spell 3.1 boolean subschemas as objects (`true` -> `{}`, `false` -> `{not: {}}`).

    JSON Schema allows them everywhere; openapi-pydantic only for `additionalProperties`.
    """
    if version != (3, 1):
        return []
    for keyword, (shape, _) in FIELDS[Kind.SCHEMA].items():
        child = schema.get(keyword)
        if isinstance(child, bool) and shape is Shape.ONE and keyword != "additionalProperties":
            schema[keyword] = _boolean_schema(child)
        elif isinstance(child, list) and shape is not Shape.MAP:
            schema[keyword] = [
                _boolean_schema(item) if isinstance(item, bool) else item for item in child
            ]
        elif isinstance(child, dict) and shape is Shape.MAP:
            for name, item in child.items():
                if isinstance(item, bool):
                    child[name] = _boolean_schema(item)
    return []


def _boolean_schema(value: bool) -> dict[str, Any]:
    return {} if value else {"not": {}}


_REFERENCE_FIELDS = frozenset({"$ref", "description", "summary"})
_ANNOTATIONS_30 = frozenset(
    {
        "nullable",
        "readOnly",
        "writeOnly",
        "deprecated",
        "default",
        "example",
        "title",
        "externalDocs",
        "xml",
    }
)


def wrap_refs_with_siblings(
    schema: dict[str, Any], version: tuple[int, int]
) -> list[tuple[str, str]]:
    """Move a `$ref` that has schema keywords beside it into `allOf`.

    `{$ref: X, nullable: true}` becomes `{allOf: [{$ref: X}], nullable: true}`, which always
    parses as a `Schema` (openapi-pydantic would pick `Reference` or `Schema` depending on the
    keywords). In 3.1 the keywords beside a `$ref` apply, so all of them stay. In 3.0 they are
    ignored by the specification; the annotations authors mean anyway (`nullable`, `readOnly`,
    `default`, ...) stay, and the others are dropped with a warning.
    """
    ref = schema.get("$ref")
    if not isinstance(ref, str):
        return []
    siblings = [
        key for key in schema if key not in _REFERENCE_FIELDS and not str(key).startswith("x-")
    ]
    if not siblings:
        return []
    messages: list[tuple[str, str]] = []
    if version == (3, 0):
        ignored = [key for key in siblings if key not in _ANNOTATIONS_30]
        for key in ignored:
            del schema[key]
        if ignored:
            names = ", ".join(repr(key) for key in ignored)
            messages.append(
                (
                    f"OpenAPI 3.0 ignores keywords beside $ref: {names} dropped",
                    "to combine a $ref with more keywords, write allOf: [{$ref: ...}] beside them",
                )
            )
        if len(ignored) == len(siblings):
            return messages
    del schema["$ref"]
    all_of = schema.get("allOf")
    schema["allOf"] = [{"$ref": ref}] + (all_of if isinstance(all_of, list) else [])
    return messages


SCHEMA_REPAIRS: tuple[SchemaRepair, ...] = (boolean_subschemas, wrap_refs_with_siblings)


def repair_schemas(document: dict[str, Any], origins: Origins) -> list[Diagnostic]:
    """Apply every repair in `SCHEMA_REPAIRS` to every schema object, in one walk."""
    version = parse_version(document.get("openapi")) or (0, 0)
    diagnostics: list[Diagnostic] = []

    def visit(node: dict[str, Any], kind: Kind, pointer: str) -> None:
        if kind is not Kind.SCHEMA:
            return
        for repair in SCHEMA_REPAIRS:
            for message, hint in repair(node, version):
                file, file_pointer = origins.locate(pointer)
                diagnostics.append(warning(file, file_pointer, message, hint))

    walk(document, visit)
    return diagnostics


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
    return diagnostics
