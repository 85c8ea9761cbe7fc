"""Repairs that let real-world documents load: before validation, and of what validation refused.

This is the seam for robustness on real-world documents. A repair fixes one thing in place:
either a common, harmless break of the specification (a version without its patch number, a
2.0-style `discriminator: kind`), or a valid construct that openapi-pydantic's models cannot
hold (`x-` keys in `paths`, 3.1 boolean subschemas). Every change the author should hear about
is a warning that names the JSON pointer of what was changed.

There are two kinds of repairs:

- before validation, `REPAIRS` run over the whole document; one of them walks every schema
  once and applies each `SchemaRepair` of `SCHEMA_REPAIRS` to it. Add a document-wide repair
  to `REPAIRS`, a per-schema one to `SCHEMA_REPAIRS`; each tuple's order is the order they
  run in.
- after validation, `repair_invalid` reads what openapi-pydantic refused (each `Finding` says
  where, and what was expected) and repairs it where there is a plain reading: a number where a
  string belongs is that string, a response that is only a text is its description, a missing
  response description is empty, a `in: body` parameter is the request body, an optional field
  that cannot be read is dropped. The document is validated again after each round.

What no repair can read stays an error, and the document does not load.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, get_args
from urllib.parse import unquote

from openapi_pydantic.v3.v3_0 import OpenAPI as OpenAPIv3_0
from openapi_pydantic.v3.v3_1 import OpenAPI as OpenAPIv3_1

from generator.diagnostics import Diagnostic, escape_pointer_token, join_pointer, warning
from generator.load.data import copy_data, resolve_pointer
from generator.load.grammar import FIELDS, OPERATION_METHODS, Kind, Shape, kind_at, walk
from generator.load.origins import Origins
from generator.load.sources import parse_version
from generator.load.validate import Finding, Token

Repair = Callable[[dict[str, Any], Origins], list[Diagnostic]]
"""Fixes one kind of problem in the document in place; returns a warning per change."""


def _known_versions() -> dict[tuple[int, int], tuple[str, ...]]:
    """The patch versions openapi-pydantic accepts, by (major, minor)."""
    known: dict[tuple[int, int], tuple[str, ...]] = {}
    for model in (OpenAPIv3_0, OpenAPIv3_1):
        versions = tuple(str(value) for value in get_args(model.model_fields["openapi"].annotation))
        for version in versions:
            minor = parse_version(version)
            if minor is not None:
                known[minor] = known.get(minor, ()) + (version,)
    return known


KNOWN_VERSIONS = _known_versions()


def pin_version(document: dict[str, Any], origins: Origins) -> list[Diagnostic]:
    """Read a 3.0 / 3.1 version that is not one of the known patch releases as the newest one."""
    version = document.get("openapi")
    minor = parse_version(version)
    if not isinstance(version, str) or minor is None or minor not in KNOWN_VERSIONS:
        return []
    candidates = KNOWN_VERSIONS[minor]
    if version in candidates:
        return []
    newest = max(candidates, key=lambda value: tuple(int(part) for part in value.split(".")))
    document["openapi"] = newest
    file, pointer = origins.locate("/openapi")
    return [warning(file, pointer, f"OpenAPI version {version!r} is read as {newest!r}")]


def drop_path_extensions(document: dict[str, Any], origins: Origins) -> list[Diagnostic]:
    """Drop `x-` keys of `paths` and `webhooks`: valid, but openapi-pydantic reads them as paths."""
    for key in ("paths", "webhooks"):
        items = document.get(key)
        if isinstance(items, dict):
            for name in [name for name in items if str(name).startswith("x-")]:
                del items[name]
    return []


def inline_callback_refs(document: dict[str, Any], origins: Origins) -> list[Diagnostic]:
    """Copy `$ref`ed callbacks into 3.0 operations: openapi-pydantic's 3.0 model has no room for refs."""
    paths = document.get("paths")
    if parse_version(document.get("openapi")) != (3, 0) or not isinstance(paths, dict):
        return []
    for item in paths.values():
        for method in OPERATION_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            callbacks = operation.get("callbacks") if isinstance(operation, dict) else None
            if not isinstance(callbacks, dict):
                continue
            for name, callback in callbacks.items():
                ref = callback.get("$ref") if isinstance(callback, dict) else None
                if isinstance(ref, str) and ref.startswith("#/"):
                    target, _ = resolve_pointer(document, unquote(ref[1:]))
                    if isinstance(target, dict):
                        callbacks[name] = copy_data(target)
    return []


