"""Plain JSON-like data (dicts, lists, scalars): copy it, walk a JSON pointer through it."""

from __future__ import annotations

import difflib
from typing import Any

from generator.diagnostics import join_pointer, split_pointer


def copy_data(value: Any) -> Any:
    """A deep copy of plain JSON-like data (dicts, lists, scalars)."""
    if isinstance(value, dict):
        return {key: copy_data(item) for key, item in value.items()}
    if isinstance(value, list):
        return [copy_data(item) for item in value]
    return value


def resolve_pointer(document: Any, pointer: str) -> tuple[Any, str | None]:
    """Walk a JSON pointer; returns (value, None) or (None, why it fails)."""
    node = document
    walked = ""
    for token in split_pointer(pointer):
        if isinstance(node, dict):
            if token not in node:
                close = difflib.get_close_matches(token, [str(key) for key in node], n=1)
                suggestion = f" (did you mean {close[0]!r}?)" if close else ""
                return None, f"{walked or 'the document'} has no {token!r}{suggestion}"
            node = node[token]
        elif isinstance(node, list):
            if not token.isdigit() or int(token) >= len(node):
                return None, f"{walked} has no item {token!r}"
            node = node[int(token)]
        else:
            return None, f"{walked} is not an object"
        walked = join_pointer(walked, token)
    return node, None
