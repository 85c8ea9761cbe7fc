"""Schemas to Python types: models, enum and union aliases, and the annotations that use them."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pydantic

from generator.diagnostics import Diagnostic, join_pointer, warning
from generator.ir import naming, pytypes
from generator.ir.docstrings import describe
from generator.ir.imports import Import
from generator.ir.model import Field, Model, TypeAlias
from generator.ir.spec import (
    Resolver,
    const_value,
    is_nullable,
    is_reference,
    is_schema,
    ref_name,
    resolved,
    schema_format,
    schema_types,
)

RUNTIME_MODELS = "@runtime._models"
# Python's parser takes about 200 nested brackets in all; a call and its generic around an
# annotation add a few, so a type is kept well below that.
MAX_ANNOTATION_BRACKETS = 100
"""Module marker for the runtime's `_models`, made relative where the import is rendered."""

_FORMAT_TYPES: dict[str, pytypes.PyType] = {
    "date-time": pytypes.simple("datetime", ("datetime", "datetime")),
    "date": pytypes.simple("date", ("datetime", "date")),
    "time": pytypes.simple("time", ("datetime", "time")),
    "decimal": pytypes.simple("Decimal", ("decimal", "Decimal")),
    "binary": pytypes.BYTES,
}

# Names a generated module imports; a model of the same name would shadow them.
RESERVED_CLASS_NAMES = frozenset(
    {
        "Any",
        "Literal",
        "Annotated",
        "Field",
        "BaseModel",
        "OpenEnum",
        "Decimal",
        "Mapping",
        "Endpoint",
        "SyncAPIClient",
        "AsyncAPIClient",
        "NotGiven",
        "Headers",
        "Query",
        "Body",
        "FileTypes",
        "FileContent",
        "RawResponse",
        "Environment",
        "Tag",
        "Discriminator",
        "UnknownVariant",
        "PagedEndpoint",
        "RequestArguments",
        "SyncPage",
        "AsyncPaginator",
        "CursorPages",
        "ItemCursorPages",
        "OffsetPages",
        "PageNumberPages",
        "LinkHeaderPages",
        "StreamEndpoint",
        "EventStream",
        "AsyncEventStream",
        "TEXT_EVENTS",
    }
)
# What a union told apart by a property needs (`Annotated[A | B, Discriminator(by_property(...))]`).
_DISCRIMINATED_IMPORTS: frozenset[Import] = frozenset(
    {
        ("typing", "Annotated"),
        ("pydantic", "Discriminator"),
        ("pydantic", "Tag"),
        (RUNTIME_MODELS, "by_property"),
    }
)
_OPEN_ENUM = pytypes.simple("OpenEnum", (RUNTIME_MODELS, "OpenEnum"))
"""The metadata that lets an enum alias take values the spec does not list (see the runtime's `_models`)."""
_UNKNOWN_VARIANT = pytypes.simple("UnknownVariant", (RUNTIME_MODELS, "UnknownVariant"))
"""The member a discriminated union parses a value of no known kind as (see `_discriminated`)."""
_MODEL_ATTRIBUTES = frozenset(name for name in dir(pydantic.BaseModel) if not name.startswith("_"))
# Type names the model annotations use: a field of the same name would shadow them in the class.
_FIELD_SHADOWS = frozenset(
    {"str", "int", "float", "bool", "bytes", "list", "dict", "date", "time", "datetime"}
)


@dataclass
class _ObjectShape:
    properties: dict[str, tuple[Any, str]]
    """wire name -> (schema or reference, pointer)"""
    required: set[str]
    description: str


