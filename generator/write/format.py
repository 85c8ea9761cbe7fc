"""Black over the rendered Python files, through a cache on disk so unchanged code is not formatted twice."""

from __future__ import annotations

import concurrent.futures
import difflib
import hashlib
import importlib.metadata
import os
import re
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

import black
from black.mode import TargetVersion
from black.parsing import InvalidInput

_BLACK_MODE = black.Mode(target_versions={TargetVersion.PY310}, line_length=100)
# Below this many lines left to format, starting worker processes costs more than it saves.
_PARALLEL_THRESHOLD = 4000
_TOP_LEVEL_BLOCK = re.compile(r"\n(?=(?:class |def |async def |@)[^\n]*\n)")


def format_files(files: Mapping[str, str]) -> dict[str, str]:
    """Python files through black; everything else as rendered, with one final newline.

    Black is most of a big client's generation time, so each module is cut into its
    top-level classes and functions, which black formats independently (joined by the two
    blank lines black puts between them), in parallel and through a cache on disk.
    """
    chunks: dict[str, list[str]] = {}
    formatted: dict[str, str] = {}
    for path, text in sorted(files.items()):
        if path.endswith(".py") and text.strip():
            chunks[path] = _TOP_LEVEL_BLOCK.split(text)
        else:
            formatted[path] = text.rstrip("\n") + "\n" if text.strip() else ""
    pieces = _format_pieces({piece for parts in chunks.values() for piece in parts})
    for path, parts in chunks.items():
        if all(part in pieces for part in parts):
            formatted[path] = "\n\n".join(pieces[part] for part in parts)
        else:
            # A cut that fell inside a string literal: black sees the module whole instead.
            formatted[path] = black.format_str(files[path], mode=_BLACK_MODE)
    return dict(sorted(formatted.items()))


def _format_pieces(pieces: set[str]) -> dict[str, str]:
    cache = FormatCache.default()
    done = {piece: cache.get(piece) for piece in pieces}
    missing = sorted(piece for piece, result in done.items() if result is None)
    if sum(piece.count("\n") for piece in missing) > _PARALLEL_THRESHOLD and (os.cpu_count() or 1) > 1:
        with concurrent.futures.ProcessPoolExecutor() as pool:
            results = list(pool.map(_black, missing, chunksize=max(1, len(missing) // 32)))
    else:
        results = [_black(piece) for piece in missing]
    for piece, result in zip(missing, results):
        if result is not None:
            cache.put(piece, result)
        done[piece] = result
    return {piece: result for piece, result in done.items() if result is not None}


def _black(source: str) -> str | None:
    try:
        return black.format_str(source, mode=_BLACK_MODE)
    except InvalidInput:
        return None


class FormatCache:
    """Black's output by a hash of its input, so unchanged code is not formatted twice."""

    def __init__(self, folder: Path | None) -> None:
        self._folder = folder

    @classmethod
    def default(cls) -> FormatCache:
        if os.environ.get("CLIENTGEN_NO_CACHE"):
            return cls(None)
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
        black_version = importlib.metadata.version("black")
        key = hashlib.sha256(f"{black_version}{_BLACK_MODE!r}".encode()).hexdigest()[:16]
        return cls(base / "clientgen" / f"black-{key}")

    def _path(self, source: str) -> Path | None:
        if self._folder is None:
            return None
        digest = hashlib.sha256(source.encode("utf-8")).hexdigest()
        return self._folder / digest[:2] / digest

    def get(self, source: str) -> str | None:
        path = self._path(source)
        try:
            return path.read_text(encoding="utf-8") if path is not None else None
        except OSError:
            return None

    def put(self, source: str, result: str) -> None:
        path = self._path(source)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_text(result, encoding="utf-8")
            os.replace(temporary, path)
        except OSError:
            pass  # a cache that cannot be written only costs time


def write_project(target: Path, files: Mapping[str, str]) -> None:
    """Replace `target` with exactly `files`; on any failure the previous folder stays as it was.

    The new tree is written next to the target and swapped in with two renames, so a reader
    sees either the old project or the new one, never a mix.
    """
    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        for relative, text in files.items():
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text.encode("utf-8"))
        os.chmod(staging, 0o755)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    retired = target.parent / f".{target.name}.old-{os.getpid()}"
    if target.exists():
        os.replace(target, retired)
    try:
        os.replace(staging, target)
    except BaseException:
        if retired.exists():
            os.replace(retired, target)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(retired, ignore_errors=True)


def read_project(target: Path) -> dict[str, str]:
    """Every file under `target` as text, by relative path (caches of tools left out)."""
    found: dict[str, str] = {}
    if not target.is_dir():
        return found
    for path in sorted(target.rglob("*")):
        relative = path.relative_to(target)
        if path.is_file() and not any(part in ("__pycache__", ".mypy_cache") or part.endswith(".egg-info") for part in relative.parts):
            found[relative.as_posix()] = path.read_text(encoding="utf-8", errors="replace")
    return found


def diff_project(target: Path, files: Mapping[str, str], label: str) -> list[str]:
    """A unified diff from what is on disk to what should be there; empty when they match."""
    current = read_project(target)
    lines: list[str] = []
    for relative in sorted(set(current) | set(files)):
        before = current.get(relative)
        after = files.get(relative)
        if before == after:
            continue
        lines.extend(
            difflib.unified_diff(
                (before or "").splitlines(keepends=True),
                (after or "").splitlines(keepends=True),
                fromfile=f"a/{label}/{relative}" if before is not None else "/dev/null",
                tofile=f"b/{label}/{relative}" if after is not None else "/dev/null",
            )
        )
    return lines
