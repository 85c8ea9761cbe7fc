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
from generator.diff import release_client
from generator.diff.record import read_record
from generator.ir.build import build_client
from generator.ir.model import Client
from generator.ir.renames import PreviousAPI
from generator.load import load_document
from generator.load.files import ReadLog
from generator.progress import SILENT, Progress
from generator.render import runtime_files
from generator.workers import printed_files


@dataclass(frozen=True)
class GeneratedClient:
    """What writing one generated client needs; not its IR, which is big and freed by then."""

    package: str
    summary: str
    """The package and how many operations and models it has, as the CLI reports it."""
    files: dict[str, str]
    warnings: tuple[Diagnostic, ...]
    reads: ReadLog
    """The files the client was generated from and what they held."""


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
    with collector_paused():
        client, warnings, reads = build_ir(settings, project, progress)
    with existing_objects_frozen():
        files = {**printed_files(client, progress), **runtime_files(client.package)}
    summary = f"{client.package} ({len(client.operations)} operations, {len(client.models)} models)"
    return GeneratedClient(client.package, summary, dict(sorted(files.items())), warnings, reads)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while the document is loaded and the IR built.

    They are millions of objects, nearly all of which live on, and the collector would walk
    them again and again: a third of the CPU time on GitHub's spec. The few cycles made on the
    way are freed once it is back on.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@contextmanager
def existing_objects_frozen() -> Iterator[None]:
    """The cycle collector blind to the objects that exist now (the IR) until the block ends.

    The files are printed and formatted with the collector on: black's syntax trees are
    cycles (each node points to its parent), and with the collector off black kept every tree
    it built, gigabytes on Microsoft Graph, in the worker processes too, which inherit the
    collector's state. Frozen, the IR is not walked again, nor touched (and so copied) by the
    workers forked from this process. Left as it is when the caller turned the collector off
    or froze objects of its own.
    """
    if not gc.isenabled() or gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