# -- schema repairs ------------------------------------------------------------------------------


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
                fixed = _subschema(item, context, may_be_boolean=False)
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
                    fixed = _subschema(item, context, may_be_boolean=False)
                    if fixed is not None:
                        child[index] = fixed[0]
                        fixes.append((f"{where}/{index}", fixed[1], fixed[2]))
        elif not (isinstance(child, list) and keyword == "items"):
            fixed = _subschema(child, context, keyword == "additionalProperties")
            if fixed is not None:
                schema[keyword] = fixed[0]
                fixes.append((where, fixed[1], fixed[2]))
    return fixes


def _subschema(
    value: Any, context: SchemaContext, may_be_boolean: bool
) -> tuple[Any, str, str] | None:
    """(the schema meant, message, hint), or None when value is fine as it is."""
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
    unknown = [name for name, found in zip(names, meant) if found is None]
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
        _short(value) if not isinstance(value, list) else "[" + ", ".join(map(_short, names)) + "]"
    )
    hint = f"use {', '.join(_TYPE_NAMES)}" + (" or null" if context.version == (3, 1) else "")
    if unknown:
        dropped = ", ".join(_short(name) for name in unknown)
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
            fix(keyword, f"{keyword} {_short(value)} is not a text; ignored")
    for keyword in ("required", "enum"):
        value = schema.get(keyword)
        if keyword not in schema or isinstance(value, list):
            continue
        if value is None or isinstance(value, (dict, bool)):
            del schema[keyword]
            fix(keyword, f"{keyword} {_short(value)} is not a list; ignored")
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


def _short(value: Any) -> str:
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


REPAIRS: tuple[Repair, ...] = (
    pin_version,
    drop_path_extensions,
    inline_callback_refs,
    repair_schemas,
)


def normalize_document(document: dict[str, Any], origins: Origins) -> list[Diagnostic]:
    """Apply every repair in `REPAIRS` to document, in place; returns their warnings."""
    diagnostics: list[Diagnostic] = []
    for repair in REPAIRS:
        diagnostics.extend(repair(document, origins))
    if diagnostics:
        diagnostics.extend(drop_broken_refs(document, origins))
    return diagnostics


def drop_broken_refs(document: dict[str, Any], origins: Origins) -> list[Diagnostic]:
    """Read a schema `$ref` into something a repair left out as any value.

    Refs were checked before the repairs; one that pointed into, say, keywords that 3.0 ignores
    beside a `$ref` and that were dropped, now points to nothing.
    """
    diagnostics: list[Diagnostic] = []
    found: dict[str, bool] = {}

    def visit(node: dict[str, Any], kind: Kind, pointer: str) -> None:
        ref = node.get("$ref")
        if kind is not Kind.SCHEMA or not isinstance(ref, str) or not ref.startswith("#/"):
            return
        if ref not in found:
            found[ref] = resolve_pointer(document, unquote(ref[1:]))[1] is None
        if not found[ref]:
            del node["$ref"]
            file, file_pointer = origins.locate(pointer + "/$ref")
            diagnostics.append(
                warning(
                    file,
                    file_pointer,
                    f"$ref {ref!r} points into a part of the document that a repair left out; "
                    "the schema is read as any value",
                )
            )

    walk(document, visit)
    return diagnostics


# -- repairs of what validation refused ----------------------------------------------------------


def repair_invalid(
    document: dict[str, Any], origins: Origins, findings: Sequence[Finding]
) -> list[Diagnostic]:
    """Repair what validation refused, where there is a plain reading of it; in place.

    Returns a warning per repair; none when nothing could be repaired (the findings are then
    the document's errors).
    """
    fixer = _Fixer(document, origins)
    for finding in findings:
        fixer.fix(finding)
    return fixer.finish()


_LOCATIONS = {
    **{name: name for name in ("query", "header", "path", "cookie")},
    "querystring": "query",
    "query_string": "query",
    "headers": "header",
    "cookies": "cookie",
}
_BODY_LOCATIONS = ("body", "formdata", "form")
_VALUE_FIELDS = (
    "type",
    "format",
    "items",
    "default",
    "enum",
    "minimum",
    "maximum",
    "minLength",
    "maxLength",
    "pattern",
)


