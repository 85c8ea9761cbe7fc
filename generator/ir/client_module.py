"""What the clients' module `_client.py` imports, binds and documents, and the constructor's
arguments, which `copy()` takes as well (templates/package/_client.py.jinja)."""

from __future__ import annotations

import dataclasses
import functools
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from generator.ir import naming, pytypes
from generator.ir.imports import (
    Import,
    ImportSections,
    ImportStatement,
    bound_names,
    import_sections,
    import_statements,
)
from generator.ir.model import (
    ConstructorArgument,
    Environment,
    Group,
    SecurityScheme,
    ServerVariable,
)
from generator.ir.pytypes import Name, PyType
from generator.ir.runtime import api_client_methods


def _httpx(name: str) -> PyType:
    return PyType((Name(name, "httpx"),), frozenset({("httpx", "")}))


_OPTIONS = (
    ConstructorArgument(
        "base_url", pytypes.union([pytypes.STR, _httpx("URL"), pytypes.NONE]), "None",
        "Overrides the server; defaults to the {base_url_env_var} environment variable.",
    ),
    ConstructorArgument(
        "timeout", pytypes.union([pytypes.FLOAT, _httpx("Timeout"), pytypes.NONE]),
        "DEFAULT_TIMEOUT",
        "Seconds (or an httpx.Timeout) allowed for each request; None waits forever.",
    ),
    ConstructorArgument(
        "max_retries", pytypes.INT, "DEFAULT_MAX_RETRIES",
        "How many times a failed request is retried.",
    ),
    ConstructorArgument(
        "default_headers",
        pytypes.subscript(
            "Mapping", pytypes.STR, pytypes.STR, imports=[("collections.abc", "Mapping")]
        ).or_none(),
        "None",
        "Headers sent with every request.",
    ),
    ConstructorArgument(
        "http_client", _httpx("Client").or_none(), "None",
        "An httpx client of your own to send requests with.",
        _httpx("AsyncClient").or_none(),
    ),
    ConstructorArgument(
        "deadline", pytypes.FLOAT.or_none(), "None",
        "Seconds a whole call may take, retries and reading the body included; None for no limit.",
    ),
    ConstructorArgument(
        "max_response_size", pytypes.INT.or_none(), "DEFAULT_MAX_RESPONSE_SIZE",
        "The most bytes a response body may have once decompressed; None for no limit.",
    ),
    ConstructorArgument(
        "auth", _httpx("Auth").or_none(), "None",
        "An httpx.Auth that authenticates every request instead of the credentials above.",
    ),
)  # fmt: skip
"""The constructor's arguments after the credentials, `environment` and the server variables,
as its signature lists them."""
CONSTRUCTOR_NAMES = frozenset(
    {"self", "super", "environment", *(option.name for option in _OPTIONS)}
)
"""The client constructor's own arguments (`self` among them) and `super`, which its body
calls: a credential argument or server variable of one of these names would clash."""


@functools.cache
def client_attributes() -> frozenset[str]:
    """Names a group's attribute must not take: what the client class binds (its raw and
    streaming views, `copy` and its alias `with_options`, the runtime's methods) and
    `cached_property`, the decorator its body applies to each group.

    A function, not a constant: reading the runtime's source costs tens of milliseconds that
    a run finding its clients up to date never needs.
    """
    own = {"with_raw_response", "with_streaming_response", "copy", "with_options"}
    return frozenset({*own, "cached_property", *api_client_methods()})


_AUTH_CLASSES = {
    "bearer": "BearerAuth",
    "basic": "BasicAuth",
    "api_key": "ApiKeyAuth",
    "oauth2": "OAuth2ClientCredentials",
}
_OWN_NAMES = frozenset(
    {"annotations", "__all__", "ENVIRONMENTS", "Environment", "VARIABLE_DEFAULTS"}
)
"""What the module binds besides its imports: the future import's name and its definitions."""


def client_imports(
    groups: Sequence[Group],
    has_environment_choice: bool,
    security_schemes: Sequence[SecurityScheme],
) -> ImportSections:
    return import_sections(
        _imports(bool(groups), has_environment_choice, (scheme.kind for scheme in security_schemes))
    )


def type_checking_imports(groups: Sequence[Group]) -> tuple[ImportStatement, ...]:
    """The groups' classes, for type checkers only: the module imports each group's on first use."""
    imports = {
        (f".resources.{group.module}", name)
        for group in groups
        for name in naming.class_family(group.class_name)
    }
    return import_statements(imports)


