"""Repairs of what validation refused, where there is a plain reading of it.

Each `Finding` of openapi-pydantic says where, and what was expected: a number where a string
belongs is that string, a response that is only a text is its description, a missing response
description is empty, an `in: body` parameter is the request body (converted as in a Swagger
2.0 document), an optional field that cannot be read is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from generator.diagnostics import Diagnostic, join_pointer, warning
from generator.load.data import copy_data, pointer_order
from generator.load.grammar import OPERATION_METHODS, Kind, kind_at
from generator.load.origins import Origins
from generator.load.repairs.schemas import SchemaContext, brief, meant_schema
from generator.load.sources import parse_version
from generator.load.swagger.bodies import Parameter, request_body
from generator.load.validate import Finding, Token


def repair_invalid(
    document: dict[str, Any], origins: Origins, findings: Sequence[Finding]
) -> list[Diagnostic]:
    """Repair what validation refused, where there is a plain reading of it; in place.

    Returns a warning per repair; none when nothing could be repaired (the findings are then
    the document's errors).
    """
    fixer = _Fixer(document, origins)
    for finding in findings:
        fixer.fix(finding)
    return fixer.finish()


_LOCATIONS = {
    **{name: name for name in ("query", "header", "path", "cookie")},
    "querystring": "query",
    "query_string": "query",
    "headers": "header",
    "cookies": "cookie",
}
_BODY_LOCATIONS = ("body", "formdata", "form")


class _Fixer:
    def __init__(self, document: dict[str, Any], origins: Origins) -> None:
        self.document = document
        self.origins = origins
        self.diagnostics: list[Diagnostic] = []
        self.removals: dict[tuple[Token, ...], tuple[str, str]] = {}
        self.bodies_done: set[tuple[Token, ...]] = set()

    def warn(self, path: Sequence[Token], message: str, hint: str = "") -> None:
        file, pointer = self.origins.locate(join_pointer("", *path))
        self.diagnostics.append(warning(file, pointer, message, hint))

    def set(self, path: tuple[Token, ...], value: Any, message: str, hint: str = "") -> None:
        holder, key = _value_at(self.document, path[:-1]), path[-1]
        if isinstance(holder, dict):
            holder[key] = value
        elif isinstance(holder, list) and isinstance(key, int) and 0 <= key < len(holder):
            holder[key] = value
        else:
            return
        self.warn(path, message, hint)

    def remove(self, path: tuple[Token, ...], message: str, hint: str = "") -> None:
        self.removals.setdefault(path, (message, hint))

    def finish(self) -> list[Diagnostic]:
        """Make the removals, later list items first so that earlier indexes stay right."""
        removed: list[tuple[Token, ...]] = []
        for path in sorted(self.removals, key=pointer_order, reverse=True):
            if any(path[: len(done)] == done for done in removed):
                continue
            holder = _value_at(self.document, path[:-1])
            key = path[-1]
            if isinstance(holder, dict) and key in holder:
                del holder[key]
            elif isinstance(holder, list) and isinstance(key, int) and key < len(holder):
                del holder[key]
            else:
                continue
            removed.append(path)
            self.warn(path, *self.removals[path])
        return self.diagnostics

    # -- one finding -----------------------------------------------------------------------------

    def fix(self, finding: Finding) -> None:
        if finding.missing is not None:
            self._missing(finding.path, finding.missing)
        elif finding.path:
            self._invalid(finding)

    def _missing(self, path: tuple[Token, ...], name: str) -> None:
        """Fill in, or do without, a required field that is missing."""
        target = path + (name,)
        kind, length = kind_at(path)
        field = path[length:]
        if not field and kind is Kind.RESPONSE and name == "description":
            self.set(target, "", "a response needs a description; read as empty", "add one")
        elif not field and kind is Kind.OPERATION and name == "responses":
            self.set(
                target,
                {"default": {"description": ""}},
                "an operation needs responses; read as a default response with no content",
                "add responses, e.g. '200': {description: OK}",
            )
        elif not field and kind is Kind.DOCUMENT and name in ("info", "paths"):
            value: Any = {"title": "", "version": ""} if name == "info" else {}
            self.set(target, value, f"the document has no {name}; read as {value}")
        elif field == ("info",) and name in ("title", "version"):
            self.set(target, "", f"info has no {name}; read as empty", f"add a {name} under info")
        elif not field and kind is Kind.REQUEST_BODY and name == "content":
            self.remove(path, "a request body without content is ignored", "add content")
        elif not field and kind is Kind.PARAMETER and _in_list(path):
            self.remove(path, f"a parameter without {name!r} cannot be sent; ignored")
        elif field[-1:] in (("discriminator",), ("externalDocs",), ("license",)):
            self.remove(path, f"{field[-1]} without {name!r} is ignored")
        elif len(field) == 2 and field[0] in ("tags", "servers"):
            self.remove(path, f"an item of {field[0]} without {name!r} is ignored")
        elif len(field) >= 2 and field[-2] == "variables" and name == "default":
            variable = _value_at(self.document, path)
            enum = variable.get("enum") if isinstance(variable, dict) else None
            default = str(enum[0]) if isinstance(enum, list) and enum else ""
            self.set(target, default, f"a server variable needs a default; read as {default!r}")
        elif kind is Kind.SECURITY_SCHEME and len(field) == 2 and field[0] == "flows":
            if name == "scopes":
                self.set(target, {}, "an OAuth flow needs scopes; read as none")
            else:
                self.remove(path, f"an OAuth flow without {name!r} is ignored")

    def _invalid(self, finding: Finding) -> None:
        """Read, or do without, a value of the wrong kind."""
        path, value = finding.path, finding.value
        key = path[-1]
        if key == "$ref":
            return  # refs were followed before: what one says cannot be guessed now
        kind, length = kind_at(path)
        field = path[length:]
        if not field:
            self._structural(path, kind, value)
            return
        if kind is Kind.PARAMETER and field == ("in",) and isinstance(value, str):
            self._location(path, value)
            return
        shape = finding.kind
        if shape == "string_type" and isinstance(value, (int, float)):
            text = str(value).lower() if isinstance(value, bool) else str(value)
            self.set(
                path, text, f"{key!r} should be a text; {value!r} read as {text!r}", "quote it"
            )
        elif shape == "list_type" and (value is None or isinstance(value, (str, int, float))):
            listed = [] if value is None else [value]
            self.set(path, listed, f"{key!r} should be a list; {brief(value)} read as {listed}")
        elif shape == "list_type" and key == "security" and isinstance(value, dict):
            self.set(path, [value], "security is a list of requirements; read as a list of one")
        elif field[:1] == ("tags",) and len(field) == 2 and isinstance(value, str):
            self.set(path, {"name": value}, f"tag {value!r} read as {{name: {value}}}")
        elif field[-2:-1] == ("servers",) and isinstance(value, str):
            self.set(path, {"url": value}, f"server {value!r} read as {{url: {value}}}")
        elif key == "externalDocs" and isinstance(value, str):
            self.set(path, {"url": value}, f"externalDocs {value!r} read as {{url: {value}}}")
        elif key == "license" and isinstance(value, str):
            self.set(path, {"name": value}, f"license {value!r} read as {{name: {value}}}")
        elif key == "scopes" and isinstance(value, list):
            scopes = {str(scope): "" for scope in value}
            self.set(path, scopes, "OAuth scopes are a mapping of names to descriptions")
        elif key == "examples" and isinstance(value, list) and kind is not Kind.SCHEMA:
            named = {f"example{index + 1}": {"value": item} for index, item in enumerate(value)}
            self.set(
                path,
                named,
                "examples is a mapping of named examples; the list is read as example1, ...",
                "a list of example values belongs to a schema's examples",
            )
        elif value is None and shape in ("dict_type", "model_type"):
            self.set(path, {}, f"{key!r} is empty; read as an empty mapping")
        elif _removable(path):
            self.remove(path, f"{finding.message}; ignored")

    def _structural(self, path: tuple[Token, ...], kind: Kind, value: Any) -> None:
        """A value at a place where an object of the given kind belongs is not that object."""
        name = path[-1]
        if kind is Kind.SCHEMA:
            version = parse_version(self.document.get("openapi")) or (3, 0)
            fixed = meant_schema(value, SchemaContext(version, self._schema_names()), False)
            if fixed is not None:
                self.set(path, fixed[0], fixed[1], fixed[2])
        elif kind is Kind.RESPONSE and not isinstance(value, (dict, list)):
            text = "" if value is None else str(value)
            self.set(
                path,
                {"description": text},
                f"response {name} is not a Response object; read as {{description: {text!r}}}",
            )
        elif kind is Kind.EXAMPLE:
            self.set(path, {"value": value}, f"example {name!r} read as {{value: ...}}")
        elif kind is Kind.HEADER and (value is None or isinstance(value, str)):
            header: dict[str, Any] = {"schema": {"type": "string"}}
            if value:
                header["description"] = value
            self.set(path, header, f"header {name!r} read as a string header")
        elif value is None and kind in (Kind.MEDIA_TYPE, Kind.PATH_ITEM, Kind.ENCODING):
            self.set(path, {}, f"{kind.value} {name!r} is empty; read as an empty object")
        elif value is None and kind in (Kind.OPERATION, Kind.REQUEST_BODY):
            self.remove(path, f"the empty {kind.value} {name!r} is ignored")
        elif kind is Kind.PARAMETER and _in_list(path):
            self.remove(path, f"parameter {brief(value)} is not a Parameter object; ignored")

    def _location(self, path: tuple[Token, ...], value: str) -> None:
        """A parameter's `in` that is not query, header, path or cookie."""
        meant = value.strip().lower()
        if meant in _LOCATIONS:
            self.set(path, _LOCATIONS[meant], f"in: {value!r} read as {_LOCATIONS[meant]!r}")
        elif meant in _BODY_LOCATIONS and len(path) >= 4 and path[-3] == "parameters":
            self._body_parameters(path[:-3])
        elif _in_list(path[:-1]):
            self.remove(path[:-1], f"a parameter in {value!r} cannot be sent; ignored")

    def _body_parameters(self, owner_path: tuple[Token, ...]) -> None:
        """Swagger 2.0 `in: body` / `in: formData` parameters of an operation or path item."""
        if owner_path in self.bodies_done:
            return
        self.bodies_done.add(owner_path)
        owner = _value_at(self.document, owner_path)
        parameters = owner.get("parameters") if isinstance(owner, dict) else None
        if not isinstance(owner, dict) or not isinstance(parameters, list):
            return
        found = [
            (index, parameter)
            for index, parameter in enumerate(parameters)
            if isinstance(parameter, dict)
            and str(parameter.get("in")).strip().lower() in _BODY_LOCATIONS
        ]
        pointer = join_pointer("", *owner_path)
        body = request_body(
            _InPlace(self.origins, self.diagnostics),
            [
                _swagger_parameter(parameter, join_pointer(pointer, "parameters", index))
                for index, parameter in found
            ],
            pointer,
            consumes=[],
            shares_bodies=False,
        )
        if body is None:
            return
        kind, _ = kind_at(owner_path)
        methods: list[Token] = (
            [] if kind is Kind.OPERATION else [m for m in OPERATION_METHODS if m in owner]
        )
        source = self.origins.locate(join_pointer(pointer, "parameters", found[0][0]))
        for method in methods or [""]:
            operation = owner if not method else owner[method]
            if isinstance(operation, dict) and "requestBody" not in operation:
                operation["requestBody"] = copy_data(body)
                body_pointer = join_pointer(pointer, *([method] if method else []), "requestBody")
                self.origins.record(body_pointer, *source)
        for index, parameter in found:
            self.remove(
                owner_path + ("parameters", index),
                f"in: {parameter.get('in')} is Swagger 2.0; the parameter is read as the "
                "operation's requestBody",
                "write the body as the operation's requestBody",
            )

    def _schema_names(self) -> frozenset[str]:
        components = self.document.get("components")
        schemas = components.get("schemas") if isinstance(components, dict) else None
        return frozenset(schemas) if isinstance(schemas, dict) else frozenset()


class _InPlace:
    """Converts Swagger 2.0 body and formData parameters inside an OpenAPI 3 document.

    Their schemas are OpenAPI 3 schemas already. The request body made of them is located as a
    whole, at the first parameter it is made from (it may be copied into several operations).
    """

    def __init__(self, origins: Origins, diagnostics: list[Diagnostic]) -> None:
        self.origins = origins
        self.diagnostics = diagnostics

    def schema(self, schema: Any, pointer: str) -> Any:
        return copy_data(schema)

    def warn(self, pointer: str, message: str, hint: str = "") -> None:
        file, file_pointer = self.origins.locate(pointer)
        self.diagnostics.append(warning(file, file_pointer, message, hint))

    def record(self, pointer: str, source_pointer: str) -> None:
        """Nothing: the caller records the whole body where it puts it."""


def _swagger_parameter(parameter: dict[str, Any], place: str) -> Parameter:
    """A parameter in `body` (or `formData`, `form`, in any case) as Swagger 2.0 spells it."""
    location = "body" if str(parameter.get("in")).strip().lower() == "body" else "formData"
    return Parameter({**parameter, "in": location}, place, place, None)


def _in_list(path: Sequence[Token]) -> bool:
    return bool(path) and isinstance(path[-1], int)


def _removable(path: tuple[Token, ...]) -> bool:
    """Whether a value may be dropped: not a top-level field, a component or a ref."""
    if len(path) < 2 or path[-1] == "$ref":
        return False
    return not (path[0] == "components" and len(path) <= 3)


def _value_at(document: Any, path: Sequence[Token]) -> Any:
    node = document
    for token in path:
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and isinstance(token, int) and 0 <= token < len(node):
            node = node[token]
        else:
            return None
    return node
