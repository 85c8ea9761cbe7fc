"""The per-client configuration in `specs/clients.yaml`: what to generate and the names to use.

Every key but `sources` is optional; an absent key means "derive it from the spec".
"""

from __future__ import annotations

import keyword
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from packaging.licenses import InvalidLicenseExpression, canonicalize_license_expression

from generator.diagnostics import Diagnostic, DiagnosticError, error, join_pointer
from generator.ir.client_module import CONSTRUCTOR_NAMES
from generator.load.grammar import OPERATION_METHODS
from generator.write.manifest import is_user_artifact

CONFIG_FILE = "clients.yaml"
AUTO_VERSION = "auto"
"""`version: auto`: the version follows from the API change since the committed generation."""
_OPERATION_KEY = re.compile(rf"^({'|'.join(OPERATION_METHODS).upper()}) (/\S*)$")
_TARGET = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)$")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# What a generated client imports at run time; a package of the same name would hide it.
_CLIENT_DEPENDENCIES = frozenset(
    {
        "httpx",
        "httpcore",
        "h11",
        "anyio",
        "sniffio",
        "certifi",
        "idna",
        "pydantic",
        "pydantic_core",
        "typing_extensions",
        "annotated_types",
        "typing_inspection",
    }
)


@dataclass(frozen=True)
class CredentialSettings:
    arguments: tuple[str, ...] = ()
    """Constructor argument names: one, or two (user name, password) for HTTP basic."""
    env_vars: tuple[str, ...] = ()
    required: bool | None = None


PAGINATION_STYLES = ("cursor", "offset", "page", "link", "none")
_PAGINATION_KEYS = ("style", "parameter", "items", "cursor", "item_cursor", "has_more", "limit")


@dataclass(frozen=True)
class PaginationSettings:
    """How one operation pages, as `clients.yaml` or the spec's `x-pagination` states it.

    Keys left out are found from the spec as detection would; `style: none` turns it off.
    """

    style: str
    """cursor, offset, page, link or none."""
    parameter: str | None = None
    """The query parameter the next page's cursor, offset or number goes in."""
    items: str | None = None
    """The response field holding the page's list (default: the body, when it is a list)."""
    cursor: str | None = None
    """cursor: the response field holding the next cursor, or the next page's URL."""
    item_cursor: str | None = None
    """cursor: the field of the last item that the next page starts after (with `has_more`)."""
    has_more: str | None = None
    """A boolean response field; false ends the list."""
    limit: str | None = None
    """offset / page: the query parameter of the page size; a shorter page is the last."""


def pagination_settings(data: Any) -> tuple[PaginationSettings | None, list[str]]:
    """`data` (a mapping, or the string `none`) as PaginationSettings, and what is wrong with it."""
    if data == "none" or data is False:
        return PaginationSettings("none"), []
    if not isinstance(data, dict):
        return None, [f"expected a mapping of {', '.join(_PAGINATION_KEYS)}, or none"]
    problems = [
        f"unknown key {key!r} (use {', '.join(_PAGINATION_KEYS)})"
        for key in sorted(set(map(str, data)) - set(_PAGINATION_KEYS))
    ]
    problems += [
        f"{key!r} must be a string"
        for key in _PAGINATION_KEYS
        if key in data and not isinstance(data[key], str)
    ]
    style = data.get("style")
    if style not in PAGINATION_STYLES:
        problems.append(f"style {style!r} is not one of {', '.join(PAGINATION_STYLES)}")
    if problems:
        return None, problems
    return PaginationSettings(
        str(style), **{key: data.get(key) for key in _PAGINATION_KEYS if key != "style"}
    ), []


