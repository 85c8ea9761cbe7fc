"""Reading openapi-pydantic objects the same way for OpenAPI 3.0 and 3.1.

The two versions differ in small ways (3.0 `nullable`, 3.1 type lists and `const`, and 3.1
documents in the wild that still say `nullable`); these accessors hide that from the builder.
"""

from __future__ import annotations

import functools
from typing import Any, Protocol

from openapi_pydantic.v3 import v3_0, v3_1
from pydantic import BaseModel, TypeAdapter

from generator.diagnostics import unescape_pointer_token


class Resolver(Protocol):
    def resolve(self, ref: str) -> Any: ...


_REFERENCE_TYPES = (v3_0.Reference, v3_1.Reference)
_SCHEMA_TYPES = (v3_0.Schema, v3_1.Schema)


def is_reference(node: object) -> bool:
    return _kind_of(node) == "reference"


_KIND_OF_CLASS: dict[type, str] = {}
"""Per class of node: "reference", "schema" or ""."""


def _kind_of(node: object) -> str:
    # Asked of each class once: `isinstance` on a pydantic model goes through its metaclass's
    # `__instancecheck__`, in Python, and the IR asks it of every schema several times.
    cls = type(node)
    kind = _KIND_OF_CLASS.get(cls)
    if kind is None:
        if issubclass(cls, _REFERENCE_TYPES):
            kind = "reference"
        elif issubclass(cls, _SCHEMA_TYPES):
            kind = "schema"
        else:
            kind = ""
        _KIND_OF_CLASS[cls] = kind
    return kind


def resolved(resolver: Resolver, node: Any) -> Any:
    """What a chain of references starting at `node` ends at; None for a cycle."""
    seen: set[str] = set()
    while is_reference(node):
        if node.ref in seen:
            return None
        seen.add(node.ref)
        node = resolver.resolve(node.ref)
    return node


def is_schema(node: object) -> bool:
    return _kind_of(node) == "schema"


def resolved_schema(resolver: Resolver, node: Any) -> Any:
    """The schema a reference chain ends at; None for a cycle or something not a schema."""
    schema = resolved(resolver, node)
    return schema if is_schema(schema) else None


def extra(node: BaseModel, key: str) -> Any:
    return (node.model_extra or {}).get(key)


def item_schema(media: BaseModel) -> Any:
    """A media type's `itemSchema` (OpenAPI 3.2), validated as its `schema` is; None when absent.

    openapi-pydantic keeps the field as plain data. Raises pydantic's ValidationError when it
    is not a schema.
    """
    raw = extra(media, "itemSchema")
    return None if raw is None else _schema_adapter(type(media)).validate_python(raw)


@functools.cache
def _schema_adapter(media_model: type[BaseModel]) -> TypeAdapter[Any]:
    """What validates a `schema` of the version `media_model` is from: a schema or a reference."""
    annotation: Any = media_model.model_fields["media_type_schema"].annotation
    return TypeAdapter(annotation)


def schema_types(schema: Any) -> list[str]:
    """The schema's `type` as a list of names (3.1 allows a list; 3.0 one name or none)."""
    declared = schema.type
    if declared is None:
        return []
    items = declared if isinstance(declared, list) else [declared]
    return [str(getattr(item, "value", item)) for item in items]


def is_nullable(schema: Any) -> bool:
    if "null" in schema_types(schema):
        return True
    if getattr(schema, "nullable", None) or extra(schema, "nullable") is True:
        return True
    enum = schema.enum
    return bool(enum and None in enum)


def schema_format(schema: Any) -> str | None:
    value = getattr(schema, "schema_format", None)
    return value if isinstance(value, str) else None


def const_value(schema: Any) -> tuple[bool, Any]:
    """(present, value) for `const`, which 3.0 documents may carry as an extension-free extra."""
    fields_set = schema.model_fields_set
    if "const" in type(schema).model_fields and "const" in fields_set:
        return True, schema.const
    extras = schema.model_extra or {}
    if "const" in extras:
        return True, extras["const"]
    return False, None


def ref_name(ref: str) -> str:
    """The last token of a local ref: `#/components/schemas/Chat` -> `Chat`."""
    return unescape_pointer_token(ref.rsplit("/", 1)[-1])