class _Fixer:
    def __init__(self, document: dict[str, Any], origins: Origins) -> None:
        self.document = document
        self.origins = origins
        self.diagnostics: list[Diagnostic] = []
        self.removals: dict[tuple[Token, ...], tuple[str, str]] = {}
        self.bodies_done: set[tuple[Token, ...]] = set()

    def warn(self, path: Sequence[Token], message: str, hint: str = "") -> None:
        file, pointer = self.origins.locate(join_pointer("", *path))
        self.diagnostics.append(warning(file, pointer, message, hint))

    def set(self, path: tuple[Token, ...], value: Any, message: str, hint: str = "") -> None:
        holder, key = _value_at(self.document, path[:-1]), path[-1]
        if isinstance(holder, dict):
            holder[key] = value
        elif isinstance(holder, list) and isinstance(key, int) and 0 <= key < len(holder):
            holder[key] = value
        else:
            return
        self.warn(path, message, hint)

    def remove(self, path: tuple[Token, ...], message: str, hint: str = "") -> None:
        self.removals.setdefault(path, (message, hint))

    def finish(self) -> list[Diagnostic]:
        """Make the removals, later list items first so that earlier indexes stay right."""
        removed: list[tuple[Token, ...]] = []
        for path in sorted(self.removals, key=_order, reverse=True):
            if any(path[: len(done)] == done for done in removed):
                continue
            holder = _value_at(self.document, path[:-1])
            key = path[-1]
            if isinstance(holder, dict) and key in holder:
                del holder[key]
            elif isinstance(holder, list) and isinstance(key, int) and key < len(holder):
                del holder[key]
            else:
                continue
            removed.append(path)
            self.warn(path, *self.removals[path])
        return self.diagnostics

    # -- one finding -----------------------------------------------------------------------------

    def fix(self, finding: Finding) -> None:
        if finding.missing is not None:
            self._missing(finding.path, finding.missing)
        elif finding.path:
            self._invalid(finding)

    def _missing(self, path: tuple[Token, ...], name: str) -> None:
        """Fill in, or do without, a required field that is missing."""
        target = path + (name,)
        kind, length = kind_at(path)
        field = path[length:]
        if not field and kind is Kind.RESPONSE and name == "description":
            self.set(target, "", "a response needs a description; read as empty", "add one")
        elif not field and kind is Kind.OPERATION and name == "responses":
            self.set(
                target,
                {"default": {"description": ""}},
                "an operation needs responses; read as a default response with no content",
                "add responses, e.g. '200': {description: OK}",
            )
        elif not field and kind is Kind.DOCUMENT and name in ("info", "paths"):
            value: Any = {"title": "", "version": ""} if name == "info" else {}
            self.set(target, value, f"the document has no {name}; read as {value}")
        elif field == ("info",) and name in ("title", "version"):
            self.set(target, "", f"info has no {name}; read as empty", f"add a {name} under info")
        elif not field and kind is Kind.REQUEST_BODY and name == "content":
            self.remove(path, "a request body without content is ignored", "add content")
        elif not field and kind is Kind.PARAMETER and _in_list(path):
            self.remove(path, f"a parameter without {name!r} cannot be sent; ignored")
        elif field[-1:] in (("discriminator",), ("externalDocs",), ("license",)):
            self.remove(path, f"{field[-1]} without {name!r} is ignored")
        elif len(field) == 2 and field[0] in ("tags", "servers"):
            self.remove(path, f"an item of {field[0]} without {name!r} is ignored")
        elif len(field) >= 2 and field[-2] == "variables" and name == "default":
            variable = _value_at(self.document, path)
            enum = variable.get("enum") if isinstance(variable, dict) else None
            default = str(enum[0]) if isinstance(enum, list) and enum else ""
            self.set(target, default, f"a server variable needs a default; read as {default!r}")
        elif kind is Kind.SECURITY_SCHEME and len(field) == 2 and field[0] == "flows":
            if name == "scopes":
                self.set(target, {}, "an OAuth flow needs scopes; read as none")
            else:
                self.remove(path, f"an OAuth flow without {name!r} is ignored")

    def _invalid(self, finding: Finding) -> None:
        """Read, or do without, a value of the wrong kind."""
        path, value = finding.path, finding.value
        key = path[-1]
        if key == "$ref":
            return  # refs were followed before: what one says cannot be guessed now
        kind, length = kind_at(path)
        field = path[length:]
        if not field:
            self._structural(path, kind, value)
            return
        if kind is Kind.PARAMETER and field == ("in",) and isinstance(value, str):
            self._location(path, value)
            return
        shape = finding.kind
        if shape == "string_type" and isinstance(value, (int, float)):
            text = str(value).lower() if isinstance(value, bool) else str(value)
            self.set(
                path, text, f"{key!r} should be a text; {value!r} read as {text!r}", "quote it"
            )
        elif shape == "list_type" and (value is None or isinstance(value, (str, int, float))):
            listed = [] if value is None else [value]
            self.set(path, listed, f"{key!r} should be a list; {_short(value)} read as {listed}")
        elif shape == "list_type" and key == "security" and isinstance(value, dict):
            self.set(path, [value], "security is a list of requirements; read as a list of one")
        elif field[:1] == ("tags",) and len(field) == 2 and isinstance(value, str):
            self.set(path, {"name": value}, f"tag {value!r} read as {{name: {value}}}")
        elif field[-2:-1] == ("servers",) and isinstance(value, str):
            self.set(path, {"url": value}, f"server {value!r} read as {{url: {value}}}")
        elif key == "externalDocs" and isinstance(value, str):
            self.set(path, {"url": value}, f"externalDocs {value!r} read as {{url: {value}}}")
        elif key == "license" and isinstance(value, str):
            self.set(path, {"name": value}, f"license {value!r} read as {{name: {value}}}")
        elif key == "scopes" and isinstance(value, list):
            scopes = {str(scope): "" for scope in value}
            self.set(path, scopes, "OAuth scopes are a mapping of names to descriptions")
        elif key == "examples" and isinstance(value, list) and kind is not Kind.SCHEMA:
            named = {f"example{index + 1}": {"value": item} for index, item in enumerate(value)}
            self.set(
                path,
                named,
                "examples is a mapping of named examples; the list is read as example1, ...",
                "a list of example values belongs to a schema's examples",
            )
        elif value is None and shape in ("dict_type", "model_type"):
            self.set(path, {}, f"{key!r} is empty; read as an empty mapping")
        elif _removable(path):
            self.remove(path, f"{finding.message}; ignored")

    def _structural(self, path: tuple[Token, ...], kind: Kind, value: Any) -> None:
        """A value at a place where an object of the given kind belongs is not that object."""
        name = path[-1]
        if kind is Kind.SCHEMA:
            version = parse_version(self.document.get("openapi")) or (3, 0)
            fixed = _subschema(value, SchemaContext(version, self._schema_names()), False)
            if fixed is not None:
                self.set(path, fixed[0], fixed[1], fixed[2])
        elif kind is Kind.RESPONSE and not isinstance(value, (dict, list)):
            text = "" if value is None else str(value)
            self.set(
                path,
                {"description": text},
                f"response {name} is not a Response object; read as {{description: {text!r}}}",
            )
        elif kind is Kind.EXAMPLE:
            self.set(path, {"value": value}, f"example {name!r} read as {{value: ...}}")
        elif kind is Kind.HEADER and (value is None or isinstance(value, str)):
            header: dict[str, Any] = {"schema": {"type": "string"}}
            if value:
                header["description"] = value
            self.set(path, header, f"header {name!r} read as a string header")
        elif value is None and kind in (Kind.MEDIA_TYPE, Kind.PATH_ITEM, Kind.ENCODING):
            self.set(path, {}, f"{kind.value} {name!r} is empty; read as an empty object")
        elif value is None and kind in (Kind.OPERATION, Kind.REQUEST_BODY):
            self.remove(path, f"the empty {kind.value} {name!r} is ignored")
        elif kind is Kind.PARAMETER and _in_list(path):
            self.remove(path, f"parameter {_short(value)} is not a Parameter object; ignored")

    def _location(self, path: tuple[Token, ...], value: str) -> None:
        """A parameter's `in` that is not query, header, path or cookie."""
        meant = value.strip().lower()
        if meant in _LOCATIONS:
            self.set(path, _LOCATIONS[meant], f"in: {value!r} read as {_LOCATIONS[meant]!r}")
        elif meant in _BODY_LOCATIONS and len(path) >= 4 and path[-3] == "parameters":
            self._body_parameters(path[:-3])
        elif _in_list(path[:-1]):
            self.remove(path[:-1], f"a parameter in {value!r} cannot be sent; ignored")

    def _body_parameters(self, owner_path: tuple[Token, ...]) -> None:
        """Swagger 2.0 `in: body` / `in: formData` parameters of an operation or path item."""
        if owner_path in self.bodies_done:
            return
        self.bodies_done.add(owner_path)
        owner = _value_at(self.document, owner_path)
        parameters = owner.get("parameters") if isinstance(owner, dict) else None
        if not isinstance(owner, dict) or not isinstance(parameters, list):
            return
        found = [
            (index, parameter)
            for index, parameter in enumerate(parameters)
            if isinstance(parameter, dict)
            and str(parameter.get("in")).strip().lower() in _BODY_LOCATIONS
        ]
        body = _request_body(parameter for _, parameter in found)
        kind, _ = kind_at(owner_path)
        methods: list[Token] = (
            [] if kind is Kind.OPERATION else [m for m in OPERATION_METHODS if m in owner]
        )
        source = self.origins.locate(join_pointer("", *owner_path, "parameters", found[0][0]))
        for method in methods or [""]:
            operation = owner if not method else owner[method]
            if isinstance(operation, dict) and "requestBody" not in operation:
                operation["requestBody"] = copy_data(body)
                pointer = join_pointer("", *owner_path, *([method] if method else []))
                self.origins.record(join_pointer(pointer, "requestBody"), *source)
        for index, parameter in found:
            self.remove(
                owner_path + ("parameters", index),
                f"in: {parameter.get('in')} is Swagger 2.0; the parameter is read as the "
                "operation's requestBody",
                "write the body as the operation's requestBody",
            )

    def _schema_names(self) -> frozenset[str]:
        components = self.document.get("components")
        schemas = components.get("schemas") if isinstance(components, dict) else None
        return frozenset(schemas) if isinstance(schemas, dict) else frozenset()


