"""Parse YAML and JSON text into plain data, with syntax errors that name the original line.

YAML is read with the YAML 1.2 core schema that OpenAPI documents are written for, not PyYAML's
YAML 1.1 default: `yes` / `on` stay strings, dates stay strings (`version: 2024-01-01`), and
mapping keys are always strings as in JSON (`200:` becomes `"200"`, spelled as written).

What a small hostile file can make of the later phases is refused here: nesting deeper than
`MAX_DEPTH` (PyYAML's C composer recurses on the C stack and would crash the process), aliases
that expand to more than `MAX_ALIAS_NODES` nodes (an alias bomb is a few lines), and values no
Python code can hold: text with lone surrogates, numbers beyond a float, integers longer than
Python converts to text.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

import yaml
from yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    MappingStartEvent,
    NodeEvent,
)
from yaml.nodes import MappingNode, ScalarNode

from generator.diagnostics import Diagnostic, error, join_pointer, warning

if TYPE_CHECKING:
    _BaseLoader = yaml.SafeLoader
else:
    _BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_MERGE_TAG = "tag:yaml.org,2002:merge"

MAX_DEPTH = 1000
"""How deep lists and mappings may nest, aliases expanded: far beyond any real document."""

MAX_ALIAS_NODES = 1_000_000
"""How many nodes the aliases of a YAML document may add, each use counting the whole node it
names: generous for the anchors real documents share, and far below what a bomb expands to."""

_MAX_INT_DIGITS = sys.get_int_max_str_digits() or sys.maxsize
_REFUSED_HINT = "nothing in an OpenAPI document needs this; check that this is the file you meant"
_SHOWN_POINTER_TOKENS = 8
"""A deep pointer is cut to its first tokens in messages: still a place, and readable."""
# In JSON text, a lone surrogate or a NUL (what `_check_values` refuses) can only be written as
# an escape; text without one, and with finite numbers only, needs no walk over its values.
_CHECKED_ESCAPE = re.compile(r"\\u(?:[dD][89a-fA-F]|0000)")


class _Loader(_BaseLoader):
    """Safe loader (the C one when available) with YAML 1.2 core scalars and string keys."""

    duplicate_keys: list[tuple[str, int]]

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicate_keys = []

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Hashable, Any]:
        if not isinstance(node, MappingNode):
            return super().construct_mapping(node, deep=deep)
        seen: set[str] = set()
        for key_node, _ in node.value:
            if isinstance(key_node, ScalarNode) and key_node.tag != _MERGE_TAG:
                if key_node.value in seen:
                    self.duplicate_keys.append((key_node.value, key_node.start_mark.line))
                seen.add(key_node.value)
        self.flatten_mapping(node)
        mapping: dict[Hashable, Any] = {}
        for key_node, value_node in node.value:
            if isinstance(key_node, ScalarNode):
                key: Any = key_node.value
            else:
                key = self.construct_object(key_node, deep=deep)
                if not isinstance(key, Hashable):
                    raise yaml.constructor.ConstructorError(
                        "while constructing a mapping",
                        node.start_mark,
                        "found a key that is a list or a mapping",
                        key_node.start_mark,
                    )
                key = str(key)
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping


def _core_schema_resolvers() -> dict[Any, list[tuple[str, re.Pattern[str]]]]:
    """PyYAML's implicit resolvers with bool, int, float and timestamp as YAML 1.2 defines them."""
    core = {
        "tag:yaml.org,2002:bool": re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
        "tag:yaml.org,2002:int": re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"),
        "tag:yaml.org,2002:float": re.compile(
            r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
            r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
        ),
    }
    first_chars = {
        "tag:yaml.org,2002:bool": "tTfF",
        "tag:yaml.org,2002:int": "-+0123456789",
        "tag:yaml.org,2002:float": "-+0123456789.",
    }
    resolvers: dict[Any, list[tuple[str, re.Pattern[str]]]] = {}
    for char, entries in _BaseLoader.yaml_implicit_resolvers.items():
        kept = [
            (tag, regexp)
            for tag, regexp in entries
            if tag not in core and tag != "tag:yaml.org,2002:timestamp"
        ]
        if kept:
            resolvers[char] = kept
    for tag, regexp in core.items():
        for char in first_chars[tag]:
            resolvers.setdefault(char, []).append((tag, regexp))
    return resolvers


_Loader.yaml_implicit_resolvers = _core_schema_resolvers()


def _construct_int(loader: Any, node: Any) -> int:
    text = str(loader.construct_scalar(node))
    if len(text) > _MAX_INT_DIGITS:
        raise _Refused(f"an integer of more than {_MAX_INT_DIGITS} digits", node.start_mark)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text)


def _construct_bool(loader: Any, node: Any) -> bool:
    return str(loader.construct_scalar(node)).lower() == "true"


_Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
_Loader.add_constructor("tag:yaml.org,2002:bool", _construct_bool)


