"""An operation's request body: the content type it is sent as, and the arguments that carry it.

An object body of JSON, a form or multipart is flattened into one argument per property; any
other body is one `body` argument.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

from generator.diagnostics import join_pointer
from generator.ir import naming, pytypes
from generator.ir.arguments import build_argument
from generator.ir.model import Argument, RequestBody
from generator.ir.schemas import SchemaTyper
from generator.ir.spec import Resolver, is_reference, resolved
from generator.ir.spec_operations import OperationPlan, SpecOperation

RUNTIME_TYPES = "@runtime._types"
_BODY_PREFERENCE: tuple[tuple[str, Callable[[str], bool]], ...] = (
    (
        "json",
        lambda media: media == "application/json" or media.endswith("+json") or "json" in media,
    ),
    ("form", lambda media: media == "application/x-www-form-urlencoded"),
    ("multipart", lambda media: media.startswith("multipart/")),
    ("binary", lambda media: media == "application/octet-stream"),
    ("text", lambda media: media.startswith("text/")),
    ("binary", lambda media: True),
)


class RequestBodyBuilder:
    """Builds the request body of one operation at a time, typing its schemas with the typer."""

    def __init__(self, typer: SchemaTyper, resolver: Resolver) -> None:
        self._typer = typer
        self._resolver = resolver

    def build(
        self, spec: SpecOperation, plan: OperationPlan, taken: set[str]
    ) -> tuple[RequestBody | None, list[Argument]]:
        """The body and its arguments, named apart from those in `taken`; None when it has none."""
        node = spec.operation.requestBody
        if node is None:
            return None, []
        request_body = resolved(self._resolver, node)
        pointer = join_pointer(spec.pointer, "requestBody")
        if request_body is None or not request_body.content:
            return None, []
        encoding, media_type, media = _choose_content(request_body.content)
        required = bool(request_body.required)
        schema = media.media_type_schema
        content_pointer = join_pointer(pointer, "content", media_type, "schema")
        shape = (
            self._typer.object_shape_of(schema, content_pointer)
            if encoding in ("json", "form", "multipart")
            else None
        )
        if shape is not None and shape.properties:
            arguments = []
            for wire_name, (prop, prop_pointer) in shape.properties.items():
                prop_schema = resolved(self._resolver, prop)
                if getattr(prop_schema, "readOnly", False):
                    continue
                if encoding == "multipart" and _is_binary(prop_schema):
                    annotation = pytypes.simple("FileTypes", (RUNTIME_TYPES, "FileTypes"))
                    if getattr(prop_schema, "items", None) is not None:
                        annotation = pytypes.subscript("list", annotation)
                else:
                    annotation = self._typer.type_of(
                        prop,
                        name=f"{plan.type_prefix}Request{naming.pascal_case(wire_name)}",
                        pointer=prop_pointer,
                    )
                name = naming.python_name(wire_name, fallback="field", digit_prefix="field")
                name = naming.unique_name(f"body_{name}" if name in taken else name, taken)
                description = (
                    getattr(prop, "description", None)
                    or getattr(prop_schema, "description", None)
                    or ""
                ).strip()
                needed = wire_name in shape.required
                argument = build_argument(
                    name,
                    wire_name,
                    "body",
                    annotation.qualified(plan.shadowed),
                    required and needed,
                    description,
                    None,
                    prop_pointer,
                )
                arguments.append(
                    dataclasses.replace(argument, required_in_body=needed and not required)
                )
            part_types = _declared_part_types(media) if encoding == "multipart" else ()
            return RequestBody(encoding, media_type, True, required, part_types), arguments
        if encoding == "binary":
            annotation = pytypes.simple("FileContent", (RUNTIME_TYPES, "FileContent"))
        elif encoding == "text":
            annotation = pytypes.STR
        else:
            annotation = self._typer.type_of(
                schema, name=f"{plan.type_prefix}Request", pointer=content_pointer
            )
        name = naming.unique_name("body", taken)
        description = (request_body.description or "The request body.").strip()
        return RequestBody(encoding, media_type, False, required), [
            build_argument(
                name,
                "",
                "body",
                annotation.qualified(plan.shadowed),
                required,
                description,
                None,
                pointer,
            )
        ]


def _choose_content(content: Mapping[str, Any]) -> tuple[Any, str, Any]:
    for encoding, accepts in _BODY_PREFERENCE:
        for media_type in content:
            if accepts(media_type.split(";")[0].strip().lower()):
                return encoding, media_type, content[media_type]
    media_type = next(iter(content))
    return "binary", media_type, content[media_type]


def _is_binary(schema: Any) -> bool:
    if schema is None or is_reference(schema):
        return False
    if _is_file(schema):
        return True
    items = getattr(schema, "items", None)
    return items is not None and not is_reference(items) and _is_file(items)


def _is_file(schema: Any) -> bool:
    """`format: binary` (3.0), or 3.1's `contentMediaType` naming a non-text type."""
    media = getattr(schema, "contentMediaType", None)
    return getattr(schema, "schema_format", None) == "binary" or (
        isinstance(media, str) and not media.startswith("text/")
    )


def _declared_part_types(media: object) -> tuple[tuple[str, str], ...]:
    """Each multipart part's content type from the `encoding` object, where one is usable.

    `contentType` may list several types or a wildcard (`image/*`); a request needs one
    concrete type, so the first listed is sent, and a wildcard leaves the choice to the runtime.
    """
    declared: list[tuple[str, str]] = []
    for name, entry in (getattr(media, "encoding", None) or {}).items():
        first = (entry.contentType or "").split(",")[0].strip()
        if first and "*" not in first:
            declared.append((name, first))
    return tuple(declared)
