"""The `clientgen` command: generate, check and validate."""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

import click

from generator.config import ClientSettings, load_config, package_problem
from generator.diagnostics import Diagnostic, DiagnosticError, Severity, error
from generator.fingerprint import RunRecord, fresh_run, record_run
from generator.progress import SILENT, Progress, StatusLine
from generator.write import check_target, diff_project, write_project

# The phases import pydantic, openapi-pydantic, black and Jinja, which takes about a second, so
# each command imports them when it runs one: a `generate` that finds its projects up to date
# runs none.
if TYPE_CHECKING:
    from generator.pipeline import GeneratedClient

EXIT_STALE = 1
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3
_SHOWN_WARNINGS = 20
_PROGRESS_DELAY = "CLIENTGEN_PROGRESS_DELAY"
_DEFAULT_PROGRESS_DELAY = 0.5

F = TypeVar("F", bound=Callable[..., Any])

_allow_refs = click.option(
    "--allow-refs",
    "allow_refs",
    multiple=True,
    type=click.Path(path_type=Path),
    help=(
        "Another folder whose files $refs may read (repeatable); "
        "by default only the sources' folders."
    ),
)


_specs_folder = click.option(
    "--specs",
    "specs_dir",
    type=click.Path(path_type=Path),
    default=Path("specs"),
    show_default=True,
    help="Folder holding clients.yaml and the documents.",
)


_quiet = click.option(
    "--quiet",
    "-q",
    is_flag=True,
    help=(
        "Print no progress and no summary line; warnings and errors still go to stderr. "
        "Progress shows only on a terminal, after the first half second."
    ),
)


def _generated_folder(text: str) -> Callable[[F], F]:
    return click.option(
        "--generated",
        "generated_dir",
        type=click.Path(path_type=Path),
        default=Path("generated"),
        show_default=True,
        help=text,
    )


# A schema nested a few hundred levels deep is legitimate and walked recursively; a thread of
# its own gets the stack for that (only the pages used cost memory).
_STACK_BYTES = 512 * 1024 * 1024
_RECURSION_LIMIT = 30_000


def _with_deep_stack(call: Callable[[], Any]) -> Any:
    outcome: dict[str, Any] = {}

    def run() -> None:
        sys.setrecursionlimit(max(sys.getrecursionlimit(), _RECURSION_LIMIT))
        try:
            outcome["value"] = call()
        except BaseException as raised:  # noqa: BLE001 - handed to the calling thread as it is
            outcome["raised"] = raised

    previous = threading.stack_size(_STACK_BYTES)
    try:
        worker = threading.Thread(target=run, name="clientgen", daemon=True)
        worker.start()
    finally:
        threading.stack_size(previous)
    worker.join()
    if "raised" in outcome:
        raise outcome["raised"]
    return outcome.get("value")


