"""Put a generated project into a folder without harming anything clientgen did not write.

A write is a small transaction inside the project folder, under a lock on that folder:

1. plan: compare the new files with the manifest and the disk, and refuse (exit 2) when the
   folder holds files that are not clientgen's (`--overwrite` lets them stay beside the
   package) or when a new file would land on one of them (always refused); generated files
   edited by hand are clientgen's, and are replaced (the caller says which);
2. stage: every changed file and the new manifest go into a `.clientgen-staging-*` folder,
   and writing its journal last is the commit point;
3. apply: staged files are renamed into place, files clientgen wrote before and no longer
   generates are removed, the manifest is replaced, the staging folder goes.

A run killed before the commit point leaves the previous project untouched; one killed after
it is finished by the next run (every command looks for staging folders first), so the folder
always ends up as the complete old project or the complete new one.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from generator.diagnostics import Diagnostic, DiagnosticError, error
from generator.progress import SILENT, Progress
from generator.write.manifest import (
    MANIFEST_NAME,
    STAGING_PREFIX,
    Manifest,
    digest,
    project_files,
    read_manifest,
)

if sys.platform != "win32":
    import fcntl

_JOURNAL = "journal.json"
_STAGED_FILES = "files"
_STAGED_MANIFEST = "manifest.json"
_LISTED = 10


@dataclass
class ProjectPlan:
    """What writing `files` into a folder would change, and what stands in the way."""

    manifest: Manifest
    previous: Manifest | None
    writes: dict[str, str] = field(default_factory=dict)
    """Path -> the text to write there."""
    removals: dict[str, str] = field(default_factory=dict)
    """Path -> hash of the content found there, so a file changed meanwhile is left alone."""
    foreign: list[str] = field(default_factory=list)
    """Files not written by clientgen; they stay."""
    edited: list[str] = field(default_factory=list)
    """Files clientgen wrote that were changed since; replaced or removed all the same."""
    blocked: list[str] = field(default_factory=list)
    """Paths clientgen needs that hold something of the user's."""

    @property
    def manifest_changed(self) -> bool:
        return self.previous != self.manifest

    @property
    def listing_changed(self) -> bool:
        """True when the manifest on disk lists other files or hashes (versions aside)."""
        return self.previous is None or self.previous.files != self.manifest.files

    @property
    def changes_anything(self) -> bool:
        return bool(self.writes or self.removals or self.manifest_changed)


def plan_project(target: Path, files: Mapping[str, str]) -> ProjectPlan:
    """Compare `files` with what is in `target` (which need not exist); reads, never writes.

    Files are compared by their hashes: a big client's files held encoded, and again as found
    on disk, would be hundreds of megabytes.
    """
    new = {path: digest(text.encode("utf-8")) for path, text in files.items()}
    plan = ProjectPlan(Manifest.of(new), read_manifest(target) if target.is_dir() else None)
    recorded = plan.previous.files if plan.previous else {}
    # A symbolic link has no content of ours: it is always the user's, and never followed.
    on_disk = {
        relative: None if path.is_symlink() else digest(path.read_bytes())
        for relative, path in (project_files(target) if target.is_dir() else ())
    }
    for relative, current_hash in on_disk.items():
        if relative in recorded:
            if current_hash != recorded[relative]:
                plan.edited.append(relative)
            if relative not in new and current_hash is not None:
                plan.removals[relative] = current_hash
        elif current_hash is None or new.get(relative) != current_hash:
            # Identical content is adopted: a file an older clientgen wrote without a manifest.
            plan.foreign.append(relative)
    folders = _Folders(target)
    for relative, new_hash in sorted(new.items()):
        if _blocked(folders, relative, new_hash, recorded, on_disk):
            plan.blocked.append(relative)
        elif relative not in on_disk or on_disk[relative] != new_hash:
            plan.writes[relative] = files[relative]
    return plan


