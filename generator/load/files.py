"""Read a file's text and parse it as YAML or JSON, with diagnostics instead of exceptions.

A `$ref` may name any path, so what it may read is fenced in (`RefScope`): only regular files
inside the folders of the source documents (or folders the user allows), and never more than
`MAX_FILE_BYTES` of any file. The scope also logs what each file it read held (`ReadLog`), so
a later run can tell that none of them changed without loading them again.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, DiagnosticError, error
from generator.load.syntax import SyntaxProblem, parse_json, parse_yaml

YAML_SUFFIXES = frozenset({".yaml", ".yml"})
JSON_SUFFIXES = frozenset({".json"})

MAX_FILE_BYTES = 64 * 1024 * 1024
"""The largest file read: well above the largest published specs (Microsoft Graph, 47 MB), and
a bound for what never ends (`/dev/zero`)."""

# Opening a FIFO for reading waits for a writer; non-blocking, the open returns at once and the
# file is refused as not regular. (Windows has no such files, nor the flag.)
_NO_WAIT = getattr(os, "O_NONBLOCK", 0)


@dataclass
class ReadLog:
    """Every file one load read or tried to read, and where each path a ref named led.

    Loading is a function of these files' contents and of where the refs' paths resolve to,
    so a document whose log is unchanged loads as before.
    """

    files: dict[str, str] = field(default_factory=dict)
    """Absolute path as opened -> its `file_state` when it was read."""
    links: dict[str, str] = field(default_factory=dict)
    """A ref's file path, joined to the folder of its file -> the path it resolved to."""


@dataclass(frozen=True)
class RefScope:
    """The folders whose files `$ref`s may read, and the log of what was read through it."""

    folders: tuple[Path, ...]
    log: ReadLog = field(default_factory=ReadLog, compare=False, repr=False)

    @classmethod
    def around(cls, sources: Iterable[Path], allowed: Iterable[Path] = ()) -> RefScope:
        """The folders holding the sources, and the allowed ones (`--allow-refs`)."""
        folders = {Path(source).resolve().parent for source in sources}
        folders.update(Path(folder).resolve() for folder in allowed)
        return cls(tuple(sorted(folders)))

    def read_data(self, path: Path, file: str) -> tuple[Any, list[Diagnostic]]:
        """Read and parse the file a ref names (`path` resolved), JSON when its suffix says so.

        Raises:
            Unreadable: the file is outside the scope, or cannot be read.
            DiagnosticError: it is no valid YAML or JSON.
        """
        if not any(path.is_relative_to(folder) for folder in self.folders):
            raise Unreadable(
                error(
                    file,
                    "",
                    "is outside the folders of the source documents",
                    "refs may only read files in the folder of a source document or below it; "
                    "allow another folder with --allow-refs DIR",
                )
            )
        text = read_text(path, file, regular_only=True, log=self.log)
        return parse_data(text, file, path.suffix.lower() in JSON_SUFFIXES)

    def read_source(self, path: Path, file: str) -> str:
        """The text of a source document the user named; raises `Unreadable` as `read_text` does."""
        return read_text(path, file, log=self.log)

    def ref_path(self, base: Path, file_part: str) -> Path:
        """The resolved path of the file a ref in `base` names by `file_part` (already unquoted)."""
        named = base.parent / file_part
        resolved = named.resolve()
        self.log.links[str(named)] = str(resolved)
        return resolved


class Unreadable(DiagnosticError):
    """A file cannot be read at all (as opposed to read, but not parsed)."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__([diagnostic])


def read_text(
    path: Path, file: str, *, regular_only: bool = False, log: ReadLog | None = None
) -> str:
    """The text of a file; raises `Unreadable` when it cannot be read.

    Args:
        regular_only: refuse what is not a regular file (a device, a FIFO, a socket) instead of
            reading from it, as for files refs name; the files the user names are read as they
            are, so that `<(command)` works.
        log: where to note what the file held, or why it could not be read.
    """
    try:
        content = _read_bytes(path, regular_only)
    except (OSError, _NotRegular) as exc:
        if log is not None:
            log.files[os.path.abspath(path)] = _state(None, exc)
        raise Unreadable(error(file, "", *_problem(exc))) from None
    if log is not None:
        log.files[os.path.abspath(path)] = _state(content, None)
    if content is None:
        raise Unreadable(error(file, "", f"is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB"))
    try:
        # as `Path.read_text` reads: a byte order mark dropped, universal newlines
        return io.TextIOWrapper(io.BytesIO(content), encoding="utf-8-sig").read()
    except UnicodeDecodeError as exc:
        raise Unreadable(
            error(file, "", f"is not UTF-8 text ({exc.reason} at byte {exc.start})")
        ) from None


def _problem(failure: OSError | _NotRegular) -> tuple[str, str]:
    """What is wrong with a file that could not be read, and the hint."""
    if isinstance(failure, FileNotFoundError):
        return "file not found", "check the path"
    if isinstance(failure, IsADirectoryError):
        return "is a directory, not a file", "name the document file itself"
    if isinstance(failure, _NotRegular):
        return "is not a regular file (a device, pipe or socket)", "name a document file"
    return f"cannot be read: {failure.strerror or failure}", ""


def file_state(path: str) -> str:
    """What the file at `path` holds now, as `ReadLog.files` notes it; never blocks on a FIFO.

    A source the user named that is no regular file (`<(command)`) gets a state no read of it
    noted, so it never counts as unchanged.
    """
    try:
        return _state(_read_bytes(Path(path), regular_only=True), None)
    except (OSError, _NotRegular) as exc:
        return _state(None, exc)


def _state(content: bytes | None, failure: OSError | _NotRegular | None) -> str:
    if isinstance(failure, OSError):
        return f"unreadable: {failure.errno}"
    if failure is not None:
        return "not a regular file"
    if content is None:
        return "too large"
    return "sha256:" + hashlib.sha256(content).hexdigest()


class _NotRegular(Exception):
    pass


def _read_bytes(path: Path, regular_only: bool) -> bytes | None:
    """At most `MAX_FILE_BYTES` of a file, or None when it holds more."""
    descriptor = os.open(path, os.O_RDONLY | (_NO_WAIT if regular_only else 0))
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(path)
        if regular_only and not stat.S_ISREG(mode):
            raise _NotRegular
        stream = open(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise
    with stream:
        content = stream.read(MAX_FILE_BYTES + 1)
    return content if len(content) <= MAX_FILE_BYTES else None


def parse_data(
    text: str, file: str, as_json: bool, first_line: int = 1
) -> tuple[Any, list[Diagnostic]]:
    """Parse YAML or JSON text; raises `DiagnosticError` for a syntax error."""
    try:
        if as_json:
            return parse_json(text, file, first_line)
        return parse_yaml(text, file, first_line)
    except SyntaxProblem as problem:
        raise DiagnosticError([problem.diagnostic]) from None
