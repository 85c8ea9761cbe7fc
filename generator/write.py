"""Write phase: format rendered files with black, then put a project on disk atomically."""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

import black

_BLACK_MODE = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=100)


def format_files(files: Mapping[str, str]) -> dict[str, str]:
    """Python files through black; everything else as rendered, with one final newline."""
    formatted = {}
    for path, text in sorted(files.items()):
        if path.endswith(".py") and text.strip():
            formatted[path] = black.format_str(text, mode=_BLACK_MODE)
        else:
            formatted[path] = text.rstrip("\n") + "\n" if text.strip() else ""
    return formatted


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
    found = {}
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
