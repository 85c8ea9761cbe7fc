"""The intermediate model: everything the templates print, decided and named.

Plain frozen dataclasses. Every name, type, import and docstring here is final: templates
only loop over these and print them, types through the render filters that spell them.

It is one module, over the size of the others, on purpose: it is the whole contract between
the builder and the templates, and a reader checks what a template may print in one place.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from generator.ir import pytypes
from generator.ir.docstrings import operation_docstring, operation_summary_line
from generator.ir.imports import Import, ImportSections, ImportStatement, import_sections
from generator.ir.pytypes import Name, PyType

if TYPE_CHECKING:
    from generator.ir.layout import ModuleContents

Location = Literal["path", "query", "header", "cookie", "body"]
BodyEncoding = Literal["json", "form", "multipart", "binary", "text"]

NOT_GIVEN = pytypes.simple("NotGiven", ("@runtime._types", "NotGiven"))
"""What an optional argument's annotation ends with: it may be left out (`NOT_GIVEN`)."""

# The decorators of deprecated aliases, and the module that spells each in a class whose own
# names hide it (a field named `deprecated` is common).
_DECORATORS = {
    "deprecated": (
        pytypes.simple("deprecated", ("typing_extensions", "deprecated")),
        "typing_extensions",
    ),
    "property": (pytypes.simple("property"), "builtins"),
    "classmethod": (pytypes.simple("classmethod"), "builtins"),
}


def decorator(name: str, bound: frozenset[str]) -> PyType:
    """Decorator `name` as a class body binding the names `bound` spells it, with its import."""
    plain, module = _DECORATORS[name]
    return PyType((Name(name, module),), frozenset({(module, "")})) if name in bound else plain


def decorator_imports(names: frozenset[str], bound: frozenset[str]) -> frozenset[Import]:
    """What the decorators `names` need imported in a class body binding the names `bound`."""
    return frozenset().union(*(decorator(name, bound).imports for name in names))


def method_names(operations: tuple[Operation, ...]) -> frozenset[str]:
    """The names a resource class binds: its methods and their deprecated aliases."""
    return frozenset(
        name
        for op in operations
        for name in (op.name, *(former.name for former in op.former_names))
    )


REMOVAL = "it will be removed in the next major version"


@dataclass(frozen=True)
class FormerName:
    """A name a method or a model field had before a rename, kept as a deprecated alias."""

    name: str
    major: int
    """The major version the alias came with: a release of another major version drops it."""


@dataclass(frozen=True)
class Field:
    """One attribute of a generated pydantic model."""

    name: str
    wire_name: str
    annotation: PyType
    required: bool
    default: str | None
    description: str
    deprecated: bool = False
    pointer: str = ""
    """Where the spec declares the property (for `clientgen diff`)."""
    former_names: tuple[FormerName, ...] = ()

    @property
    def aliased(self) -> bool:
        return self.name != self.wire_name

    @property
    def docstring(self) -> str:
        notice = "Deprecated." if self.deprecated else ""
        return "\n\n".join(part for part in (self.description, notice) if part)


