"""Every configured client and feature fixture regenerates byte for byte as committed, whatever
the hash seed."""

from __future__ import annotations

import json
import os
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
UPDATE_HINT = (
    "\nIf the change is intended, run `python -m tests.golden.update` and commit the result."
)


@pytest.mark.parametrize(("golden", "settings"), CASES)
def test_regenerates_byte_identical(golden: GoldenSet, settings: ClientSettings) -> None:
    target = golden.project(settings)
    package = str(settings.package)
    result = generate_client(settings, target)
    diff = diff_project(
        target, golden.committed(result.files, package), str(target.relative_to(ROOT))
    )
    assert not diff, "".join(diff[:200]) + UPDATE_HINT
    if not golden.commits_runtime:
        assert runtime_of(result.files, package) == committed_runtime(), (
            "the runtime differs from the seed clients'" + UPDATE_HINT
        )


# Writes every file of every golden client as JSON, {"<set>/<package>/<path>": text}, to argv[1].
_GENERATE_EVERY_CLIENT = """
import json, sys
from pathlib import Path
from generator.pipeline import generate_client
from tests.golden.goldens import GOLDEN_SETS
files = {
    f"{golden.name}/{settings.package}/{path}": text
    for golden in GOLDEN_SETS
    for settings in golden.clients()
    for path, text in generate_client(settings, golden.project(settings)).files.items()
}
Path(sys.argv[1]).write_text(json.dumps(files), encoding="utf-8")
"""
HASH_SEEDS = ("1", "2")


def test_generation_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """Each run generates every client in a process of its own, with its own `PYTHONHASHSEED`
    (so sets of strings iterate in another order) and without the format cache (which would
    hand back what an earlier run made of the same input)."""
    outputs = {seed: tmp_path / f"seed-{seed}.json" for seed in HASH_SEEDS}
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", _GENERATE_EVERY_CLIENT, str(output)],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed, "CLIENTGEN_NO_CACHE": "1"},
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed, output in outputs.items()
    ]
    for run in runs:
        _, errors = run.communicate(timeout=600)
        assert run.returncode == 0, errors
    first, *others = [json.loads(output.read_text(encoding="utf-8")) for output in outputs.values()]
    assert len(first) > len(CASES)
    for seed, other in zip(HASH_SEEDS[1:], others, strict=True):
        differing = sorted(
            path for path in first.keys() | other.keys() if first.get(path) != other.get(path)
        )
        assert differing == [], f"PYTHONHASHSEED={HASH_SEEDS[0]} and {seed} give different files"


def _clientgen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
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
