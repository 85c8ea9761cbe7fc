"""What a schema says beside its type: the description a docstring shows, the default a field
takes, and whether it constrains anything at all."""

from __future__ import annotations

import sys
from typing import Any

from generator.ir import pytypes
from generator.ir.docstrings import describe
from generator.ir.spec import is_reference


def description_of(schema: Any) -> str:
    if schema is None or is_reference(schema):
        return ""
    return describe((schema.description or schema.title or "").strip())


def is_empty_schema(schema: Any) -> bool:
    """A schema that constrains nothing a type can express (`{}`, or only a description)."""
    if schema is None or is_reference(schema):
        return False
    return not (
        schema.type
        or schema.properties
        or schema.allOf
        or schema.oneOf
        or schema.anyOf
        or schema.enum
        or schema.items is not None
        or schema.additionalProperties is not None
    )


def python_default(schema: Any, annotation: pytypes.PyType) -> str | None:
    """The schema's default as Python source, when it is a scalar that fits the annotation."""
    if schema is None or is_reference(schema) or "default" not in schema.model_fields_set:
        return None
    value: Any = schema.default
    if schema.enum and isinstance(value, (str, int)) and value in schema.enum:
        return pytypes.python_literal(value)
    expected: dict[str, type | tuple[type, ...]] = {
        "str": str,
        "int": int,
        "float": (int, float),
        "bool": bool,
    }
    member = annotation.without_none().name
    if member == "float" and isinstance(value, int) and abs(value) > sys.float_info.max:
        return None  # an integer no float can hold is no default of a float field
    if (
        member is not None
        and member in expected
        and isinstance(value, expected[member])
        and not (member != "bool" and isinstance(value, bool))
    ):
        return pytypes.python_literal(
            float(schema.default) if member == "float" else schema.default
        )
    return None
