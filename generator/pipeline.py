"""The phases in order for one client: load, build the IR, render, format, record the API.

Each reports to the `Progress` it is given (`SILENT` unless the caller shows progress).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from generator.config import ClientSettings
from generator.diagnostics import Diagnostic
from generator.diff import RECORD_NAME, api_record, release_client
from generator.diff.record import read_record
from generator.ir.build import build_client
from generator.ir.model import Client
from generator.ir.renames import PreviousAPI
from generator.load import load_document
from generator.load.files import ReadLog
from generator.progress import SILENT, Progress
from generator.render import render_package, runtime_files
from generator.write.format import format_files


@dataclass(frozen=True)
class GeneratedClient:
    client: Client
    files: dict[str, str]
    warnings: tuple[Diagnostic, ...]
    reads: ReadLog
    """The files the client was generated from and what they held."""

    @property
    def summary(self) -> str:
        client = self.client
        return (
            f"{client.package} ({len(client.operations)} operations, {len(client.models)} models)"
        )


def build_ir(
    settings: ClientSettings, project: Path | None = None, progress: Progress = SILENT
) -> tuple[Client, tuple[Diagnostic, ...], ReadLog]:
    """The IR of one client, the warnings on the way and what the files it was built from held;
    raises DiagnosticError for bad input.

    `project` is the folder of the client's previous generation, if any: the IR is then of
    the client generated into it, keeping the former names of renamed methods and fields as
    deprecated aliases and, with `version: auto`, versioned by the API change since.
    """
    progress.phase("load")
    document = load_document(settings.sources, settings.allow_refs)
    progress.phase("build")
    previous = read_record(project) if project is not None else None

    def build(major: int | None) -> tuple[Client, list[Diagnostic]]:
        return build_client(
            document, settings, PreviousAPI(previous, major) if previous is not None else None
        )

    client, diagnostics = (
        release_client(build, previous, project) if settings.auto_version else build(None)
    )
    return client, (*document.warnings, *diagnostics), document.reads


def generate_client(
    settings: ClientSettings, project: Path | None = None, progress: Progress = SILENT
) -> GeneratedClient:
    """Every file of one client project, formatted; raises DiagnosticError for bad input.

    `project` is the folder of the last generation, which the new one is compared with.
    """
    with _collector_paused():
        client, warnings, reads = build_ir(settings, project, progress)
        progress.phase("render")
        rendered = render_package(client, progress)
        progress.phase("format")
        formatted = format_files(rendered, progress)
        progress.phase("record")
        files = {**formatted, **runtime_files(client.package), RECORD_NAME: api_record(client)}
    files = dict(sorted(files.items()))
    return GeneratedClient(client, files, warnings, reads)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a client is generated.

    The loaded document and the IR are millions of objects that live until the files are
    written, and the collector would walk them again and again: a third of the CPU time on
    GitHub's spec. The few cycles made on the way are freed once it is back on.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
