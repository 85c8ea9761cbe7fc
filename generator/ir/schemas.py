"""Schemas to Python types: models, enum and union aliases, and the annotations that use them."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from generator.diagnostics import Diagnostic, join_pointer, warning
from generator.ir import naming, pytypes
from generator.ir.discriminators import (
    find_subtypes,
    subtype_tags,
    tagged_union,
    tagged_union_with_unknown,
    variant_tags,
)
from generator.ir.docstrings import describe
from generator.ir.model import Field, Model, TypeAlias
from generator.ir.model_names import RESERVED_CLASS_NAMES, claim_class_name, field_name
from generator.ir.object_shapes import ObjectShape, ObjectShapes
from generator.ir.schema_details import description_of, is_empty_schema, python_default
from generator.ir.spec import (
    Resolver,
    const_value,
    is_nullable,
    is_reference,
    is_schema,
    ref_name,
    resolved_schema,
    schema_format,
    schema_types,
)

RUNTIME_MODELS = "@runtime._models"
"""Module marker for the runtime's `_models`, made relative where the import is rendered."""
# Python's parser takes about 200 nested brackets in all; a call and its generic around an
# annotation add a few, so a type is kept well below that.
MAX_ANNOTATION_BRACKETS = 100

_FORMAT_TYPES: dict[str, pytypes.PyType] = {
    "date-time": pytypes.simple("datetime", ("datetime", "datetime")),
    "date": pytypes.simple("date", ("datetime", "date")),
    "time": pytypes.simple("time", ("datetime", "time")),
    "decimal": pytypes.simple("Decimal", ("decimal", "Decimal")),
    "binary": pytypes.BYTES,
}

