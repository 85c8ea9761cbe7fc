"""Whether generating a client again would change nothing, known without loading its spec.

After each `generate`, clientgen records the run: a fingerprint of everything that decides
the output (this clientgen's `identity`, the client's settings, the working directory, where
the sources and `--allow-refs` folders resolve to, what every file the load read held and
where each ref's path led), a `Snapshot` of the project folder it left, and what it printed.
The next run into the same folder that finds the same fingerprint and the folder as it was
prints the same and does nothing else; `check` takes such a folder as up to date.

The records live in the user's cache folder (not in the project, whose bytes must not depend
on the machine or on clientgen's own code), one per project folder, the most recently used
`_KEPT_RECORDS` of them. A record that is missing, unreadable or stale only costs a full run.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.config import ClientSettings
from generator.diagnostics import Diagnostic, Severity
from generator.installation import identity
from generator.load.files import ReadLog, file_state
from generator.write.cache import cache_folder
from generator.write.manifest import Manifest
from generator.write.snapshot import Signature, Snapshot, still_holds, take_snapshot

_RECORDS = "runs"
_KEPT_RECORDS = 200


@dataclass(frozen=True)
class RunRecord:
    """What one run generated from, what it left in its project folder, and what it said."""

    fingerprint: str
    files: tuple[str, ...]
    """The files the run read (`ReadLog.files`)."""
    links: tuple[str, ...]
    """The paths refs named (`ReadLog.links`)."""
    snapshot: Snapshot
    summary: str
    """The client as the run names it: `package (N operations, M models)`."""
    warnings: tuple[Diagnostic, ...]


def fingerprint(settings: ClientSettings, reads: ReadLog) -> str:
    """A digest of everything that decides what generating `settings` writes, given `reads`."""
    inputs = {
        "clientgen": identity(),
        "working directory": os.getcwd(),
        "settings": repr(settings),
        "sources": [str(Path(source).resolve()) for source in settings.sources],
        "allowed ref folders": [str(Path(folder).resolve()) for folder in settings.allow_refs],
        "files": sorted(reads.files.items()),
        "links": sorted(reads.links.items()),
    }
    return hashlib.sha256(json.dumps(inputs).encode("utf-8")).hexdigest()


def fresh_run(settings: ClientSettings, target: Path, *, others_allowed: bool) -> RunRecord | None:
    """The record of the last run into `target` when generating `settings` again would write
    exactly what is there; None when it might not. `others_allowed`: files clientgen did not
    write may be in the folder (`--overwrite`)."""
    path = _record_path(target)
    record = _read_record(path) if path is not None else None
    if record is None or path is None:
        return None
    now = ReadLog(
        {file: file_state(file) for file in record.files},
        {named: str(Path(named).resolve()) for named in record.links},
    )
    if fingerprint(settings, now) != record.fingerprint or not still_holds(
        target, record.snapshot, others_allowed=others_allowed
    ):
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # the modification time is when the record was last used
    return record


def record_run(
    settings: ClientSettings,
    target: Path,
    reads: ReadLog,
    manifest: Manifest,
    summary: str,
    warnings: tuple[Diagnostic, ...],
) -> None:
    """Record the run that generated `settings` from `reads` and left `manifest` in `target`."""
    path = _record_path(target)
    snapshot = take_snapshot(target, manifest) if path is not None else None
    if path is None or snapshot is None:
        return
    record = {
        "fingerprint": fingerprint(settings, reads),
        "files": sorted(reads.files),
        "links": sorted(reads.links),
        "snapshot": {"manifest": snapshot.manifest, "files": snapshot.files},
        "summary": summary,
        "warnings": [[w.severity.value, w.file, w.pointer, w.message, w.hint] for w in warnings],
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(record), encoding="utf-8")
        os.replace(temporary, path)
        _evict_oldest(path.parent)
    except OSError:
        pass  # a record that cannot be written only costs the next run its shortcut


def _record_path(target: Path) -> Path | None:
    folder = cache_folder()
    if folder is None:
        return None
    key = hashlib.sha256(str(target.resolve()).encode("utf-8")).hexdigest()
    return folder / _RECORDS / f"{key}.json"


def _read_record(path: Path) -> RunRecord | None:
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
        return RunRecord(
            fingerprint=str(data["fingerprint"]),
            files=tuple(str(file) for file in data["files"]),
            links=tuple(str(named) for named in data["links"]),
            snapshot=Snapshot(
                str(data["snapshot"]["manifest"]),
                {
                    str(relative): _signature(values)
                    for relative, values in data["snapshot"]["files"].items()
                },
            ),
            summary=str(data["summary"]),
            warnings=tuple(
                Diagnostic(Severity(severity), file, pointer, message, hint)
                for severity, file, pointer, message, hint in data["warnings"]
            ),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # written by another version, or damaged: the run goes the long way


def _signature(values: Any) -> Signature:
    size, modified, changed = values
    return int(size), int(modified), int(changed)


def _evict_oldest(folder: Path) -> None:
    """Remove the records used least recently beyond the `_KEPT_RECORDS` newest."""
    records = []
    for entry in folder.glob("*.json"):
        with contextlib.suppress(OSError):  # removed by another run meanwhile
            records.append((entry.stat().st_mtime, entry))
    for _, entry in sorted(records, reverse=True)[_KEPT_RECORDS:]:
        with contextlib.suppress(OSError):
            entry.unlink()
