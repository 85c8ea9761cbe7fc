"""The phases in order for one client: load, build the IR, render, format."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.config import ClientSettings
from generator.diagnostics import Diagnostic
from generator.ir.build import build_client
from generator.ir.model import Client
from generator.load import load_document
from generator.diff import RECORD_NAME, api_record, release_client
from generator.render import render_package, runtime_files
from generator.write import format_files


@dataclass(frozen=True)
class GeneratedClient:
    client: Client
    files: dict[str, str]
    warnings: tuple[Diagnostic, ...]


def build_ir(settings: ClientSettings) -> tuple[Client, tuple[Diagnostic, ...]]:
    """The IR of one client and the warnings on the way; raises DiagnosticError for bad input."""
    document = load_document(settings.sources, settings.allow_refs)
    client, diagnostics = build_client(document, settings)
    return client, (*document.warnings, *diagnostics)


def release_ir(settings: ClientSettings, previous: Path | None = None) -> tuple[Client, tuple[Diagnostic, ...]]:
    """The IR of one client as it is written: for `version: auto`, its version bumped from `previous`."""
    client, warnings = build_ir(settings)
    return (release_client(client, previous) if settings.auto_version else client), warnings


def generate_client(settings: ClientSettings, previous: Path | None = None) -> GeneratedClient:
    """Every file of one client project, formatted; raises DiagnosticError for bad input.

    `previous` is the project folder of the last generation, which `version: auto` compares with.
    """
    client, warnings = release_ir(settings, previous)
    files = {**format_files(render_package(client)), **runtime_files(client.package), RECORD_NAME: api_record(client)}
    files = dict(sorted(files.items()))
    return GeneratedClient(client, files, warnings)