class SyntaxProblem(Exception):
    """Raised by `parse_text`; carries the diagnostic to report."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        self.diagnostic = diagnostic
        super().__init__(diagnostic.render())


class _Refused(yaml.MarkedYAMLError):
    """Valid YAML that clientgen refuses to read (too deep, too many aliases, too long a number)."""

    def __init__(self, problem: str, mark: Any, pointer: str = "") -> None:
        super().__init__(problem=problem, problem_mark=mark)
        self.line: int = mark.line
        self.pointer = pointer


def parse_yaml(text: str, file: str, first_line: int = 1) -> tuple[Any, list[Diagnostic]]:
    """Parse YAML text; `first_line` is the line of the file where the text starts.

    Returns the data and warnings (duplicate keys); raises `SyntaxProblem` for invalid YAML and
    for what it refuses to read.
    """
    loader = _Loader(text)
    try:
        _check_shape(_Loader(text))
        data = loader.get_single_data()
    except _Refused as exc:
        raise SyntaxProblem(
            error(
                file,
                exc.pointer,
                f"{exc.problem}, at line {exc.line + first_line}",
                _REFUSED_HINT,
            )
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        where = ""
        if mark is not None:
            where = f" at line {mark.line + first_line}, column {mark.column + 1}"
        context = f" ({exc.context})" if exc.context and exc.problem else ""
        raise SyntaxProblem(
            error(
                file,
                "",
                f"YAML syntax error{where}: {problem}{context}",
                "check the indentation and quoting on that line",
            )
        ) from None
    except yaml.YAMLError as exc:
        raise SyntaxProblem(error(file, "", f"YAML syntax error: {exc}")) from None
    finally:
        loader.dispose()
    warnings = _check_values(data, file)
    warnings += [
        warning(
            file,
            "",
            f"duplicate key {key!r} at line {line + first_line}: the later value is used",
        )
        for key, line in loader.duplicate_keys
    ]
    return data, warnings


class _Open:
    """A list or mapping whose events `_check_shape` is reading."""

    __slots__ = ("anchor", "nodes_before", "height", "mapping", "token", "at_key")

    def __init__(self, anchor: str | None, nodes_before: int, mapping: bool) -> None:
        self.anchor = anchor
        self.nodes_before = nodes_before
        self.height = 0
        """How deep what is in it nests so far."""
        self.mapping = mapping
        self.token: str | int = -1
        """The key or index of the item read last."""
        self.at_key = True

    def enter_item(self, event: Any) -> None:
        """Move on to the next key, value or list item."""
        if not self.mapping:
            self.token = int(self.token) + 1
            return
        if self.at_key:
            self.token = str(getattr(event, "value", "?"))
        self.at_key = not self.at_key


def _check_shape(loader: Any) -> None:
    """Read the events of a YAML stream and raise `_Refused` where it nests deeper than
    `MAX_DEPTH` or its aliases add more than `MAX_ALIAS_NODES` nodes; disposes of the loader.

    Events come from the parser without building nodes, so nothing deep is built first.
    """
    open_nodes: list[_Open] = []
    named: dict[str, tuple[int, int]] = {}
    """anchor -> (nodes, height) of the node it names"""
    nodes = added = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            if not isinstance(event, (NodeEvent, CollectionEndEvent)):
                continue
            if isinstance(event, CollectionEndEvent):
                done = open_nodes.pop()
                height = done.height + 1
                if done.anchor is not None:
                    named[done.anchor] = (nodes - done.nodes_before, height)
                if open_nodes:
                    open_nodes[-1].height = max(open_nodes[-1].height, height)
                continue
            if open_nodes:
                open_nodes[-1].enter_item(event)
            if isinstance(event, AliasEvent):
                if any(node.anchor == event.anchor for node in open_nodes):
                    raise _Refused(
                        f"the alias *{event.anchor} is used inside the node it names, which "
                        "makes the document infinite",
                        event.start_mark,
                        _shown_pointer(open_nodes),
                    )
                size, height = named.get(event.anchor or "", (0, 0))
                nodes, added = nodes + size, added + size
                if added > MAX_ALIAS_NODES:
                    raise _Refused(
                        f"the aliases expand to more than {MAX_ALIAS_NODES:,} nodes",
                        event.start_mark,
                        _shown_pointer(open_nodes),
                    )
            else:
                nodes += 1
                height = 0
                if isinstance(event, CollectionStartEvent):
                    open_nodes.append(
                        _Open(event.anchor, nodes - 1, isinstance(event, MappingStartEvent))
                    )
                elif event.anchor is not None:
                    named[event.anchor] = (1, 0)
            if len(open_nodes) + height > MAX_DEPTH:
                raise _Refused(
                    f"lists and mappings nest more than {MAX_DEPTH} levels deep",
                    event.start_mark,
                    _shown_pointer(open_nodes),
                )
            if open_nodes and height:
                open_nodes[-1].height = max(open_nodes[-1].height, height)
    finally:
        loader.dispose()


def _shown_pointer(open_nodes: list[_Open]) -> str:
    """The pointer of the innermost open node, cut to its first tokens."""
    tokens = [node.token for node in open_nodes[:_SHOWN_POINTER_TOKENS]]
    return join_pointer("", *tokens)


def parse_json(text: str, file: str, first_line: int = 1) -> tuple[Any, list[Diagnostic]]:
    """Parse JSON text; raises `SyntaxProblem` naming the line in the original file, and for
    what it refuses to read."""
    numbers = _Numbers()
    try:
        data = json.loads(text, parse_float=numbers.read, parse_constant=numbers.read)
    except json.JSONDecodeError as exc:
        raise SyntaxProblem(
            error(
                file,
                "",
                f"JSON syntax error at line {exc.lineno + first_line - 1}, "
                f"column {exc.colno}: {exc.msg}",
            )
        ) from None
    except RecursionError:
        # the C decoder gives up at about Python's recursion limit, which MAX_DEPTH matches
        problem = f"lists and objects nest more than about {MAX_DEPTH} levels deep"
        raise SyntaxProblem(error(file, "", problem, _REFUSED_HINT)) from None
    except ValueError:
        # the one ValueError the decoder lets through: int() refusing a long digit string
        problem = f"an integer of more than {_MAX_INT_DIGITS} digits"
        raise SyntaxProblem(error(file, "", problem, _REFUSED_HINT)) from None
    if numbers.all_finite and not _CHECKED_ESCAPE.search(text):
        return data, []
    return data, _check_values(data, file)


class _Numbers:
    """Reads JSON's floats, noting whether one is not finite (`NaN`, `1e400`)."""

    def __init__(self) -> None:
        self.all_finite = True

    def read(self, text: str) -> float:
        number = float(text)
        self.all_finite = self.all_finite and math.isfinite(number)
        return number


