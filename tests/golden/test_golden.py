"""Every configured client and feature fixture regenerates byte for byte as committed."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.config import ClientSettings, load_config
from generator.pipeline import generate_client
from generator.write import diff_project
from tests.golden.goldens import GOLDEN_SETS, ROOT

CASES = [
    pytest.param(settings, generated_dir, id=str(settings.package))
    for specs_dir, generated_dir in GOLDEN_SETS
    for settings in load_config(specs_dir)
]
UPDATE_HINT = "\nIf the change is intended, run `python -m tests.golden.update` and commit the result."


@pytest.mark.parametrize(("settings", "generated_dir"), CASES)
def test_regenerates_byte_identical(settings: ClientSettings, generated_dir: Path) -> None:
    target = generated_dir / str(settings.package)
    result = generate_client(settings, target)
    diff = diff_project(target, result.files, str(target.relative_to(ROOT)))
    assert not diff, "".join(diff[:200]) + UPDATE_HINT


@pytest.mark.parametrize(("settings", "generated_dir"), CASES[:1])
def test_generation_is_deterministic(settings: ClientSettings, generated_dir: Path) -> None:
    assert generate_client(settings).files == generate_client(settings).files


def _clientgen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )


def test_check_passes_on_the_committed_clients() -> None:
    result = _clientgen("check", cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_reports_a_stale_file_with_a_diff(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "specs", tmp_path / "specs")
    shutil.copytree(ROOT / "generated", tmp_path / "generated")
    stale = next((tmp_path / "generated").glob("*/*/models.py"))
    stale.write_text(stale.read_text() + "\n# edited by hand\n")
    result = _clientgen("check", cwd=tmp_path)
    assert result.returncode == 1
    assert "-# edited by hand" in result.stdout
    assert "stale" in result.stderr
