"""What the clients' module `_client.py` imports and binds (templates/package/_client.py.jinja)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from generator.ir import naming
from generator.ir.imports import Import, ImportSections, ImportStatement, bound_names, import_sections
from generator.ir.model import Group, SecurityScheme

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
