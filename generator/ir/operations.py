"""Paths and operations to grouped methods: names, arguments, bodies and responses."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from generator.config import PaginationSettings
from generator.diagnostics import Diagnostic, join_pointer, warning
from generator.ir import naming, pytypes
from generator.ir.docstrings import operation_docstring
from generator.ir.model import (
    NOT_GIVEN,
    Argument,
    Decoder,
    EventStream,
    FormerName,
    Location,
    Operation,
    RequestBody,
    ResponseCase,
)
from generator.ir.pagination import PagedResponse, PaginationFinder
from generator.ir.schemas import SchemaTyper
from generator.ir.security import (
    SecurityAlternatives,
    oauth2_client_credentials,
    security_alternatives,
    security_scopes,
)
from generator.ir.spec import Resolver, is_reference, resolved
from generator.ir.streams import EventStreamFinder, is_event_stream
from generator.load.grammar import OPERATION_METHODS

RUNTIME_TYPES = "@runtime._types"
# Keyword arguments every method has, and the runtime functions a method's body calls (an
# argument would hide them); a spec parameter of the same name is renamed.
RESERVED_ARGUMENTS = frozenset(
    {"self", "extra_headers", "extra_query", "extra_body", "timeout", "paginate", "stream_events"}
)
_DEFAULT_STYLES: dict[str, tuple[str, bool]] = {
    "path": ("simple", False),
    "query": ("form", True),
    "header": ("simple", False),
    "cookie": ("form", True),
}
# RFC 9110 section 5.6.2: a field name is a token; HTTP libraries refuse to send any other.
HEADER_NAME = re.compile(r"[-!#$%&'*+.^_`|~0-9A-Za-z]+")
# Statuses whose answers never have content, with where HTTP says so.
_NO_CONTENT = {
    "204": "RFC 9110 section 15.3.5",
    "205": "RFC 9110 section 15.3.6",
    "304": "RFC 9110 section 15.4.5",
}
_SKIPPED_PREFIX = re.compile(r"^(api|rest|v\d+(\.\d+)*|\d+(\.\d+)*)$", re.IGNORECASE)
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

# Media ranges that a JSON response falls in -> the types of the other responses they admit.
_JSON_RANGES: dict[str, tuple[pytypes.PyType, ...]] = {
    "*/*": (pytypes.STR, pytypes.BYTES),
    "application/*": (pytypes.BYTES,),
}


@dataclass(frozen=True)
class SpecOperation:
    """An operation as the spec states it, before any naming."""

    path: str
    method: str
    operation: Any
    path_item: Any
    pointer: str


@dataclass(frozen=True)
class OperationPlan:
    """Where an operation goes: its group, method name and the name its inline types start with."""

    group: str
    name: str
    type_prefix: str
    shadowed: frozenset[str] = frozenset()
    """Builtins that methods of the group are named after, so its types qualify them (`builtins.list`)."""
    former_names: tuple[FormerName, ...] = ()
    """The names the method had before, kept as deprecated aliases."""


def collect_operations(paths: Mapping[str, Any] | None) -> list[SpecOperation]:
    found = []
    for path, item in (paths or {}).items():
        for method in OPERATION_METHODS:
            operation = getattr(item, method, None)
            if operation is not None:
                found.append(
                    SpecOperation(
                        path, method, operation, item, join_pointer("/paths", path, method)
                    )
                )
    return found


def path_group(path: str) -> str:
    """The first meaningful static segment of a path: `/api/v1/chats/{id}` -> `chats`."""
    for segment in _static_segments(path):
        if not _SKIPPED_PREFIX.match(segment):
            return segment
    return "default"


def rest_name(method: str, path: str, group: str) -> str:
    """A name for an operation without an operationId, from REST conventions."""
    segments = [s for s in path.strip("/").split("/") if s]
    static = [s for s in _static_segments(path) if not _SKIPPED_PREFIX.match(s)]
    last = segments[-1] if segments else ""
    last_is_parameter = last.startswith("{")
    noun = static[-1] if static else group
    own_collection = naming.snake_case(noun) == naming.snake_case(group)
    if last_is_parameter:
        verb = {
            "get": "get",
            "put": "update",
            "patch": "update",
            "delete": "delete",
            "post": "create",
        }.get(method, method)
        return verb if own_collection else f"{verb}_{naming.singular(naming.snake_case(noun))}"
    if method == "post" and len(segments) > 1 and segments[-2].startswith("{"):
        return naming.snake_case(noun)
    verb = {
        "get": "list",
        "post": "create",
        "put": "update",
        "patch": "update",
        "delete": "delete",
    }.get(method, method)
    return verb if own_collection else f"{verb}_{naming.snake_case(noun)}"


def _static_segments(path: str) -> list[str]:
    return [s for s in path.strip("/").split("/") if s and "{" not in s]


class OperationBuilder:
    """Builds one `Operation` at a time; shares the schema typer and the client's security."""

    def __init__(
        self,
        typer: SchemaTyper,
        resolver: Resolver,
        origin: Callable[[str], str],
        diagnostics: list[Diagnostic],
        default_requirements: list[Any] | None,
        security_schemes: Mapping[str, Any],
        idempotency_header: str | None,
        pagination: Mapping[tuple[str, str], PaginationSettings],
    ) -> None:
        self._typer = typer
        self._pagination = pagination
        self._pages = PaginationFinder(typer, self._warn)
        self._streams = EventStreamFinder(typer, self._warn)
        self._resolver = resolver
        self._origin = origin
        self._diagnostics = diagnostics
        self._default_requirements = default_requirements
        self._schemes = security_schemes
        self._oauth2 = {
            name
            for name, scheme in security_schemes.items()
            if oauth2_client_credentials(scheme) is not None
        }
        self._idempotency_header = idempotency_header
        # A path-level parameter is met once per operation of its path; report it once.
        self._warned: set[Diagnostic] = set()

    def _warn(self, pointer: str, message: str, hint: str) -> None:
        diagnostic = warning(self._origin(pointer), pointer, message, hint)
        if diagnostic not in self._warned:
            self._warned.add(diagnostic)
            self._diagnostics.append(diagnostic)

    def deref(self, node: Any) -> Any:
        """The parameter, body or response a reference chain ends at; None for a cycle."""
        return resolved(self._resolver, node)

    def _requirements(self, spec: SpecOperation) -> list[Any] | None:
        declared = spec.operation.security
        return self._default_requirements if declared is None else declared

    def security_of(self, spec: SpecOperation) -> SecurityAlternatives:
        return security_alternatives(self._requirements(spec), set(self._schemes))

    def idempotency_header_of(
        self, spec: SpecOperation, parameters: list[tuple[Any, str]]
    ) -> str | None:
        """The header of the operation's idempotency key: the spec's own parameter, else the
        configured header for the methods that retrying could carry out twice."""
        wanted = {"idempotency-key", (self._idempotency_header or "").lower()}
        for parameter, _ in parameters:
            if (
                str(getattr(parameter.param_in, "value", parameter.param_in)) == "header"
                and parameter.name.lower() in wanted
            ):
                return str(parameter.name)
        return self._idempotency_header if spec.method.upper() in ("POST", "PATCH") else None

    def supplied_parameters(self, spec: SpecOperation) -> dict[tuple[str, str], str]:
        """`_parameter_key` of each parameter the operation's own security sends -> scheme name.

        Only the schemes this operation may authenticate with count: a scheme that other
        operations use sends nothing here, so a parameter of the same name is the operation's own.
        """
        supplied: dict[tuple[str, str], str] = {}
        for name in dict.fromkeys(
            name for alternative in self.security_of(spec) for name in alternative
        ):
            scheme = self._schemes[name]
            kind = getattr(scheme.type, "value", scheme.type)
            if kind == "apiKey" and scheme.name:
                location = getattr(scheme.security_scheme_in, "value", scheme.security_scheme_in)
                supplied.setdefault(_parameter_key(str(location), scheme.name), name)
            elif kind in ("http", "oauth2", "openIdConnect"):
                supplied.setdefault(("header", "authorization"), name)
        return supplied

    def parameters(self, spec: SpecOperation) -> list[tuple[Any, str]]:
        """Path-level and operation-level parameters, resolved; the operation's win."""
        merged: dict[tuple[str, str], tuple[Any, str]] = {}
        path_pointer = join_pointer("/paths", spec.path, "parameters")
        sources = [
            (spec.path_item.parameters or [], path_pointer),
            (spec.operation.parameters or [], join_pointer(spec.pointer, "parameters")),
        ]
        for parameters, pointer in sources:
            for index, node in enumerate(parameters):
                parameter = self.deref(node)
                if parameter is None:
                    continue
                location = str(getattr(parameter.param_in, "value", parameter.param_in))
                merged[(location, parameter.name)] = (parameter, join_pointer(pointer, index))
        return list(merged.values())

    def build(self, spec: SpecOperation, plan: OperationPlan, constant: str) -> Operation:
        """The operation, named as `plan` says; the types it holds are what its module imports for it."""
        taken: set[str] = set(RESERVED_ARGUMENTS)
        supplied = self.supplied_parameters(spec)
        always_apply: list[str] = []
        positional: list[Argument] = []
        keyword: list[Argument] = []
        parameters = self.parameters(spec)
        for parameter, pointer in parameters:
            location = cast(Location, str(getattr(parameter.param_in, "value", parameter.param_in)))
            scheme = supplied.get(_parameter_key(location, parameter.name))
            if scheme is not None:
                self._warn(
                    pointer,
                    f"{location} parameter {parameter.name!r} is sent by the operation's security scheme {scheme!r}:"
                    " the client supplies it from its credentials, so the method does not take it",
                    "list it only as the security scheme to silence this; if each call should pass its own"
                    " value, take the scheme out of the operation's security",
                )
                if scheme not in always_apply and parameter.required:
                    always_apply.append(scheme)
                continue
            if location == "header" and parameter.name.lower() == "content-type":
                continue
            if location == "header" and not HEADER_NAME.fullmatch(parameter.name):
                self._warn(
                    pointer,
                    f"header parameter {parameter.name!r} is not a valid HTTP header name (an RFC 9110 token):"
                    " no request can send it, so the method does not take it",
                    "fix the name in the spec; meanwhile send the header the server expects with extra_headers=",
                )
                continue
            argument = self._parameter_argument(parameter, location, pointer, plan, taken)
            (positional if location == "path" else keyword).append(argument)
        positional.sort(key=lambda a: spec.path.find("{" + a.wire_name + "}"))
        body, body_arguments = self._request_body(spec, plan, taken)
        keyword.extend(body_arguments)
        keyword.sort(key=lambda a: not a.required)
        responses, return_type = self._responses(spec, plan)
        query = [a for a in keyword if a.location == "query"]
        pagination = self._pages.find(
            spec.operation, spec.method, spec.pointer, query, self._paged_response(spec, return_type),
            self._pagination.get((spec.method, spec.path)), plan.shadowed,
        )  # fmt: skip
        event_stream = self._event_stream(spec, plan)
        accept = self._accept(spec)
        summary = (spec.operation.summary or "").strip()
        description = (spec.operation.description or "").strip()
        deprecated = bool(spec.operation.deprecated)
        deprecation = f"{plan.group}.{plan.name}() is deprecated." if deprecated else ""
        arguments = (*positional, *keyword)
        return Operation(
            group=plan.group,
            name=plan.name,
            constant=constant,
            http_method=spec.method.upper(),
            path=spec.path,
            docstring=operation_docstring(summary, description, deprecation, arguments),
            positional=tuple(positional),
            keyword=tuple(keyword),
            body=body,
            return_annotation=return_type.qualified(plan.shadowed),
            responses=tuple(responses),
            accept=accept,
            security=self.security_of(spec),
            always_apply=tuple(always_apply),
            scopes=security_scopes(self._requirements(spec), self._oauth2),
            idempotency_header=self.idempotency_header_of(spec, parameters),
            deprecated=deprecated,
            deprecation_message=deprecation,
            example_call=_example_call(plan, arguments),
            pagination=pagination,
            event_stream=event_stream,
            former_names=plan.former_names,
        )

    # -- parameters ------------------------------------------------------------------------

    def _parameter_argument(
        self, parameter: Any, location: Location, pointer: str, plan: OperationPlan, taken: set[str]
    ) -> Argument:
        name = naming.python_name(parameter.name, fallback="parameter", digit_prefix="param")
        name = naming.unique_name(f"{name}_" if name in RESERVED_ARGUMENTS else name, taken)
        schema = parameter.param_schema
        if schema is None and parameter.content:
            schema = next(iter(parameter.content.values())).media_type_schema
        type_name = f"{plan.type_prefix}{naming.pascal_case(parameter.name)}"
        annotation = self._typer.type_of(
            schema, name=type_name, pointer=join_pointer(pointer, "schema")
        )
        required = bool(parameter.required) or location == "path"
        style = _style(parameter, location)
        description = (parameter.description or "").strip()
        return _argument(
            name,
            parameter.name,
            location,
            annotation.qualified(plan.shadowed),
            required,
            description,
            style,
            pointer,
        )

    # -- request bodies --------------------------------------------------------------------

    def _request_body(
        self, spec: SpecOperation, plan: OperationPlan, taken: set[str]
    ) -> tuple[RequestBody | None, list[Argument]]:
        node = spec.operation.requestBody
        if node is None:
            return None, []
        request_body = self.deref(node)
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
                resolved = self.deref(prop)
                if getattr(resolved, "readOnly", False):
                    continue
                if encoding == "multipart" and _is_binary(resolved):
                    annotation = pytypes.simple("FileTypes", (RUNTIME_TYPES, "FileTypes"))
                    if getattr(resolved, "items", None) is not None:
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
                    or getattr(resolved, "description", None)
                    or ""
                ).strip()
                needed = wire_name in shape.required
                argument = _argument(
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
            _argument(
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

    # -- responses -------------------------------------------------------------------------

    def _responses(
        self, spec: SpecOperation, plan: OperationPlan
    ) -> tuple[list[ResponseCase], pytypes.PyType]:
        cases: list[ResponseCase] = []
        success: list[pytypes.PyType] = []
        fallback: list[pytypes.PyType] = []
        statuses = list((spec.operation.responses or {}).items())
        for status, node in statuses:
            status = str(status).upper()
            response = self.deref(node)
            pointer = join_pointer(spec.pointer, "responses", status)
            is_success = status.startswith("2")
            suffix = "" if is_success and not success else status.title()
            if status in _NO_CONTENT and getattr(response, "content", None):
                self._warn(
                    join_pointer(pointer, "content"),
                    f"a {status} response has no content ({_NO_CONTENT[status]}): what the spec declares here is never sent, so it is ignored",
                    "take the content out of this response, or answer with 200",
                )
                response = None
            decoder, value_type = self._response_decoder(
                response, f"{plan.type_prefix}Response{suffix}", pointer, plan.shadowed
            )
            cases.append(ResponseCase(status, decoder))
            if is_success:
                success.append(value_type)
            elif status == "DEFAULT":
                fallback.append(value_type)
        cases = [
            ResponseCase("default" if c.status == "DEFAULT" else c.status, c.decoder) for c in cases
        ]
        return_type = pytypes.union(success or fallback or [pytypes.NONE])
        return cases, return_type

    def _paged_response(
        self, spec: SpecOperation, body_type: pytypes.PyType
    ) -> PagedResponse | None:
        """The first success response with a JSON body, for pagination to look into."""
        for status, node in (spec.operation.responses or {}).items():
            response = self.deref(node)
            content = getattr(response, "content", None) or {}
            media_type = _preferred_response_media(content) if content else ""
            if str(status).startswith("2") and _is_json_media(media_type):
                pointer = join_pointer(
                    spec.pointer, "responses", str(status), "content", media_type, "schema"
                )
                headers = frozenset(
                    str(name).lower() for name in getattr(response, "headers", None) or {}
                )
                return PagedResponse(
                    content[media_type].media_type_schema, pointer, body_type, headers
                )
        return None

    def _accept(self, spec: SpecOperation) -> str | None:
        """The media type of the first success response that has a body."""
        success = self._success_content(spec)
        return None if success is None or "*" in success[1] else success[1]

    def _event_stream(self, spec: SpecOperation, plan: OperationPlan) -> EventStream | None:
        """The events of the first success response that has a body, when it is an event stream."""
        success = self._success_content(spec)
        if success is None or not is_event_stream(success[1]):
            return None
        status, media_type, media = success
        pointer = join_pointer(spec.pointer, "responses", status, "content", media_type)
        return self._streams.find(
            media, pointer, type_name=f"{plan.type_prefix}EventData", shadowed=plan.shadowed
        )

    def _success_content(self, spec: SpecOperation) -> tuple[str, str, Any] | None:
        """(status, media type, media type object) of the first success response that has a body."""
        for status, node in (spec.operation.responses or {}).items():
            content = getattr(self.deref(node), "content", None)
            if str(status).startswith("2") and str(status) not in _NO_CONTENT and content:
                media_type = _preferred_response_media(content)
                return str(status), media_type, content[media_type]
        return None

    def _response_decoder(
        self, response: Any, type_name: str, pointer: str, shadowed: frozenset[str]
    ) -> tuple[Decoder, pytypes.PyType]:
        """The response's decoder, and the type of the value it gives."""
        content = getattr(response, "content", None) or {}
        if not content:
            return Decoder("EMPTY"), pytypes.NONE
        media_type = _preferred_response_media(content)
        media = content[media_type]
        others = _JSON_RANGES.get(media_type.split(";")[0].strip().lower())
        if _is_json_media(media_type) or others is not None:
            value_type = self._typer.type_of(
                media.media_type_schema,
                name=type_name,
                pointer=join_pointer(pointer, "content", media_type, "schema"),
            )
            if others is None:
                return Decoder("json_body", value_type.qualified(shadowed)), value_type
            # The server may answer with JSON or not: the runtime decodes by the response's
            # Content-Type, so the value is the schema's type or whatever else the range admits.
            decoder = Decoder(
                "by_content_type", value_type.qualified(shadowed), text=pytypes.STR in others
            )
            return decoder, pytypes.union([value_type, *others])
        if media_type.startswith("text/"):
            return Decoder("TEXT"), pytypes.STR
        return Decoder("BINARY"), pytypes.BYTES


def _parameter_key(location: str, name: str) -> tuple[str, str]:
    """How a parameter is told apart where it is sent: header names are case-insensitive."""
    return location, (name.lower() if location == "header" else name)


def _argument(
    name: str,
    wire_name: str,
    location: Location,
    annotation: pytypes.PyType,
    required: bool,
    description: str,
    style: tuple[str, bool] | None,
    pointer: str,
) -> Argument:
    if required:
        return Argument(
            name, wire_name, location, annotation, True, None, description, style, pointer=pointer
        )
    return Argument(
        name,
        wire_name,
        location,
        annotation.followed_by(NOT_GIVEN),
        False,
        "NOT_GIVEN",
        description,
        style,
        pointer=pointer,
    )


def _style(parameter: Any, location: str) -> tuple[str, bool] | None:
    default_style, _ = _DEFAULT_STYLES[location]
    style = str(getattr(parameter.style, "value", parameter.style) or default_style)
    explode = parameter.explode if parameter.explode is not None else style == "form"
    if (style, explode) == _DEFAULT_STYLES[location]:
        return None
    return style, bool(explode)


def _choose_content(content: Mapping[str, Any]) -> tuple[Any, str, Any]:
    for encoding, accepts in _BODY_PREFERENCE:
        for media_type in content:
            if accepts(media_type.split(";")[0].strip().lower()):
                return encoding, media_type, content[media_type]
    media_type = next(iter(content))
    return "binary", media_type, content[media_type]


def _preferred_response_media(content: Mapping[str, Any]) -> str:
    for media_type in content:
        if _is_json_media(media_type):
            return media_type
    return next(iter(content))


def _is_json_media(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return (
        base == "application/json"
        or base.endswith("+json")
        or (base.startswith("application/") and "json" in base)
    )


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


def _example_call(plan: OperationPlan, arguments: tuple[Argument, ...]) -> str:
    parts = [_placeholder(a) for a in arguments if a.required and a.location == "path"]
    parts += [
        f"{a.name}={_placeholder(a)}" for a in arguments if a.required and a.location != "path"
    ]
    return f"{plan.group}.{plan.name}({', '.join(parts)})"


def _placeholder(argument: Argument) -> str:
    """A value of the argument's first type, when that is a builtin; else `...`."""
    first = argument.annotation.members[0]
    if isinstance(first, pytypes.Name) and not first.module:
        if first.text in ("int", "float"):
            return "1"
        if first.text == "bool":
            return "True"
        if first.text == "str":
            return pytypes.python_literal(argument.wire_name or argument.name)
    if isinstance(first, pytypes.Subscript) and not first.origin.module:
        return {"list": "[]", "dict": "{}"}.get(first.origin.text, "...")
    return "..."


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
