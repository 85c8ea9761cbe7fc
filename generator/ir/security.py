"""Security schemes to constructor credentials."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from generator.config import CredentialSettings
from generator.diagnostics import Diagnostic, join_pointer, warning
from generator.ir import naming
from generator.ir.model import CredentialArgument, SecurityScheme

SecurityAlternatives = tuple[tuple[str, ...], ...]


def security_alternatives(requirements: list[Any] | None, known: set[str]) -> SecurityAlternatives:
    """The spec's `security` list as alternatives of scheme names; `{}` stays as an empty one."""
    if not requirements:
        return ()
    alternatives = []
    for requirement in requirements:
        names = tuple(name for name in sorted(requirement) if name in known)
        if len(names) == len(requirement) and names not in alternatives:
            alternatives.append(names)
    return tuple(alternatives)


def security_scopes(
    requirements: list[Any] | None, oauth2: set[str]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The scopes the `security` list asks of each of the `oauth2` schemes, of all alternatives."""
    scopes: dict[str, set[str]] = {}
    for requirement in requirements or []:
        for name, wanted in requirement.items():
            if name in oauth2:
                scopes.setdefault(name, set()).update(wanted or [])
    return tuple((name, tuple(sorted(scopes[name]))) for name in sorted(scopes) if scopes[name])


def build_security_schemes(
    declared: Mapping[str, Any],
    *,
    operation_security: list[SecurityAlternatives],
    always_applied: set[str],
    settings: Mapping[str, CredentialSettings],
    env_prefix: str,
    reserved: frozenset[str] | set[str],
    locate: Callable[[str], tuple[str, str]],
    diagnostics: list[Diagnostic],
) -> tuple[SecurityScheme, ...]:
    """The schemes operations use, with their constructor arguments named apart from `reserved`."""
    used = {
        name
        for alternatives in operation_security
        for alternative in alternatives
        for name in alternative
    }
    used |= always_applied
    names = sorted(name for name in declared if name in used)
    single = len(names) == 1
    taken = set(reserved)
    schemes = []
    for name in names:
        scheme = declared[name]
        pointer = join_pointer("/components/securitySchemes", name)
        kind, location, parameter, token_url = _kind(scheme, pointer, locate, diagnostics)
        override = settings.get(name, CredentialSettings())
        wanted_names = _wanted_arguments(name, kind, single, override)
        arguments = _arguments(
            wanted_names, override, env_prefix, taken, reserved, scheme.description or ""
        )
        for wanted, argument in zip(wanted_names, arguments, strict=True):
            if wanted in reserved:
                diagnostics.append(
                    warning(
                        *locate(pointer),
                        f"the constructor argument for scheme {name!r} would be `{wanted}`, "
                        f"a name the client already uses; it is `{argument.name}`",
                        f"name it in clients.yaml: security: {{{name}: {{argument: ...}}}}",
                    )
                )
        needed_everywhere = bool(operation_security) and all(
            alternatives and all(name in alternative for alternative in alternatives)
            for alternatives in operation_security
        )
        required = (
            override.required
            if override.required is not None
            else (needed_everywhere or name in always_applied)
        )
        description = (scheme.description or "").strip()
        schemes.append(
            SecurityScheme(
                name, kind, location, parameter, arguments, required, description, token_url
            )
        )
    return tuple(schemes)


def oauth2_client_credentials(scheme: Any) -> Any:
    """The scheme's OAuth2 client credentials flow (with a token URL), or None."""
    if getattr(scheme.type, "value", scheme.type) != "oauth2" or scheme.flows is None:
        return None
    flow = scheme.flows.clientCredentials
    return flow if flow is not None and flow.tokenUrl else None


_API_KEY_LOCATIONS = ("header", "query", "cookie")


def _kind(
    scheme: Any,
    pointer: str,
    locate: Callable[[str], tuple[str, str]],
    diagnostics: list[Diagnostic],
) -> tuple[Any, Any, str, str]:
    """The scheme's kind, where it is sent, under which name, and an oauth2 scheme's token URL."""
    kind = getattr(scheme.type, "value", scheme.type)
    if kind == "apiKey":
        location = (
            getattr(scheme.security_scheme_in, "value", scheme.security_scheme_in) or "header"
        )
        if location not in _API_KEY_LOCATIONS:
            diagnostics.append(
                warning(
                    *locate(join_pointer(pointer, "in")),
                    f"an API key cannot be sent in {location!r}; it is sent as a header",
                    "write in: header, query or cookie",
                )
            )
            location = "header"
        return "api_key", location, scheme.name or "Authorization", ""
    if kind == "http" and (scheme.scheme or "").lower() == "basic":
        return "basic", "header", "Authorization", ""
    flow = oauth2_client_credentials(scheme)
    if flow is not None:
        return "oauth2", "header", "Authorization", str(flow.tokenUrl)
    if kind in ("oauth2", "openIdConnect"):
        what = (
            "openIdConnect discovery"
            if kind == "openIdConnect"
            else "this OAuth2 flow (only clientCredentials is)"
        )
        diagnostics.append(
            warning(
                *locate(pointer),
                f"the client does not run {what}: "
                "it takes an access token you obtained as a static bearer token",
                "pass auth= (an httpx.Auth) to the client to fetch and refresh tokens yourself",
            )
        )
    elif kind == "http" and (scheme.scheme or "").lower() != "bearer":
        diagnostics.append(
            warning(
                *locate(pointer),
                f"HTTP scheme {scheme.scheme!r} is sent as a bearer-style Authorization token",
            )
        )
    return "bearer", "header", "Authorization", ""


def _wanted_arguments(
    name: str, kind: str, single: bool, override: CredentialSettings
) -> list[str]:
    """The scheme's argument names as configured or derived, before they are made unique."""
    if kind in ("basic", "oauth2"):
        pair = ("username", "password") if kind == "basic" else ("client_id", "client_secret")
        defaults = list(pair) if single else [f"{naming.snake_case(name)}_{part}" for part in pair]
    else:
        defaults = (
            ["api_key"]
            if single
            else [naming.python_name(name, fallback="credential", digit_prefix="key")]
        )
    return [
        override.arguments[index] if index < len(override.arguments) else default
        for index, default in enumerate(defaults)
    ]


def _arguments(
    wanted_names: list[str],
    override: CredentialSettings,
    env_prefix: str,
    taken: set[str],
    reserved: frozenset[str] | set[str],
    description: str,
) -> tuple[CredentialArgument, ...]:
    result = []
    for index, wanted in enumerate(wanted_names):
        # `timeout_credential` says what the argument is; `timeout_2` would not.
        argument = naming.unique_name(
            f"{wanted}_credential" if wanted in reserved else wanted, taken
        )
        env_var = (
            override.env_vars[index]
            if index < len(override.env_vars)
            else f"{env_prefix}_{argument.upper()}"
        )
        result.append(CredentialArgument(argument, env_var, description.strip()))
    return tuple(result)
