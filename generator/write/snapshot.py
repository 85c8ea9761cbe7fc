"""A cheap picture of a project folder as a write left it, and the test that it still is so.

Hashing every file of a big client (GitHub's: 6,750 files, 31 MB) takes about a second; a
`stat` of each a small part of that. So the snapshot keeps each generated file's size and
modification and change times (the change time cannot be set back by hand, as `touch` sets
the modification time), and a file whose times moved (a checkout, a copy) is hashed and
compared with the manifest instead, so only a real change counts.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from generator.diagnostics import DiagnosticError
from generator.write.manifest import (
    MANIFEST_NAME,
    STAGING_PREFIX,
    Manifest,
    digest,
    project_paths,
    read_manifest,
)

Signature = tuple[int, int, int]
"""Size, modification time and change time (nanoseconds) of a file."""


@dataclass(frozen=True)
class Snapshot:
    manifest: str
    """SHA-256 of the manifest file."""
    files: Mapping[str, Signature]
    """Every file the manifest lists, by path relative to the project folder."""


def take_snapshot(target: Path, manifest: Manifest) -> Snapshot | None:
    """The snapshot of `target` just after a write of `manifest`; None when the folder no longer
    holds that write (another run wrote there meanwhile)."""
    try:
        written = (target / MANIFEST_NAME).read_bytes()
        if read_manifest(target) != manifest:
            return None
        files = {
            relative: _signature(os.path.join(target, relative)) for relative in manifest.files
        }
    except (OSError, DiagnosticError, _NotOurs):
        return None
    return Snapshot(digest(written), files)


def still_holds(target: Path, snapshot: Snapshot, *, others_allowed: bool) -> bool:
    """True when `target` holds exactly what it held at `snapshot`: the same manifest, every file
    it lists with the same content, no write left to finish and, unless `others_allowed`, no
    file clientgen did not write."""
    try:
        if any(target.glob(STAGING_PREFIX + "*")):
            return False
        if digest((target / MANIFEST_NAME).read_bytes()) != snapshot.manifest:
            return False
        found = set(project_paths(target))
        if not found >= snapshot.files.keys() or (
            found != snapshot.files.keys() and not others_allowed
        ):
            return False
        folder = str(target)
        moved = [
            relative
            for relative, signature in snapshot.files.items()
            if _signature(os.path.join(folder, relative)) != signature
        ]
        if moved:
            listed = read_manifest(target)
            return listed is not None and all(
                digest((target / relative).read_bytes()) == listed.files.get(relative)
                for relative in moved
            )
    except (OSError, DiagnosticError, _NotOurs):
        return False
    return True


class _NotOurs(Exception):
    """A path of the project that is no regular file (a link, a folder): not clientgen's."""


def _signature(path: str) -> Signature:
    status = os.lstat(path)
    if not stat.S_ISREG(status.st_mode):
        raise _NotOurs
    return status.st_size, status.st_mtime_ns, status.st_ctime_ns
