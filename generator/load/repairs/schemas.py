"""Repairs of schema objects, applied to every schema of the document in one walk.

Add a per-schema repair to `SCHEMA_REPAIRS`; its order is the order they run in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from generator.diagnostics import Diagnostic, escape_pointer_token, join_pointer, warning
from generator.load.grammar import FIELDS, Kind, Shape, walk
from generator.load.origins import Origins
from generator.load.sources import parse_version


@dataclass(frozen=True)
class SchemaContext:
    """What a schema repair may need to know besides the schema itself."""

    version: tuple[int, int]
    """The document's (major, minor) OpenAPI version."""
    schema_names: frozenset[str]
    """The names under `components/schemas`."""


SchemaFix = tuple[str, str, str]
"""One change a schema repair made: (where, as a JSON pointer relative to the schema such as
`/properties/id`, or "" for the schema itself; what was done; a hint for the author)."""

SchemaRepair = Callable[[dict[str, Any], SchemaContext], list[SchemaFix]]
"""Fixes one schema object in place; returns a `SchemaFix` for every change to report."""

_TYPE_NAMES = ("string", "number", "integer", "boolean", "array", "object")
_TYPE_ALIASES: dict[str, tuple[str, str | None]] = {
    **{name: (name, None) for name in _TYPE_NAMES + ("null",)},
    "str": ("string", None),
    "text": ("string", None),
    "char": ("string", None),
    "uuid": ("string", "uuid"),
    "date": ("string", "date"),
    "datetime": ("string", "date-time"),
    "date-time": ("string", "date-time"),
    "time": ("string", "time"),
    "email": ("string", "email"),
    "uri": ("string", "uri"),
    "url": ("string", "uri"),
    "binary": ("string", "binary"),
    "file": ("string", "binary"),
    "byte": ("string", "byte"),
    "password": ("string", "password"),
    "int": ("integer", None),
    "int32": ("integer", "int32"),
    "int64": ("integer", "int64"),
    "long": ("integer", "int64"),
    "short": ("integer", None),
    "float": ("number", "float"),
    "double": ("number", "double"),
    "decimal": ("number", None),
    "numeric": ("number", None),
    "bool": ("boolean", None),
    "dict": ("object", None),
    "map": ("object", None),
    "list": ("array", None),
}


def _type_name(value: Any) -> tuple[str, str | None] | None:
    """The JSON Schema type (and format) a type name such as `String` or `int64` stands for."""
    return _TYPE_ALIASES.get(value.strip().lower()) if isinstance(value, str) else None


def subschema_shapes(schema: dict[str, Any], context: SchemaContext) -> list[SchemaFix]:
    """Read subschemas that are not schema objects the way their authors meant them.

    `items: Pet` is a ref to the component `Pet`; `items: string` is `{type: string}`; an empty
    one (`items:` in YAML) is any value; one schema where a list is expected (`allOf: {...}`) is
    a list of one. Boolean subschemas are valid in 3.1 (see `boolean_subschemas`); in 3.0 they
    are read the same way, with a warning.
    """
    fixes: list[SchemaFix] = []
    for keyword, (shape, _) in FIELDS[Kind.SCHEMA].items():
        if keyword not in schema:
            continue
        child = schema[keyword]
        where = "/" + escape_pointer_token(keyword)
        if shape is Shape.MAP:
            if not isinstance(child, dict):
                del schema[keyword]
                fixes.append((where, f"{keyword!r} is not a mapping of schemas; ignored", ""))
                continue
            for name, item in child.items():
                fixed = meant_schema(item, context, may_be_boolean=False)
                if fixed is not None:
                    child[name] = fixed[0]
                    fixes.append((f"{where}/{escape_pointer_token(name)}", fixed[1], fixed[2]))
        elif shape is Shape.LIST:
            if isinstance(child, dict):
                schema[keyword] = [child]
                fixes.append((where, f"{keyword!r} is one schema; read as a list of one", ""))
            elif not isinstance(child, list):
                del schema[keyword]
                fixes.append((where, f"{keyword!r} is not a list of schemas; ignored", ""))
            else:
                for index, item in enumerate(child):
                    fixed = meant_schema(item, context, may_be_boolean=False)
                    if fixed is not None:
                        child[index] = fixed[0]
                        fixes.append((f"{where}/{index}", fixed[1], fixed[2]))
        elif not (isinstance(child, list) and keyword == "items"):
            fixed = meant_schema(child, context, keyword == "additionalProperties")
            if fixed is not None:
                schema[keyword] = fixed[0]
                fixes.append((where, fixed[1], fixed[2]))
    return fixes