class SchemaTyper:
    """Decides the Python type of every schema and collects the named types it creates."""

    def __init__(
        self,
        resolver: Resolver,
        locate: Callable[[str], tuple[str, str]],
        diagnostics: list[Diagnostic],
        field_names: Mapping[tuple[str, str], str] | None = None,
    ) -> None:
        self._resolver = resolver
        self._field_names = field_names or {}
        """(model class, wire name) -> the attribute name the configuration gives the field."""
        self._locate = locate
        """A pointer of the loaded document -> the file it came from and the pointer in that file."""
        self._diagnostics = diagnostics
        self._taken_names: set[str] = set(RESERVED_CLASS_NAMES)
        self._component_names: dict[str, str] = {}
        self._component_types: dict[str, pytypes.PyType] = {}
        self._in_progress: set[str] = set()
        """Pointers (and component refs) whose type is being decided right now."""
        self._pointer_types: dict[str, pytypes.PyType] = {}
        self._subtypes: dict[str, list[str]] = {}
        """Base component ref -> the components that extend it, for bases with a discriminator."""
        self._polymorphic: dict[str, pytypes.PyType] = {}
        self._undeclared_warned: set[int] = set()
        """The schemas already warned about for requiring properties they do not declare (a
        component's shape is taken where it is defined and wherever a body is flattened from it)."""
        self.models: dict[str, Model] = {}
        self._model_classes: set[str] = set()
        """Names of model classes, known before their fields are built (recursion needs that)."""
        self.enum_aliases: dict[str, TypeAlias] = {}
        self.union_aliases: dict[str, TypeAlias] = {}

    # -- components -------------------------------------------------------------------------

    def register_components(self, names: Iterable[str]) -> None:
        """Give every component schema its class name up front, so names never depend on use order."""
        for name in sorted(names):
            ref = "#" + join_pointer("/components/schemas", name)
            self._component_names[ref] = self.claim_class_name(name)
        self._subtypes = self._find_subtypes()

    def build_components(self) -> None:
        for ref in sorted(self._component_names):
            self._component_type(ref)

    # -- annotations ------------------------------------------------------------------------

    def type_of(self, node: Any, *, name: str, pointer: str) -> pytypes.PyType:
        """The type of a schema or reference; `name` names whatever inline model it needs."""
        if node is None:
            return pytypes.ANY
        if is_reference(node):
            return self._reference_type(node.ref, pointer)
        if not is_schema(node):
            self._warn(
                pointer,
                "this is not a schema (a $ref may point at an example or another kind of object); typed Any",
            )
            return pytypes.ANY
        return self._schema_type(node, name=name, pointer=pointer)

    def object_shape_of(self, node: Any, pointer: str) -> _ObjectShape | None:
        schema = self.deref(node)
        # What is wrong with a component is reported where it is defined, not where it is used.
        defined_at = node.ref.lstrip("#") if is_reference(node) else pointer
        return None if schema is None else self._complete_shape(schema, pointer, defined_at)

    def deref(self, node: Any) -> Any:
        """The schema a reference chain ends at; None for a cycle or something not a schema."""
        schema = resolved(self._resolver, node)
        return schema if is_schema(schema) else None

    def field_name(self, wanted: str, taken: set[str]) -> str:
        """`wanted` (a wire name made a Python name, or a configured one) kept apart from
        pydantic's own attributes, the types annotations use and the fields in `taken`."""
        name = (
            f"{wanted}_"
            if wanted in _MODEL_ATTRIBUTES
            or wanted in _FIELD_SHADOWS
            or wanted.startswith("model_")
            else wanted
        )
        return naming.unique_name(name, taken)

    def claim_class_name(self, wanted: str) -> str:
        name = naming.class_name(wanted, fallback="Model")
        if name in RESERVED_CLASS_NAMES:
            name = f"{name}Model"
        return naming.unique_class_name(name, self._taken_names)

    # -- internals --------------------------------------------------------------------------

    def _warn(self, pointer: str, message: str, hint: str = "") -> None:
        self._diagnostics.append(warning(*self._locate(pointer), message, hint))

    def _reference_type(self, ref: str, pointer: str) -> pytypes.PyType:
        if ref in self._subtypes:
            return self._polymorphic_type(ref)
        if ref in self._component_names:
            return self._component_type(ref)
        target = self._resolver.resolve(ref)
        return self.type_of(target, name=naming.pascal_case(ref_name(ref)), pointer=ref.lstrip("#"))

    def _find_subtypes(self) -> dict[str, list[str]]:
        """Components that extend (by allOf) a component whose discriminator tells them apart."""
        subtypes: dict[str, list[str]] = {}
        for ref in sorted(self._component_names):
            schema = self._resolver.resolve(ref)
            for part in getattr(schema, "allOf", None) or []:
                if is_reference(part) and part.ref in self._component_names and part.ref != ref:
                    base = self._resolver.resolve(part.ref)
                    if self._is_polymorphic_base(base):
                        subtypes.setdefault(part.ref, []).append(ref)
        return subtypes

    @staticmethod
    def _is_polymorphic_base(schema: Any) -> bool:
        discriminator = getattr(schema, "discriminator", None)
        return bool(
            discriminator and discriminator.propertyName and not (schema.oneOf or schema.anyOf)
        )

    def _polymorphic_type(self, base_ref: str) -> pytypes.PyType:
        """A reference to a base with subtypes means any of them, picked by the discriminator.

        The base itself stays a member, and a value no subtype claims parses as the base, so
        a subtype added to the API later does not break an older client.
        """
        cached = self._polymorphic.get(base_ref)
        if cached is not None:
            return cached
        base_type = self._component_type(base_ref)
        base_name = base_type.name
        if base_name is None:
            # A base that is no single class (a nullable one, say) cannot be a tagged member.
            return base_type
        alias = self.claim_class_name(f"Any{base_name}")
        self._polymorphic[base_ref] = result = pytypes.model(alias)
        base = self._resolver.resolve(base_ref)
        mapping = _normalized_mapping(base.discriminator.mapping)
        tags: dict[str, str] = {}
        members = [base_name]
        for sub_ref in self._subtypes[base_ref]:
            sub_type = self._component_type(sub_ref)
            class_name = sub_type.name
            if class_name is None or class_name not in self._model_classes:
                continue
            members.append(class_name)
            values = [value for value, target in mapping.items() if target == sub_ref]
            for value in values or [
                self._discriminator_value(sub_ref, base.discriminator.propertyName)
            ]:
                tags.setdefault(value, class_name)
        tags.setdefault(ref_name(base_ref), base_name)
        rule = (
            f"by_property({pytypes.python_literal(base.discriminator.propertyName)}, "
            f"{{{', '.join(f'{pytypes.python_literal(k)}: {pytypes.python_literal(v)}' for k, v in tags.items())}}}, "
            f"fallback={pytypes.python_literal(base_name)})"
        )
        description = f"Any kind of {base_name}, told apart by `{base.discriminator.propertyName}`."
        self.union_aliases[alias] = TypeAlias(
            alias,
            _tagged_union([pytypes.model(name) for name in members], rule),
            description,
            base_ref.lstrip("#"),
        )
        return result

    def _discriminator_value(self, ref: str, property_name: str) -> str:
        """The value a subtype's discriminator property takes: Azure's extension, a const, or its name."""
        schema = self._resolver.resolve(ref)
        declared = (schema.model_extra or {}).get("x-ms-discriminator-value")
        if isinstance(declared, str):
            return declared
        for part in [schema, *[self.deref(p) for p in schema.allOf or []]]:
            prop = (getattr(part, "properties", None) or {}).get(property_name)
            prop = self.deref(prop)
            if prop is not None and prop.enum and len(prop.enum) == 1:
                return str(prop.enum[0])
        return ref_name(ref)

    def _component_type(self, ref: str) -> pytypes.PyType:
        cached = self._component_types.get(ref)
        if cached is not None:
            return cached
        name = self._component_names[ref]
        pointer = ref.lstrip("#")
        schema = self._resolver.resolve(ref)
        if is_reference(schema):
            if ref in self._in_progress:
                self._warn(pointer, "a schema that only refers to itself is typed Any")
                return pytypes.ANY
            self._in_progress.add(ref)
            try:
                resolved = self._reference_type(schema.ref, pointer)
            finally:
                self._in_progress.discard(ref)
            self._component_types[ref] = resolved
            return resolved
        if self._object_shape(schema, pointer) is not None:
            # Registered before its fields are typed, so recursive models refer to themselves;
            # a 3.0 `nullable: true` on the component makes every reference to it admit null.
            self._component_types[ref] = self._pointer_types[pointer] = self._nullable(
                schema, pytypes.model(name)
            )
            self._build_model(name, schema, pointer)
            return self._component_types[ref]
        built = self._schema_type(schema, name=name, pointer=pointer, alias_name=name)
        self._component_types[ref] = built
        return built

    def _schema_type(
        self, schema: Any, *, name: str, pointer: str, alias_name: str | None = None
    ) -> pytypes.PyType:
        """The type of the schema at `pointer`, decided once however often it is reached."""
        cached = self._pointer_types.get(pointer)
        if cached is not None:
            return cached
        if pointer in self._in_progress:
            self._warn(
                pointer, "a schema that contains itself other than through an object is typed Any"
            )
            return pytypes.ANY
        self._in_progress.add(pointer)
        try:
            built = self._new_schema_type(schema, name=name, pointer=pointer, alias_name=alias_name)
        finally:
            self._in_progress.discard(pointer)
        if built.brackets > MAX_ANNOTATION_BRACKETS:
            self._warn(
                pointer,
                f"the type nests more than {MAX_ANNOTATION_BRACKETS} lists and maps deep, more than Python's parser reads; it is typed Any",
            )
            built = pytypes.ANY
        self._pointer_types[pointer] = built
        return built

    def _new_schema_type(
        self, schema: Any, *, name: str, pointer: str, alias_name: str | None
    ) -> pytypes.PyType:
        found, value = const_value(schema)
        if found:
            return self._nullable(
                schema, self._literal_type([value], schema, name, pointer, alias_name)
            )
        if schema.enum:
            return self._nullable(
                schema, self._enum_type(schema, name=name, pointer=pointer, alias_name=alias_name)
            )
        variants = schema.oneOf or schema.anyOf
        if variants and not schema.properties:
            return self._nullable(
                schema, self._union_type(schema, variants, name, pointer, alias_name)
            )
        if schema.allOf and not schema.properties:
            # `allOf: [$ref]` with only annotations beside it (3.0's way to make a ref
            # nullable or describe it) is the referenced type, not a new model.
            members = [m for m in schema.allOf if not _is_empty(self.deref(m))]
            if len(members) == 1:
                index = schema.allOf.index(members[0])
                return self._nullable(
                    schema,
                    self.type_of(
                        members[0], name=name, pointer=join_pointer(pointer, "allOf", index)
                    ),
                )
        if self._object_shape(schema, pointer) is not None:
            model_name = alias_name or self.claim_class_name(name)
            self._pointer_types[pointer] = pytypes.model(model_name)
            self._build_model(model_name, schema, pointer)
            return self._nullable(schema, pytypes.model(model_name))
        return self._nullable(schema, self._plain_type(schema, name=name, pointer=pointer))

    def _nullable(self, schema: Any, built: pytypes.PyType) -> pytypes.PyType:
        return built.or_none() if is_nullable(schema) else built

    def _plain_type(self, schema: Any, *, name: str, pointer: str) -> pytypes.PyType:
        kinds = [kind for kind in schema_types(schema) if kind != "null"]
        if len(kinds) > 1:
            return pytypes.union(self._kind_type(kind, schema, name, pointer) for kind in kinds)
        if kinds:
            return self._kind_type(kinds[0], schema, name, pointer)
        if schema.items is not None:
            return self._kind_type("array", schema, name, pointer)
        if schema.additionalProperties not in (None, True, False):
            return self._kind_type("object", schema, name, pointer)
        if schema_types(schema) == ["null"]:
            return pytypes.NONE
        return pytypes.ANY

    def _kind_type(self, kind: str, schema: Any, name: str, pointer: str) -> pytypes.PyType:
        if kind == "string":
            return _FORMAT_TYPES.get(schema_format(schema) or "", pytypes.STR)
        if kind == "integer":
            return pytypes.INT
        if kind == "number":
            return pytypes.FLOAT
        if kind == "boolean":
            return pytypes.BOOL
        if kind == "array":
            item = self.type_of(
                schema.items, name=f"{name}Item", pointer=join_pointer(pointer, "items")
            )
            return pytypes.subscript("list", item)
        if kind == "object":
            extra = schema.additionalProperties
            if extra is None or isinstance(extra, bool):
                return pytypes.FREE_FORM_OBJECT
            value = self.type_of(
                extra, name=f"{name}Value", pointer=join_pointer(pointer, "additionalProperties")
            )
            return pytypes.subscript("dict", pytypes.STR, value)
        return pytypes.ANY

    def _enum_type(
        self, schema: Any, *, name: str, pointer: str, alias_name: str | None
    ) -> pytypes.PyType:
        values = [value for value in schema.enum if value is not None]
        if not values:
            return pytypes.NONE
        return self._literal_type(values, schema, name, pointer, alias_name)

    def _literal_type(
        self, values: list[Any], schema: Any, name: str, pointer: str, alias_name: str | None
    ) -> pytypes.PyType:
        if not all(isinstance(v, (str, int, bool)) for v in values):
            self._warn(
                pointer,
                "enum values that Python's Literal cannot hold are typed by their base type",
            )
            return self._plain_type(schema, name=name, pointer=pointer)
        literal = pytypes.literal(dict.fromkeys(values))
        alias = alias_name or self.claim_class_name(name)
        annotation = pytypes.subscript(
            "Annotated", literal, _OPEN_ENUM, imports=[("typing", "Annotated")]
        )
        self.enum_aliases[alias] = TypeAlias(alias, annotation, _description(schema), pointer)
        return pytypes.model(alias)

    def _union_type(
        self, schema: Any, variants: list[Any], name: str, pointer: str, alias_name: str | None
    ) -> pytypes.PyType:
        keyword = "oneOf" if schema.oneOf else "anyOf"
        members = [
            self.type_of(
                variant,
                name=f"{name}Option{index + 1}",
                pointer=join_pointer(pointer, keyword, index),
            )
            for index, variant in enumerate(variants)
        ]
        combined = self._discriminated(schema, variants, members, pointer) or pytypes.union(members)
        if alias_name is None or combined.members == pytypes.ANY.members:
            return combined
        self.union_aliases[alias_name] = TypeAlias(
            alias_name, combined, _description(schema), pointer
        )
        return pytypes.model(alias_name)

    def _discriminated(
        self, schema: Any, variants: list[Any], members: list[pytypes.PyType], pointer: str
    ) -> pytypes.PyType | None:
        """A union that pydantic picks the member of by a property's value, when the spec says so.

        Each member is tagged with its class name; `by_property` maps the wire values (the
        discriminator's mapping, else the schema names) to those tags. A value neither lists
        parses as `UnknownVariant`, which keeps the data, so a kind the API adds later does
        not break an older client.
        """
        discriminator = schema.discriminator
        if discriminator is None or not discriminator.propertyName:
            return None
        class_names = [
            member.name or "" for member in members
        ]  # "" for a member that is not one name
        if any(name not in self._model_classes for name in class_names):
            self._warn(
                pointer,
                "a discriminator over members that are not all models is parsed as a plain union",
            )
            return None
        mapping = _normalized_mapping(discriminator.mapping)
        tags: dict[str, str] = {}
        for variant, class_name in zip(variants, class_names):
            values = [
                value
                for value, ref in mapping.items()
                if is_reference(variant) and ref == variant.ref
            ]
            if not values and is_reference(variant):
                values = [ref_name(variant.ref)]
            for value in values:
                tags.setdefault(str(value), class_name)
        if not tags:
            return None
        fallback = pytypes.python_literal(_UNKNOWN_VARIANT.name)
        rule = f"by_property({pytypes.python_literal(discriminator.propertyName)}, {{{', '.join(f'{pytypes.python_literal(k)}: {pytypes.python_literal(v)}' for k, v in tags.items())}}}, fallback={fallback})"
        return _tagged_union([*members, _UNKNOWN_VARIANT], rule)

    # -- objects ----------------------------------------------------------------------------

    def _object_shape(
        self, schema: Any, pointer: str, seen: frozenset[int] = frozenset()
    ) -> _ObjectShape | None:
        """The merged properties of an object schema and its allOf parts, or None if not an object."""
        if id(schema) in seen:
            return None
        seen = seen | {id(schema)}
        shape = _ObjectShape({}, set(schema.required or []), _description(schema))
        found = False
        for index, part in enumerate(schema.allOf or []):
            resolved = self.deref(part)
            if resolved is None:
                continue
            part_shape = self._object_shape(resolved, join_pointer(pointer, "allOf", index), seen)
            if part_shape is None:
                if not _is_empty(resolved):
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

    def _complete_shape(self, schema: Any, pointer: str, defined_at: str) -> _ObjectShape | None:
        """The object's shape with a property of any type for each required name that none of
        its parts declares: JSON Schema requires it all the same, so a request must carry it."""
        shape = self._object_shape(schema, pointer)
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
                f"required {'property' if len(own) == 1 else 'properties'} {', '.join(map(repr, own))}"
                " not among the properties: typed Any",
                "declare them under properties, or take them out of required",
            )
        for wire_name in undeclared:
            shape.properties[wire_name] = (type(schema)(), required_pointer)
        return shape

    def _build_model(self, name: str, schema: Any, pointer: str) -> None:
        self._model_classes.add(name)
        shape = self._complete_shape(schema, pointer, pointer)
        assert shape is not None
        taken: set[str] = set()
        # Names fixed by the configuration are claimed first, so derived names never take them.
        configured = {
            wire_name: self.field_name(attribute, taken)
            for (model, wire_name), attribute in sorted(self._field_names.items())
            if model == name and wire_name in shape.properties
        }
        fields = []
        for wire_name, (prop, prop_pointer) in shape.properties.items():
            python_name = configured.get(wire_name) or self.field_name(
                naming.python_name(wire_name, fallback="field", digit_prefix="field"), taken
            )
            fields.append(
                self._field(
                    name, python_name, wire_name, prop, prop_pointer, wire_name in shape.required
                )
            )
        self.models[name] = Model(name, shape.description, tuple(fields), pointer)

    def _field(
        self,
        model_name: str,
        python_name: str,
        wire_name: str,
        prop: Any,
        pointer: str,
        required: bool,
    ) -> Field:
        directional = self.deref(prop)
        if getattr(directional, "readOnly", None) or getattr(directional, "writeOnly", None):
            # Present in only one direction, so never required of a model used in both.
            required = False
        annotation = self.type_of(
            prop, name=f"{model_name}{naming.pascal_case(wire_name)}", pointer=pointer
        )
        resolved = self.deref(prop)
        description = _description(resolved) if resolved is not None else ""
        if is_reference(prop) and getattr(prop, "description", None):
            description = describe(prop.description.strip())
        default: str | None = None
        if not required:
            default = _python_default(resolved, annotation)
            if default is None:
                annotation = annotation.or_none()
                default = "None"
        deprecated = bool(getattr(resolved, "deprecated", False))
        return Field(
            python_name, wire_name, annotation, required, default, description, deprecated, pointer
        )


def _tagged_union(members: list[pytypes.PyType], rule: str) -> pytypes.PyType:
    """`Annotated[Annotated[A, Tag("A")] | ..., Discriminator(rule)]`: each member tagged with its class name."""
    tagged = pytypes.union(
        pytypes.subscript("Annotated", m, pytypes.Code(f"Tag({pytypes.python_literal(m.name)})"))
        for m in members
    )
    return pytypes.subscript(
        "Annotated", tagged, pytypes.Code(f"Discriminator({rule})"), imports=_DISCRIMINATED_IMPORTS
    )


def _normalized_mapping(mapping: dict[str, str] | None) -> dict[str, str]:
    """A discriminator mapping whose values are all refs; many specs write bare schema names."""
    return {
        str(value): target
        if "#" in target or "/" in target
        else "#" + join_pointer("/components/schemas", target)
        for value, target in (mapping or {}).items()
    }


def _description(schema: Any) -> str:
    if schema is None or is_reference(schema):
        return ""
    return describe((schema.description or schema.title or "").strip())


def _is_empty(schema: Any) -> bool:
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


def _python_default(schema: Any, annotation: pytypes.PyType) -> str | None:
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