@dataclass(frozen=True)
class Model:
    """A pydantic model class in `models.py`."""

    name: str
    description: str
    fields: tuple[Field, ...]
    pointer: str
    kind: Literal["model"] = "model"

    @property
    def refers_to(self) -> frozenset[str]:
        """Every name the fields' annotations use: builtins, imported names, models and aliases."""
        return frozenset().union(*(field.annotation.names for field in self.fields))

    @property
    def imports(self) -> frozenset[Import]:
        imports = frozenset().union(*(field.annotation.imports for field in self.fields))
        if self.former_keywords:
            imports |= {("pydantic", "model_validator"), ("@runtime._models", "current_names")}
        return imports | decorator_imports(self._decorators, self.bound_names)

    @property
    def renamed_fields(self) -> tuple[tuple[FormerName, Field], ...]:
        """Each former name of a field, with the field: a deprecated property of the model."""
        return tuple((former, field) for field in self.fields for former in field.former_names)

    @property
    def former_keywords(self) -> tuple[tuple[str, str], ...]:
        """(former name, current name) that building the model accepts, warning.

        A former name that is a wire name needs no help: the constructor accepts wire names.
        """
        wire_names = {field.wire_name for field in self.fields}
        return tuple(
            (former.name, field.name)
            for former, field in self.renamed_fields
            if former.name not in wire_names
        )

    @property
    def bound_names(self) -> frozenset[str]:
        """The names the class body binds: its fields and their deprecated aliases."""
        return frozenset(field.name for field in self.fields) | {
            former.name for former, _ in self.renamed_fields
        }

    @property
    def _decorators(self) -> frozenset[str]:
        used = {"deprecated", "property"} if self.renamed_fields else set()
        return frozenset(used | ({"classmethod"} if self.former_keywords else set()))

    def decorator(self, name: str) -> PyType:
        return decorator(name, self.bound_names)

    def alias_warning(self, former: FormerName, field: Field) -> str:
        return (
            f"`{self.name}.{former.name}` is deprecated; use `{self.name}.{field.name}`; {REMOVAL}"
        )

    @property
    def setter_stacklevel(self) -> int:
        """The `stacklevel` that points an alias setter's warning at the assignment: pydantic's
        `__setattr__` and the handler it picks stand between the two."""
        return 3

    @staticmethod
    def alias_docstring(field: Field) -> str:
        return f"`{field.name}` under its former name, deprecated: {REMOVAL}."


@dataclass(frozen=True)
class TypeAlias:
    """A named type that is not a class: an enum as a Literal, a union."""

    name: str
    annotation: PyType
    description: str
    pointer: str
    kind: Literal["alias"] = "alias"

    @property
    def refers_to(self) -> frozenset[str]:
        return self.annotation.names

    @property
    def imports(self) -> frozenset[Import]:
        return self.annotation.imports


@dataclass(frozen=True)
class ModelsModule:
    """A module that declares models: `models.py`, or one module of the `models` package.

    The order of its declarations and what it imports are worked out when a template first asks
    for them (`layout.module_contents`): for a big client, in the worker process that renders
    the module, not before the workers start.
    """

    path: str
    """Relative to the package folder: `models.py`, `models/chat.py`."""
    docstring: str
    enum_aliases: tuple[TypeAlias, ...]
    models: tuple[Model, ...]
    unions: tuple[TypeAlias, ...]
    depth: int
    """How deep in the package the module is: 1 for `models.py`, 2 in the `models` package."""
    module_of: Mapping[str, str] = dataclasses.field(
        default_factory=dict, repr=False, compare=False
    )
    """The module of the `models` package that declares each named type; empty when this
    module declares them all."""

    @property
    def names(self) -> list[str]:
        aliases = (*self.enum_aliases, *self.unions)
        return sorted([*(alias.name for alias in aliases), *(model.name for model in self.models)])

    @property
    def declarations(self) -> tuple[Model | TypeAlias, ...]:
        """Models and union aliases in the order the module declares them."""
        return self._contents.declarations

    @property
    def postponed_annotations(self) -> bool:
        return self._contents.postponed_annotations

    @property
    def imports(self) -> ImportSections:
        return self._contents.imports

    @functools.cached_property
    def _contents(self) -> ModuleContents:
        from generator.ir.layout import module_contents  # which imports this module

        return module_contents(self)


@dataclass(frozen=True)
class LazyPackage:
    """An `__init__.py` whose exports are imported on first use (PEP 562 `__getattr__`)."""

    path: str
    """Relative to the package folder: `__init__.py`, `models/__init__.py`."""
    docstring: str
    exports: tuple[tuple[str, str], ...]
    """(name, the relative module that defines it), in `__all__` order."""
    separate_exports: bool = False
    """Whether those imports stand in a module of their own (`_exports.py`) that the package
    star-imports for type checkers only: the models package of a large client, whose
    thousands of imports would cost a program that uses one model their bytecode's loading."""

    @functools.cached_property
    def imports(self) -> ImportSections:
        """The same names as import statements, for type checkers; made when a template first
        prints them (thousands, for the models package of a big client)."""
        return import_sections((module, name) for name, module in self.exports)

    @property
    def exports_path(self) -> str:
        return self.path.removesuffix("__init__.py") + f"{EXPORTS_MODULE}.py"