def _check_values(data: Any, file: str) -> list[Diagnostic]:
    """Raise `SyntaxProblem` for the first value no generated code can hold: text with a lone
    surrogate (JSON allows `\\ud800`, UTF-8 cannot write it) and a `$ref` with a NUL character
    (no path can hold one). Numbers that are not finite (`.nan`, `.inf`, JSON's `NaN`, `1e400`)
    are left out with a warning: where specs write them (`default`, `maximum`, `example`)
    leaving the value out means what they meant, or as near as JSON allows."""
    # Each value's place is a (place of its container, key) link, joined into a pointer only
    # for a value that is refused: this walk reads every value of every document.
    stack: list[tuple[Any, _Place, Any]] = [(data, None, None)]
    not_finite: list[tuple[Any, str | int, _Place, float]] = []
    while stack:
        value, place, container = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                if not _writable(key):
                    _refuse_value(file, (place, key), "the key")
                if key == "$ref" and isinstance(item, str) and "\0" in item:
                    raise SyntaxProblem(
                        error(
                            file,
                            _pointer((place, key)),
                            "the $ref holds a NUL character, which no file name or pointer has",
                            "write the ref as the path of a file and/or a pointer (#/...)",
                        )
                    )
                stack.append((item, (place, key), value))
        elif isinstance(value, list):
            stack.extend((item, (place, index), value) for index, item in enumerate(value))
        elif isinstance(value, str) and not _writable(value):
            _refuse_value(file, place, "the text")
        elif isinstance(value, float) and not math.isfinite(value) and place is not None:
            not_finite.append((container, place[1], place, value))
    # A YAML alias makes one container reachable from several places: each of its values is
    # left out once. Later list items go first, so the indices of the earlier ones still hold.
    unique = {(id(container), token): (container, token) for container, token, _, _ in not_finite}
    for container, token in sorted(
        unique.values(), key=lambda found: -found[1] if isinstance(found[1], int) else 0
    ):
        del container[token]
    return [
        warning(
            file,
            _pointer(place),
            f"{value} is not a finite number, which neither JSON nor generated code can hold; "
            "it is left out",
            "write a finite number, or leave the value out",
        )
        for _, _, place, value in not_finite
    ]


_Place = tuple[Any, str | int] | None
"""Where a value is: None for the root, else (the place of its container, its key or index)."""


def _pointer(place: _Place) -> str:
    tokens: list[str | int] = []
    while place is not None:
        place, token = place
        tokens.append(token)
    return join_pointer("", *reversed(tokens))


def _writable(text: str) -> bool:
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _refuse_value(file: str, place: _Place, what: str) -> None:
    raise SyntaxProblem(
        error(
            file,
            _pointer(place),
            f"{what} holds a lone surrogate (such as \\ud800), which is not a character",
            "write the character itself, or both halves of its surrogate pair",
        )
    )
