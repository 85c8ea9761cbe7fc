"""Every configured client and feature fixture regenerates byte for byte as committed."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.config import ClientSettings
from generator.pipeline import generate_client
from generator.write import diff_project
from tests.golden.goldens import GOLDEN_SETS, ROOT, GoldenSet, committed_runtime, runtime_of

CASES = [
    pytest.param(golden, settings, id=str(settings.package))
    for golden in GOLDEN_SETS
    for settings in golden.clients()
]
UPDATE_HINT = "\nIf the change is intended, run `python -m tests.golden.update` and commit the result."


@pytest.mark.parametrize(("golden", "settings"), CASES)
def test_regenerates_byte_identical(golden: GoldenSet, settings: ClientSettings) -> None:
    target = golden.project(settings)
    package = str(settings.package)
    result = generate_client(settings, target)
    diff = diff_project(target, golden.committed(result.files, package), str(target.relative_to(ROOT)))
    assert not diff, "".join(diff[:200]) + UPDATE_HINT
    if not golden.commits_runtime:
        assert runtime_of(result.files, package) == committed_runtime(), "the runtime differs from the seed clients'" + UPDATE_HINT


@pytest.mark.parametrize(("golden", "settings"), CASES[:1])
def test_generation_is_deterministic(golden: GoldenSet, settings: ClientSettings) -> None:
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