EXPORTS_MODULE = "_exports"


@dataclass(frozen=True)
class Argument:
    """One argument of an operation's method, and where its value goes in the request."""

    name: str
    wire_name: str
    location: Location
    annotation: PyType
    """The type, ending with `NotGiven` when the argument may be left out."""
    required: bool
    default: str | None
    description: str
    style: tuple[str, bool] | None = None
    required_in_body: bool = False
    """A required property of an optional body: it has a default so that the whole body can
    be left out, but the body is never sent without it."""
    pointer: str = ""
    """Where the spec declares the parameter, body property or body (for `clientgen diff`)."""

    def as_required(self) -> Argument:
        """This argument without its default, as a signature that sends the body has it."""
        return dataclasses.replace(
            self, annotation=self.annotation.without(NOT_GIVEN), required=True, default=None
        )


@dataclass(frozen=True)
class RequestBody:
    encoding: BodyEncoding
    content_type: str
    flattened: bool
    """True when the body is a JSON / form object whose properties are keyword arguments."""
    required: bool
    part_content_types: tuple[tuple[str, str], ...] = ()
    """Multipart parts whose content type the spec's `encoding` object declares."""

    @property
    def omittable(self) -> bool:
        """A flattened body that may be left out: it is, when none of its arguments is given."""
        return self.flattened and not self.required


@dataclass(frozen=True)
class Decoder:
    """How the runtime decodes a response, or the data of each event of a stream: `EMPTY`,
    `TEXT`, `BINARY`, `TEXT_EVENTS`, or a call given a function that returns the body's type
    (`json_body(lambda: models.Chat)`, `by_content_type(lambda: models.Chat, text=False)`,
    `json_events(lambda: models.Tick)`)."""

    name: str
    body_type: PyType | None = None
    text: bool = True
    """For `by_content_type`: whether a response of another media type is decoded as text
    (else it stays bytes)."""

    @property
    def looked_up_type(self) -> PyType | None:
        """The body's type as the decoder's function names it: its models through the `models`
        package, which finds them on the first response, so importing a resource module
        imports none of them."""
        return None if self.body_type is None else self.body_type.through(pytypes.MODELS_MODULE)


@dataclass(frozen=True)
class ResponseCase:
    status: str
    decoder: Decoder


PaginationStyle = Literal["cursor", "item_cursor", "offset", "page", "link"]


@dataclass(frozen=True)
class Pagination:
    """How a list operation's pages follow each other, for the runtime's `PagedEndpoint`."""

    style: PaginationStyle
    rule: str
    """The runtime expression: `CursorPages("after", items=lambda body: body.data, ...)`."""
    rule_class: str
    body_annotation: PyType
    item_annotation: PyType
    parameter: str
    """The query parameter the next page's position goes in; "" for the `Link` header."""

    @property
    def description(self) -> str:
        """How the next page is asked for, for the README."""
        if self.style == "link":
            return 'the `Link: <...>; rel="next"` response header'
        told = {
            "cursor": "a cursor the response gives",
            "item_cursor": "the last item's id",
            "offset": "the offset past the items so far",
            "page": "the next page number",
        }
        return f"{told[self.style]}, sent as `{self.parameter}`"


@dataclass(frozen=True)
class EventStream:
    """A `text/event-stream` success response, for the runtime's `StreamEndpoint`."""

    data_annotation: PyType
    """The type of each event's data."""
    decoder: Decoder
    """How the runtime decodes each event's data: `json_events(Tick)` or `TEXT_EVENTS`."""


