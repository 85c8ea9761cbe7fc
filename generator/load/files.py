"""Read a file's text and parse it as YAML or JSON, with diagnostics instead of exceptions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, DiagnosticError, error
from generator.load.syntax import SyntaxProblem, parse_json, parse_yaml

YAML_SUFFIXES = frozenset({".yaml", ".yml"})
JSON_SUFFIXES = frozenset({".json"})


def read_text(path: Path, file: str) -> str:
    """The text of a file; raises `DiagnosticError` when it cannot be read."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        problem, hint = "file not found", "check the path"
    except IsADirectoryError:
        problem, hint = "is a directory, not a file", "name the document file itself"
    except UnicodeDecodeError as exc:
        problem, hint = f"is not UTF-8 text ({exc.reason} at byte {exc.start})", ""
    except OSError as exc:
        problem, hint = f"cannot be read: {exc.strerror or exc}", ""
    raise DiagnosticError([error(file, "", problem, hint)])


def parse_data(
    text: str, file: str, as_json: bool, first_line: int = 1
) -> tuple[Any, list[Diagnostic]]:
    """Parse YAML or JSON text; raises `DiagnosticError` for a syntax error."""
    try:
        if as_json:
            return parse_json(text, file, first_line), []
        return parse_yaml(text, file, first_line)
    except SyntaxProblem as problem:
        raise DiagnosticError([problem.diagnostic]) from None


def read_data(path: Path, file: str) -> tuple[Any, list[Diagnostic]]:
    """Read and parse a YAML or JSON file (JSON when its suffix says so); raises `DiagnosticError`."""
    return parse_data(read_text(path, file), file, path.suffix.lower() in JSON_SUFFIXES)