def meant_schema(
    value: Any, context: SchemaContext, may_be_boolean: bool
) -> tuple[Any, str, str] | None:
    """What a subschema that is not a schema object means: (the schema meant, message, hint),
    or None when value is fine as it is."""
    if isinstance(value, dict):
        return None
    if isinstance(value, bool):
        if may_be_boolean or context.version == (3, 1):
            return None
        meaning = "any value" if value else "no value"
        return (
            _boolean_schema(value),
            f"boolean schema {value} is OpenAPI 3.1; read as {meaning}",
            "",
        )
    if may_be_boolean and isinstance(value, str) and value.strip().lower() in ("true", "false"):
        meant = value.strip().lower() == "true"
        return meant, f"{value!r} read as the boolean {str(meant).lower()}", ""
    if isinstance(value, str) and value in context.schema_names:
        ref = "#" + join_pointer("/components/schemas", value)
        return {"$ref": ref}, f"schema {value!r} read as $ref: {ref!r}", f"write $ref: {ref!r}"
    named = _type_name(value)
    if named is not None and named[0] != "null":
        schema: dict[str, Any] = {"type": named[0]}
        if named[1] is not None:
            schema["format"] = named[1]
        return schema, f"schema {value!r} read as {_show(schema)}", f"write {_show(schema)}"
    shown = "that is empty" if value is None else repr(value)
    return {}, f"a schema {shown} is not a schema object; read as any value", ""