@dataclass(frozen=True)
class Operation:
    group: str
    name: str
    constant: str
    http_method: str
    path: str
    summary: str
    description: str
    positional: tuple[Argument, ...]
    keyword: tuple[Argument, ...]
    body: RequestBody | None
    return_annotation: PyType
    responses: tuple[ResponseCase, ...]
    accept: str | None
    """The media type the success response is decoded from, when the spec offers or names one."""
    security: tuple[tuple[str, ...], ...]
    always_apply: tuple[str, ...]
    scopes: tuple[tuple[str, tuple[str, ...]], ...]
    """The OAuth2 scopes the operation asks of each oauth2 scheme it may use."""
    idempotency_header: str | None
    """The header whose key makes retrying the operation safe; None when the API has none."""
    deprecated: bool
    deprecation_message: str
    example_call: str
    """A call with placeholder values, for the README."""
    pagination: Pagination | None = None
    event_stream: EventStream | None = None
    former_names: tuple[FormerName, ...] = ()

    @functools.cached_property
    def docstring(self) -> str:
        # Made when a template first prints it: in the worker process that renders the group.
        return operation_docstring(
            self.summary, self.description, self.deprecation_message, self.arguments
        )

    @property
    def summary_line(self) -> str:
        """The docstring's first line, without composing the rest (the README shows only it)."""
        return operation_summary_line(self.summary, self.description)

    @property
    def arguments(self) -> tuple[Argument, ...]:
        return (*self.positional, *self.keyword)

    def alias_warning(self, former: FormerName) -> str:
        return (
            f"`client.{self.group}.{former.name}()` is deprecated; "
            f"use `client.{self.group}.{self.name}()`; {REMOVAL}"
        )

    @property
    def alias_docstring(self) -> str:
        return f"`{self.name}()` under its former name, deprecated: {REMOVAL}."

    @property
    def request_path(self) -> str:
        """The path requests go to: the spec's key without the fragment some specs (AWS's) tell
        operations on one URL apart by, which no request carries (RFC 3986 section 3.5) and
        which would swallow the query string written after it."""
        return self.path.split("#", 1)[0]

    @property
    def endpoint_class(self) -> str:
        """The runtime class of the operation's endpoint constant."""
        if self.pagination is not None:
            return "PagedEndpoint"
        if self.event_stream is not None:
            return "StreamEndpoint"
        return "Endpoint"

    @property
    def endpoint_type(self) -> PyType:
        """The type of the operation's endpoint constant; an annotation, so that building the
        constant needs none of the models it names."""
        if self.pagination is not None:
            pages = self.pagination
            return pytypes.subscript(
                self.endpoint_class,
                pages.body_annotation,
                pages.item_annotation,
                imports=[("@runtime._pagination", self.endpoint_class)],
            )
        if self.event_stream is not None:
            return pytypes.subscript(
                self.endpoint_class,
                self.event_stream.data_annotation,
                imports=[("@runtime._event_stream", self.endpoint_class)],
            )
        return pytypes.subscript(
            self.endpoint_class,
            self.return_annotation,
            imports=[("@runtime._base_client", self.endpoint_class)],
        )

    def returns(self, is_async: bool) -> PyType:
        """The method's return annotation: the body's type, the page type of a paginated list or
        the stream type of an event stream."""
        if self.pagination is not None:
            page = "AsyncPaginator" if is_async else "SyncPage"
            return pytypes.subscript(
                page, self.pagination.item_annotation, imports=[("@runtime._pagination", page)]
            )
        if self.event_stream is not None:
            stream = "AsyncEventStream" if is_async else "EventStream"
            return pytypes.subscript(
                stream,
                self.event_stream.data_annotation,
                imports=[("@runtime._event_stream", stream)],
            )
        return self.return_annotation

    @property
    def call_helper(self) -> str | None:
        """The runtime function the method hands its call to; None if it calls `request` itself."""
        if self.pagination is not None:
            return "paginate"
        if self.event_stream is not None:
            return "stream_events"
        return None

    @property
    def decoders(self) -> tuple[Decoder, ...]:
        """The decoders of its responses, and of its events' data."""
        cases = tuple(case.decoder for case in self.responses)
        return cases if self.event_stream is None else (*cases, self.event_stream.decoder)

    @property
    def looks_up_models(self) -> bool:
        """Whether a decoder's function names models (through the `models` package)."""
        return any(d.body_type is not None and d.body_type.models for d in self.decoders)

    @property
    def printed_types(self) -> tuple[PyType, ...]:
        """Every type the group's module prints for the operation, which its imports come from.

        The models these name are those of annotations: a decoder reaches its own through the
        `models` package."""
        arguments = [argument.annotation for argument in (*self.positional, *self.keyword)]
        decoded = [d.looked_up_type for d in self.decoders if d.looked_up_type is not None]
        return (
            *arguments,
            *decoded,
            self.endpoint_type,
            self.returns(is_async=False),
            self.returns(is_async=True),
        )

    @property
    def is_coroutine(self) -> bool:
        """Whether the async method is `async def`: a paginated one returns its paginator now."""
        return self.pagination is None

    @property
    def returns_value(self) -> bool:
        return not self.return_annotation.is_none

    def _located(self, location: Location) -> tuple[Argument, ...]:
        return tuple(a for a in (*self.positional, *self.keyword) if a.location == location)

    @property
    def path_arguments(self) -> tuple[Argument, ...]:
        return self._located("path")

    @property
    def query_arguments(self) -> tuple[Argument, ...]:
        return self._located("query")

    @property
    def header_arguments(self) -> tuple[Argument, ...]:
        return self._located("header")

    @property
    def cookie_arguments(self) -> tuple[Argument, ...]:
        return self._located("cookie")

    @property
    def body_arguments(self) -> tuple[Argument, ...]:
        return self._located("body")

    @property
    def whole_body_argument(self) -> Argument | None:
        """The single `body` argument when the body is not flattened into keyword arguments."""
        if self.body is None or self.body.flattened:
            return None
        return self.body_arguments[0]

    @property
    def required_body_fields(self) -> tuple[tuple[str, str], ...]:
        """(wire name, argument name) of the properties an optional body is never sent without."""
        return tuple((a.wire_name, a.name) for a in self.body_arguments if a.required_in_body)

    @property
    def overloads(self) -> tuple[tuple[Argument, ...], ...]:
        """The keyword arguments of each `typing.overload` of the method; () for none.

        An optional body with required properties is either left out (no body argument is
        given) or sent with every required one. The method's own signature must give those
        defaults for the first case, so two overloads are what tells type checkers the rule.
        """
        if not self.required_body_fields:
            return ()
        without_body = tuple(a for a in self.keyword if a.location != "body")
        with_body = sorted(
            (a.as_required() if a.required_in_body else a for a in self.keyword),
            key=lambda a: not a.required,
        )
        return without_body, tuple(with_body)

    def styles(self, location: Location) -> dict[str, tuple[str, bool]]:
        """Parameters of one location whose serialisation is not that location's default."""
        return {a.wire_name: a.style for a in self._located(location) if a.style is not None}


