"""Parse YAML and JSON text into plain data, with syntax errors that name the original line.

YAML is read with the YAML 1.2 core schema that OpenAPI documents are written for, not PyYAML's
YAML 1.1 default: `yes` / `on` stay strings, dates stay strings (`version: 2024-01-01`), and
mapping keys are always strings as in JSON (`200:` becomes `"200"`, spelled as written).
"""

from __future__ import annotations

import json
import re
from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

import yaml
from yaml.nodes import MappingNode, ScalarNode

from generator.diagnostics import Diagnostic, error, warning

if TYPE_CHECKING:
    _BaseLoader = yaml.SafeLoader
else:
    _BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_MERGE_TAG = "tag:yaml.org,2002:merge"


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


def parse_yaml(text: str, file: str, first_line: int = 1) -> tuple[Any, list[Diagnostic]]:
    """Parse YAML text; `first_line` is the line of the file where the text starts.

    Returns the data and warnings (duplicate keys); raises `SyntaxProblem` for invalid YAML.
    """
    loader = _Loader(text)
    try:
        data = loader.get_single_data()
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
    warnings = [
        warning(
            file,
            "",
            f"duplicate key {key!r} at line {line + first_line}: the later value is used",
        )
        for key, line in loader.duplicate_keys
    ]
    return data, warnings


def parse_json(text: str, file: str, first_line: int = 1) -> Any:
    """Parse JSON text; raises `SyntaxProblem` naming the line in the original file."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SyntaxProblem(
            error(
                file,
                "",
                f"JSON syntax error at line {exc.lineno + first_line - 1}, "
                f"column {exc.colno}: {exc.msg}",
            )
        ) from None
