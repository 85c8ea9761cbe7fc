"""The per-client configuration in `specs/clients.yaml`: what to generate and the names to use.

Every key but `sources` is optional; an absent key means "derive it from the spec".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import Diagnostic, DiagnosticError, error

CONFIG_FILE = "clients.yaml"
_OPERATION_KEY = re.compile(r"^(GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE) (/\S*)$")
_TARGET = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)$")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class CredentialSettings:
    arguments: tuple[str, ...] = ()
    """Constructor argument names: one, or two (user name, password) for HTTP basic."""
    env_vars: tuple[str, ...] = ()
    required: bool | None = None


@dataclass(frozen=True)
class ClientSettings:
    """What one client is generated from and the names the user fixed for it."""

    sources: tuple[Path, ...]
    package: str | None = None
    distribution: str | None = None
    client_class: str | None = None
    version: str | None = None
    env_prefix: str | None = None
    operations: Mapping[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    """(HTTP method, path) -> (group, method name)"""
    security: Mapping[str, CredentialSettings] = field(default_factory=dict)
    servers: Mapping[str, str] = field(default_factory=dict)
    """server URL -> environment name"""
    allow_refs: tuple[Path, ...] = ()
    """Folders whose files refs may read besides the folders of the sources (`--allow-refs`)."""


def load_config(specs_dir: Path, allow_refs: tuple[Path, ...] = ()) -> list[ClientSettings]:
    path = specs_dir / CONFIG_FILE
    where = str(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DiagnosticError([error(where, "", "configuration file not found", f"create {path} listing the clients to generate")]) from None
    except yaml.YAMLError as exc:
        raise DiagnosticError([error(where, "", f"not valid YAML: {exc}")]) from None
    problems: list[Diagnostic] = []
    clients = data.get("clients") if isinstance(data, dict) else None
    if not isinstance(clients, dict) or not clients:
        raise DiagnosticError([error(where, "/clients", "expected a mapping of client names to their settings")])
    settings = [_client(specs_dir, where, name, entry, problems, allow_refs) for name, entry in clients.items()]
    if problems:
        raise DiagnosticError(problems)
    return settings


def _client(specs_dir: Path, where: str, name: str, entry: Any, problems: list[Diagnostic], allow_refs: tuple[Path, ...]) -> ClientSettings:
    pointer = f"/clients/{name}"
    if not isinstance(entry, dict):
        problems.append(error(where, pointer, "expected a mapping of settings"))
        return ClientSettings(sources=())
    known = {"sources", "package", "distribution", "client_class", "version", "env_prefix", "operations", "security", "servers"}
    for key in sorted(set(entry) - known):
        problems.append(error(where, f"{pointer}/{key}", f"unknown setting {key!r}", f"use one of: {', '.join(sorted(known))}"))
    sources = entry.get("sources")
    if not isinstance(sources, list) or not sources or not all(isinstance(s, str) for s in sources):
        problems.append(error(where, f"{pointer}/sources", "expected a list of document paths relative to specs/"))
        sources = []
    package = _optional_identifier(entry, "package", where, pointer, problems)
    client_class = _optional_identifier(entry, "client_class", where, pointer, problems)
    return ClientSettings(
        sources=tuple(specs_dir / source for source in sources),
        package=package or name + "_client",
        distribution=_optional_text(entry, "distribution", where, pointer, problems),
        client_class=client_class,
        version=_optional_text(entry, "version", where, pointer, problems),
        env_prefix=_optional_text(entry, "env_prefix", where, pointer, problems),
        operations=_operations(entry.get("operations") or {}, where, f"{pointer}/operations", problems),
        security=_security(entry.get("security") or {}, where, f"{pointer}/security", problems),
        servers=_servers(entry.get("servers") or {}, where, f"{pointer}/servers", problems),
        allow_refs=allow_refs,
    )


def _optional_text(entry: dict[str, Any], key: str, where: str, pointer: str, problems: list[Diagnostic]) -> str | None:
    value = entry.get(key)
    if value is None:
        return None
    if not isinstance(value, (str, int, float)):
        problems.append(error(where, f"{pointer}/{key}", "expected a string"))
        return None
    return str(value)


def _optional_identifier(entry: dict[str, Any], key: str, where: str, pointer: str, problems: list[Diagnostic]) -> str | None:
    value = _optional_text(entry, key, where, pointer, problems)
    if value is not None and not _IDENTIFIER.match(value):
        problems.append(error(where, f"{pointer}/{key}", f"{value!r} is not a Python identifier"))
    return value


def _operations(data: Any, where: str, pointer: str, problems: list[Diagnostic]) -> dict[tuple[str, str], tuple[str, str]]:
    result: dict[tuple[str, str], tuple[str, str]] = {}
    if not isinstance(data, dict):
        problems.append(error(where, pointer, "expected a mapping like 'POST /chats/{id}/end: chats.end'"))
        return result
    for key, target in data.items():
        key_match = _OPERATION_KEY.match(str(key))
        target_match = _TARGET.match(str(target))
        if not key_match:
            problems.append(error(where, f"{pointer}/{key}", f"{key!r} is not 'METHOD /path'", "write e.g. 'POST /chats/{id}/end'"))
        elif not target_match:
            problems.append(error(where, f"{pointer}/{key}", f"{target!r} is not 'group.method'", "write e.g. 'chats.end'"))
        else:
            result[(key_match.group(1).lower(), key_match.group(2))] = (target_match.group(1), target_match.group(2))
    return result


def _security(data: Any, where: str, pointer: str, problems: list[Diagnostic]) -> dict[str, CredentialSettings]:
    result: dict[str, CredentialSettings] = {}
    if not isinstance(data, dict):
        problems.append(error(where, pointer, "expected a mapping of security scheme names to {argument, env}"))
        return result
    for scheme, entry in data.items():
        if not isinstance(entry, dict):
            problems.append(error(where, f"{pointer}/{scheme}", "expected {argument: ..., env: ...}"))
            continue
        arguments = _names(entry.get("argument"))
        env_vars = _names(entry.get("env"))
        required = entry.get("required")
        if required is not None and not isinstance(required, bool):
            problems.append(error(where, f"{pointer}/{scheme}/required", "expected true or false"))
            required = None
        for argument in arguments:
            if not _IDENTIFIER.match(argument):
                problems.append(error(where, f"{pointer}/{scheme}/argument", f"{argument!r} is not a Python identifier"))
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
        problems.append(error(where, pointer, "expected a mapping of server URLs to environment names"))
        return {}
    return {str(url): str(name) for url, name in data.items()}