@dataclass(frozen=True)
class ClientSettings:
    """What one client is generated from and the names the user fixed for it."""

    sources: tuple[Path, ...]
    package: str | None = None
    distribution: str | None = None
    client_class: str | None = None
    version: str | None = None
    auto_version: bool = False
    """Bump `version` by the API change since the previous generation, and keep a changelog."""
    env_prefix: str | None = None
    operations: Mapping[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    """(HTTP method, path) -> (group, method name)"""
    fields: Mapping[tuple[str, str], str] = field(default_factory=dict)
    """(model class, property's wire name) -> attribute name"""
    security: Mapping[str, CredentialSettings] = field(default_factory=dict)
    servers: Mapping[str, str] = field(default_factory=dict)
    """server URL -> environment name"""
    pagination: Mapping[tuple[str, str], PaginationSettings] = field(default_factory=dict)
    """(HTTP method, path) -> how the operation pages, over `x-pagination` and detection"""
    license: str | None = None
    """SPDX license expression, canonical; None means "take it from the spec"."""
    published_as: str | None = None
    """The name the package is installed by from a package index; None when it is not published."""
    idempotency_header: str | None = None
    """The header the API takes an idempotency key in, for every POST and PATCH; None: it takes
    none, except in the operations whose spec declares an `Idempotency-Key` header parameter."""
    allow_refs: tuple[Path, ...] = ()
    """Folders whose files refs may read besides the folders of the sources (`--allow-refs`)."""
    name: str = ""
    """The client's key in clients.yaml; empty for a client generated from sources."""


def load_config(specs_dir: Path, allow_refs: tuple[Path, ...] = ()) -> list[ClientSettings]:
    path = specs_dir / CONFIG_FILE
    where = str(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DiagnosticError(
            [
                error(
                    where,
                    "",
                    "configuration file not found",
                    f"create {path} listing the clients to generate",
                )
            ]
        ) from None
    except yaml.YAMLError as exc:
        raise DiagnosticError([error(where, "", f"not valid YAML: {exc}")]) from None
    problems: list[Diagnostic] = []
    clients = data.get("clients") if isinstance(data, dict) else None
    if not isinstance(clients, dict) or not clients:
        raise DiagnosticError(
            [error(where, "/clients", "expected a mapping of client names to their settings")]
        )
    settings = [
        _client(specs_dir, where, name, entry, problems, allow_refs)
        for name, entry in clients.items()
    ]
    if problems:
        raise DiagnosticError(problems)
    return settings


def _client(
    specs_dir: Path,
    where: str,
    name: str,
    entry: Any,
    problems: list[Diagnostic],
    allow_refs: tuple[Path, ...],
) -> ClientSettings:
    pointer = join_pointer("/clients", name)
    if not isinstance(entry, dict):
        problems.append(error(where, pointer, "expected a mapping of settings"))
        return ClientSettings(sources=())
    known = {
        "sources", "package", "distribution", "client_class", "version", "env_prefix",
        "operations", "fields", "security", "servers", "license", "published_as",
        "idempotency_header", "pagination",
    }  # fmt: skip
    for key in sorted(set(entry) - known):
        problems.append(
            error(
                where,
                join_pointer(pointer, key),
                f"unknown setting {key!r}",
                f"use one of: {', '.join(sorted(known))}",
            )
        )
    sources = entry.get("sources")
    if not isinstance(sources, list) or not sources or not all(isinstance(s, str) for s in sources):
        problems.append(
            error(
                where,
                join_pointer(pointer, "sources"),
                "expected a list of document paths relative to specs/",
            )
        )
        sources = []
    package = _optional_text(entry, "package", where, pointer, problems)
    package_pointer = join_pointer(pointer, "package") if package is not None else pointer
    package = package if package is not None else f"{name}_client"
    problem = package_problem(package)
    if problem:
        hint = "" if package_pointer != pointer else "name the client differently or set `package:`"
        problems.append(error(where, package_pointer, f"package name {package!r} {problem}", hint))
    client_class = _optional_identifier(entry, "client_class", where, pointer, problems)
    version = _optional_text(entry, "version", where, pointer, problems)
    return ClientSettings(
        sources=tuple(specs_dir / source for source in sources),
        package=package,
        distribution=_optional_text(entry, "distribution", where, pointer, problems),
        client_class=client_class,
        # An `auto` client's first generation takes the version a client without one gets.
        version=None if version == AUTO_VERSION else version,
        auto_version=version == AUTO_VERSION,
        env_prefix=_optional_text(entry, "env_prefix", where, pointer, problems),
        operations=_operations(
            entry.get("operations") or {}, where, join_pointer(pointer, "operations"), problems
        ),
        fields=_fields(entry.get("fields") or {}, where, join_pointer(pointer, "fields"), problems),
        security=_security(
            entry.get("security") or {}, where, join_pointer(pointer, "security"), problems
        ),
        servers=_servers(
            entry.get("servers") or {}, where, join_pointer(pointer, "servers"), problems
        ),
        pagination=_pagination(
            entry.get("pagination") or {}, where, join_pointer(pointer, "pagination"), problems
        ),
        license=_optional_license(entry, where, pointer, problems),
        published_as=_optional_text(entry, "published_as", where, pointer, problems),
        idempotency_header=_optional_text(entry, "idempotency_header", where, pointer, problems),
        allow_refs=allow_refs,
        name=name,
    )


def _optional_text(
    entry: dict[str, Any], key: str, where: str, pointer: str, problems: list[Diagnostic]
) -> str | None:
    value = entry.get(key)
    if value is None:
        return None
    if not isinstance(value, (str, int, float)):
        problems.append(error(where, join_pointer(pointer, key), "expected a string"))
        return None
    return str(value)


def package_problem(name: str) -> str | None:
    """Why `name` cannot be a generated client's import package, or None when it can."""
    if not _IDENTIFIER.match(name):
        return "is not a Python identifier (letters, digits and _, not starting with a digit)"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        return "is a Python keyword"
    if name in sys.stdlib_module_names or name in _CLIENT_DEPENDENCIES:
        return f"would hide the module {name!r} that Python or the client itself imports"
    if is_user_artifact(name):
        return "is a folder name that build tools own (clientgen neither writes nor compares it)"
    return None


def _optional_license(
    entry: dict[str, Any], where: str, pointer: str, problems: list[Diagnostic]
) -> str | None:
    value = _optional_text(entry, "license", where, pointer, problems)
    expression = spdx_expression(value) if value is not None else None
    if value is not None and expression is None:
        problems.append(
            error(
                where,
                join_pointer(pointer, "license"),
                f"{value!r} is not an SPDX license expression",
                "write e.g. MIT, Apache-2.0 or MIT OR Apache-2.0",
            )
        )
    return expression


def _optional_identifier(
    entry: dict[str, Any], key: str, where: str, pointer: str, problems: list[Diagnostic]
) -> str | None:
    value = _optional_text(entry, key, where, pointer, problems)
    if value is not None and not _IDENTIFIER.match(value):
        problems.append(
            error(where, join_pointer(pointer, key), f"{value!r} is not a Python identifier")
        )
    return value


def _operations(
    data: Any, where: str, pointer: str, problems: list[Diagnostic]
) -> dict[tuple[str, str], tuple[str, str]]:
    result: dict[tuple[str, str], tuple[str, str]] = {}
    if not isinstance(data, dict):
        problems.append(
            error(where, pointer, "expected a mapping like 'POST /chats/{id}/end: chats.end'")
        )
        return result
    for key, target in data.items():
        key_match = _OPERATION_KEY.match(str(key))
        target_match = _TARGET.match(str(target))
        if not key_match:
            problems.append(
                error(
                    where,
                    join_pointer(pointer, key),
                    f"{key!r} is not 'METHOD /path'",
                    "write e.g. 'POST /chats/{id}/end'",
                )
            )
        elif not target_match:
            problems.append(
                error(
                    where,
                    join_pointer(pointer, key),
                    f"{target!r} is not 'group.method'",
                    "write e.g. 'chats.end'",
                )
            )
        else:
            result[(key_match.group(1).lower(), key_match.group(2))] = (
                target_match.group(1),
                target_match.group(2),
            )
    return result


def _fields(
    data: Any, where: str, pointer: str, problems: list[Diagnostic]
) -> dict[tuple[str, str], str]:
    result: dict[tuple[str, str], str] = {}
    if not isinstance(data, dict):
        problems.append(error(where, pointer, "expected a mapping like 'Pet.tag: label'"))
        return result
    for key, attribute in data.items():
        model, dot, wire_name = str(key).partition(".")
        if not (dot and wire_name and _IDENTIFIER.match(model)):
            problems.append(
                error(
                    where,
                    join_pointer(pointer, key),
                    f"{key!r} is not 'Model.property'",
                    "write the model's class name, a dot and the property's name in the spec, "
                    "e.g. 'Pet.tag'",
                )
            )
        elif (
            not _IDENTIFIER.match(str(attribute))
            or keyword.iskeyword(str(attribute))
            or str(attribute).startswith("_")
        ):
            problems.append(
                error(
                    where,
                    join_pointer(pointer, key),
                    f"{attribute!r} is not a public Python attribute name",
                    "write e.g. label",
                )
            )
        else:
            result[(model, wire_name)] = str(attribute)
    return result


def _pagination(
    data: Any, where: str, pointer: str, problems: list[Diagnostic]
) -> dict[tuple[str, str], PaginationSettings]:
    result: dict[tuple[str, str], PaginationSettings] = {}
    if not isinstance(data, dict):
        problems.append(
            error(
                where,
                pointer,
                "expected a mapping like 'GET /pets: {style: cursor, parameter: after}'",
            )
        )
        return result
    for key, entry in data.items():
        key_match = _OPERATION_KEY.match(str(key))
        settings, messages = pagination_settings(entry)
        if not key_match:
            problems.append(
                error(
                    where,
                    join_pointer(pointer, key),
                    f"{key!r} is not 'METHOD /path'",
                    "write e.g. 'GET /pets'",
                )
            )
        problems.extend(error(where, join_pointer(pointer, key), message) for message in messages)
        if key_match and settings is not None:
            result[(key_match.group(1).lower(), key_match.group(2))] = settings
    return result


def _security(
    data: Any, where: str, pointer: str, problems: list[Diagnostic]
) -> dict[str, CredentialSettings]:
    result: dict[str, CredentialSettings] = {}
    if not isinstance(data, dict):
        problems.append(
            error(where, pointer, "expected a mapping of security scheme names to {argument, env}")
        )
        return result
    for scheme, entry in data.items():
        if not isinstance(entry, dict):
            problems.append(
                error(where, join_pointer(pointer, scheme), "expected {argument: ..., env: ...}")
            )
            continue
        arguments = _names(entry.get("argument"))
        env_vars = _names(entry.get("env"))
        required = entry.get("required")
        if required is not None and not isinstance(required, bool):
            problems.append(
                error(where, join_pointer(pointer, scheme, "required"), "expected true or false")
            )
            required = None
        for argument in arguments:
            if not _IDENTIFIER.match(argument):
                problems.append(
                    error(
                        where,
                        join_pointer(pointer, scheme, "argument"),
                        f"{argument!r} is not a Python identifier",
                    )
                )
            elif argument in CONSTRUCTOR_NAMES:
                problems.append(
                    error(
                        where,
                        join_pointer(pointer, scheme, "argument"),
                        f"{argument!r} is already an argument of the client constructor",
                        f"choose another name, e.g. {argument}_credential",
                    )
                )
        result[str(scheme)] = CredentialSettings(arguments, env_vars, required)
    return result


def _names(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, list):
        return tuple(str(item) for item in value)
    return (str(value),)


def _servers(data: Any, where: str, pointer: str, problems: list[Diagnostic]) -> dict[str, str]:
    if not isinstance(data, dict):
        problems.append(
            error(where, pointer, "expected a mapping of server URLs to environment names")
        )
        return {}
    return {str(url): str(name) for url, name in data.items()}


def spdx_expression(text: str) -> str | None:
    """`text` as a canonical SPDX license expression, or None when it is not one."""
    try:
        return canonicalize_license_expression(text) if text.strip() else None
    except InvalidLicenseExpression:
        return None
