"""Validate the document with openapi-pydantic and turn its errors into diagnostics.

pydantic reports one error per failed branch of every union it tried (`Reference` or `Schema`,
a type name or a list of them, ...), with the branch names mixed into the error location. Here
each error location is split into the real path through the document and the branches taken;
at every union the branch the author meant is chosen (a `$ref` means `Reference`, otherwise the
branch that got furthest) and the errors of the other branches are dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from openapi_pydantic import parse_obj
from openapi_pydantic.v3 import v3_1
from openapi_pydantic.v3.v3_0 import OpenAPI as OpenAPIv3_0
from openapi_pydantic.v3.v3_1 import OpenAPI as OpenAPIv3_1
from pydantic import ValidationError
from pydantic_core import ErrorDetails

from generator.diagnostics import Diagnostic, error, join_pointer
from generator.load.origins import Origins

OpenAPIDocument = OpenAPIv3_0 | OpenAPIv3_1

Token = str | int
UnionPoint = tuple[tuple[Token, ...], int]
"""Where a union was tried: the path to the value, and which union at that path (outermost 0)."""

_MISSING_HINTS = {
    "version": "add a version under info, e.g. version: '1.0.0'",
    "title": "add a title under info",
    "info": "add an info object with a title and a version",
    "responses": "every operation needs responses, e.g. '200': {description: OK}",
    "description": "a response needs a description, even a short one",
    "in": "say where the parameter goes: in: path, query, header or cookie",
    "name": "give the parameter its name as sent on the wire",
    "url": "give the server its url",
    "type": "say which kind of security scheme this is: apiKey, http, oauth2 or openIdConnect",
}


@dataclass
class _Problem:
    """One pydantic error, its location split into real path and union branches."""

    path: tuple[Token, ...]
    branches: dict[UnionPoint, str]
    missing: str | None
    kind: str
    message: str
    value: Any
    order: int = field(default=0)
    expected_class: str = ""

    @property
    def is_shape_mismatch(self) -> bool:
        """A wrong type for the value as a whole: the branch does not fit at all."""
        return self.missing is None and (
            self.kind.endswith("_type") or self.kind.endswith("_parsing")
        )


@dataclass(frozen=True)
class Finding:
    """One problem validation found, with what a repair needs to know about it.

    Attributes:
        path: where the value is (for a missing field: the object that lacks it).
        missing: the name of the missing field, for a missing one.
        kind: pydantic's error type (`string_type`, `enum`, ...), or `union` when the value
            fits no branch of a union (`expected` names the branches).
        value: the value found (None for a missing field).
    """

    path: tuple[Token, ...]
    missing: str | None
    kind: str
    value: Any
    message: str
    hint: str
    expected: tuple[str, ...] = ()

    @property
    def pointer(self) -> str:
        return join_pointer("", *self.path)


def parse_document(
    document: dict[str, Any], origins: Origins
) -> tuple[OpenAPIDocument | None, list[Diagnostic]]:
    """Validate document with openapi-pydantic; returns the model or the problems found."""
    openapi, findings = check_document_model(document)
    return openapi, diagnostics_from_findings(findings, origins)


def check_document_model(document: dict[str, Any]) -> tuple[OpenAPIDocument | None, list[Finding]]:
    """Validate document with openapi-pydantic; returns the model or what is wrong."""
    try:
        openapi = parse_obj(document)
    except ValidationError as exc:
        return None, findings_from_errors(exc.errors(include_url=False), document)
    if isinstance(openapi, OpenAPIv3_1):
        _read_component_references(openapi)
    return openapi, []


def _read_component_references(openapi: OpenAPIv3_1) -> None:
    """Make each component schema that is only a `$ref` the Reference it is.

    A 3.1 document's components hold schemas only, so openapi-pydantic reads `{$ref: ...}`
    there as a Schema with `$ref` among its extra fields, which nothing follows: the component
    would be typed Any.
    """
    if openapi.components is None or not openapi.components.schemas:
        return
    schemas = openapi.components.schemas
    for name, schema in schemas.items():
        ref = (schema.model_extra or {}).get("$ref")
        if isinstance(ref, str) and schema.model_fields_set == {"$ref"}:
            # What 3.0 types as Reference | Schema there, and what the IR reads either way.
            schemas[name] = v3_1.Reference.model_validate({"$ref": ref})  # type: ignore[assignment]


def findings_from_errors(errors: Sequence[ErrorDetails], document: dict[str, Any]) -> list[Finding]:
    """One finding per distinct problem, in the order pydantic reported them."""
    problems = [_split(details, document, order) for order, details in enumerate(errors)]
    return _reduce(problems, document)


def diagnostics_from_findings(findings: Sequence[Finding], origins: Origins) -> list[Diagnostic]:
    """One error diagnostic per finding, located in the file each part came from."""
    diagnostics: list[Diagnostic] = []
    seen: set[tuple[str, str, str]] = set()
    for finding in findings:
        pointer, message, hint = finding.pointer, finding.message, finding.hint
        file, file_pointer = origins.locate(pointer)
        if (file, file_pointer, message) in seen:
            continue
        seen.add((file, file_pointer, message))
        diagnostics.append(error(file, file_pointer, message, hint))
    return diagnostics


def _split(details: ErrorDetails, document: Any, order: int) -> _Problem:
    node = document
    path: list[Token] = []
    branches: dict[UnionPoint, str] = {}
    missing: str | None = None
    location = details["loc"]
    for index, token in enumerate(location):
        if isinstance(node, dict) and isinstance(token, str) and token in node:
            node = node[token]
            path.append(token)
        elif isinstance(node, list) and isinstance(token, int) and 0 <= token < len(node):
            node = node[token]
            path.append(token)
        elif details["type"] == "missing" and index == len(location) - 1:
            missing = str(token)
        else:
            count = sum(1 for point in branches if point[0] == tuple(path))
            branches[(tuple(path), count)] = str(token)
    context = details.get("ctx") or {}
    return _Problem(
        tuple(path),
        branches,
        missing,
        details["type"],
        details["msg"],
        details.get("input"),
        order,
        str(context.get("class_name", "")),
    )


def _reduce(problems: list[_Problem], document: Any) -> list[Finding]:
    """Keep the problems of the branch meant at every union; one finding each."""
    decided: dict[UnionPoint, str] = {}
    remaining = problems
    combined: list[tuple[int, Finding]] = []
    while True:
        undecided = {
            point for problem in remaining for point in problem.branches if point not in decided
        }
        if not undecided:
            break
        point = min(undecided, key=lambda item: (len(item[0]), item[1]))
        group = [problem for problem in remaining if point in problem.branches]
        branch = _choose(point, group, document)
        if branch is None:
            value = _value_at(document, point[0])
            tags = [tag for tag in dict.fromkeys(problem.branches[point] for problem in group)]
            if len(tags) > 1 and not (isinstance(value, dict) and "$ref" in value):
                tags = [tag for tag in tags if tag != "Reference"]
            expected = " or ".join(_describe_branch(tag) for tag in tags)
            combined.append(
                (
                    min(problem.order for problem in group),
                    Finding(
                        point[0],
                        None,
                        "union",
                        value,
                        f"{_subject(point[0])} must be {expected}, got {_short(value)}",
                        "",
                        tuple(tags),
                    ),
                )
            )
            remaining = [problem for problem in remaining if point not in problem.branches]
        else:
            decided[point] = branch
            remaining = [
                problem for problem in remaining if problem.branches.get(point, branch) == branch
            ]
    described = [(problem.order, _finding(problem)) for problem in remaining]
    return [item for _, item in sorted(described + combined, key=lambda pair: pair[0])]


def _finding(problem: _Problem) -> Finding:
    _, message, hint = _describe(problem)
    return Finding(problem.path, problem.missing, problem.kind, problem.value, message, hint)


def _choose(point: UnionPoint, group: list[_Problem], document: Any) -> str | None:
    """The branch the author meant at a union, or None when no branch fits the value's type."""
    tags = list(dict.fromkeys(problem.branches[point] for problem in group))
    if "Reference" in tags and len(tags) > 1:
        value = _value_at(document, point[0])
        if isinstance(value, dict) and "$ref" in value:
            return "Reference"
        tags.remove("Reference")
    if len(tags) == 1:
        return tags[0]
    depth = len(point[0])
    best: tuple[int, int] | None = None
    chosen: str | None = None
    for position, tag in enumerate(tags):
        members = [problem for problem in group if problem.branches[point] == tag]
        fits = [
            problem
            for problem in members
            if not (problem.is_shape_mismatch and len(problem.path) == depth)
        ]
        if not fits:
            continue
        score = (max(len(problem.path) for problem in fits), -position)
        if best is None or score > best:
            best, chosen = score, tag
    return chosen


