"""Where the runtime lives, and the packages the runtime tests build around it."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from generator.config import load_config
from generator.pipeline import generate_client
from generator.write import write_project

ROOT = Path(__file__).resolve().parents[2]
RUNTIME_DIR = ROOT / "templates" / "runtime"
"""The runtime the generator copies into every client package."""

SAMPLE_PACKAGE = "sample_client"
SAMPLE_USAGE = Path(__file__).resolve().parent / "sample_usage.py"
"""Calls a user of the sample client would write, type-checked beside it."""


def copy_runtime(target: Path) -> None:
    """Copy the runtime's files into the folder `target`, as the generator does."""
    for source in RUNTIME_DIR.iterdir():
        if source.suffix == ".py" or source.name == "py.typed":
            shutil.copy(source, target / source.name)


def write_sample_client(project: Path) -> Path:
    """Generate the PolyAI seed client (specs/clients.yaml) into the folder `project`.

    Its import package is `sample_client`, not `polyai_client`, so that it never meets the
    committed generated/polyai_client that other tests put on `sys.path`.
    """
    [polyai] = [
        settings for settings in load_config(ROOT / "specs") if settings.package == "polyai_client"
    ]
    write_project(
        project, generate_client(dataclasses.replace(polyai, package=SAMPLE_PACKAGE)).files
    )
    return project
