"""Swagger 2.0 documents, converted to OpenAPI 3.0.3 as they are read.

The converted document goes through the same pipeline as any OpenAPI 3.0 source (merge, bundle,
repairs, validation), and its `Origins` lead every pointer of it back to the Swagger file and
the pointer there (`/components/schemas/Pet` -> `/definitions/Pet`, a request body -> the
`in: body` parameter it was made from, ...).

Conversion runs in two steps:

1. refs to other files are bundled in Swagger terms (`bundle_document` with the Swagger 2.0
   dialect): a schema is added to `definitions` under a name of its own, anything else (a
   parameter, a response, a path item) is copied in place of its ref. What an object becomes
   in OpenAPI 3 depends on where it is used (a body parameter becomes a request body whose
   media types are the operation's `consumes`), so this has to happen before converting.
2. the self-contained Swagger document is converted (`conversion`):
   - `host`, `basePath`, `schemes` -> `servers` (https first; a relative URL without a host);
   - `consumes` / `produces`, global or per operation -> the media types of request bodies and
     responses (`application/json` when none are given);
   - an `in: body` parameter -> `requestBody`; `in: formData` parameters -> one
     `application/x-www-form-urlencoded` or `multipart/form-data` body (`type: file` ->
     `string` / `binary`) (`bodies`);
   - a parameter's `type`, `format`, `items`, `enum`, `default`, ... -> its `schema`, and its
     `collectionFormat` -> `style` / `explode` (`bodies`);
   - `definitions`, `parameters`, `responses`, `securityDefinitions` -> `components`, with
     every `$ref` rewritten to the new place;
   - a response's `schema` -> `content` for each media type it produces, its `examples` ->
     each media type's `example`, its `headers` -> headers with a schema;
   - `basic` / `apiKey` / `oauth2` security definitions -> `http` / `apiKey` / `oauth2` schemes
     (`implicit`, `password`, `application`, `accessCode` -> `implicit`, `password`,
     `clientCredentials`, `authorizationCode` flows);
   - in schemas, `x-nullable` -> `nullable`, a `discriminator` name -> `{propertyName: name}`,
     `type: file` -> `string` / `binary` (`schemas`).

`info`, `tags`, `externalDocs`, `security` and vendor extensions (`x-...`) are kept. Fields that
Swagger 2.0 does not define are passed through as they are, for validation to judge.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, DiagnosticError, error, warning
from generator.load.bundle import SWAGGER_2_DIALECT, bundle_document
from generator.load.data import copy_data
from generator.load.files import RefScope
from generator.load.origins import Origins
from generator.load.swagger.conversion import Converter


@dataclass(frozen=True)
class Converted:
    """A Swagger 2.0 document as OpenAPI 3.0.3.

    Attributes:
        document: the OpenAPI 3.0.3 document as plain data.
        origins: leads its pointers back to the Swagger file(s) and the pointers there.
        diagnostics: warnings about what could not be carried over exactly; errors for refs
            that lead nowhere or to files that cannot be read.
    """

    document: dict[str, Any]
    origins: Origins
    diagnostics: list[Diagnostic]


def is_swagger2(document: dict[str, Any]) -> bool:
    """Whether a document is a Swagger document (`swagger` and no `openapi` at the top level)."""
    return "swagger" in document and "openapi" not in document


def convert_swagger2(
    document: dict[str, Any],
    file: str,
    path: Path | None = None,
    scope: RefScope | None = None,
) -> Converted:
    """Convert a Swagger 2.0 document to an OpenAPI 3.0.3 document.

    Args:
        document: the Swagger document as plain data (it has a top-level `swagger` field); it
            is not changed.
        file: the file it came from, as diagnostics name it.
        path: the file itself, to follow refs to other files relative to it; without it such
            refs are left for the bundler, which reports them.
        scope: the folders refs may read files from; by default the folder of `path`.

    Raises:
        DiagnosticError: the document is not Swagger 2.0.
    """
    diagnostics = _check_version(document.get("swagger"), file)
    source = copy_data(document)
    origins = Origins(file)
    if path is not None:
        diagnostics += bundle_document(
            source,
            origins,
            {file: path.resolve()},
            scope or RefScope.around([path]),
            SWAGGER_2_DIALECT,
        )
    converter = Converter(source, file, origins)
    converted = converter.run()
    return Converted(converted, converter.map, diagnostics + converter.diagnostics)


def _check_version(version: Any, file: str) -> list[Diagnostic]:
    if version == "2.0":
        return []
    number = isinstance(version, (int, float)) and not isinstance(version, bool) and version == 2
    if number or version in ("2", "2.0.0"):
        return [
            warning(
                file,
                "/swagger",
                f"`swagger` is {version!r}; it should be the string '2.0'",
                "write swagger: '2.0'",
            )
        ]
    raise DiagnosticError(
        [
            error(
                file,
                "/swagger",
                f"unsupported Swagger version {version!r}: clientgen reads Swagger 2.0 and "
                "OpenAPI 3.0.x / 3.1.x",
                "convert the document to OpenAPI 3 first",
            )
        ]
    )
