"""Swagger 2.0 documents: the seam where a 2.0 -> 3.0 converter goes.

Today every 2.0 document is refused with a diagnostic that says how to convert it. A converter
replaces `convert_swagger2` and returns an OpenAPI 3.0 document as plain data.
"""

from __future__ import annotations

from typing import Any

from generator.diagnostics import DiagnosticError, error


def convert_swagger2(document: dict[str, Any], file: str) -> dict[str, Any]:
    """Convert a Swagger 2.0 document to an OpenAPI 3.0 document.

    Args:
        document: the Swagger document as plain data (it has a top-level `swagger` field).
        file: the file it came from, for diagnostics.

    Raises:
        DiagnosticError: always, for now: Swagger 2.0 is not supported yet.
    """
    version = document.get("swagger")
    raise DiagnosticError(
        [
            error(
                file,
                "/swagger",
                f"Swagger {version} documents are not supported yet; clientgen reads OpenAPI "
                "3.0.x and 3.1.x",
                "convert the document to OpenAPI 3 first, for example with "
                "`npx swagger2openapi in.yaml -o out.yaml` or https://converter.swagger.io",
            )
        ]
    )
