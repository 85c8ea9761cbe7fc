"""What `clientgen check` reports: how a project folder differs from what would be generated."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from pathlib import Path

from generator.write.manifest import MANIFEST_NAME, running_writer
from generator.write.project import interrupted, plan_project


def diff_project(target: Path, files: Mapping[str, str], label: str) -> list[str]:
    """A unified diff from what is on disk to what `generate` would write; empty when they match.

    Tool output beside the package (`build/`, `.git/`, ...) is not compared. Files that are
    neither generated nor tool output are named, since `generate` refuses such a folder.
    """
    if target.is_symlink():
        return [
            f"{label}: is a symbolic link, which clientgen neither follows nor writes through\n"
        ]
    plan = plan_project(target, files)
    lines: list[str] = []
    if target.is_dir() and interrupted(target):
        lines.append(
            f"{label}: a write was interrupted; the next `clientgen generate` finishes it\n"
        )
    for relative in sorted(set(plan.writes) | set(plan.removals) | set(plan.blocked)):
        path = target / relative
        before = _text(path) if path.is_file() else None
        after = files.get(relative)
        lines.extend(
            difflib.unified_diff(
                (before or "").splitlines(keepends=True),
                (after or "").splitlines(keepends=True),
                fromfile=f"a/{label}/{relative}" if before is not None else "/dev/null",
                tofile=f"b/{label}/{relative}" if after is not None else "/dev/null",
            )
        )
    lines.extend(
        f"{label}/{relative}: not written by clientgen\n"
        for relative in sorted(set(plan.foreign) - set(plan.blocked))
    )
    if plan.listing_changed and not lines:
        lines.append(f"{label}/{MANIFEST_NAME}: does not list the generated files as they are\n")
    if lines and plan.previous and plan.previous.describe_writer() != running_writer():
        lines.append(
            f"{label}: written by {plan.previous.describe_writer()}; this is {running_writer()}\n"
        )
    return lines


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")