def _reports_problems(command: F) -> F:
    """Bad input becomes readable messages and exit code 2; our own bugs a short notice."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return _with_deep_stack(lambda: command(*args, **kwargs))
        except DiagnosticError as failure:
            _print_diagnostics(failure.diagnostics, verbose=True)
            sys.exit(EXIT_BAD_INPUT)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as bug:  # noqa: BLE001 - the last line of defence for clientgen's own bugs
            if os.environ.get("CLIENTGEN_DEBUG"):
                traceback.print_exc()
            click.echo(f"clientgen: internal error: {type(bug).__name__}: {bug}", err=True)
            click.echo(
                "  this is a bug in clientgen; "
                "set CLIENTGEN_DEBUG=1 for the traceback and report it",
                err=True,
            )
            sys.exit(EXIT_INTERNAL)

    return cast(F, wrapper)


def _print_diagnostics(diagnostics: Sequence[Diagnostic], *, verbose: bool) -> None:
    errors = [d for d in diagnostics if d.severity is Severity.ERROR]
    warnings = [d for d in diagnostics if d.severity is Severity.WARNING]
    for diagnostic in errors:
        click.echo(diagnostic.render(), err=True)
    shown = warnings if verbose else warnings[:_SHOWN_WARNINGS]
    for diagnostic in shown:
        click.echo(diagnostic.render(), err=True)
    if len(shown) < len(warnings):
        click.echo(f"(+{len(warnings) - len(shown)} more warnings; --verbose shows all)", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="clientgen")
def main() -> None:
    """Generate typed sync + async Python clients from OpenAPI 3.0 / 3.1 documents."""


@main.command()
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path),
    help="Project folder to write the client to (with SOURCES).",
)
@click.option(
    "--package",
    "-p",
    help="Import package name (with SOURCES); derived from the spec's title by default.",
)
@_specs_folder
@_generated_folder("Folder the configured clients are written to.")
@click.option(
    "--overwrite",
    is_flag=True,
    help="Generate into a folder that holds files clientgen did not write; they are kept.",
)
@click.option("--verbose", "-v", is_flag=True, help="Print every warning, not only the first ones.")
@_quiet
@_allow_refs
@_reports_problems
def generate(
    sources: tuple[Path, ...],
    output: Path | None,
    package: str | None,
    specs_dir: Path,
    generated_dir: Path,
    overwrite: bool,
    verbose: bool,
    quiet: bool,
    allow_refs: tuple[Path, ...],
) -> None:
    """Generate client packages.

    With no SOURCES, regenerate every client listed in SPECS/clients.yaml into GENERATED/.
    With SOURCES (OpenAPI YAML / JSON files, or Markdown pages embedding one), generate a
    single client from them into --output.

    clientgen only ever replaces or removes files it wrote (its manifest lists them); a
    folder holding anything else is refused unless --overwrite is given, and even then
    those files stay as they are.
    """
    if sources:
        if output is None:
            raise click.UsageError("--output is required when SOURCES are given")
        problem = package_problem(package) if package is not None else None
        if problem:
            raise DiagnosticError(
                [
                    error(
                        "--package",
                        "",
                        f"{package!r} {problem}",
                        "give a name such as my_api_client",
                    )
                ]
            )
        jobs = [
            (ClientSettings(sources=tuple(sources), package=package, allow_refs=allow_refs), output)
        ]
    else:
        if output is not None or package is not None:
            raise click.UsageError("--output and --package go with SOURCES")
        jobs = _configured_jobs(specs_dir, generated_dir, allow_refs)
    for _, target in jobs:
        check_target(target)
    results = _generate_all(jobs, verbose, quiet=quiet, others_allowed=overwrite)
    for (settings, target), result in zip(jobs, results, strict=True):
        if isinstance(result, RunRecord):
            _summary(f"up to date: {result.summary} in {target}", quiet=quiet)
            continue
        with _progress(target, quiet=quiet) as progress:
            progress.phase("write")
            written = write_project(target, result.files, overwrite=overwrite, progress=progress)
        if written.edited:
            click.echo(
                f"{target}: warning: replaced generated files that were edited by hand: "
                + ", ".join(written.edited),
                err=True,
            )
        record_run(
            settings, target, result.reads, written.manifest, result.summary, result.warnings
        )
        outcome = "generated" if written.changes_anything else "up to date:"
        _summary(f"{outcome} {result.summary} in {target}", quiet=quiet)


def _summary(line: str, *, quiet: bool) -> None:
    if not quiet:
        click.echo(line)


def _progress(target: Path, *, quiet: bool) -> contextlib.AbstractContextManager[Progress]:
    """Where the phases of generating or writing the client in `target` report to: a status
    line on stderr when it is a terminal (after `CLIENTGEN_PROGRESS_DELAY` seconds, 0.5 by
    default), else nowhere."""
    if quiet or not sys.stderr.isatty():
        return contextlib.nullcontext(SILENT)
    setting = os.environ.get(_PROGRESS_DELAY, "")
    try:
        delay = float(setting) if setting else _DEFAULT_PROGRESS_DELAY
    except ValueError:
        raise click.UsageError(
            f"{_PROGRESS_DELAY} must be a number of seconds, not {setting!r}"
        ) from None
    return StatusLine(sys.stderr, str(target), delay=delay)


def _configured_jobs(
    specs_dir: Path, generated_dir: Path, allow_refs: tuple[Path, ...]
) -> list[tuple[ClientSettings, Path]]:
    """Each client of SPECS/clients.yaml and its project folder in GENERATED/."""
    return [
        (settings, generated_dir / str(settings.package))
        for settings in load_config(specs_dir, allow_refs)
    ]


def _generate_all(
    jobs: Sequence[tuple[ClientSettings, Path]], verbose: bool, *, quiet: bool, others_allowed: bool
) -> list[GeneratedClient | RunRecord]:
    """Every client in memory first, so one bad document writes nothing at all; a client whose
    folder holds what generating it again would write is the record of the run that wrote it.

    Each job's folder holds the previous generation, which `version: auto` compares with.
    `others_allowed`: files clientgen did not write may stay in the folders (`--overwrite`);
    `quiet`: no progress (`--quiet`).
    """
    results: list[GeneratedClient | RunRecord] = []
    problems: list[Diagnostic] = []
    for entry, target in jobs:
        record = fresh_run(entry, target, others_allowed=others_allowed)
        if record is not None:
            results.append(record)
            continue
        from generator.pipeline import generate_client

        try:
            with _progress(target, quiet=quiet) as progress:
                results.append(generate_client(entry, target, progress))
        except DiagnosticError as failure:
            problems.extend(failure.diagnostics)
    if problems:
        raise DiagnosticError(problems)
    _print_diagnostics([w for result in results for w in result.warnings], verbose=verbose)
    return results


@main.command()
@_specs_folder
@_generated_folder("Folder the configured clients are in.")
@_quiet
@_allow_refs
@_reports_problems
def check(specs_dir: Path, generated_dir: Path, quiet: bool, allow_refs: tuple[Path, ...]) -> None:
    """Exit 0 when GENERATED/ is exactly what the specs produce, else print a diff and exit 1."""
    jobs = _configured_jobs(specs_dir, generated_dir, allow_refs)
    results = _generate_all(jobs, verbose=False, quiet=quiet, others_allowed=False)
    diff: list[str] = []
    for (_, target), result in zip(jobs, results, strict=True):
        if not isinstance(result, RunRecord):
            with _progress(target, quiet=quiet) as progress:
                progress.phase("compare")
                diff.extend(
                    diff_project(target, result.files, f"{generated_dir.name}/{target.name}")
                )
    expected = {target.name for _, target in jobs}
    strays = (
        sorted(
            p.name
            for p in generated_dir.iterdir()
            if p.is_dir() and p.name not in expected and not p.name.startswith(".")
        )
        if generated_dir.is_dir()
        else []
    )
    if diff or strays:
        sys.stdout.writelines(diff)
        for stray in strays:
            click.echo(
                f"{generated_dir / stray}: not produced by any client in {specs_dir}/clients.yaml"
            )
        click.echo(
            f"{generated_dir}/ is stale: run `clientgen generate` and commit the result", err=True
        )
        sys.exit(EXIT_STALE)
    _summary(f"{generated_dir}/ is up to date ({len(results)} clients)", quiet=quiet)


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--each",
    is_flag=True,
    help=(
        "Validate each SOURCE on its own instead of merged "
        "(for hooks that pass every changed file)."
    ),
)
@_allow_refs
@_reports_problems
def validate(sources: tuple[Path, ...], each: bool, allow_refs: tuple[Path, ...]) -> None:
    """Report every problem in the OpenAPI documents SOURCES (merged as one API, unless --each)."""
    batches = [(source,) for source in sources] if each else [sources]
    diagnostics = [found for batch in batches for found in _validate(batch, allow_refs)]
    _print_diagnostics(diagnostics, verbose=True)
    errors = sum(d.severity is Severity.ERROR for d in diagnostics)
    warnings = len(diagnostics) - errors
    click.echo(f"{errors} errors, {warnings} warnings", err=True)
    if errors:
        sys.exit(EXIT_BAD_INPUT)


def _validate(sources: tuple[Path, ...], allow_refs: tuple[Path, ...]) -> list[Diagnostic]:
    """What loading finds and, for a document that loads, what building its client finds:
    what `generate` would say about the same sources."""
    from generator.ir.build import build_client
    from generator.load import inspect_documents

    document, diagnostics = inspect_documents(sources, allow_refs)
    if document is None:
        return diagnostics
    try:
        built = build_client(document, ClientSettings(sources=sources, allow_refs=allow_refs))[1]
    except DiagnosticError as failure:
        built = list(failure.diagnostics)
    return [*diagnostics, *built]


@main.command()
@click.argument("sides", nargs=-1, type=click.Path(path_type=Path), metavar="[OLD NEW]")
@click.option(
    "--old",
    "old_sources",
    multiple=True,
    type=click.Path(path_type=Path),
    help="A source of the old API (repeatable, instead of OLD).",
)
@click.option(
    "--new",
    "new_sources",
    multiple=True,
    type=click.Path(path_type=Path),
    help="A source of the new API (repeatable, instead of NEW).",
)
@click.option(
    "--client",
    "client_name",
    help="A client of SPECS/clients.yaml: compare it at --from with the working tree.",
)
@click.option(
    "--from", "revision", help="The git revision (commit, tag, branch) to compare --client with."
)
@_specs_folder
@_generated_folder(
    "Folder the configured clients are in (their deprecated aliases count with --client)."
)
@click.option(
    "--allow",
    type=click.Choice(["patch", "minor", "major"]),
    default="minor",
    show_default=True,
    help="The largest version bump that exits 0.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
)
@_allow_refs
@_reports_problems
def diff(
    sides: tuple[Path, ...],
    old_sources: tuple[Path, ...],
    new_sources: tuple[Path, ...],
    client_name: str | None,
    revision: str | None,
    specs_dir: Path,
    generated_dir: Path,
    allow: str,
    output_format: str,
    allow_refs: tuple[Path, ...],
) -> None:
    """Compare the public Python API two versions of a client have, and the semver bump it needs.

    Either OLD NEW (one source each; --old / --new repeated for several), or --client NAME
    --from REV. Exit 0 when the bump is at most --allow, 1 when it is more. With --client, the
    new side is the client `generate` writes into GENERATED/, whose deprecated aliases keep a
    rename compatible; OLD NEW are compared as new clients, where a rename breaks.
    """
    from generator.diff import (
        EXIT_BUMP_NOT_ALLOWED,
        Bump,
        compare_clients,
        render_json,
        render_text,
        required_bump,
    )
    from generator.diff.sides import revision_pair, sources_pair

    if client_name is not None or revision is not None:
        if client_name is None or revision is None or sides or old_sources or new_sources:
            raise click.UsageError(
                "--client and --from go together, without OLD NEW / --old / --new"
            )
        old, new = revision_pair(specs_dir, client_name, revision, generated_dir, allow_refs)
    else:
        if (
            sides
            and (old_sources or new_sources)
            or (sides and len(sides) != 2)
            or (not sides and not (old_sources and new_sources))
        ):
            raise click.UsageError("give OLD NEW, or --old and --new, or --client NAME --from REV")
        old, new = sources_pair(old_sources or sides[:1], new_sources or sides[1:], allow_refs)
    changes = compare_clients(old, new)
    allowed = Bump[allow.upper()]
    click.echo(
        (render_json if output_format == "json" else render_text)(changes, allowed), nl=False
    )
    if required_bump(changes) > allowed:
        sys.exit(EXIT_BUMP_NOT_ALLOWED)
