"""The runtime passes `mypy --strict` and `pyright` in strict mode, alone and inside a client package.

The runtime is checked as the package it becomes once copied (an empty `__init__.py` next to
its files), and again inside the assembled sample client, whose generated-style code proves
that the names and signatures the generator relies on type-check from the caller's side.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .assembly import RUNTIME_DIR, assemble_package, copy_runtime

PYTHON_VERSION = "3.10"  # the oldest Python the generated packages support


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with `runtime_pkg` (the runtime alone) and `sample_client` (a whole client)."""
    root = tmp_path_factory.mktemp("typing")
    runtime = root / "runtime_pkg"
    runtime.mkdir()
    copy_runtime(runtime)
    (runtime / "__init__.py").write_text('"""The runtime as a package."""\n')
    assemble_package(root / "sample_client")
    return root


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=600, check=False)


@pytest.mark.parametrize("package", ["runtime_pkg", "sample_client"])
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
            "-p",
            package,
        ],
        cwd=packages,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


@pytest.mark.parametrize("package", ["runtime_pkg", "sample_client"])
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
            package,
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