def _show(value: Any) -> str:
    """A value the way YAML's flow style writes it: `{type: string, nullable: true}`."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key}: {_show(item)}" for key, item in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_show(item) for item in value) + "]"
    if isinstance(value, bool):
        return str(value).lower()
    return "null" if value is None else str(value)


def _boolean_schema(value: bool) -> dict[str, Any]:
    return {} if value else {"not": {}}


def boolean_subschemas(schema: dict[str, Any], context: SchemaContext) -> list[SchemaFix]:
    """Spell 3.1 boolean subschemas as objects (`true` -> `{}`, `false` -> `{not: {}}`).

    JSON Schema allows them everywhere; openapi-pydantic only for `additionalProperties`.
    """
    if context.version != (3, 1):
        return []
    for keyword, (shape, _) in FIELDS[Kind.SCHEMA].items():
        child = schema.get(keyword)
        if isinstance(child, bool) and shape is Shape.ONE and keyword != "additionalProperties":
            schema[keyword] = _boolean_schema(child)
        elif isinstance(child, list) and shape is not Shape.MAP:
            schema[keyword] = [
                _boolean_schema(item) if isinstance(item, bool) else item for item in child
            ]
        elif isinstance(child, dict) and shape is Shape.MAP:
            for name, item in child.items():
                if isinstance(item, bool):
                    child[name] = _boolean_schema(item)
    return []


def schema_types(schema: dict[str, Any], context: SchemaContext) -> list[SchemaFix]:
    """Read `type` names that JSON Schema does not have the way their authors meant them.

    `String` -> `string`; `int64` -> `integer` with format `int64`; `datetime` -> `string`
    with format `date-time`. In 3.0, `null` and lists of types (3.1 spellings) become
    `nullable` and one type (or an `anyOf` of several). A name nobody knows is dropped, which
    leaves any value.
    """
    if "type" not in schema:
        return []
    value = schema["type"]
    names = value if isinstance(value, list) else [value]
    proper = all(isinstance(name, str) and name in _TYPE_NAMES + ("null",) for name in names)
    if proper and (context.version == (3, 1) or not (isinstance(value, list) or value == "null")):
        return []
    meant = [_type_name(name) for name in names]
    unknown = [name for name, found in zip(names, meant, strict=True) if found is None]
    types = list(dict.fromkeys(found[0] for found in meant if found is not None))
    formats = [found[1] for found in meant if found is not None and found[1] is not None]
    if formats and "format" not in schema and len([kind for kind in types if kind != "null"]) == 1:
        schema["format"] = formats[0]
    if context.version == (3, 0) and "null" in types:
        types.remove("null")
        schema["nullable"] = True
    if not types:
        del schema["type"]
    elif context.version == (3, 0) and len(types) > 1:
        del schema["type"]
        any_of = schema.get("anyOf")
        schema["anyOf"] = [{"type": kind} for kind in types] + (
            any_of if isinstance(any_of, list) else []
        )
    else:
        schema["type"] = (
            types if context.version == (3, 1) and isinstance(value, list) else types[0]
        )
    shown = (
        brief(value) if not isinstance(value, list) else "[" + ", ".join(map(brief, names)) + "]"
    )
    hint = f"use {', '.join(_TYPE_NAMES)}" + (" or null" if context.version == (3, 1) else "")
    if unknown:
        dropped = ", ".join(brief(name) for name in unknown)
        return [("/type", f"type {shown}: {dropped} is not a type and is ignored", hint)]
    return [("/type", f"type {shown} read as {_describe_type(schema)}", hint)]


def _describe_type(schema: dict[str, Any]) -> str:
    parts: dict[str, Any] = {
        key: schema[key] for key in ("type", "format", "nullable") if key in schema
    }
    if "type" not in schema and isinstance(schema.get("anyOf"), list):
        parts["anyOf"] = [item.get("type") for item in schema["anyOf"] if isinstance(item, dict)]
    return _show(parts) if parts else "any value"


def property_required_flags(schema: dict[str, Any], context: SchemaContext) -> list[SchemaFix]:
    """`required: true` on a property (as on a Swagger parameter) lists it in `required`."""
    properties = schema.get("properties")
    if not isinstance(properties, dict):
        return []
    fixes: list[SchemaFix] = []
    for name, prop in properties.items():
        if not isinstance(prop, dict) or not isinstance(prop.get("required"), bool):
            continue
        if prop.pop("required"):
            required = schema.get("required")
            listed = required if isinstance(required, list) else []
            if name not in listed:
                schema["required"] = listed + [name]
        fixes.append(
            (
                f"/properties/{escape_pointer_token(name)}/required",
                f"required: true/false on a property is read as {name!r} being listed "
                "(or not) in the object's required",
                f"write required: [{name}] on the object instead",
            )
        )
    return fixes


def keyword_values(schema: dict[str, Any], context: SchemaContext) -> list[SchemaFix]:
    """Read schema keywords written with the wrong kind of value.

    `discriminator: kind` (Swagger 2.0) is `{propertyName: kind}`; `required: id` and
    `enum: a` are lists of one; 3.1 `examples` written as a mapping (like a media type's) is the
    list of its values; a `title`, `description` or `format` that is a number is its text; a
    `pattern` that is not a text is no regular expression and is dropped.
    """
    fixes: list[SchemaFix] = []

    def fix(keyword: str, message: str, hint: str = "") -> None:
        fixes.append(("/" + escape_pointer_token(keyword), message, hint))

    discriminator = schema.get("discriminator")
    if isinstance(discriminator, str):
        schema["discriminator"] = {"propertyName": discriminator}
        fix(
            "discriminator",
            f"discriminator {discriminator!r} read as {{propertyName: {discriminator}}}",
            "OpenAPI 3 writes the discriminator as an object with a propertyName",
        )
    elif "discriminator" in schema and not isinstance(discriminator, dict):
        del schema["discriminator"]
        fix("discriminator", f"discriminator {discriminator!r} is not an object; ignored")
    pattern = schema.get("pattern")
    if "pattern" in schema and not isinstance(pattern, str):
        del schema["pattern"]
        fix("pattern", f"pattern {pattern!r} is not a regular expression; ignored")
    for keyword in ("title", "description", "format"):
        value = schema.get(keyword)
        if keyword not in schema or isinstance(value, str):
            continue
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            schema[keyword] = str(value)
            fix(keyword, f"{keyword} {value!r} read as the text {str(value)!r}", "quote it")
        else:
            del schema[keyword]
            fix(keyword, f"{keyword} {brief(value)} is not a text; ignored")
    for keyword in ("required", "enum"):
        value = schema.get(keyword)
        if keyword not in schema or isinstance(value, list):
            continue
        if value is None or isinstance(value, (dict, bool)):
            del schema[keyword]
            fix(keyword, f"{keyword} {brief(value)} is not a list; ignored")
        else:
            schema[keyword] = [value]
            fix(
                keyword, f"{keyword} {value!r} read as a list of one: [{value}]", f"write [{value}]"
            )
    required = schema.get("required")
    if isinstance(required, list) and not all(isinstance(name, str) for name in required):
        schema["required"] = [name for name in required if isinstance(name, str)]
        fix("required", "names in required that are not texts are ignored")
    examples = schema.get("examples")
    if context.version == (3, 1) and "examples" in schema and not isinstance(examples, list):
        if isinstance(examples, dict):
            schema["examples"] = [
                item["value"] if isinstance(item, dict) and "value" in item else item
                for item in examples.values()
            ]
            fix(
                "examples",
                "examples of a schema is a list of values; the values of this mapping are used",
                "a mapping of named examples belongs to a media type, not a schema",
            )
        else:
            schema["examples"] = [examples]
            fix("examples", "examples of a schema is a list; read as a list of one")
    return fixes


def exclusive_bounds(schema: dict[str, Any], context: SchemaContext) -> list[SchemaFix]:
    """Spell `exclusiveMinimum` / `exclusiveMaximum` as the document's version does.

    3.0 says `minimum: 5, exclusiveMinimum: true`; 3.1 says `exclusiveMinimum: 5`. pydantic
    would read the other version's spelling silently and wrongly (`true` as 1, `0` as false).
    """
    fixes: list[SchemaFix] = []
    for exclusive, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        value = schema.get(exclusive)
        if context.version == (3, 0) and _is_number(value):
            schema[bound], schema[exclusive] = value, True
            fixes.append(
                (
                    f"/{exclusive}",
                    f"{exclusive}: {value} is OpenAPI 3.1; read as {bound}: {value}, "
                    f"{exclusive}: true",
                    "",
                )
            )
        elif context.version == (3, 1) and isinstance(value, bool):
            limit = schema.get(bound)
            if value and _is_number(limit):
                schema[exclusive] = schema.pop(bound)
                meaning = f"{exclusive}: {limit}"
            else:
                del schema[exclusive]
                meaning = "nothing" if not value else f"nothing, as there is no {bound}"
            fixes.append(
                (
                    f"/{exclusive}",
                    f"{exclusive}: {str(value).lower()} is OpenAPI 3.0; read as {meaning}",
                    "",
                )
            )
    return fixes


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def brief(value: Any) -> str:
    """A value as messages show it: a mapping or a list by its kind, anything else cut short."""
    if isinstance(value, dict):
        return "(a mapping)"
    if isinstance(value, list):
        return "(a list)"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


_REFERENCE_FIELDS = frozenset({"$ref", "description", "summary"})
_ANNOTATIONS_30 = frozenset(
    {
        "nullable",
        "readOnly",
        "writeOnly",
        "deprecated",
        "default",
        "example",
        "title",
        "externalDocs",
        "xml",
    }
)


def wrap_refs_with_siblings(schema: dict[str, Any], context: SchemaContext) -> list[SchemaFix]:
    """Move a `$ref` that has schema keywords beside it into `allOf`.

    `{$ref: X, nullable: true}` becomes `{allOf: [{$ref: X}], nullable: true}`, which always
    parses as a `Schema` (openapi-pydantic would pick `Reference` or `Schema` depending on the
    keywords). In 3.1 the keywords beside a `$ref` apply, so all of them stay. In 3.0 they are
    ignored by the specification; the annotations authors mean anyway (`nullable`, `readOnly`,
    `default`, ...) stay, and the others are dropped with a warning.
    """
    ref = schema.get("$ref")
    if not isinstance(ref, str):
        return []
    siblings = [
        key for key in schema if key not in _REFERENCE_FIELDS and not str(key).startswith("x-")
    ]
    if not siblings:
        return []
    fixes: list[SchemaFix] = []
    if context.version == (3, 0):
        ignored = [key for key in siblings if key not in _ANNOTATIONS_30]
        for key in ignored:
            del schema[key]
        if ignored:
            names = ", ".join(repr(key) for key in ignored)
            fixes.append(
                (
                    "",
                    f"OpenAPI 3.0 ignores keywords beside $ref: {names} dropped",
                    "to combine a $ref with more keywords, write allOf: [{$ref: ...}] beside them",
                )
            )
        if len(ignored) == len(siblings):
            return fixes
    del schema["$ref"]
    all_of = schema.get("allOf")
    schema["allOf"] = [{"$ref": ref}] + (all_of if isinstance(all_of, list) else [])
    return fixes


SCHEMA_REPAIRS: tuple[SchemaRepair, ...] = (
    subschema_shapes,
    boolean_subschemas,
    wrap_refs_with_siblings,
    schema_types,
    property_required_flags,
    keyword_values,
    exclusive_bounds,
)


def repair_schemas(document: dict[str, Any], origins: Origins) -> list[Diagnostic]:
    """Apply every repair in `SCHEMA_REPAIRS` to every schema object, in one walk."""
    components = document.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    context = SchemaContext(
        parse_version(document.get("openapi")) or (0, 0),
        frozenset(schemas) if isinstance(schemas, dict) else frozenset(),
    )
    diagnostics: list[Diagnostic] = []

    def visit(node: dict[str, Any], kind: Kind, pointer: str) -> None:
        if kind is not Kind.SCHEMA:
            return
        for repair in SCHEMA_REPAIRS:
            for where, message, hint in repair(node, context):
                file, file_pointer = origins.locate(pointer + where)
                diagnostics.append(warning(file, file_pointer, message, hint))

    walk(document, visit)
    return diagnostics
