"""The record clientgen keeps in a project folder of the files it wrote there.

Everything in the folder that the manifest does not list belongs to the user: clientgen
replaces or removes only listed files, and only while they still hold what it wrote (or the
user said `--overwrite`). Tool output that users add beside a package (`.git/`, `build/`,
`*.egg-info`, a venv, caches) is neither listed nor in the way.
"""

from __future__ import annotations

import fnmatch
import hashlib
import importlib.metadata
import json
import os
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import generator
from generator.diagnostics import Diagnostic, DiagnosticError, error

MANIFEST_NAME = ".clientgen-manifest.json"
STAGING_PREFIX = ".clientgen-staging-"
# Black changes its stable style only in its January release, so the major version (the
# year) says how the files were formatted; a patch release cannot change them.
BLACK_STYLE = importlib.metadata.version("black").split(".")[0]

_USER_ARTIFACTS = (
    ".git", ".hg", ".svn", ".venv", "venv", ".env", "build", "dist", "*.egg-info", "__pycache__",
    "*.pyc", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".tox", ".nox", ".coverage", "htmlcov",
    ".idea", ".vscode", ".DS_Store",
)  # fmt: skip
# One pattern for all of them: a big project has thousands of paths to test.
_USER_ARTIFACT = re.compile(
    "|".join(fnmatch.translate(os.path.normcase(pattern)) for pattern in _USER_ARTIFACTS)
)


@dataclass(frozen=True)
class Manifest:
    clientgen: str
    black: str
    files: Mapping[str, str]
    """Path relative to the project folder (with `/`) -> SHA-256 of the bytes written."""

    @classmethod
    def of(cls, hashes: Mapping[str, str]) -> Manifest:
        """The manifest this clientgen writes for files of these hashes (`digest`), by path."""
        return cls(generator.__version__, BLACK_STYLE, dict(sorted(hashes.items())))

    def text(self) -> str:
        body = {"clientgen": self.clientgen, "black": self.black, "files": dict(self.files)}
        return json.dumps(body, indent=2) + "\n"

    def describe_writer(self) -> str:
        return f"clientgen {self.clientgen} with black {self.black}.x"


def running_writer() -> str:
    return Manifest.of({}).describe_writer()


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_json(path: Path, unreadable: Callable[[Path, str], Diagnostic]) -> Any:
    """A JSON file clientgen wrote, or None when there is none; raises `DiagnosticError` with
    `unreadable(path, reason)` for one that cannot be read, which is the user's to restore."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise DiagnosticError([unreadable(path, str(exc))]) from None


def read_manifest(folder: Path) -> Manifest | None:
    """The manifest in `folder`, or None when clientgen never wrote there."""
    path = folder / MANIFEST_NAME
    data = read_json(path, _unreadable)
    if data is None:
        return None
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict) or not all(isinstance(v, str) for v in files.values()):
        raise DiagnosticError([_unreadable(path, "it has no mapping of files to hashes")])
    return Manifest(str(data.get("clientgen", "?")), str(data.get("black", "?")), files)


def _unreadable(path: Path, reason: str) -> Diagnostic:
    return error(
        str(path),
        "",
        f"clientgen's manifest cannot be read: {reason}",
        "restore it from version control; "
        "without it clientgen treats every file in the folder as yours",
    )


def is_user_artifact(relative: str) -> bool:
    """True for tool output such as `build/` or `.git/` that clientgen neither owns nor compares."""
    return any(_USER_ARTIFACT.match(os.path.normcase(part)) for part in relative.split("/"))


def project_files(folder: Path) -> Iterator[tuple[str, Path]]:
    """(relative path, path) of every file in `folder` that is not a user artifact nor
    clientgen's own bookkeeping; symbolic links are reported as files and never followed."""
    return ((relative, folder / relative) for relative in project_paths(folder))


def project_paths(folder: Path) -> Iterator[str]:
    """The relative paths `project_files` gives, alone: a big project has thousands."""
    for root, dirs, names in os.walk(folder):
        relative_root = os.path.relpath(root, folder).replace(os.sep, "/")
        prefix = "" if relative_root == "." else relative_root + "/"
        kept = []
        # The folders above were tested already: only the last part of each path can be an artifact.
        for name in sorted(dirs):
            if is_user_artifact(name) or (not prefix and name.startswith(STAGING_PREFIX)):
                continue
            if os.path.islink(os.path.join(root, name)):
                yield prefix + name
            else:
                kept.append(name)
        dirs[:] = kept
        for name in sorted(names):
            relative = prefix + name
            if relative != MANIFEST_NAME and not is_user_artifact(name):
                yield relative
