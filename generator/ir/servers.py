"""Servers to named environments."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from generator.ir import naming
from generator.ir.model import Environment

_VARIABLE = re.compile(r"\{([^{}]+)\}")


def build_environments(servers: list[Any] | None, names: Mapping[str, str]) -> tuple[Environment, ...]:
    """One environment per server, its variables filled with their defaults.

    Names come from the configuration, else from the server's description, else its host.
    """
    environments: list[Environment] = []
    taken: set[str] = set()
    for index, server in enumerate(servers or []):
        url = _substitute_defaults(server.url, server.variables or {}).rstrip("/") or "/"
        if any(env.url == url for env in environments):
            continue
        wanted = names.get(server.url) or names.get(url) or _derived_name(server, url, index)
        environments.append(Environment(naming.unique_name(wanted, taken), url, (server.description or "").strip(), f"/servers/{index}"))
    return tuple(environments)


def _substitute_defaults(url: str, variables: Mapping[str, Any]) -> str:
    def default(match: re.Match[str]) -> str:
        variable = variables.get(match.group(1))
        return str(variable.default) if variable is not None else match.group(0)

    return _VARIABLE.sub(default, url)


def _derived_name(server: Any, url: str, index: int) -> str:
    description = (server.description or "").strip()
    if description and len(description) <= 40:
        return "-".join(naming.words(description)) or f"server-{index + 1}"
    host = re.sub(r"^[a-z]+://", "", url).split("/")[0]
    return "-".join(naming.words(host.split(".")[0])) or f"server-{index + 1}"
