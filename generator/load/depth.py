"""Inline schemas nested deeper than the validator follows, moved out to components.

pydantic validates nested models to a fixed depth (about 250 levels), so a schema nested
that deep inline, which is legitimate, would be refused. Every schema `HOIST_DEPTH` levels
below the nearest named one becomes a component of its own, and a `$ref` to it takes its
place: the validator then never goes deeper than that at a time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.diagnostics import join_pointer
from generator.load.data import bundled_name
from generator.load.grammar import Kind, children
from generator.load.origins import Origins

HOIST_DEPTH = 100


def hoist_deep_schemas(document: dict[str, Any], origins: Origins) -> None:
    """Move each inline schema `HOIST_DEPTH` schema levels deep into `components/schemas`.

    A document whose `components` or `schemas` is no mapping is left as it is: validation
    reports that, and reports it better than a moved schema would."""
    components = document.get("components", {})
    if not isinstance(components, dict) or not isinstance(components.get("schemas", {}), dict):
        return
    # (node, kind, pointer, how many schemas lead to it); iterative, as the nesting is deep.
    stack: list[tuple[dict[str, Any], Kind, str, int]] = [(document, Kind.DOCUMENT, "", 0)]
    while stack:
        node, kind, pointer, depth = stack.pop()
        if kind is Kind.SCHEMA and depth >= HOIST_DEPTH and "$ref" not in node:
            node, pointer = _hoist(document, origins, node, pointer)
            depth = 1
        for child, child_kind, child_pointer in children(node, kind, pointer):
            stack.append(
                (child, child_kind, child_pointer, depth + 1 if kind is Kind.SCHEMA else 1)
            )


def _hoist(
    document: dict[str, Any], origins: Origins, node: dict[str, Any], pointer: str
) -> tuple[dict[str, Any], str]:
    """Put node's content in a new component and a ref to it where node was; returns the
    content and its new pointer."""
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    name = bundled_name(Path("schema"), pointer, set(schemas))
    content = dict(node)
    schemas[name] = content
    component = join_pointer("/components/schemas", name)
    origins.record(component, *origins.locate(pointer))
    node.clear()
    node["$ref"] = "#" + component
    return content, component