@dataclass(frozen=True)
class Group:
    """A resource: the operations reached as `client.<attribute>.<operation>()`."""

    attribute: str
    class_name: str
    module: str
    description: str
    operations: tuple[Operation, ...]
    imports: ImportSections
    """The module's import statements, in blocks."""
    type_checking_imports: tuple[ImportStatement, ...] = ()
    """The models its annotations name, for type checkers only: the module runs without them."""

    def decorator(self, name: str) -> PyType:
        return decorator(name, method_names(self.operations))


@dataclass(frozen=True)
class CredentialArgument:
    name: str
    env_var: str
    description: str


@dataclass(frozen=True)
class SecurityScheme:
    key: str
    kind: Literal["bearer", "basic", "api_key", "oauth2"]
    location: Literal["header", "query", "cookie"]
    parameter_name: str
    """The header, query or cookie name an API key is sent under."""
    arguments: tuple[CredentialArgument, ...]
    required: bool
    description: str
    token_url: str = ""
    """Where an `oauth2` scheme's client credentials are exchanged for a token."""

    @property
    def required_when(self) -> str:
        """The constructor's condition for raising when the credential is missing: an `auth=`
        replaces every scheme, so with one none is required."""
        return "auth is None" if self.required else "False"


@dataclass(frozen=True)
class Environment:
    name: str
    url: str
    """The server's URL, its variables filled with their defaults."""
    description: str
    pointer: str = ""
    template: str = ""
    """The URL with its variables' placeholders (`https://{region}.example.com`)."""
    variable_defaults: tuple[tuple[str, str], ...] = ()
    """Each variable of `template` and its default, by the name in its placeholder."""


@dataclass(frozen=True)
class ServerVariable:
    """A variable of the server URLs, which the constructor takes as an argument."""

    name: str
    wire_name: str
    """The name in the URL's placeholder."""
    default: str | None
    """None when the servers that have it give it different defaults: each then uses its own."""
    description: str
    pointer: str = ""


