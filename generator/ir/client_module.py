"""What the clients' module `_client.py` imports, binds and documents (templates/package/_client.py.jinja)."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from generator.ir import naming
from generator.ir.imports import Import, ImportSections, ImportStatement, bound_names, import_sections
from generator.ir.model import Environment, Group, SecurityScheme

_OPTIONS = (
    ("base_url", "Overrides the server; defaults to the {base_url_env_var} environment variable."),
    ("timeout", "Seconds (or an httpx.Timeout) allowed for each request; None waits forever."),
    ("max_retries", "How many times a failed request is retried."),
    ("default_headers", "Headers sent with every request."),
    ("http_client", "An httpx client of your own to send requests with."),
    ("deadline", "Seconds a whole call may take, retries and reading the body included; None for no limit."),
    ("max_response_size", "The most bytes a response body may have once decompressed; None for no limit."),
    ("auth", "An httpx.Auth that authenticates every request instead of the credentials above."),
)
"""The constructor's arguments after the credentials and `environment`, as its signature lists them."""
CONSTRUCTOR_NAMES = frozenset({"self", "super", "environment", *(name for name, _ in _OPTIONS)})
"""The client constructor's own arguments (`self` among them) and `super`, which its body
calls: a credential argument of one of these names would clash."""

_AUTH_CLASSES = {"bearer": "BearerAuth", "basic": "BasicAuth", "api_key": "ApiKeyAuth", "oauth2": "OAuth2ClientCredentials"}
_OWN_NAMES = frozenset({"annotations", "__all__", "ENVIRONMENTS", "Environment"})
"""What the module binds besides its imports: the future import's name and its definitions."""


def client_imports(groups: Sequence[Group], has_environment_choice: bool, security_schemes: Sequence[SecurityScheme]) -> ImportSections:
    return import_sections(_imports(bool(groups), has_environment_choice, (scheme.kind for scheme in security_schemes)))


def type_checking_imports(groups: Sequence[Group]) -> tuple[ImportStatement, ...]:
    """The groups' classes, for type checkers only: the module imports each group's on first use."""
    imports = {(f".resources.{group.module}", name) for group in groups for name in naming.class_family(group.class_name)}
    return tuple(statement for section in import_sections(imports) for statement in section)


def _imports(has_groups: bool, has_environment_choice: bool, auth_kinds: Iterable[str]) -> set[Import]:
    imports: set[Import] = {("collections.abc", "Mapping"), ("httpx", ""), ("._version", "__version__")}
    base_client = ("DEFAULT_MAX_RESPONSE_SIZE", "DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "AsyncAPIClient", "SyncAPIClient", "select_base_url")
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


@dataclass(frozen=True)
class ClientDocstrings:
    sync: str
    asynchronous: str
    constructor: str
    """The constructor's, which lists its arguments."""


def client_docstrings(
    class_name: str, title: str, environments: Sequence[Environment], security: Sequence[SecurityScheme], base_url_env_var: str
) -> ClientDocstrings:
    subject = title or class_name
    lines = ["Args:"]
    for scheme in security:
        for argument in scheme.arguments:
            text = scheme.description or f"Credential for the {scheme.key} scheme."
            lines.append(_argument_line(argument.name, f"{text} Defaults to the {argument.env_var} environment variable."))
    if len(environments) > 1:
        names = ", ".join(f'"{env.name}"' for env in environments)
        lines.append(_argument_line("environment", f"The server to use: one of {names}; the first is the default."))
    lines += [_argument_line(name, text.format(base_url_env_var=base_url_env_var)) for name, text in _OPTIONS]
    return ClientDocstrings(
        f"Synchronous client for the {subject}.", f"Asynchronous client for the {subject}.", "Create a client.\n\n" + "\n".join(lines)
    )


def _argument_line(name: str, text: str) -> str:
    wrapped = textwrap.wrap(" ".join(text.split()), max(72 - len(name), 30), break_on_hyphens=False, break_long_words=False)
    return "\n".join([f"    {name}: {wrapped[0]}"] + [f"        {line}" for line in wrapped[1:]])
