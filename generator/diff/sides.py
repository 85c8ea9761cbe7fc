"""The two clients to compare: from two sets of sources, or a configured client at a git
revision of the specs folder and in the working tree."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path, PurePosixPath

from generator.config import ClientSettings, load_config
from generator.diagnostics import Diagnostic, DiagnosticError, error
from generator.ir.model import Client
from generator.pipeline import build_ir


def sources_pair(
    old: tuple[Path, ...], new: tuple[Path, ...], allow_refs: tuple[Path, ...]
) -> tuple[Client, Client]:
    """The clients two sets of sources give, with every name derived from the specs.

    Each is the client generated into a new folder, so no rename keeps a deprecated alias.
    """
    return _both(
        ClientSettings(sources=old, allow_refs=allow_refs),
        ClientSettings(sources=new, allow_refs=allow_refs),
        None,
    )


def revision_pair(
    specs_dir: Path, name: str, revision: str, generated_dir: Path, allow_refs: tuple[Path, ...]
) -> tuple[Client, Client]:
    """Configured client `name` as the specs at `revision` give it, and as `clientgen generate`
    writes it from the working tree into its project in `generated_dir`: with the deprecated
    aliases that project's record keeps."""
    with tempfile.TemporaryDirectory(prefix="clientgen-diff-") as folder:
        old = settings_at_revision(specs_dir, name, revision, Path(folder))
        new = configured_client(specs_dir, name, allow_refs)
        return _both(old, new, generated_dir / str(new.package))


def _both(
    old: ClientSettings, new: ClientSettings, new_project: Path | None
) -> tuple[Client, Client]:
    """Both clients, or every problem of both sides at once."""
    built: list[Client] = []
    problems: list[Diagnostic] = []
    for settings, project in ((old, None), (new, new_project)):
        try:
            built.append(build_ir(settings, project)[0])
        except DiagnosticError as failure:
            problems.extend(failure.diagnostics)
    if problems:
        raise DiagnosticError(problems)
    return built[0], built[1]


def configured_client(
    specs_dir: Path, name: str, allow_refs: tuple[Path, ...] = ()
) -> ClientSettings:
    """The settings of client `name` in SPECS/clients.yaml."""
    configured = load_config(specs_dir, allow_refs)
    for settings in configured:
        if settings.name == name:
            return settings
    names = ", ".join(settings.name for settings in configured)
    raise DiagnosticError(
        [
            error(
                str(specs_dir / "clients.yaml"),
                "/clients",
                f"no client {name!r}",
                f"use one of: {names}",
            )
        ]
    )


def settings_at_revision(specs_dir: Path, name: str, revision: str, into: Path) -> ClientSettings:
    """Client `name` as the specs folder at `revision` configures it, its files copied into `into`.

    The whole folder is copied, so documents that $ref files beside them resolve as they did.
    """
    root = Path(_git(specs_dir, "rev-parse", "--show-toplevel").strip())
    prefix = PurePosixPath(specs_dir.resolve().relative_to(root.resolve()).as_posix())
    commit = _git(
        specs_dir,
        "rev-parse",
        "--verify",
        "--quiet",
        f"{revision}^{{commit}}",
        what=f"revision {revision!r}",
    ).strip()
    listed = _git(root, "ls-tree", "-r", "-z", "--name-only", commit, "--", str(prefix)).split("\0")
    files = [path for path in listed if path]
    if not files:
        raise DiagnosticError(
            [
                error(
                    str(specs_dir),
                    "",
                    f"{revision} has no {prefix}/ folder",
                    "give a revision that holds the specs",
                )
            ]
        )
    for path in files:
        target = into / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(_git_bytes(root, "cat-file", "blob", f"{commit}:{path}"))
    return configured_client(into / prefix, name)


def _git(cwd: Path, *args: str, what: str = "") -> str:
    return _git_bytes(cwd, *args, what=what).decode("utf-8", "surrogateescape")


def _git_bytes(cwd: Path, *args: str, what: str = "") -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise DiagnosticError(
            [error(str(cwd), "", "git is not installed", "install git to compare with a revision")]
        ) from None
    if done.returncode != 0:
        problem = (
            f"{what} not found"
            if what
            else done.stderr.decode(errors="replace").strip() or f"git {args[0]} failed"
        )
        raise DiagnosticError(
            [
                error(
                    str(cwd),
                    "",
                    problem,
                    "give a commit, tag or branch of the repository holding the specs",
                )
            ]
        )
    return done.stdout
