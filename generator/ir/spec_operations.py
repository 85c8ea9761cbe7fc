"""The spec's operations as its paths list them, and where each goes: its group and method name.

Operations without tags are grouped by their path, and those without an operationId are named
after REST conventions (`list`, `get_chat`, `create`...).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.diagnostics import join_pointer
from generator.ir import naming
from generator.ir.model import FormerName
from generator.load.grammar import OPERATION_METHODS

_SKIPPED_PREFIX = re.compile(r"^(api|rest|v\d+(\.\d+)*|\d+(\.\d+)*)$", re.IGNORECASE)


@dataclass(frozen=True)
class SpecOperation:
    """An operation as the spec states it, before any naming."""

    path: str
    method: str
    operation: Any
    path_item: Any
    pointer: str


@dataclass(frozen=True)
class OperationPlan:
    """Where an operation goes: its group, method name and the name its inline types start with."""

    group: str
    name: str
    type_prefix: str
    shadowed: frozenset[str] = frozenset()
    """Builtins that methods of the group are named after, so its types qualify them
    (`builtins.list`)."""
    former_names: tuple[FormerName, ...] = ()
    """The names the method had before, kept as deprecated aliases."""


def collect_operations(paths: Mapping[str, Any] | None) -> list[SpecOperation]:
    found = []
    for path, item in (paths or {}).items():
        for method in OPERATION_METHODS:
            operation = getattr(item, method, None)
            if operation is not None:
                found.append(
                    SpecOperation(
                        path, method, operation, item, join_pointer("/paths", path, method)
                    )
                )
    return found


def path_group(path: str) -> str:
    """The first meaningful static segment of a path: `/api/v1/chats/{id}` -> `chats`."""
    for segment in _static_segments(path):
        if not _SKIPPED_PREFIX.match(segment):
            return segment
    return "default"


def rest_name(method: str, path: str, group: str) -> str:
    """A name for an operation without an operationId, from REST conventions."""
    segments = [s for s in path.strip("/").split("/") if s]
    static = [s for s in _static_segments(path) if not _SKIPPED_PREFIX.match(s)]
    last = segments[-1] if segments else ""
    last_is_parameter = last.startswith("{")
    noun = static[-1] if static else group
    own_collection = naming.snake_case(noun) == naming.snake_case(group)
    if last_is_parameter:
        verb = {
            "get": "get",
            "put": "update",
            "patch": "update",
            "delete": "delete",
            "post": "create",
        }.get(method, method)
        return verb if own_collection else f"{verb}_{naming.singular(naming.snake_case(noun))}"
    if method == "post" and len(segments) > 1 and segments[-2].startswith("{"):
        return naming.snake_case(noun)
    verb = {
        "get": "list",
        "post": "create",
        "put": "update",
        "patch": "update",
        "delete": "delete",
    }.get(method, method)
    return verb if own_collection else f"{verb}_{naming.snake_case(noun)}"


def _static_segments(path: str) -> list[str]:
    return [s for s in path.strip("/").split("/") if s and "{" not in s]
