"""What the runtime copied into every client (templates/runtime) exports and binds, read from
its source, so that the names the IR gives a client's package cannot drift from it."""

from __future__ import annotations

import ast
import functools

from generator.installation import templates_root


def _module(name: str) -> ast.Module:
    # One name a joinpath: Python 3.10's Traversable takes no more.
    path = templates_root().joinpath("runtime").joinpath(f"{name}.py")
    source = path.read_text(encoding="utf-8")
    return ast.parse(source)


@functools.cache
def error_classes() -> tuple[str, ...]:
    """The exception classes of the runtime's `errors` module that its `__all__` exports, in
    that order: the package exports each of them."""
    module = _module("errors")
    classes = {node.name for node in module.body if isinstance(node, ast.ClassDef)}
    for node in module.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__all__" for target in node.targets
        ):
            return tuple(name for name in ast.literal_eval(node.value) if name in classes)
    raise LookupError("templates/runtime/errors.py has no __all__")


@functools.cache
def api_client_methods() -> frozenset[str]:
    """The public methods of the runtime's `SyncAPIClient` and `AsyncAPIClient` and of the
    classes of `_base_client` they derive from, which every generated client inherits."""
    classes = {
        node.name: node for node in _module("_base_client").body if isinstance(node, ast.ClassDef)
    }
    methods: set[str] = set()
    pending = ["SyncAPIClient", "AsyncAPIClient"]
    while pending:
        body = classes[pending.pop()]
        pending += [
            base.id for base in body.bases if isinstance(base, ast.Name) and base.id in classes
        ]
        methods |= {
            node.name
            for node in body.body
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and not node.name.startswith("_")
        }
    return frozenset(methods)
