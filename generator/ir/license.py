"""The SPDX license expression a generated package declares, or none when nothing says it.

A generated `pyproject.toml` is what publishers ship, so a license is only written when the
configuration or the spec states one that maps to SPDX; a guess would be a false claim.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from generator.config import spdx_expression
from generator.diagnostics import Diagnostic, warning

# Words that license names carry around the identifier: "The MIT License",
# "Apache License, Version 2.0".
_NOISE = re.compile(r"\b(the|license|licence|version)\b|,", re.IGNORECASE)


def package_license(
    info_license: Any,
    configured: str | None,
    locate: Callable[[str], tuple[str, str]],
    diagnostics: list[Diagnostic],
) -> str | None:
    """The configured expression (checked with the configuration), else the spec's `info.license`
    identifier or a name that SPDX knows."""
    if configured is not None:
        return configured
    if info_license is None:
        return None
    identifier = getattr(info_license, "identifier", None)
    name = str(getattr(info_license, "name", "") or "")
    if identifier:
        found = spdx_expression(str(identifier))
        pointer, given = "/info/license/identifier", str(identifier)
    else:
        found = spdx_expression(name) or spdx_expression("-".join(_NOISE.sub(" ", name).split()))
        pointer, given = "/info/license/name", name
    if found is None and given.strip():
        diagnostics.append(
            warning(
                *locate(pointer),
                f"license {given!r} is not an SPDX license expression, "
                "so the package declares no license",
                "set `license:` for this client in clients.yaml "
                "(an SPDX expression such as MIT or Apache-2.0)",
            )
        )
    return found
