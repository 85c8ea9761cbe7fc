"""Black's output by a hash of its input and line length, on disk, so unchanged code is not
formatted twice.

The cache lives in the user's cache folder and is shared by every run on the machine, so it
is bounded (the entries used least recently go first) and safe when runs overlap: entries
are written to a temporary name and renamed, and an entry that vanishes is only a miss.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # black is imported only where code is formatted: it takes a while
    import black

# About 40,000 typical entries; a big client (GitHub's) needs a tenth of that.
DEFAULT_LIMIT_BYTES = 64 * 1024 * 1024


def cache_folder() -> Path | None:
    """clientgen's folder in the user's cache; None when CLIENTGEN_NO_CACHE is set."""
    if os.environ.get("CLIENTGEN_NO_CACHE"):
        return None
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "clientgen"


class FormatCache:
    def __init__(self, folder: Path | None, limit_bytes: int = DEFAULT_LIMIT_BYTES) -> None:
        self._folder = folder
        self._limit_bytes = limit_bytes
        self.grown = False
        """Whether this run put an entry in, so that the cache may be over its limit."""

    @classmethod
    def default(cls, mode: black.Mode) -> FormatCache:
        """The cache for this black version and mode (but for the line length, which each entry
        has); none when CLIENTGEN_NO_CACHE is set."""
        folder = cache_folder()
        if folder is None:
            return cls(None)
        black_version = importlib.metadata.version("black")
        key = hashlib.sha256(f"{black_version}{mode!r}".encode()).hexdigest()[:16]
        return cls(folder / f"black-{key}")

    def _path(self, source: str, line_length: int) -> Path | None:
        if self._folder is None:
            return None
        digest = hashlib.sha256(f"{line_length}\n{source}".encode()).hexdigest()
        return self._folder / digest[:2] / digest

    def get(self, source: str, line_length: int) -> str | None:
        path = self._path(source, line_length)
        if path is None:
            return None
        try:
            text = path.read_text(encoding="utf-8")
            os.utime(path)  # the modification time is when the entry was last used
            return text
        except OSError:
            return None

    def put(self, source: str, line_length: int, result: str) -> None:
        path = self._path(source, line_length)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_text(result, encoding="utf-8")
            os.replace(temporary, path)
            self.grown = True
        except OSError:
            pass  # a cache that cannot be written only costs time

    def evict_oldest(self) -> None:
        """Remove the entries used least recently until the cache fits its limit."""
        if self._folder is None:
            return
        entries = []
        for path in self._folder.glob("*/*"):
            try:
                status = path.stat()
            except OSError:
                continue  # removed by another run meanwhile
            entries.append((status.st_mtime, status.st_size, path))
        total = sum(size for _, size, _ in entries)
        for _, size, path in sorted(entries):
            if total <= self._limit_bytes:
                return
            try:
                path.unlink(missing_ok=True)
            except OSError:
                continue  # not ours to remove (permissions): it still counts
            total -= size
