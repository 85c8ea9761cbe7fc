"""What a user of a generated client sees: its types compared as Python types, and which way
each model travels (into requests, out of responses).

Annotations are compared as the generated code writes them, parsed with `ast` rather than as
text: `str | None` and `None | str` are the same type, and `float` accepts `int`.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from typing import Literal

from generator.diagnostics import join_pointer
from generator.ir.model import Client, Operation
from generator.ir.pytypes import PyType
from generator.render.filters import python_type

Relation = Literal["same", "wider", "narrower", "different"]
Direction = Literal["request", "response"]

# Types whose every value another type also accepts (PEP 484's numeric tower).
_ACCEPTED_BY = {"int": {"float"}, "bool": {"int", "float"}}
_GENERIC_ORIGINS = frozenset(
    {
        "list",
        "dict",
        "Mapping",
        "Sequence",
        "tuple",
        "set",
        "frozenset",
        "builtins.list",
        "builtins.dict",
    }
)


def operation_pointer(op: Operation) -> str:
    return join_pointer("/paths", op.path, op.http_method.lower())


def aliases_of(client: Client) -> dict[str, str]:
    """Named aliases -> their annotations, so a field typed by an alias compares by its values."""
    return {
        alias.name: python_type(alias.annotation)
        for alias in (*client.enum_aliases, *client.union_aliases)
    }


def relation(
    old: str, new: str, old_aliases: Mapping[str, str], new_aliases: Mapping[str, str]
) -> Relation:
    """How the set of values `new` accepts compares with the set `old` accepts."""
    if old == new:
        return "same"
    before = _members(ast.parse(old, mode="eval").body, old_aliases, frozenset())
    after = _members(ast.parse(new, mode="eval").body, new_aliases, frozenset())
    covers_old = _covers_all(after, before)
    covers_new = _covers_all(before, after)
    if covers_old and covers_new:
        return "same"
    if covers_old:
        return "wider"
    if covers_new:
        return "narrower"
    return "different"


def literal_values(annotation: str) -> list[str]:
    """The values of an enum alias (`Annotated[Literal["a", "b"], OpenEnum]`), as source text."""
    members = _members(ast.parse(annotation, mode="eval").body, {}, frozenset())
    return [
        ast.unparse(m.slice)
        for m in members
        if isinstance(m, ast.Subscript) and _origin(m) == "Literal"
    ]


def without_none(annotation: str) -> str:
    """The annotation minus a `None` member: an optional field's type spells its optionality so."""
    kept = [
        ast.unparse(m)
        for m in _members(ast.parse(annotation, mode="eval").body, {}, frozenset())
        if ast.unparse(m) != "None"
    ]
    return " | ".join(kept) or "None"


def _members(
    node: ast.expr, aliases: Mapping[str, str], expanding: frozenset[str]
) -> list[ast.expr]:
    """The union members of a type, each `Literal` value its own member, aliases expanded."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _members(node.left, aliases, expanding) + _members(node.right, aliases, expanding)
    origin = _origin(node)
    if isinstance(node, ast.Subscript) and origin == "Annotated":
        first = node.slice.elts[0] if isinstance(node.slice, ast.Tuple) else node.slice
        return _members(first, aliases, expanding)
    if isinstance(node, ast.Subscript) and origin == "Literal":
        values = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        return [ast.Subscript(node.value, value, ast.Load()) for value in values]
    if isinstance(node, ast.Subscript) and origin in ("Union", "Optional"):
        parts = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        extra = [ast.Constant(None)] if origin == "Optional" else []
        return [m for part in (*parts, *extra) for m in _members(part, aliases, expanding)]
    if isinstance(node, ast.Name) and node.id == "NotGiven":
        return []  # how an argument may be left out, which `required` already says
    if isinstance(node, ast.Name) and node.id in aliases and node.id not in expanding:
        return _members(
            ast.parse(aliases[node.id], mode="eval").body, aliases, expanding | {node.id}
        )
    return [node]


def _origin(node: ast.expr) -> str:
    target = node.value if isinstance(node, ast.Subscript) else node
    return ast.unparse(target).removeprefix("typing.")


def _covers_all(wide: list[ast.expr], narrow: list[ast.expr]) -> bool:
    return all(any(_covers(w, n) for w in wide) for n in narrow)


def _covers(wide: ast.expr, narrow: ast.expr) -> bool:
    """Whether every value of the type `narrow` is a value of the type `wide`."""
    wide_text, narrow_text = ast.unparse(wide), ast.unparse(narrow)
    if wide_text in (narrow_text, "Any", "object"):
        return True
    if wide_text in _ACCEPTED_BY.get(narrow_text, ()):
        return True
    if (
        _origin(narrow) == "Literal"
        and isinstance(narrow, ast.Subscript)
        and isinstance(narrow.slice, ast.Constant)
    ):
        return type(narrow.slice.value).__name__ == wide_text
    if (
        isinstance(wide, ast.Subscript)
        and isinstance(narrow, ast.Subscript)
        and _origin(wide) == _origin(narrow) in _GENERIC_ORIGINS
    ):
        wide_args = wide.slice.elts if isinstance(wide.slice, ast.Tuple) else [wide.slice]
        narrow_args = narrow.slice.elts if isinstance(narrow.slice, ast.Tuple) else [narrow.slice]
        # Read as containers of values, element types compare like the types themselves.
        return len(wide_args) == len(narrow_args) and all(
            _covers_all(_members(w, {}, frozenset()), _members(n, {}, frozenset()))
            for w, n in zip(wide_args, narrow_args, strict=True)
        )
    return False


def directions(client: Client) -> dict[str, frozenset[Direction]]:
    """Model and alias name -> whether users build it for requests, read it from responses, or both.

    A declaration no operation reaches is importable all the same, so it counts as both.
    """
    declared = {model.name: [field.annotation for field in model.fields] for model in client.models}
    declared.update(
        {alias.name: [alias.annotation] for alias in (*client.enum_aliases, *client.union_aliases)}
    )
    requests = [a.annotation for op in client.operations for a in (*op.positional, *op.keyword)]
    decoded = [
        case.decoder.body_type
        for op in client.operations
        for case in op.responses
        if case.decoder.body_type is not None
    ]
    responses = [op.return_annotation for op in client.operations] + decoded
    responses += [
        op.event_stream.data_annotation for op in client.operations if op.event_stream is not None
    ]
    reached: dict[Direction, set[str]] = {
        "request": _reachable(requests, declared),
        "response": _reachable(responses, declared),
    }
    found: dict[str, frozenset[Direction]] = {}
    for name in declared:
        ways = frozenset(way for way, names in reached.items() if name in names)
        found[name] = ways or frozenset({"request", "response"})
    return found


def _reachable(roots: Iterable[PyType], declared: Mapping[str, list[PyType]]) -> set[str]:
    seen: set[str] = set()
    pending = [name for root in roots for name in root.names]
    while pending:
        name = pending.pop()
        if name in declared and name not in seen:
            seen.add(name)
            pending.extend(n for annotation in declared[name] for n in annotation.names)
    return seen
