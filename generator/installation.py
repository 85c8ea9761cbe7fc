"""This clientgen itself: where its templates are, and a digest of all that decides its output."""

from __future__ import annotations

import functools
import hashlib
import os
import sys
from collections.abc import Iterator
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

import generator

_COMPILED = "__pycache__"


def templates_root() -> Traversable:
    """The templates shipped in the wheel, or the repository's `templates/` in a checkout."""
    try:
        installed = resources.files("generator.templates")
        if installed.joinpath("runtime").is_dir():
            return installed
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parents[1] / "templates"


@functools.cache
def identity() -> str:
    """A digest of this clientgen: its version, every file of its code and templates, the
    Python running it and the distributions installed beside it (black, openapi-pydantic...).

    Two runs with the same identity turn the same input into the same bytes. Any edit to the
    code, even without a new version, gives another identity.
    """
    digest = hashlib.sha256(f"clientgen {generator.__version__}\npython {sys.version}\n".encode())
    for root in (Path(generator.__file__).parent, templates_root()):
        for name, entry in _files(root, ""):
            digest.update(f"{name}\n{len(content := entry.read_bytes())}\n".encode() + content)
    digest.update("\n".join(_distributions()).encode())
    return digest.hexdigest()


def _files(folder: Traversable, prefix: str) -> Iterator[tuple[str, Traversable]]:
    for entry in sorted(folder.iterdir(), key=lambda item: item.name):
        if entry.is_dir():
            if entry.name != _COMPILED:
                yield from _files(entry, f"{prefix}{entry.name}/")
        elif not entry.name.endswith(".pyc"):
            yield prefix + entry.name, entry


def _distributions() -> list[str]:
    """The name and version of every installed distribution, as their metadata folders say."""
    found: set[str] = set()
    for folder in sys.path:
        try:
            names = os.listdir(folder or ".")
        except OSError:
            continue
        found.update(name for name in names if name.endswith((".dist-info", ".egg-info")))
    return sorted(found)
