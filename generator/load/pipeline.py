"""The load phase from files to a `LoadedDocument`: read, merge, bundle, normalize, validate."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from generator.diagnostics import Diagnostic, DiagnosticError, Severity, error
from generator.load.bundle import bundle_document
from generator.load.checks import check_document
from generator.load.depth import hoist_deep_schemas
from generator.load.document import LoadedDocument
from generator.load.files import RefScope
from generator.load.merge import merge_sources
from generator.load.repairs import drop_broken_refs, normalize_document, repair_invalid
from generator.load.sources import display_name, read_sources
from generator.load.validate import check_document_model, diagnostics_from_findings

_REPAIR_ROUNDS = 5
"""How often what validation refused is repaired and the document validated again."""


def load_document(sources: Sequence[Path], allow_refs: Iterable[Path] = ()) -> LoadedDocument:
    """Read, merge, bundle and validate the OpenAPI documents in sources.

    Args:
        sources: YAML / JSON files, or documentation pages with the document in a code block;
            several are merged into one document.
        allow_refs: folders whose files refs may read besides those of the sources (the
            folders holding the sources and everything below them).

    Raises:
        DiagnosticError: with every error found, when the sources do not make a valid document.
    """
    document, diagnostics = _load(sources, RefScope.around(sources, allow_refs))
    errors = [diagnostic for diagnostic in diagnostics if diagnostic.severity is Severity.ERROR]
    if document is None or errors:
        raise DiagnosticError(errors)
    return document


def validate_documents(
    sources: Sequence[Path], allow_refs: Iterable[Path] = ()
) -> list[Diagnostic]:
    """Every problem (errors and warnings) in the OpenAPI documents in sources; `allow_refs` as
    for `load_document`."""
    return inspect_documents(sources, allow_refs)[1]


def inspect_documents(
    sources: Sequence[Path], allow_refs: Iterable[Path] = ()
) -> tuple[LoadedDocument | None, list[Diagnostic]]:
    """The document when the sources load without an error (else None), and every problem
    found on the way; `allow_refs` as for `load_document`."""
    return _load(sources, RefScope.around(sources, allow_refs))


def _load(paths: Sequence[Path], scope: RefScope) -> tuple[LoadedDocument | None, list[Diagnostic]]:
    try:
        return _run(paths, scope)
    except RecursionError:
        file = display_name(paths[0]) if paths else ""
        return None, [
            error(
                file,
                "",
                "the document nests too deeply to be read",
                "look for a YAML alias that contains itself (&name ... *name)",
            )
        ]


def _run(paths: Sequence[Path], scope: RefScope) -> tuple[LoadedDocument | None, list[Diagnostic]]:
    sources, diagnostics = read_sources(paths, scope)
    if not sources or _has_errors(diagnostics):
        return None, diagnostics
    document, origins, found = merge_sources(sources)
    diagnostics += found
    if _has_errors(found):
        return None, diagnostics
    try:
        diagnostics += bundle_document(
            document, origins, {source.file: source.path for source in sources}, scope
        )
    except DiagnosticError as exc:
        diagnostics += exc.diagnostics
    diagnostics += normalize_document(document, origins)
    hoist_deep_schemas(document, origins)
    openapi, findings = check_document_model(document)
    for _ in range(_REPAIR_ROUNDS):
        if openapi is not None:
            break
        repaired = repair_invalid(document, origins, findings)
        if not repaired:
            break
        diagnostics += repaired + drop_broken_refs(document, origins)
        openapi, findings = check_document_model(document)
    if openapi is None:
        return None, diagnostics + diagnostics_from_findings(findings, origins)
    diagnostics += check_document(document, origins)
    if _has_errors(diagnostics):
        return None, diagnostics
    warnings = tuple(
        diagnostic for diagnostic in diagnostics if diagnostic.severity is Severity.WARNING
    )
    return LoadedDocument(openapi, document, warnings, origins, scope.log), diagnostics


def _has_errors(diagnostics: Sequence[Diagnostic]) -> bool:
    return any(diagnostic.severity is Severity.ERROR for diagnostic in diagnostics)
