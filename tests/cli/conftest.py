"""Fixtures the command-line tests share."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A copy of this repository's specs and generated clients."""
    shutil.copytree(ROOT / "specs", tmp_path / "specs")
    shutil.copytree(ROOT / "generated", tmp_path / "generated")
    return tmp_path


CLIENTS = "clients:\n  pets:\n    sources: [pets.yaml]\n    version: auto\n"


@pytest.fixture
def pets(tmp_path: Path) -> Path:
    """A project whose clients.yaml configures the pets client (pets.yaml) with `version: auto`."""
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "clients.yaml").write_text(CLIENTS)
    return tmp_path