def _describe(problem: _Problem) -> tuple[str, str, str]:
    pointer = join_pointer("", *problem.path)
    if problem.missing is not None:
        return (
            pointer,
            f"required field {problem.missing!r} is missing",
            _MISSING_HINTS.get(problem.missing, f"add `{problem.missing}` to this object"),
        )
    message = problem.message.replace("Input should be", "must be", 1)
    if problem.kind == "model_type" and problem.expected_class:
        message = f"must be {_describe_branch(problem.expected_class)} (a mapping)"
    if message.startswith("must be"):
        message = f"{_subject(problem.path)} {message}, got {_short(problem.value)}"
    else:
        message = f"{_subject(problem.path)}: {message}"
    return pointer, message, _hint(problem)


def _hint(problem: _Problem) -> str:
    value = problem.value
    if problem.kind == "string_type" and isinstance(value, (int, float, bool)):
        return f"write it as a string: '{value}' (in YAML, quote it)"
    if problem.kind == "list_type" and isinstance(value, (str, int, float)):
        return f"write a list, e.g. [{value}]"
    if problem.kind == "dict_type":
        return "a mapping of names to values is expected here"
    if problem.path[-1:] == ("in",) and value in ("body", "formData"):
        return (
            "a Swagger 2.0 body parameter is a request body in OpenAPI 3: put it under "
            "components/requestBodies and $ref it from the operations' requestBody"
        )
    return ""


def _describe_branch(tag: str) -> str:
    simple = {
        "bool": "a boolean",
        "str": "a string",
        "int": "an integer",
        "float": "a number",
        "Reference": "a $ref",
    }
    if tag in simple:
        return simple[tag]
    if tag.startswith("list["):
        return "a list"
    if tag.startswith("dict["):
        return "a mapping"
    if tag.startswith("str-enum[") or tag.startswith("literal["):
        return "one of the allowed values"
    if tag[:1].isupper() and tag.isidentifier():
        return f"a {tag} object"
    return tag


def _subject(path: Sequence[Token]) -> str:
    if not path:
        return "the document"
    last = path[-1]
    return f"item {last}" if isinstance(last, int) else repr(last)


def _short(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _value_at(document: Any, path: Sequence[Token]) -> Any:
    node = document
    for token in path:
        node = node[token]
    return node