def _imports(
    has_groups: bool, has_environment_choice: bool, auth_kinds: Iterable[str]
) -> set[Import]:
    # `ENVIRONMENTS` is a Mapping; `copy()` marks the arguments it is not given with NOT_GIVEN.
    imports: set[Import] = {
        ("collections.abc", "Mapping"),
        ("._types", "NOT_GIVEN"),
        ("._types", "NotGiven"),
        ("._version", "__version__"),
    }
    imports |= {
        name
        for option in _OPTIONS
        for annotation in (option.annotation, option.async_annotation)
        if annotation
        for name in annotation.imports
    }
    base_client = (
        "DEFAULT_MAX_RESPONSE_SIZE",
        "DEFAULT_MAX_RETRIES",
        "DEFAULT_TIMEOUT",
        "AsyncAPIClient",
        "SyncAPIClient",
        "select_base_url",
    )
    imports |= {("._base_client", name) for name in base_client}
    if has_groups:
        imports |= {("functools", "cached_property"), ("typing", "TYPE_CHECKING")}
    if has_environment_choice:
        imports.add(("typing", "Literal"))
    auth = {("._auth", _AUTH_CLASSES[kind]) for kind in auth_kinds}
    if auth:
        imports |= auth | {("._auth", "resolve_credential")}
    return imports


CLIENT_MODULE_NAMES = frozenset(bound_names(_imports(True, True, _AUTH_CLASSES)) | _OWN_NAMES)
"""Every name `_client.py` may bind, whatever the client: reserved even when this client does
not bind it (`Literal` and `Environment` come with a second server), so that a group's class
keeps its name when the spec gains a server."""


def constructor_arguments(
    security: Sequence[SecurityScheme],
    environments: Sequence[Environment],
    server_variables: Sequence[ServerVariable],
    base_url_env_var: str,
) -> tuple[ConstructorArgument, ...]:
    """Every keyword argument of the constructor, in the order it declares them: credentials,
    `environment` when there is a choice, the server variables, then the options."""
    optional_str = pytypes.STR.or_none()
    arguments = [
        ConstructorArgument(
            argument.name,
            optional_str,
            "None",
            f"{scheme.description or f'Credential for the {scheme.key} scheme.'} "
            f"Defaults to the {argument.env_var} environment variable.",
        )
        for scheme in security
        for argument in scheme.arguments
    ]
    if len(environments) > 1:
        names = ", ".join(f'"{env.name}"' for env in environments)
        description = f"The server to use: one of {names}; the first is the default."
        arguments.append(
            ConstructorArgument(
                "environment",
                pytypes.simple("Environment"),
                pytypes.python_literal(environments[0].name),
                description,
            )
        )
    for variable in server_variables:
        if variable.default is None:
            arguments.append(
                ConstructorArgument(
                    variable.name,
                    optional_str,
                    "None",
                    f"{variable.description} Defaults to the environment's own default.",
                )
            )
        else:
            description = f'{variable.description} Defaults to "{variable.default}".'
            arguments.append(
                ConstructorArgument(
                    variable.name,
                    pytypes.STR,
                    pytypes.python_literal(variable.default),
                    description,
                )
            )
    arguments += [
        dataclasses.replace(
            option, description=option.description.format(base_url_env_var=base_url_env_var)
        )
        for option in _OPTIONS
    ]
    return tuple(arguments)


@dataclass(frozen=True)
class ClientDocstrings:
    sync: str
    asynchronous: str
    constructor: str
    """The constructor's, which lists its arguments."""
    copy: str
    """`copy()`'s, which takes the constructor's arguments in place of the client's."""


def client_docstrings(
    class_name: str, title: str, arguments: Sequence[ConstructorArgument]
) -> ClientDocstrings:
    subject = title or class_name
    copied = [
        _argument_line(
            argument.name, f"In place of this client's `{argument.name}` (see the constructor)."
        )
        for argument in arguments
    ]
    return ClientDocstrings(
        f"Synchronous client for the {subject}.",
        f"Asynchronous client for the {subject}.",
        "Create a client.\n\nArgs:\n"
        + "\n".join(_argument_line(argument.name, argument.description) for argument in arguments),
        "A copy of this client, with the arguments given in place of those it was created with.\n\n"
        "The copy shares this client's HTTP connection pool unless `http_client` is given, and\n"
        "this client stays as it was. `with_options` is another name for this method.\n\n"
        "Args:\n" + "\n".join(copied),
    )


def _argument_line(name: str, text: str) -> str:
    wrapped = textwrap.wrap(
        " ".join(text.split()),
        max(72 - len(name), 30),
        break_on_hyphens=False,
        break_long_words=False,
    )
    return "\n".join([f"    {name}: {wrapped[0]}"] + [f"        {line}" for line in wrapped[1:]])
