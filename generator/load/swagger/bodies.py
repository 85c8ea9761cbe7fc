"""Swagger 2.0 parameters as OpenAPI 3: a value's schema and style, and request bodies.

- a parameter's (or header's, or items object's) `type`, `format`, `items`, `enum`, ... make its
  `schema`, and its `collectionFormat` its `style` / `explode`;
- an `in: body` parameter is the operation's `requestBody`, with a media type for each of the
  operation's `consumes`; `in: formData` parameters are one form body (`multipart/form-data`
  when one of them is a file, else `application/x-www-form-urlencoded`).

The conversion of a Swagger document uses this, and so does the repair of an OpenAPI 3
document that has `in: body` or `in: formData` parameters: a `Conversion` says how schemas are
converted and where warnings and origins go.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from generator.diagnostics import join_pointer
from generator.load.data import copy_data

JSON = "application/json"
URLENCODED = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"

VALUE_FIELDS = (
    "type",
    "format",
    "items",
    "default",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "enum",
    "multipleOf",
)
"""The fields of a parameter, header or items object that describe its value: they make the
schema."""


class Conversion(Protocol):
    """What converting parameters needs from the conversion of the document around them.

    Pointers are the source document's; `record` takes a pointer of the converted document.
    """

    def schema(self, schema: Any, pointer: str) -> Any:
        """A schema of the source document as an OpenAPI 3 schema."""

    def warn(self, pointer: str, message: str, hint: str = "") -> None:
        """Warn about the object at pointer."""

    def record(self, pointer: str, source_pointer: str) -> None:
        """The object at pointer of the converted document was made from the one at
        source_pointer."""


@dataclass(frozen=True)
class Parameter:
    """An operation's parameter, its `$ref` resolved: where it is, and the name it is shared by."""

    value: dict[str, Any]
    pointer: str  # where the parameter itself is (the definition, for a ref)
    place: str  # where it is listed in the operation or path item
    component: str | None  # the name under `parameters` when it was a ref to one

    @property
    def location(self) -> Any:
        return self.value.get("in")

    @property
    def key(self) -> tuple[str, str]:
        return str(self.value.get("name")), str(self.location)

    @property
    def in_body(self) -> bool:
        return self.location in ("body", "formData")


def value_schema(conversion: Conversion, node: dict[str, Any], pointer: str, what: str) -> Any:
    """The schema of a parameter, header or items object, from its type, format, ..."""
    if "schema" in node and not any(key in node for key in ("type", "items")):
        return conversion.schema(node["schema"], join_pointer(pointer, "schema"))
    schema: dict[str, Any] = {}
    for key in VALUE_FIELDS:
        if key not in node:
            continue
        value = node[key]
        if key == "items" and isinstance(value, dict):
            value = value_schema(conversion, value, join_pointer(pointer, "items"), "items")
        elif key == "items" and isinstance(value, list):
            value = conversion.schema(value, join_pointer(pointer, "items"))
        elif key == "type" and value == "file":
            schema["type"], schema["format"] = "string", "binary"
            continue
        elif key == "format" and node.get("type") == "file":
            continue
        schema[key] = copy_data(value)
    if isinstance(node.get("x-nullable"), bool):
        schema["nullable"] = node["x-nullable"]
    if "type" not in schema and what != "items":
        name = node.get("name")
        conversion.warn(
            pointer,
            (
                f"{what} {name!r} has no type; read as a string"
                if isinstance(name, str)
                else f"this {what} has no type; read as a string"
            ),
            "give it a type: string, number, integer, boolean or array",
        )
        schema = {"type": "string", **schema}
    return schema


def collection_style(
    conversion: Conversion, node: dict[str, Any], pointer: str, location: Any
) -> tuple[str, bool] | None:
    """`style` and `explode` for an array's `collectionFormat`, unless the defaults fit."""
    if node.get("type") != "array":
        return None
    form = location in ("query", "formData", "cookie")
    value = node.get("collectionFormat", "csv")
    if value == "multi":
        if form:
            return ("form", True)
        conversion.warn(
            join_pointer(pointer, "collectionFormat"),
            f"collectionFormat 'multi' is only for query and formData parameters, not "
            f"{location}; read as 'csv'",
        )
        value = "csv"
    if value == "tsv":
        conversion.warn(
            join_pointer(pointer, "collectionFormat"),
            "collectionFormat 'tsv' has no OpenAPI 3 equivalent; read as 'csv'",
            "tab-separated values are sent as comma-separated ones",
        )
        value = "csv"
    if value in ("ssv", "pipes"):
        if form:
            return ("spaceDelimited" if value == "ssv" else "pipeDelimited", False)
        conversion.warn(
            join_pointer(pointer, "collectionFormat"),
            f"collectionFormat {value!r} has no OpenAPI 3 equivalent for {location} "
            "parameters; read as 'csv'",
        )
        value = "csv"
    if value != "csv":
        conversion.warn(
            join_pointer(pointer, "collectionFormat"),
            f"unknown collectionFormat {value!r}; read as 'csv'",
            "use csv, ssv, tsv, pipes or multi",
        )
    return ("form", False) if form else None