def _request_body(parameters: Any) -> dict[str, Any]:
    """The request body that Swagger 2.0 body or form parameters describe."""
    fields: dict[str, Any] = {}
    required: list[str] = []
    binary = False
    for parameter in parameters:
        schema = parameter.get("schema")
        if str(parameter.get("in")).lower() == "body":
            body: dict[str, Any] = {
                "content": {
                    "application/json": {"schema": schema if isinstance(schema, dict) else {}}
                }
            }
            if parameter.get("required") is True:
                body["required"] = True
            if isinstance(parameter.get("description"), str):
                body["description"] = parameter["description"]
            return body
        if not isinstance(schema, dict):
            schema = {key: parameter[key] for key in _VALUE_FIELDS if key in parameter}
        if schema.get("type") == "file":
            schema = {**schema, "type": "string", "format": "binary"}
        binary = binary or schema.get("format") == "binary"
        name = str(parameter.get("name"))
        fields[name] = schema
        if parameter.get("required") is True:
            required.append(name)
    form: dict[str, Any] = {"type": "object", "properties": fields}
    if required:
        form["required"] = required
    media_type = "multipart/form-data" if binary else "application/x-www-form-urlencoded"
    return {"content": {media_type: {"schema": form}}, **({"required": True} if required else {})}


def _in_list(path: Sequence[Token]) -> bool:
    return bool(path) and isinstance(path[-1], int)


def _removable(path: tuple[Token, ...]) -> bool:
    """Whether a value may be dropped: not a top-level field, a component or a ref."""
    if len(path) < 2 or path[-1] == "$ref":
        return False
    return not (path[0] == "components" and len(path) <= 3)


def _order(path: tuple[Token, ...]) -> tuple[tuple[int, int, str], ...]:
    return tuple((1, token, "") if isinstance(token, int) else (0, 0, token) for token in path)


def _value_at(document: Any, path: Sequence[Token]) -> Any:
    node = document
    for token in path:
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and isinstance(token, int) and 0 <= token < len(node):
            node = node[token]
        else:
            return None
    return node
