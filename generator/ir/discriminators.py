"""Unions told apart by a property's value: which components extend a base that has a
discriminator, the value that tags each member, and the `Annotated` type pydantic picks a member
by (`Annotated[A | B, Discriminator(by_property(...))]`)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from generator.diagnostics import join_pointer
from generator.ir import pytypes
from generator.ir.imports import Import
from generator.ir.spec import Resolver, is_reference, ref_name, resolved_schema

_UNKNOWN_VARIANT = "UnknownVariant"
"""The runtime's model that a oneOf or anyOf parses a value of no known kind as."""
_DISCRIMINATED_IMPORTS: frozenset[Import] = frozenset(
    {
        ("typing", "Annotated"),
        ("pydantic", "Discriminator"),
        ("pydantic", "Tag"),
        ("@runtime._models", "by_property"),
    }
)


def find_subtypes(resolver: Resolver, component_refs: Collection[str]) -> dict[str, list[str]]:
    """Components that extend (by allOf) a component whose discriminator tells them apart."""
    subtypes: dict[str, list[str]] = {}
    for ref in sorted(component_refs):
        schema = resolver.resolve(ref)
        for part in getattr(schema, "allOf", None) or []:
            if is_reference(part) and part.ref in component_refs and part.ref != ref:
                base = resolver.resolve(part.ref)
                if _is_polymorphic_base(base):
                    subtypes.setdefault(part.ref, []).append(ref)
    return subtypes


def _is_polymorphic_base(schema: Any) -> bool:
    discriminator = getattr(schema, "discriminator", None)
    return bool(discriminator and discriminator.propertyName and not (schema.oneOf or schema.anyOf))


def subtype_tags(
    resolver: Resolver, base_ref: str, base_name: str, subtypes: Sequence[tuple[str, str]]
) -> dict[str, str]:
    """Each discriminator value -> the class it picks, for a base and its (ref, class) subtypes:
    the values the mapping gives a subtype, else its own, and the base's name for the base."""
    discriminator = resolver.resolve(base_ref).discriminator
    mapping = _normalized_mapping(discriminator.mapping)
    tags: dict[str, str] = {}
    for sub_ref, class_name in subtypes:
        values = [value for value, target in mapping.items() if target == sub_ref]
        for value in values or [
            _discriminator_value(resolver, sub_ref, discriminator.propertyName)
        ]:
            tags.setdefault(value, class_name)
    tags.setdefault(ref_name(base_ref), base_name)
    return tags


def _discriminator_value(resolver: Resolver, ref: str, property_name: str) -> str:
    """The value a subtype's discriminator property takes: Azure's extension, a const, or its
    name."""
    schema = resolver.resolve(ref)
    declared = (schema.model_extra or {}).get("x-ms-discriminator-value")
    if isinstance(declared, str):
        return declared
    for part in [schema, *[resolved_schema(resolver, p) for p in schema.allOf or []]]:
        prop = (getattr(part, "properties", None) or {}).get(property_name)
        prop = resolved_schema(resolver, prop)
        if prop is not None and prop.enum and len(prop.enum) == 1:
            return str(prop.enum[0])
    return ref_name(ref)


def variant_tags(
    mapping: dict[str, str] | None, variants: Sequence[Any], class_names: Sequence[str]
) -> dict[str, str]:
    """Each discriminator value -> the class it picks, for the variants of a oneOf or anyOf: the
    values the mapping gives a referenced variant, else the name of the schema it refers to."""
    refs = _normalized_mapping(mapping)
    tags: dict[str, str] = {}
    for variant, class_name in zip(variants, class_names, strict=True):
        values = [
            value for value, ref in refs.items() if is_reference(variant) and ref == variant.ref
        ]
        if not values and is_reference(variant):
            values = [ref_name(variant.ref)]
        for value in values:
            tags.setdefault(str(value), class_name)
    return tags


def _normalized_mapping(mapping: dict[str, str] | None) -> dict[str, str]:
    """A discriminator mapping whose values are all refs; many specs write bare schema names."""
    return {
        str(value): target
        if "#" in target or "/" in target
        else "#" + join_pointer("/components/schemas", target)
        for value, target in (mapping or {}).items()
    }


def tagged_union(
    members: list[pytypes.PyType], property_name: str, tags: Mapping[str, str], fallback: str
) -> pytypes.PyType:
    """`Annotated[Annotated[A, Tag("A")] | ..., Discriminator(by_property(...))]`: each member
    tagged with its class name, picked by the value of `property_name` (a value `tags` does not
    list picks `fallback`)."""
    literal = pytypes.python_literal
    choices = ", ".join(f"{literal(value)}: {literal(tag)}" for value, tag in tags.items())
    rule = f"by_property({literal(property_name)}, {{{choices}}}, fallback={literal(fallback)})"
    tagged = pytypes.union(
        pytypes.subscript("Annotated", m, pytypes.Code(f"Tag({pytypes.python_literal(m.name)})"))
        for m in members
    )
    return pytypes.subscript(
        "Annotated", tagged, pytypes.Code(f"Discriminator({rule})"), imports=_DISCRIMINATED_IMPORTS
    )


def tagged_union_with_unknown(
    members: list[pytypes.PyType], property_name: str, tags: Mapping[str, str]
) -> pytypes.PyType:
    """`tagged_union` of the members and `UnknownVariant`, which keeps a value of a kind that
    `tags` does not list."""
    unknown = pytypes.simple(_UNKNOWN_VARIANT, ("@runtime._models", _UNKNOWN_VARIANT))
    return tagged_union([*members, unknown], property_name, tags, fallback=_UNKNOWN_VARIANT)
