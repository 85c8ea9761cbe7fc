"""Warnings about documents that are valid but will not make a good client.

- two operations with one operationId;
- a `{name}` in a path template that no path parameter declares;
- a path parameter that the path template does not contain, or that is not required.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

from generator.diagnostics import Diagnostic, join_pointer, warning
from generator.load.data import resolve_pointer
from generator.load.grammar import OPERATION_METHODS
from generator.load.origins import Origins

_TEMPLATE_NAME = re.compile(r"\{([^{}]+)\}")


def check_document(document: dict[str, Any], origins: Origins) -> list[Diagnostic]:
    """Every warning about the document's operations and their path parameters."""
    paths = document.get("paths")
    if not isinstance(paths, dict):
        return []
    checker = _Checker(document, origins)
    for path, item in paths.items():
        if isinstance(item, dict) and not path.startswith("x-"):
            checker.check_path(path, item)
    return checker.diagnostics


class _Checker:
    def __init__(self, document: dict[str, Any], origins: Origins) -> None:
        self.document = document
        self.origins = origins
        self.diagnostics: list[Diagnostic] = []
        self.operation_ids: dict[str, str] = {}
        self.reported: set[tuple[str, str]] = set()

    def _warn(self, pointer: str, message: str, hint: str = "") -> None:
        if (pointer, message) in self.reported:
            return
        self.reported.add((pointer, message))
        file, file_pointer = self.origins.locate(pointer)
        self.diagnostics.append(warning(file, file_pointer, message, hint))

    def check_path(self, path: str, item: dict[str, Any]) -> None:
        item_pointer = join_pointer("/paths", path)
        template = _TEMPLATE_NAME.findall(path)
        shared = self._path_parameters(
            item.get("parameters"), join_pointer(item_pointer, "parameters")
        )
        for method in OPERATION_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            pointer = join_pointer(item_pointer, method)
            label = f"{method.upper()} {path}"
            self._check_operation_id(operation, pointer, label)
            own = self._path_parameters(
                operation.get("parameters"), join_pointer(pointer, "parameters")
            )
            declared = {**shared, **own}
            for name in template:
                if name not in declared:
                    self._warn(
                        pointer,
                        f"{label}: the path template has {{{name}}} but no path parameter "
                        f"{name!r} is declared",
                        f"add a parameter with name: {name}, in: path, required: true",
                    )
            for name, parameter_pointer in declared.items():
                if name not in template:
                    self._warn(
                        parameter_pointer,
                        f"path parameter {name!r} does not appear in the path template {path}",
                        f"remove the parameter or add {{{name}}} to the path",
                    )

    def _check_operation_id(self, operation: dict[str, Any], pointer: str, label: str) -> None:
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str):
            return
        first = self.operation_ids.setdefault(operation_id, label)
        if first != label:
            self._warn(
                join_pointer(pointer, "operationId"),
                f"operationId {operation_id!r} of {label} is also the operationId of {first}",
                "operationIds must be unique: rename one of them",
            )

    def _path_parameters(self, parameters: Any, pointer: str) -> dict[str, str]:
        """The path parameters in a parameter list: name -> pointer of its declaration."""
        found: dict[str, str] = {}
        if not isinstance(parameters, list):
            return found
        for index, parameter in enumerate(parameters):
            parameter_pointer = join_pointer(pointer, index)
            ref = parameter.get("$ref") if isinstance(parameter, dict) else None
            if isinstance(ref, str) and ref.startswith("#/"):
                parameter, _ = resolve_pointer(self.document, unquote(ref[1:]))
            if not isinstance(parameter, dict) or parameter.get("in") != "path":
                continue
            name = parameter.get("name")
            if not isinstance(name, str):
                continue
            found[name] = parameter_pointer
            if parameter.get("required") is not True:
                self._warn(
                    parameter_pointer,
                    f"path parameter {name!r} is not marked required",
                    "path parameters are always required: add required: true",
                )
        return found
