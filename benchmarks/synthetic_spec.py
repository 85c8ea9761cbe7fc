"""An OpenAPI 3.0 document of any size with the shapes real ones have, for benchmarks/scale.py.

`synthetic_spec(n)` has n operations and n resource models: each model after the first refers to
two before it (a parent and a list of related ones, so the graph is shallow and acyclic, as in
most specs), uses one of n / 10 shared enums, and every third one nests an object two levels
deep (the inline objects become models of their own: about 2n models in all). The operations
cycle through get, list (cursor-paged, filtered by the enum), create and update, eight to a
tag, with a shared error model on the failures. The same n gives the same document, so runs
at different sizes differ only in how much there is.
"""

from __future__ import annotations

from typing import Any

_STATUSES = ["active", "pending", "suspended", "archived"]


def synthetic_spec(operations: int) -> dict[str, Any]:
    enums = max(1, operations // 10)
    schemas: dict[str, Any] = {f"Status{e}": _status(e) for e in range(enums)}
    schemas["Error"] = _ERROR
    paths: dict[str, Any] = {}
    for i in range(operations):
        schemas[f"Resource{i}"] = _resource(i, enums)
        path, method, operation = _operation(i, enums)
        paths.setdefault(path, {})[method] = operation
    return {
        "openapi": "3.0.3",
        "info": {"title": f"Synthetic API ({operations} operations)", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.com/v1"}],
        "security": [{"bearerAuth": []}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
        },
    }


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _status(index: int) -> dict[str, Any]:
    return {
        "type": "string",
        "description": f"Lifecycle state of the resources in family {index}.",
        "enum": [f"{status}_{index}" for status in _STATUSES],
    }


_ERROR = {
    "type": "object",
    "required": ["code", "message"],
    "properties": {
        "code": {"type": "string"},
        "message": {"type": "string"},
        "details": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"field": {"type": "string"}, "issue": {"type": "string"}},
            },
        },
    },
}


def _resource(index: int, enums: int) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "id": {"type": "string", "readOnly": True},
        "name": {"type": "string", "maxLength": 100, "description": "Display name."},
        "description": {"type": "string", "nullable": True},
        "createdAt": {"type": "string", "format": "date-time"},
        "count": {"type": "integer", "minimum": 0},
        "ratio": {"type": "number"},
        "tags": {"type": "array", "items": {"type": "string"}},
        "status": _ref(f"Status{index % enums}"),
    }
    if index:
        properties["parent"] = _ref(f"Resource{index // 2}")
        properties["related"] = {"type": "array", "items": _ref(f"Resource{index // 3}")}
    if index % 3 == 0:
        properties["settings"] = {
            "type": "object",
            "properties": {
                "enabled": {"type": "boolean"},
                "limits": {
                    "type": "object",
                    "properties": {"daily": {"type": "integer"}, "monthly": {"type": "integer"}},
                },
                "labels": {"type": "object", "additionalProperties": {"type": "string"}},
            },
        }
    return {
        "type": "object",
        "description": f"Resource number {index}.",
        "required": ["id", "name", "status"],
        "properties": properties,
    }


def _operation(index: int, enums: int) -> tuple[str, str, dict[str, Any]]:
    """(path, method, operation) of the index-th operation, on the index-th model."""
    model = f"Resource{index}"
    collection = f"/resources{index}"
    common = {"tags": [f"Group{index // 8}"], "operationId": f"operation{index}"}
    found = {"200": {"description": "The resource.", "content": _json(_ref(model))}}
    failure = {"description": "It went wrong.", "content": _json(_ref("Error"))}
    identifier = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    kind = index % 4
    if kind == 0:
        operation = {"summary": f"Get a {model}", "parameters": [identifier]}
        return f"{collection}/{{id}}", "get", {**common, **operation, "responses": found}
    if kind == 1:
        page = {
            "type": "object",
            "properties": {
                "items": {"type": "array", "items": _ref(model)},
                "nextCursor": {"type": "string", "nullable": True},
            },
        }
        parameters = [
            {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 100}},
            {"name": "cursor", "in": "query", "schema": {"type": "string"}},
            {"name": "status", "in": "query", "schema": _ref(f"Status{index % enums}")},
        ]
        responses = {
            "200": {"description": "One page.", "content": _json(page)},
            "400": failure,
        }
        operation = {"summary": f"List {model}s", "parameters": parameters}
        return collection, "get", {**common, **operation, "responses": responses}
    if kind == 2:
        operation = {
            "summary": f"Create a {model}",
            "requestBody": {"required": True, "content": _json(_ref(model))},
        }
        responses = {"201": {**found["200"], "description": "Created."}, "422": failure}
        return collection, "post", {**common, **operation, "responses": responses}
    changes = {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "description": {"type": "string", "nullable": True},
            "status": _ref(f"Status{index % enums}"),
        },
    }
    operation = {
        "summary": f"Update a {model}",
        "parameters": [identifier],
        "requestBody": {"content": _json(changes)},
    }
    return f"{collection}/{{id}}", "patch", {**common, **operation, "responses": found}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}
