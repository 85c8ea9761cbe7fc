"""Where the runtime lives, and how a client package is put together from it for the tests."""

from __future__ import annotations

import shutil
from pathlib import Path

RUNTIME_DIR = Path(__file__).resolve().parents[2] / "templates" / "runtime"
"""The runtime the generator copies into every client package."""

SAMPLE_DIR = Path(__file__).resolve().parent / "sample_client"
"""Hand-written stand-in for generated code (the PolyAI design sample), without the runtime."""


def copy_runtime(target: Path) -> None:
    """Copy the runtime's files into the folder `target`, as the generator does."""
    for source in RUNTIME_DIR.iterdir():
        if source.suffix == ".py" or source.name == "py.typed":
            shutil.copy(source, target / source.name)


def assemble_package(target: Path) -> Path:
    """Make `target` a complete client package: the sample client's files plus the runtime."""
    shutil.copytree(SAMPLE_DIR, target, ignore=shutil.ignore_patterns("__pycache__"))
    copy_runtime(target)
    return target