_OPEN_ENUM = pytypes.simple("OpenEnum", (RUNTIME_MODELS, "OpenEnum"))
"""The metadata that lets an enum alias take values the spec does not list (see the runtime's
`_models`)."""


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
        # Not a bound method: `ObjectShapes` holding one would make a reference cycle through
        # the typer, which keeps the loaded document alive until the cycle collector runs
        # (it is paused while a client is generated).
        self._warn = functools.partial(_add_warning, locate, diagnostics)
        self._taken_names: set[str] = set(RESERVED_CLASS_NAMES)
        self._component_names: dict[str, str] = {}
        self._component_types: dict[str, pytypes.PyType] = {}
        self._in_progress: set[str] = set()
        """Pointers (and component refs) whose type is being decided right now."""
        self._pointer_types: dict[str, pytypes.PyType] = {}
        self._subtypes: dict[str, list[str]] = {}
        """Base component ref -> the components that extend it, for bases with a discriminator."""
        self._polymorphic: dict[str, pytypes.PyType] = {}
        self._shapes = ObjectShapes(resolver, self._warn)
        self.models: dict[str, Model] = {}
        self._model_classes: set[str] = set()
        """Names of model classes, known before their fields are built (recursion needs that)."""
        self.enum_aliases: dict[str, TypeAlias] = {}
        self.union_aliases: dict[str, TypeAlias] = {}

    # -- components -------------------------------------------------------------------------

    def register_components(self, names: Iterable[str]) -> None:
        """Give every component schema its class name up front, so names never depend on use
        order."""
        for name in sorted(names):
            ref = "#" + join_pointer("/components/schemas", name)
            self._component_names[ref] = claim_class_name(name, self._taken_names)
        self._subtypes = find_subtypes(self._resolver, self._component_names)

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
                "this is not a schema (a $ref may point at an example or another kind of object);"
                " typed Any",
            )
            return pytypes.ANY
        return self._schema_type(node, name=name, pointer=pointer)

    def object_shape_of(self, node: Any, pointer: str) -> ObjectShape | None:
        return self._shapes.shape_of(node, pointer)

    def deref(self, node: Any) -> Any:
        """The schema a reference chain ends at; None for a cycle or something not a schema."""
        return resolved_schema(self._resolver, node)

    # -- internals --------------------------------------------------------------------------

    def _reference_type(self, ref: str, pointer: str) -> pytypes.PyType:
        if ref in self._subtypes:
            return self._polymorphic_type(ref)
        if ref in self._component_names:
            return self._component_type(ref)
        target = self._resolver.resolve(ref)
        return self.type_of(target, name=naming.pascal_case(ref_name(ref)), pointer=ref.lstrip("#"))

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
        alias = claim_class_name(f"Any{base_name}", self._taken_names)
        self._polymorphic[base_ref] = result = pytypes.model(alias)
        subtypes: list[tuple[str, str]] = []
        for sub_ref in self._subtypes[base_ref]:
            class_name = self._component_type(sub_ref).name
            if class_name is not None and class_name in self._model_classes:
                subtypes.append((sub_ref, class_name))
        property_name = self._resolver.resolve(base_ref).discriminator.propertyName
        members = [pytypes.model(name) for name in [base_name, *(name for _, name in subtypes)]]
        tags = subtype_tags(self._resolver, base_ref, base_name, subtypes)
        self.union_aliases[alias] = TypeAlias(
            alias,
            tagged_union(members, property_name, tags, fallback=base_name),
            f"Any kind of {base_name}, told apart by `{property_name}`.",
            base_ref.lstrip("#"),
        )
        return result

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
        if self._shapes.is_object(schema):
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
                f"the type nests more than {MAX_ANNOTATION_BRACKETS} lists and maps deep, more"
                " than Python's parser reads; it is typed Any",
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
            members = [m for m in schema.allOf if not is_empty_schema(self.deref(m))]
            if len(members) == 1:
                index = schema.allOf.index(members[0])
                return self._nullable(
                    schema,
                    self.type_of(
                        members[0], name=name, pointer=join_pointer(pointer, "allOf", index)
                    ),
                )
        if self._shapes.is_object(schema):
            model_name = alias_name or claim_class_name(name, self._taken_names)
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
        alias = alias_name or claim_class_name(name, self._taken_names)
        annotation = pytypes.subscript(
            "Annotated", literal, _OPEN_ENUM, imports=[("typing", "Annotated")]
        )
        self.enum_aliases[alias] = TypeAlias(alias, annotation, description_of(schema), pointer)
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
            alias_name, combined, description_of(schema), pointer
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
        tags = variant_tags(discriminator.mapping, variants, class_names)
        if not tags:
            return None
        return tagged_union_with_unknown(members, discriminator.propertyName, tags)

    # -- objects ----------------------------------------------------------------------------

    def _build_model(self, name: str, schema: Any, pointer: str) -> None:
        self._model_classes.add(name)
        shape = self._shapes.completed(schema, pointer, pointer)
        assert shape is not None
        taken: set[str] = set()
        # Names fixed by the configuration are claimed first, so derived names never take them.
        configured = {
            wire_name: field_name(attribute, taken)
            for (model, wire_name), attribute in sorted(self._field_names.items())
            if model == name and wire_name in shape.properties
        }
        fields = []
        for wire_name, (prop, prop_pointer) in shape.properties.items():
            python_name = configured.get(wire_name) or field_name(
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
        resolved = self.deref(prop)
        if getattr(resolved, "readOnly", None) or getattr(resolved, "writeOnly", None):
            # Present in only one direction, so never required of a model used in both.
            required = False
        annotation = self.type_of(
            prop, name=f"{model_name}{naming.pascal_case(wire_name)}", pointer=pointer
        )
        description = description_of(resolved) if resolved is not None else ""
        if is_reference(prop) and getattr(prop, "description", None):
            description = describe(prop.description.strip())
        default: str | None = None
        if not required:
            default = python_default(resolved, annotation)
            if default is None:
                annotation = annotation.or_none()
                default = "None"
        deprecated = bool(getattr(resolved, "deprecated", False))
        return Field(
            python_name, wire_name, annotation, required, default, description, deprecated, pointer
        )


def _add_warning(
    locate: Callable[[str], tuple[str, str]],
    diagnostics: list[Diagnostic],
    pointer: str,
    message: str,
    hint: str = "",
) -> None:
    """A warning at a pointer of the loaded document, in the file `locate` says it came from."""
    diagnostics.append(warning(*locate(pointer), message, hint))
