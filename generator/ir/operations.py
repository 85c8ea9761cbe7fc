"""An operation of the spec to a method: its arguments, security, body, responses and paging.

The parameters become arguments here; the request body and the responses are built by
`request_bodies` and `responses`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from typing import Any, cast

from generator.config import PaginationSettings
from generator.diagnostics import Diagnostic, join_pointer, warning
from generator.ir import naming, pytypes
from generator.ir.arguments import build_argument
from generator.ir.model import Argument, Location, Operation
from generator.ir.pagination import PaginationFinder
from generator.ir.request_bodies import RequestBodyBuilder
from generator.ir.responses import ResponseTyper
from generator.ir.schemas import SchemaTyper
from generator.ir.security import (
    SecurityAlternatives,
    oauth2_client_credentials,
    security_alternatives,
    security_scopes,
)
from generator.ir.spec import Resolver, resolved
from generator.ir.spec_operations import OperationPlan, SpecOperation

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
        # Not a bound method: the finders holding one would make a reference cycle through the
        # builder, which keeps the loaded document alive until the cycle collector runs (it is
        # paused while a client is generated).
        self._warn = functools.partial(_warn_once, origin, diagnostics, set())
        self._pages = PaginationFinder(typer, self._warn)
        self._bodies = RequestBodyBuilder(typer, resolver)
        self._responses = ResponseTyper(typer, resolver, self._warn)
        self._resolver = resolver
        self._default_requirements = default_requirements
        self._schemes = security_schemes
        self._oauth2 = {
            name
            for name, scheme in security_schemes.items()
            if oauth2_client_credentials(scheme) is not None
        }
        self._idempotency_header = idempotency_header

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
        """The operation, named as `plan` says; the types it holds are what its module imports
        for it."""
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
                    f"{location} parameter {parameter.name!r} is sent by the operation's security"
                    f" scheme {scheme!r}: the client supplies it from its credentials, so the"
                    " method does not take it",
                    "list it only as the security scheme to silence this; if each call should pass"
                    " its own value, take the scheme out of the operation's security",
                )
                if scheme not in always_apply and parameter.required:
                    always_apply.append(scheme)
                continue
            if location == "header" and parameter.name.lower() == "content-type":
                continue
            if location == "header" and not HEADER_NAME.fullmatch(parameter.name):
                self._warn(
                    pointer,
                    f"header parameter {parameter.name!r} is not a valid HTTP header name (an RFC"
                    " 9110 token): no request can send it, so the method does not take it",
                    "fix the name in the spec; meanwhile send the header the server expects with"
                    " extra_headers=",
                )
                continue
            argument = self._parameter_argument(parameter, location, pointer, plan, taken)
            (positional if location == "path" else keyword).append(argument)
        positional.sort(key=lambda a: spec.path.find("{" + a.wire_name + "}"))
        body, body_arguments = self._bodies.build(spec, plan, taken)
        keyword.extend(body_arguments)
        keyword.sort(key=lambda a: not a.required)
        responses, return_type = self._responses.cases(spec, plan)
        query = [a for a in keyword if a.location == "query"]
        paged = self._responses.paged_response(spec, return_type)
        settings = self._pagination.get((spec.method, spec.path))
        pagination = self._pages.find(
            spec.operation, spec.method, spec.pointer, query, paged, settings, plan.shadowed
        )
        event_stream = self._responses.event_stream(spec, plan)
        accept = self._responses.accept(spec)
        summary = (spec.operation.summary or "").strip()
        description = (spec.operation.description or "").strip()
        deprecated = bool(spec.operation.deprecated)
        deprecation = f"{plan.group}.{plan.name}() is deprecated." if deprecated else ""
        return Operation(
            group=plan.group,
            name=plan.name,
            constant=constant,
            http_method=spec.method.upper(),
            path=spec.path,
            summary=summary,
            description=description,
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
            example_call=_example_call(plan, (*positional, *keyword)),
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
        return build_argument(
            name,
            parameter.name,
            location,
            annotation.qualified(plan.shadowed),
            required,
            description,
            style,
            pointer,
        )


def _parameter_key(location: str, name: str) -> tuple[str, str]:
    """How a parameter is told apart where it is sent: header names are case-insensitive."""
    return location, (name.lower() if location == "header" else name)


def _style(parameter: Any, location: str) -> tuple[str, bool] | None:
    default_style, _ = _DEFAULT_STYLES[location]
    style = str(getattr(parameter.style, "value", parameter.style) or default_style)
    explode = parameter.explode if parameter.explode is not None else style == "form"
    if (style, explode) == _DEFAULT_STYLES[location]:
        return None
    return style, bool(explode)


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


def _warn_once(
    origin: Callable[[str], str],
    diagnostics: list[Diagnostic],
    warned: set[Diagnostic],
    pointer: str,
    message: str,
    hint: str,
) -> None:
    """A warning at a pointer of the loaded document, unless it is in `warned` already: a
    path-level parameter is met once per operation of its path, and reported once."""
    diagnostic = warning(origin(pointer), pointer, message, hint)
    if diagnostic not in warned:
        warned.add(diagnostic)
        diagnostics.append(diagnostic)
