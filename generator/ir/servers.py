"""Servers to named environments, and the variables in their URLs to constructor arguments."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from generator.diagnostics import join_pointer
from generator.ir import naming
from generator.ir.model import Environment, ServerVariable

_VARIABLE = re.compile(r"\{([^{}]+)\}")

Servers = tuple[tuple[Environment, ...], tuple[ServerVariable, ...]]


def build_servers(
    servers: list[Any] | None, names: Mapping[str, str], reserved: frozenset[str] | set[str]
) -> Servers:
    """One environment per server, and one argument per variable their URLs hold.

    Environment names come from the configuration, else from the server's description, else
    its host; arguments are named after the variables, apart from the `reserved` names.
    """
    environments: list[Environment] = []
    declarations: dict[str, list[tuple[str, Any]]] = {}
    taken: set[str] = set()
    for index, server in enumerate(servers or []):
        defaults = _defaults(server)
        template = server.url.rstrip("/") or "/"
        url = (
            _VARIABLE.sub(
                lambda match, defaults=defaults: defaults.get(match.group(1), match.group(0)),
                template,
            ).rstrip("/")
            or "/"
        )
        if any(env.url == url for env in environments):
            continue
        wanted = names.get(server.url) or names.get(url) or _derived_name(server, url, index)
        description = (server.description or "").strip()
        pointer = f"/servers/{index}"
        environments.append(
            Environment(
                naming.unique_name(wanted, taken),
                url,
                description,
                pointer,
                template,
                tuple(defaults.items()),
            )
        )
        for wire_name in defaults:
            declarations.setdefault(wire_name, []).append(
                (join_pointer(pointer, "variables", wire_name), server.variables[wire_name])
            )
    return tuple(environments), _variables(declarations, reserved)


def _variables(
    declarations: Mapping[str, list[tuple[str, Any]]], reserved: frozenset[str] | set[str]
) -> tuple[ServerVariable, ...]:
    """An argument per variable, in the order the URLs give them. Its default is the one every
    server that has the variable agrees on; None when they differ."""
    taken = set(reserved)
    variables = []
    for wire_name, found in declarations.items():
        wanted = naming.python_name(wire_name, fallback="variable", digit_prefix="variable")
        name = naming.unique_name(f"server_{wanted}" if wanted in reserved else wanted, taken)
        defaults = {str(declaration.default) for _, declaration in found}
        described = (
            text for _, declaration in found if (text := (declaration.description or "").strip())
        )
        description = next(described, f"The {wire_name} variable of the server URL.")
        variables.append(
            ServerVariable(
                name,
                wire_name,
                defaults.pop() if len(defaults) == 1 else None,
                description,
                found[0][0],
            )
        )
    return tuple(variables)


def _defaults(server: Any) -> dict[str, str]:
    """The default of each declared variable the server's URL holds, in the URL's order."""
    declared = server.variables or {}
    return {
        name: str(declared[name].default)
        for name in dict.fromkeys(_VARIABLE.findall(server.url))
        if name in declared
    }


def _derived_name(server: Any, url: str, index: int) -> str:
    description = (server.description or "").strip()
    if description and len(description) <= 40:
        return "-".join(naming.words(description)) or f"server-{index + 1}"
    host = re.sub(r"^[a-z]+://", "", url).split("/")[0]
    return "-".join(naming.words(host.split(".")[0])) or f"server-{index + 1}"