def request_body(
    conversion: Conversion,
    parameters: Sequence[Parameter],
    pointer: str,
    consumes: list[str],
    shares_bodies: bool,
) -> dict[str, Any] | None:
    """The request body that the body or formData parameters of the operation at pointer make.

    Args:
        conversion: the conversion of the document around the operation.
        parameters: the operation's parameters; the others than body and formData are ignored.
        pointer: where the operation is.
        consumes: the media types the operation consumes.
        shares_bodies: whether a body parameter that is a ref to a shared one is a ref to the
            request body made of it (which has the document's media types).
    """
    bodies = [parameter for parameter in parameters if parameter.location == "body"]
    fields = [parameter for parameter in parameters if parameter.location == "formData"]
    new_pointer = join_pointer(pointer, "requestBody")
    for extra in bodies[1:]:
        conversion.warn(
            extra.place,
            "an operation has at most one body parameter; this one is ignored",
        )
    if bodies and fields:
        conversion.warn(
            fields[0].place,
            "an operation cannot have both a body and formData parameters; the formData "
            "parameters are ignored",
        )
    if bodies:
        body = bodies[0]
        if body.component is not None and shares_bodies:
            conversion.record(new_pointer, body.place)
            return {"$ref": "#" + join_pointer("/components/requestBodies", body.component)}
        return parameter_body(conversion, body.value, body.pointer, consumes, new_pointer)
    if fields:
        return _form_body(conversion, fields, pointer, consumes)
    return None


def parameter_body(
    conversion: Conversion,
    parameter: dict[str, Any],
    pointer: str,
    consumes: list[str],
    new_pointer: str,
) -> dict[str, Any]:
    """The request body an `in: body` parameter describes."""
    conversion.record(new_pointer, pointer)
    body: dict[str, Any] = {}
    if "description" in parameter:
        body["description"] = parameter["description"]
    schema_pointer = join_pointer(pointer, "schema") if "schema" in parameter else pointer
    examples = parameter.get("x-examples")
    examples = examples if isinstance(examples, dict) else {}
    content: dict[str, Any] = {}
    for media_type in consumes or [JSON]:
        if "schema" in parameter:
            schema = conversion.schema(parameter["schema"], schema_pointer)
        else:
            schema = value_schema(conversion, parameter, pointer, "body parameter")
        content[media_type] = {"schema": schema}
        if media_type in examples:
            content[media_type]["example"] = examples[media_type]
        conversion.record(
            join_pointer(new_pointer, "content", media_type, "schema"), schema_pointer
        )
    body["content"] = content
    if parameter.get("required") is True:
        body["required"] = True
    for key, value in parameter.items():
        if str(key).startswith("x-") and key != "x-examples":
            body[key] = value
    return body


def _form_body(
    conversion: Conversion, fields: list[Parameter], pointer: str, consumes: list[str]
) -> dict[str, Any]:
    """One form body from an operation's `in: formData` parameters."""
    has_file = any(field.value.get("type") == "file" for field in fields)
    media_types = [
        media_type for media_type in consumes if _essence(media_type) in (URLENCODED, MULTIPART)
    ]
    if has_file and media_types and all(_essence(item) == URLENCODED for item in media_types):
        conversion.warn(
            join_pointer(pointer, "consumes"),
            "a file cannot be sent as application/x-www-form-urlencoded; sent as "
            "multipart/form-data",
            "add multipart/form-data to consumes",
        )
        media_types = []
    if not media_types:
        media_types = [MULTIPART if has_file else URLENCODED]
    new_pointer = join_pointer(pointer, "requestBody")
    conversion.record(new_pointer, join_pointer(pointer, "parameters"))
    content: dict[str, Any] = {}
    for media_type in media_types:
        media_pointer = join_pointer(new_pointer, "content", media_type)
        properties: dict[str, Any] = {}
        encoding: dict[str, Any] = {}
        for field in fields:
            name = str(field.value.get("name"))
            schema = value_schema(conversion, field.value, field.pointer, "formData parameter")
            if "description" in field.value:
                schema = {"description": field.value["description"], **schema}
            properties[name] = schema
            conversion.record(
                join_pointer(media_pointer, "schema", "properties", name), field.place
            )
            style = collection_style(conversion, field.value, field.pointer, "formData")
            if style is not None and style != ("form", True) and _essence(media_type) == URLENCODED:
                encoding[name] = {"style": style[0], "explode": style[1]}
        schema = {"type": "object", "properties": properties}
        required = [str(field.value.get("name")) for field in fields if field.value.get("required")]
        if required:
            schema["required"] = required
        content[media_type] = {"schema": schema}
        if encoding:
            content[media_type]["encoding"] = encoding
    body: dict[str, Any] = {"content": content}
    if any(field.value.get("required") is True for field in fields):
        body["required"] = True
    return body


def _essence(media_type: str) -> str:
    return media_type.split(";")[0].strip().lower()
