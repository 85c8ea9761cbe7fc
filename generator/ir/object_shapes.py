"""The shape of an object schema: its properties and required names merged from its allOf parts,
which a model's fields and a flattened request body are made of."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from generator.diagnostics import join_pointer
from generator.ir.schema_details import description_of, is_empty_schema
from generator.ir.spec import Resolver, is_reference, resolved_schema


@dataclass
class ObjectShape:
    properties: dict[str, tuple[Any, str]]
    """wire name -> (schema or reference, pointer)"""
    required: set[str]
    description: str


class ObjectShapes:
    """Merges object schemas; warns once per schema about required names it does not declare."""

    def __init__(self, resolver: Resolver, warn: Callable[[str, str, str], None]) -> None:
        self._resolver = resolver
        self._warn = warn
        self._undeclared_warned: set[int] = set()
        """The schemas already warned about for requiring properties they do not declare (a
        component's shape is taken where it is defined and wherever a body is flattened from it)."""

    def shape_of(self, node: Any, pointer: str) -> ObjectShape | None:
        schema = resolved_schema(self._resolver, node)
        # What is wrong with a component is reported where it is defined, not where it is used.
        defined_at = node.ref.lstrip("#") if is_reference(node) else pointer
        return None if schema is None else self.completed(schema, pointer, defined_at)

    def merged(
        self, schema: Any, pointer: str, seen: frozenset[int] = frozenset()
    ) -> ObjectShape | None:
        """The merged properties of an object schema and its allOf parts, or None if not an
        object."""
        if id(schema) in seen:
            return None
        seen = seen | {id(schema)}
        shape = ObjectShape({}, set(schema.required or []), description_of(schema))
        found = False
        for index, part in enumerate(schema.allOf or []):
            resolved = resolved_schema(self._resolver, part)
            if resolved is None:
                continue
            part_shape = self.merged(resolved, join_pointer(pointer, "allOf", index), seen)
            if part_shape is None:
                if not is_empty_schema(resolved):
                    return None
                continue
            found = True
            shape.properties.update(part_shape.properties)
            shape.required |= part_shape.required
            shape.description = shape.description or part_shape.description
        if schema.properties:
            found = True
            for wire_name, prop in schema.properties.items():
                shape.properties[wire_name] = (prop, join_pointer(pointer, "properties", wire_name))
        if schema.oneOf or schema.anyOf or schema.enum:
            return None
        return shape if found else None

    def is_object(self, schema: Any, seen: frozenset[int] = frozenset()) -> bool:
        """Whether `merged` gives the schema a shape, known without merging its properties."""
        if id(schema) in seen or schema.oneOf or schema.anyOf or schema.enum:
            return False
        seen = seen | {id(schema)}
        found = bool(schema.properties)
        for part in schema.allOf or []:
            resolved = resolved_schema(self._resolver, part)
            if resolved is None:
                continue
            if self.is_object(resolved, seen):
                found = True
            elif not is_empty_schema(resolved):
                return False
        return found

    def completed(self, schema: Any, pointer: str, defined_at: str) -> ObjectShape | None:
        """The object's shape with a property of any type for each required name that none of
        its parts declares: JSON Schema requires it all the same, so a request must carry it."""
        shape = self.merged(schema, pointer)
        if shape is None:
            return None
        undeclared = sorted(shape.required - shape.properties.keys())
        required_pointer = join_pointer(defined_at, "required")
        # Names an allOf part requires are warned about with that part.
        own = [name for name in undeclared if name in (schema.required or [])]
        if own and id(schema) not in self._undeclared_warned:
            self._undeclared_warned.add(id(schema))
            self._warn(
                required_pointer,
                f"required {'property' if len(own) == 1 else 'properties'}"
                f" {', '.join(map(repr, own))} not among the properties: typed Any",
                "declare them under properties, or take them out of required",
            )
        for wire_name in undeclared:
            shape.properties[wire_name] = (type(schema)(), required_pointer)
        return shape
