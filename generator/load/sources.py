"""Read the files the user names into OpenAPI documents as plain data.

A `.yaml` / `.yml` / `.json` file is one document. Any other file is a documentation page:
every fenced code block in it that holds an OpenAPI document is a source of its own (or, when
the page has no such block but is itself a document, the whole page is).

A Swagger 2.0 document is converted to OpenAPI 3.0 as it is read (see `swagger`); its source
keeps the `Origins` that lead the converted document's pointers back into the Swagger file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, DiagnosticError, error, warning
from generator.load.files import JSON_SUFFIXES, YAML_SUFFIXES, RefScope, parse_data
from generator.load.markdown import looks_like_document, openapi_blocks
from generator.load.origins import Origins
from generator.load.swagger import convert_swagger2, is_swagger2

SUPPORTED_VERSIONS = frozenset({(3, 0), (3, 1)})

_VERSION = re.compile(r"^\s*(\d+)\.(\d+)(?:\.(\d+))?\S*\s*$")


@dataclass(frozen=True)
class Source:
    """One OpenAPI document read from a file, or from a code block of a documentation page."""

    file: str
    path: Path
    data: dict[str, Any]
    first_line: int = 1
    in_page: bool = False
    origins: Origins | None = None
    """Where the parts of `data` are in the file, when `data` is not the file as written (a
    converted Swagger 2.0 document); None when every pointer is the same in both."""

    @property
    def label(self) -> str:
        """The file, and for a page the block's line: how messages name this source."""
        if self.in_page:
            return f"{self.file} (block at line {self.first_line})"
        return self.file

    @property
    def version(self) -> tuple[int, int]:
        return parse_version(self.data["openapi"]) or (0, 0)


def display_name(path: Path) -> str:
    """How diagnostics name a file: as the user wrote it, normalised."""
    return os.path.normpath(str(path))


def parse_version(value: object) -> tuple[int, int] | None:
    """(major, minor) of an `openapi` version string, or None when it is not one."""
    if not isinstance(value, str):
        return None
    match = _VERSION.match(value)
    if match is None:
        return None
    return int(match[1]), int(match[2])


def read_sources(paths: Sequence[Path], scope: RefScope) -> tuple[list[Source], list[Diagnostic]]:
    """Read every file into sources; returns them with every problem found (errors, warnings).

    `scope` is where refs of a Swagger 2.0 document (followed as it is converted) may read files.
    """
    sources: list[Source] = []
    diagnostics: list[Diagnostic] = []
    if not paths:
        diagnostics.append(error("", "", "no OpenAPI documents given", "name at least one file"))
    for path in paths:
        file = display_name(path)
        try:
            found, problems = _read_file(Path(path), file, scope)
        except DiagnosticError as exc:
            diagnostics.extend(exc.diagnostics)
            continue
        sources.extend(found)
        diagnostics.extend(problems)
    return sources, diagnostics


def _read_file(path: Path, file: str, scope: RefScope) -> tuple[list[Source], list[Diagnostic]]:
    text = scope.read_source(path, file)
    resolved = path.resolve()
    suffix = path.suffix.lower()
    if suffix in YAML_SUFFIXES or suffix in JSON_SUFFIXES:
        data, warnings = parse_data(text, file, suffix in JSON_SUFFIXES)
        source, problems = _check_document(data, file, resolved, 1, False, scope)
        return [source], warnings + problems
    blocks = openapi_blocks(text)
    if not blocks:
        if looks_like_document(text):
            data, warnings = parse_data(text, file, text.lstrip().startswith("{"))
            source, problems = _check_document(data, file, resolved, 1, False, scope)
            return [source], warnings + problems
        raise DiagnosticError(
            [
                error(
                    file,
                    "",
                    "no OpenAPI document found in this page: no fenced code block starts "
                    "with `openapi:`",
                    "if the page only describes the API, write an OpenAPI document from it and "
                    "pass that file instead",
                )
            ]
        )
    sources: list[Source] = []
    diagnostics: list[Diagnostic] = []
    for block in blocks:
        try:
            data, warnings = parse_data(block.text, file, block.is_json, block.first_line)
            source, problems = _check_document(data, file, resolved, block.first_line, True, scope)
            sources.append(source)
            diagnostics.extend(warnings + problems)
        except DiagnosticError as exc:
            diagnostics.extend(exc.diagnostics)
    return sources, diagnostics


def _check_document(
    data: Any, file: str, path: Path, first_line: int, in_page: bool, scope: RefScope
) -> tuple[Source, list[Diagnostic]]:
    """The source data makes, with the warnings of converting it from Swagger 2.0."""
    if not isinstance(data, dict):
        kind = "nothing (the document is empty)" if data is None else f"a {_kind(data)}"
        raise DiagnosticError(
            [
                error(
                    file,
                    "",
                    "an OpenAPI document is a mapping (object) at the top level, "
                    f"but this is {kind}",
                )
            ]
        )
    origins: Origins | None = None
    diagnostics: list[Diagnostic] = []
    if is_swagger2(data):
        converted = convert_swagger2(data, file, path, scope)
        data, origins, diagnostics = converted.document, converted.origins, converted.diagnostics
    version = data.get("openapi")
    if version is None:
        raise DiagnosticError(
            [
                error(
                    file,
                    "",
                    "not an OpenAPI document: the top-level `openapi` field is missing",
                    "start the document with `openapi: 3.1.0` (or the 3.0.x version it follows)",
                )
            ]
        )
    if isinstance(version, (int, float)) and not isinstance(version, bool):
        # `openapi: 3.0` in YAML is a number: read it as the version it spells
        diagnostics.append(
            warning(
                file,
                "/openapi",
                f"`openapi` is the number {version!r}; it should be a version string",
                f"quote it: openapi: '{version}'",
            )
        )
        version = data["openapi"] = str(version)
    if not isinstance(version, str):
        raise DiagnosticError(
            [
                error(
                    file,
                    "/openapi",
                    f"`openapi` must be a version string such as '3.1.0', got {version!r}",
                    f"quote it: openapi: '{version}'",
                )
            ]
        )
    parsed = parse_version(version)
    if parsed is not None and parsed[0] == 3 and parsed[1] > 1:
        # later 3.x releases only add to 3.1: read what 3.1 has, and say so
        diagnostics.append(
            warning(
                file,
                "/openapi",
                f"OpenAPI {version} is read as OpenAPI 3.1: what later versions add is ignored,"
                " but for the `itemSchema` of an event stream",
            )
        )
        parsed, data["openapi"] = (3, 1), "3.1.2"
    if parsed is None or parsed not in SUPPORTED_VERSIONS:
        raise DiagnosticError(
            [
                error(
                    file,
                    "/openapi",
                    f"unsupported OpenAPI version {version!r}: clientgen reads 3.0.x and 3.1.x",
                    (
                        "Swagger 2.0 documents say `swagger: '2.0'`; OpenAPI 4 is not supported yet"
                        if parsed is None or parsed < (3, 0)
                        else "write the document as OpenAPI 3.1.x"
                    ),
                )
            ]
        )
    return Source(file, path, data, first_line, in_page, origins), diagnostics


def _kind(value: object) -> str:
    if isinstance(value, list):
        return "list"
    if isinstance(value, str):
        return "string"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return type(value).__name__