def _blocked(
    folders: _Folders,
    relative: str,
    new_hash: str,
    recorded: Mapping[str, str],
    on_disk: Mapping[str, str | None],
) -> bool:
    """True when writing `relative` would replace something of the user's or follow a link.

    `on_disk` holds the hash of each file there (None for a symbolic link).
    """
    if relative in on_disk:
        current_hash = on_disk[relative]
        return current_hash is None or (relative not in recorded and current_hash != new_hash)
    parent, _, _ = relative.rpartition("/")
    if not folders.usable(parent):
        return True
    return folders.exists(parent) and (folders.target / relative).is_dir()


class _Folders:
    """What stands at each folder path a project's files go in, looked at once a folder: a big
    client has thousands of files in a few dozen folders."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self._usable: dict[str, bool] = {"": True}
        self._exists: dict[str, bool] = {"": target.is_dir()}

    def usable(self, relative: str) -> bool:
        """Whether a file may be written in folder `relative`: no part of it is a link or a file."""
        if relative not in self._usable:
            parent, _, _ = relative.rpartition("/")
            folder = self.target / relative
            self._usable[relative] = self.usable(parent) and not (
                self.exists(parent)
                and (folder.is_symlink() or (folder.exists() and not folder.is_dir()))
            )
        return self._usable[relative]

    def exists(self, relative: str) -> bool:
        if relative not in self._exists:
            parent, _, _ = relative.rpartition("/")
            self._exists[relative] = self.exists(parent) and (self.target / relative).is_dir()
        return self._exists[relative]


def write_project(
    target: Path,
    files: Mapping[str, str],
    *,
    overwrite: bool = False,
    progress: Progress = SILENT,
) -> ProjectPlan:
    """Make `target` hold exactly `files` among what clientgen owns there; returns what it did.

    Raises `DiagnosticError` (nothing written) when the folder cannot be used as it is.
    """
    check_target(target)
    created = [folder for folder in (target, *target.absolute().parents) if not folder.exists()]
    target.mkdir(parents=True, exist_ok=True)
    try:
        with _locked(target):
            recover(target)
            plan = plan_project(target, files)
            problems = refusals(target, plan, overwrite=overwrite)
            if problems:
                raise DiagnosticError(problems)
            if plan.changes_anything:
                _commit(target, plan, progress)
            return plan
    except BaseException:
        with contextlib.suppress(OSError):  # a folder that is no longer empty stays
            for folder in created:
                folder.rmdir()
        raise


def refusals(target: Path, plan: ProjectPlan, *, overwrite: bool) -> list[Diagnostic]:
    """Why `plan` must not be carried out; empty when it may."""
    problems = []
    if plan.blocked:
        problems.append(
            error(
                str(target),
                "",
                f"clientgen would replace {_listing(plan.blocked)}, which it did not write",
                "move them away or choose another --output; clientgen never overwrites your files"
                " (files an older clientgen wrote without a manifest count as yours: "
                "delete them and generate again)",
            )
        )
    if not overwrite:
        if plan.foreign:
            problems.append(
                error(
                    str(target),
                    "",
                    f"the folder holds files clientgen did not write: {_listing(plan.foreign)}",
                    "give an empty or new folder as --output, "
                    "or --overwrite to generate beside them (they are kept)",
                )
            )
    return problems


def _listing(paths: list[str]) -> str:
    shown = ", ".join(sorted(paths)[:_LISTED])
    return shown + (f" and {len(paths) - _LISTED} more" if len(paths) > _LISTED else "")


def check_target(target: Path) -> None:
    """Refuse, before any work is done, a target that is no folder of the user's project."""
    where = str(target)
    if target.is_symlink():
        raise DiagnosticError(
            [
                error(
                    where,
                    "",
                    "is a symbolic link",
                    "give the folder it points to, so it is clear what gets written",
                )
            ]
        )
    if target.exists() and not target.is_dir():
        raise DiagnosticError(
            [
                error(
                    where,
                    "",
                    "is a file, not a folder",
                    "give a folder to write the client project into",
                )
            ]
        )
    resolved = target.resolve()
    if resolved == Path.home().resolve() or resolved == Path(resolved.anchor):
        raise DiagnosticError(
            [
                error(
                    where,
                    "",
                    "is your home folder or the filesystem root",
                    "give a project folder of its own",
                )
            ]
        )


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on the folder itself, so two runs never interleave their writes."""
    if (
        sys.platform == "win32"
    ):  # no advisory locks: concurrent runs on one folder are the user's to avoid
        yield
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)


def recover(target: Path) -> None:
    """Finish a committed write that was interrupted and drop the staging of one that was not."""
    for staging in sorted(target.glob(STAGING_PREFIX + "*")):
        if staging.is_dir() and not staging.is_symlink():
            if (staging / _JOURNAL).is_file():
                _apply(target, staging)
            else:
                shutil.rmtree(staging, ignore_errors=True)


def interrupted(target: Path) -> bool:
    """True when a committed write in `target` was stopped before it finished."""
    return any((staging / _JOURNAL).is_file() for staging in target.glob(STAGING_PREFIX + "*"))


def _commit(target: Path, plan: ProjectPlan, progress: Progress) -> None:
    staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=target))
    progress.steps(len(plan.writes), "files")
    # Paths as strings: a big client has thousands of files, and `Path` objects cost more
    # than the writes.
    staged_root = os.path.join(staging, _STAGED_FILES)
    made: set[str] = set()
    try:
        for relative, text in plan.writes.items():
            path = os.path.join(staged_root, relative)
            _make_folder(os.path.dirname(path), made)
            _write_new_file(path, text.encode("utf-8"))
            progress.advance()
        (staging / _STAGED_MANIFEST).write_text(plan.manifest.text(), encoding="utf-8")
        journal = staging / f"{_JOURNAL}.partial"
        journal.write_text(json.dumps({"removals": plan.removals}, indent=2), encoding="utf-8")
        os.replace(journal, staging / _JOURNAL)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _apply(target, staging)


def _apply(target: Path, staging: Path) -> None:
    """Carry out a committed staging folder; safe to repeat after an interruption at any point."""
    staged_root = staging / _STAGED_FILES
    if staged_root.is_dir():
        _move_into(str(staged_root), str(target))
    journal = json.loads((staging / _JOURNAL).read_text(encoding="utf-8"))
    for relative, expected in journal["removals"].items():
        path = target / relative
        if not path.is_symlink() and path.is_file() and digest(path.read_bytes()) == expected:
            path.unlink()
            _remove_empty_parents(path.parent, target)
    if (staging / _STAGED_MANIFEST).is_file():
        os.replace(staging / _STAGED_MANIFEST, target / MANIFEST_NAME)
    shutil.rmtree(staging)


def _move_into(staged: str, destination: str) -> None:
    """Every file under the folder `staged` renamed to its place under `destination`. A folder
    `destination` lacks is renamed whole: one rename, where a new package has thousands of
    files. Each rename is atomic, so an interrupted move is finished by running it again."""
    with os.scandir(staged) as entries:
        for entry in sorted(entries, key=lambda entry: entry.name):
            there = os.path.join(destination, entry.name)
            if entry.is_dir(follow_symlinks=False) and os.path.isdir(there):
                _move_into(entry.path, there)
            else:
                os.replace(entry.path, there)


def _write_new_file(path: str, data: bytes) -> None:
    """A file that must not exist yet, written through its descriptor (no buffered stream)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags, 0o666)
    try:
        unwritten = memoryview(data)
        while unwritten:
            unwritten = unwritten[os.write(descriptor, unwritten) :]
    finally:
        os.close(descriptor)


def _make_folder(folder: str, made: set[str]) -> None:
    """`folder` and its parents made if missing, once a folder however many files go in it."""
    if folder not in made:
        os.makedirs(folder, exist_ok=True)
        made.add(folder)


def _remove_empty_parents(folder: Path, target: Path) -> None:
    """Remove folders emptied by removing generated files, up to (never including) `target`."""
    working = Path.cwd().resolve()
    while folder != target and folder.is_relative_to(target):
        if working.is_relative_to(folder.resolve()) or any(folder.iterdir()):
            return
        folder.rmdir()
        folder = folder.parent
