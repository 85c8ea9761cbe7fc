"""Plain JSON-like data (dicts, lists, scalars): copy it, walk a JSON pointer through it, sort
places in it, put what a `$ref` points to in its place."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from generator.diagnostics import join_pointer, split_pointer

_UNSAFE_NAME_CHARS = re.compile(r"[^A-Za-z0-9._-]+")
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


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


def pointer_order(place: str | Sequence[str | int]) -> tuple[tuple[int, int, str], ...]:
    """A sort key for places in a document: token by token, list indexes by number.

    A place is a JSON pointer (whose tokens that are digits are read as list indexes) or its
    tokens (list indexes as ints).
    """
    tokens: Sequence[str | int] = (
        [int(token) if token.isdigit() else token for token in split_pointer(place)]
        if isinstance(place, str)
        else place
    )
    return tuple((1, token, "") if isinstance(token, int) else (0, 0, token) for token in tokens)


def is_url(text: str) -> bool:
    """Whether text starts with a URL scheme (`https://`, `file://`, ...)."""
    return _URL.match(text) is not None


def replace_ref(node: dict[str, Any], content: dict[str, Any]) -> None:
    """Put `content` where the `$ref` in `node` stood; the ref's siblings stay and win."""
    siblings = {key: value for key, value in node.items() if key != "$ref"}
    node.clear()
    node.update(content)
    node.update(siblings)


def bundled_name(path: Path, fragment: str, taken: set[str]) -> str:
    """A new, unique name for an object bundled from another file, added to `taken`.

    The name is the fragment's last token, or the file's stem for a whole file, with a number
    added when it is taken already.
    """
    tokens = split_pointer(fragment)
    base = tokens[-1] if tokens else path.stem
    base = _UNSAFE_NAME_CHARS.sub("_", base).strip("_") or "Schema"
    name, number = base, 2
    while name in taken:
        name, number = f"{base}{number}", number + 1
    taken.add(name)
    return name
