"""Swagger 2.0 schemas as OpenAPI 3.0 schemas.

`x-nullable` -> `nullable`, a `discriminator` name -> `{propertyName: name}`, `type: file` ->
`string` / `binary`, and `items` written as a list of schemas -> one `items` schema. The
subschemas are the ones `SWAGGER_2`'s grammar names.
"""

from __future__ import annotations

from typing import Any, Protocol

from generator.diagnostics import join_pointer
from generator.load.grammar import SWAGGER_2, Kind, Shape

_SUBSCHEMAS = SWAGGER_2.fields[Kind.SCHEMA]

RefHolders = list[tuple[dict[str, Any], str]]
"""The converted objects that hold a `$ref`, with the Swagger pointer of each: their refs are
rewritten once every object of the document has its new place."""


class Warn(Protocol):
    def __call__(self, pointer: str, message: str, hint: str = "") -> None:
        """Warn about the object at a pointer of the Swagger document."""


class SchemaConverter:
    """Converts the schemas of one Swagger document."""

    def __init__(self, warn: Warn, refs: RefHolders) -> None:
        self.warn = warn
        self.refs = refs

    def convert(self, schema: Any, pointer: str) -> Any:
        """A Swagger schema as an OpenAPI 3.0 schema (its refs are added to `refs`)."""
        if isinstance(schema, list):
            return [
                self.convert(item, join_pointer(pointer, index))
                for index, item in enumerate(schema)
            ]
        if not isinstance(schema, dict):
            return schema
        converted: dict[str, Any] = {}
        for key, value in schema.items():
            subschemas = _SUBSCHEMAS.get(key)
            if key == "$ref" and isinstance(value, str):
                converted[key] = value
                self.refs.append((converted, pointer))
            elif key == "x-nullable" and isinstance(value, bool):
                converted.setdefault("nullable", value)
            elif key == "discriminator" and isinstance(value, str):
                converted[key] = {"propertyName": value}
            elif key == "type" and value == "file":
                converted["type"], converted["format"] = "string", "binary"
            elif key == "format" and schema.get("type") == "file":
                continue
            elif key == "items" and isinstance(value, list):
                converted[key] = self._tuple_items(value, join_pointer(pointer, key))
            elif subschemas is not None and subschemas[0] is Shape.MAP:
                converted[key] = (
                    {
                        name: self.convert(item, join_pointer(pointer, key, name))
                        for name, item in value.items()
                    }
                    if isinstance(value, dict)
                    else value
                )
            elif subschemas is not None:
                converted[key] = self.convert(value, join_pointer(pointer, key))
            else:
                converted[key] = value
        return converted

    def _tuple_items(self, items: list[Any], pointer: str) -> Any:
        if len(items) == 1:
            return self.convert(items[0], join_pointer(pointer, 0))
        self.warn(
            pointer,
            "items is a list of schemas (a tuple); OpenAPI 3.0 has one items schema, so the "
            "items are read as any of these",
        )
        return {"anyOf": self.convert(items, pointer)} if items else {}
