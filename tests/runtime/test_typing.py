"""The runtime passes `mypy --strict` and `pyright` in strict mode, alone and inside a package.

The runtime is checked as the package it becomes once copied (an empty `__init__.py` next to
its files), and again inside the generated sample client, with `sample_usage.py` beside it to
prove that what the generated code exports type-checks from the caller's side.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .assembly import RUNTIME_DIR, SAMPLE_PACKAGE, SAMPLE_USAGE, copy_runtime

PYTHON_VERSION = "3.10"  # the oldest Python the generated packages support
# What each check covers: mypy's modules and packages, pyright's files and folders.
TARGETS = {
    "runtime_pkg": (["-p", "runtime_pkg"], ["runtime_pkg"]),
    SAMPLE_PACKAGE: (
        ["-p", SAMPLE_PACKAGE, "-m", SAMPLE_USAGE.stem],
        [SAMPLE_PACKAGE, SAMPLE_USAGE.name],
    ),
}


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory, sample_project: Path) -> Path:
    """A folder with `runtime_pkg` (the runtime alone), `sample_client` and its usage module."""
    root = tmp_path_factory.mktemp("typing")
    runtime = root / "runtime_pkg"
    runtime.mkdir()
    copy_runtime(runtime)
    (runtime / "__init__.py").write_text('"""The runtime as a package."""\n')
    shutil.copytree(sample_project / SAMPLE_PACKAGE, root / SAMPLE_PACKAGE)
    shutil.copy(SAMPLE_USAGE, root)
    return root


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=600, check=False)


@pytest.mark.parametrize("package", sorted(TARGETS))
def test_mypy_strict_finds_no_errors(packages: Path, package: str) -> None:
    result = _run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--python-version",
            PYTHON_VERSION,
            "--cache-dir",
            str(packages / ".mypy_cache"),
            *TARGETS[package][0],
        ],
        cwd=packages,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


@pytest.mark.parametrize("package", sorted(TARGETS))
def test_pyright_strict_finds_no_errors(packages: Path, package: str) -> None:
    config = packages / "pyrightconfig.json"
    config.write_text(json.dumps({"typeCheckingMode": "strict", "pythonVersion": PYTHON_VERSION}))
    result = _run(
        [
            sys.executable,
            "-m",
            "pyright",
            "--outputjson",
            "--pythonpath",
            sys.executable,
            "--project",
            str(config),
            *TARGETS[package][1],
        ],
        cwd=packages,
    )
    report = json.loads(result.stdout)
    problems = [
        f"{diagnostic['file']}:{diagnostic['range']['start']['line'] + 1}: {diagnostic['message']}"
        for diagnostic in report["generalDiagnostics"]
        if diagnostic["severity"] in ("error", "warning")
    ]
    assert problems == []
    assert report["summary"]["errorCount"] == 0
    assert report["summary"]["filesAnalyzed"] >= 10


def test_no_checker_is_silenced_in_the_runtime() -> None:
    for source in RUNTIME_DIR.glob("*.py"):
        text = source.read_text()
        assert "type: ignore" not in text, source.name
        assert "pyright: ignore" not in text, source.name