@dataclass(frozen=True)
class ConstructorArgument:
    """A keyword argument of the client constructor; `copy()` takes each one as well."""

    name: str
    annotation: PyType
    default: str
    """Python source."""
    description: str
    async_annotation: PyType | None = None
    """The annotation in the async client, where it is another one (`http_client`)."""

    def annotated(self, is_async: bool) -> PyType:
        return self.async_annotation if is_async and self.async_annotation else self.annotation


@dataclass(frozen=True)
class Client:
    package: str
    distribution: str
    version: str
    license: str | None
    """SPDX expression for `pyproject.toml`; None writes no license field."""
    published_as: str | None
    """The name to `pip install` from an index; None when it is installed from its folder."""
    class_name: str
    title: str
    description: str
    base_url_env_var: str
    environments: tuple[Environment, ...]
    default_environment: str | None
    security_schemes: tuple[SecurityScheme, ...]
    groups: tuple[Group, ...]
    models: tuple[Model, ...]
    enum_aliases: tuple[TypeAlias, ...]
    union_aliases: tuple[TypeAlias, ...]
    models_modules: tuple[ModelsModule, ...]
    lazy_packages: tuple[LazyPackage, ...]
    sync_docstring: str
    async_docstring: str
    constructor_docstring: str
    imports: ImportSections
    """The import statements of `_client.py`."""
    type_checking_imports: tuple[ImportStatement, ...]
    """The groups' classes, which `_client.py` imports for type checkers only: it imports
    each group's module on first use."""
    changelog: str | None = None
    """CHANGELOG.md of a client versioned `auto` (set after the IR is built); None writes none."""
    server_variables: tuple[ServerVariable, ...] = ()
    constructor_arguments: tuple[ConstructorArgument, ...] = ()
    """Credentials, environment, server variables, then the options every client takes."""
    copy_docstring: str = ""
    log_env_var: str = ""
    """The environment variable that shows the client's log lines (`ACME_LOG=debug`)."""

    @property
    def renamed_fields(self) -> tuple[tuple[Model, FormerName, Field], ...]:
        """Each former name of a field that the field's model keeps as a deprecated alias."""
        return tuple(
            (model, former, field)
            for model in self.models
            for former, field in model.renamed_fields
        )

    @property
    def has_former_names(self) -> bool:
        """Whether any method or field keeps a former name as a deprecated alias."""
        return any(op.former_names for op in self.operations) or bool(self.renamed_fields)

    @property
    def dependencies(self) -> tuple[str, ...]:
        """The generated package's requirements; `@deprecated` for aliases is typing_extensions'."""
        extensions = ("typing-extensions>=4.12",) if self.has_former_names else ()
        return ("httpx>=0.27,<1", "pydantic>=2.11,<3", *extensions)

    @property
    def oauth2_schemes(self) -> tuple[SecurityScheme, ...]:
        return tuple(scheme for scheme in self.security_schemes if scheme.kind == "oauth2")

    @property
    def idempotency_headers(self) -> tuple[str, ...]:
        """The headers operations send an idempotency key in, sorted."""
        return tuple(
            sorted({op.idempotency_header for op in self.operations if op.idempotency_header})
        )

    @property
    def credential_arguments(self) -> tuple[str, ...]:
        return tuple(
            argument.name for scheme in self.security_schemes for argument in scheme.arguments
        )

    @property
    def has_environment_choice(self) -> bool:
        return len(self.environments) > 1

    @property
    def async_class_name(self) -> str:
        return f"Async{self.class_name}"

    @property
    def environment_names(self) -> tuple[str, ...]:
        return tuple(environment.name for environment in self.environments)

    @property
    def operations(self) -> tuple[Operation, ...]:
        return tuple(op for group in self.groups for op in group.operations)

    @property
    def paginated_operations(self) -> tuple[Operation, ...]:
        return tuple(op for op in self.operations if op.pagination is not None)

    @property
    def event_stream_operations(self) -> tuple[Operation, ...]:
        return tuple(op for op in self.operations if op.event_stream is not None)
