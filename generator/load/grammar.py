"""The shape of an OpenAPI 3.x or Swagger 2.0 document: which fields hold which kind of object.

Walkers use this to visit only the structural parts of a document (never example values or
extensions, where a `$ref` key is plain data) and to know what kind of object a `$ref` stands
for at any place. `OPENAPI_3` describes 3.0 and 3.1 documents, `SWAGGER_2` the parts of a
Swagger 2.0 document that may hold refs (its refs to other files are bundled before it is
converted to OpenAPI 3).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from generator.diagnostics import escape_pointer_token


class Kind(enum.Enum):
    DOCUMENT = "document"
    COMPONENTS = "components"
    PATH_ITEM = "path item"
    OPERATION = "operation"
    PARAMETER = "parameter"
    HEADER = "header"
    REQUEST_BODY = "request body"
    MEDIA_TYPE = "media type"
    ENCODING = "encoding"
    RESPONSE = "response"
    CALLBACK = "callback"
    SCHEMA = "schema"
    EXAMPLE = "example"
    LINK = "link"
    SECURITY_SCHEME = "security scheme"

    # Each kind is one object: hashed by identity, not by `Enum`'s hash of its name in Python,
    # as the walks over a document look up a table by kind at every object.
    __hash__ = object.__hash__


class Shape(enum.Enum):
    ONE = "one"  # the field holds one object (or, for `items`, possibly a list of them)
    MAP = "map"  # a mapping of names to objects
    MAP_NO_EXTENSIONS = "map without x- keys"  # a mapping whose `x-` keys are extensions
    LIST = "list"  # a list of objects


OPERATION_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SWAGGER_METHODS = tuple(method for method in OPERATION_METHODS if method != "trace")
"""Swagger 2.0 has no `trace` operations."""

Fields = dict[Kind, dict[str, tuple[Shape, Kind]]]
"""For each kind of object, its fields that hold objects: field -> (shape, kind of the objects)."""

_PARAMETER_FIELDS = {
    "schema": (Shape.ONE, Kind.SCHEMA),
    "content": (Shape.MAP, Kind.MEDIA_TYPE),
    "examples": (Shape.MAP, Kind.EXAMPLE),
}

FIELDS: Fields = {
    Kind.DOCUMENT: {
        "components": (Shape.ONE, Kind.COMPONENTS),
        "paths": (Shape.MAP_NO_EXTENSIONS, Kind.PATH_ITEM),
        "webhooks": (Shape.MAP, Kind.PATH_ITEM),
    },
    Kind.COMPONENTS: {
        "schemas": (Shape.MAP, Kind.SCHEMA),
        "responses": (Shape.MAP, Kind.RESPONSE),
        "parameters": (Shape.MAP, Kind.PARAMETER),
        "examples": (Shape.MAP, Kind.EXAMPLE),
        "requestBodies": (Shape.MAP, Kind.REQUEST_BODY),
        "headers": (Shape.MAP, Kind.HEADER),
        "securitySchemes": (Shape.MAP, Kind.SECURITY_SCHEME),
        "links": (Shape.MAP, Kind.LINK),
        "callbacks": (Shape.MAP, Kind.CALLBACK),
        "pathItems": (Shape.MAP, Kind.PATH_ITEM),
    },
    Kind.PATH_ITEM: {
        **{method: (Shape.ONE, Kind.OPERATION) for method in OPERATION_METHODS},
        "parameters": (Shape.LIST, Kind.PARAMETER),
    },
    Kind.OPERATION: {
        "parameters": (Shape.LIST, Kind.PARAMETER),
        "requestBody": (Shape.ONE, Kind.REQUEST_BODY),
        "responses": (Shape.MAP_NO_EXTENSIONS, Kind.RESPONSE),
        "callbacks": (Shape.MAP, Kind.CALLBACK),
    },
    Kind.PARAMETER: _PARAMETER_FIELDS,
    Kind.HEADER: _PARAMETER_FIELDS,
    Kind.REQUEST_BODY: {"content": (Shape.MAP, Kind.MEDIA_TYPE)},
    Kind.MEDIA_TYPE: {
        "schema": (Shape.ONE, Kind.SCHEMA),
        "itemSchema": (Shape.ONE, Kind.SCHEMA),  # OpenAPI 3.2: each item of a stream
        "examples": (Shape.MAP, Kind.EXAMPLE),
        "encoding": (Shape.MAP, Kind.ENCODING),
    },
    Kind.ENCODING: {"headers": (Shape.MAP, Kind.HEADER)},
    Kind.RESPONSE: {
        "headers": (Shape.MAP, Kind.HEADER),
        "content": (Shape.MAP, Kind.MEDIA_TYPE),
        "links": (Shape.MAP, Kind.LINK),
    },
    # A callback maps runtime expressions to path items (its `x-` keys are extensions).
    Kind.CALLBACK: {},
    Kind.SCHEMA: {
        **{
            keyword: (Shape.MAP, Kind.SCHEMA)
            for keyword in (
                "properties",
                "patternProperties",
                "dependentSchemas",
                "$defs",
                "definitions",
            )
        },
        **{
            keyword: (Shape.ONE, Kind.SCHEMA)
            for keyword in (
                "items",
                "additionalItems",
                "additionalProperties",
                "not",
                "if",
                "then",
                "else",
                "contains",
                "propertyNames",
                "unevaluatedItems",
                "unevaluatedProperties",
                "contentSchema",
            )
        },
        **{
            keyword: (Shape.LIST, Kind.SCHEMA)
            for keyword in ("allOf", "anyOf", "oneOf", "prefixItems")
        },
    },
    Kind.EXAMPLE: {},
    Kind.LINK: {},
    Kind.SECURITY_SCHEME: {},
}


COMPONENT_KINDS: dict[str, Kind] = {
    name: kind for name, (_, kind) in FIELDS[Kind.COMPONENTS].items()
}

SWAGGER_FIELDS: Fields = {
    Kind.DOCUMENT: {
        "definitions": (Shape.MAP, Kind.SCHEMA),
        "parameters": (Shape.MAP, Kind.PARAMETER),
        "responses": (Shape.MAP, Kind.RESPONSE),
        "paths": (Shape.MAP_NO_EXTENSIONS, Kind.PATH_ITEM),
    },
    Kind.PATH_ITEM: {
        **{method: (Shape.ONE, Kind.OPERATION) for method in SWAGGER_METHODS},
        "parameters": (Shape.LIST, Kind.PARAMETER),
    },
    Kind.OPERATION: {
        "parameters": (Shape.LIST, Kind.PARAMETER),
        "responses": (Shape.MAP_NO_EXTENSIONS, Kind.RESPONSE),
    },
    Kind.PARAMETER: {"schema": (Shape.ONE, Kind.SCHEMA)},
    Kind.RESPONSE: {"schema": (Shape.ONE, Kind.SCHEMA)},
    # Swagger 2.0's schema keywords, and the JSON Schema ones that its authors write anyway.
    Kind.SCHEMA: {
        **{
            keyword: (Shape.MAP, Kind.SCHEMA)
            for keyword in ("properties", "patternProperties", "definitions")
        },
        **{
            keyword: (Shape.ONE, Kind.SCHEMA)
            for keyword in ("items", "additionalProperties", "not")
        },
        **{keyword: (Shape.LIST, Kind.SCHEMA) for keyword in ("allOf", "anyOf", "oneOf")},
    },
}


@dataclass(frozen=True)
class Grammar:
    """The shape of the documents of one version of the specification."""

    fields: Fields
    leading: tuple[str, ...]
    """The document's fields that hold shared definitions: walks visit them first, in this
    order, so that they meet definitions before their uses."""


OPENAPI_3 = Grammar(FIELDS, ("components",))
SWAGGER_2 = Grammar(SWAGGER_FIELDS, ("definitions", "parameters", "responses"))


Visitor = Callable[[dict[str, Any], Kind, str], None]
"""Called with an object, its kind and its JSON pointer."""


def children(
    node: dict[str, Any], kind: Kind, pointer: str, grammar: Grammar = OPENAPI_3
) -> Iterator[tuple[dict[str, Any], Kind, str]]:
    """The objects directly inside node at structural places: (child, its kind, its pointer).

    A document's `grammar.leading` fields come first (its components). Mappings are read from
    a snapshot, so a walker may add entries (a bundled schema) as it goes.
    """
    fields = grammar.fields[kind]
    items = list(node.items())
    if kind is Kind.CALLBACK:
        for key, child in items:
            if isinstance(child, dict) and not str(key).startswith("x-"):
                yield child, Kind.PATH_ITEM, pointer + "/" + escape_pointer_token(key)
        return
    if kind is Kind.DOCUMENT:
        leading = grammar.leading
        items.sort(key=lambda item: leading.index(item[0]) if item[0] in leading else len(leading))
    for key, child in items:
        spec = fields.get(key)
        if spec is None:
            continue
        shape, child_kind = spec
        child_pointer = pointer + "/" + escape_pointer_token(key)
        if isinstance(child, dict) and shape is Shape.ONE:
            yield child, child_kind, child_pointer
        elif isinstance(child, list) and shape in (Shape.ONE, Shape.LIST):
            for index, item in enumerate(child):
                if isinstance(item, dict):
                    yield item, child_kind, f"{child_pointer}/{index}"
        elif isinstance(child, dict) and shape in (Shape.MAP, Shape.MAP_NO_EXTENSIONS):
            skip_extensions = shape is Shape.MAP_NO_EXTENSIONS
            for name, item in list(child.items()):
                if isinstance(item, dict) and not (skip_extensions and str(name).startswith("x-")):
                    yield item, child_kind, child_pointer + "/" + escape_pointer_token(name)


def walk(document: dict[str, Any], visit: Visitor) -> None:
    """Call visit for every object at a structural place of document (refs are not followed).

    Parents are visited before their children; visit may change the object it is given.
    """
    _walk(document, Kind.DOCUMENT, "", visit)


def _walk(node: dict[str, Any], kind: Kind, pointer: str, visit: Visitor) -> None:
    visit(node, kind, pointer)
    for child, child_kind, child_pointer in children(node, kind, pointer):
        _walk(child, child_kind, child_pointer, visit)


def kind_at(path: Sequence[str | int]) -> tuple[Kind, int]:
    """The kind of the innermost structural object on a path, and how many tokens lead to it.

    `("paths", "/a", "get", "parameters", 0, "in")` gives `(Kind.PARAMETER, 5)`: the value is
    the field `in` of a parameter. `("info", "version")` gives `(Kind.DOCUMENT, 0)`.
    """
    kind, length, index = Kind.DOCUMENT, 0, 0
    while index < len(path):
        if kind is Kind.CALLBACK:
            kind, index = Kind.PATH_ITEM, index + 1
            length = index
            continue
        token = path[index]
        spec = FIELDS[kind].get(token) if isinstance(token, str) else None
        if spec is None:
            break
        shape, child_kind = spec
        step = 2 if shape is not Shape.ONE else 1
        if shape is Shape.ONE and index + 1 < len(path) and isinstance(path[index + 1], int):
            step = 2  # `items` written as a list of schemas
        if index + step > len(path):
            break
        index += step
        kind, length = child_kind, index
    return kind, length
