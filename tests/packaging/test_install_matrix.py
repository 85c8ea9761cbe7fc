"""clientgen as users get it: its own wheel and sdist, installed (not editable) into a fresh venv
on every Python it supports, regenerate the committed clients byte for byte.

An editable install reads the templates from the checkout, so only an installed copy shows
whether the wheel ships them and whether they load on that Python (3.10 and 3.11 once failed).
"""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import tomllib

from .commands import create_venv, describe, pip_install, run, run_ok, tool_environment, venv_python

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SUPPORTED = ("3.10", "3.11", "3.12", "3.13")


def interpreter(version: str) -> Path | None:
    """A working interpreter of `version`: pyenv's builds first, then the PATH."""
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    candidates = sorted(
        (pyenv_root / "versions").glob(f"{version}.*/bin/python{version}"), reverse=True
    )
    on_path = shutil.which(f"python{version}")
    for candidate in [*candidates, *([Path(on_path)] if on_path else [])]:
        probe = subprocess.run(
            [candidate, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
        )
        if probe.returncode == 0 and probe.stdout.strip() == version:
            return candidate
    return None


@pytest.fixture(scope="module")
def distributions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """clientgen's wheel and sdist, built from a clean copy of the checkout."""
    source = tmp_path_factory.mktemp("clientgen-source")
    tracked = run_ok(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT
    ).stdout.split("\0")
    for relative in filter(None, tracked):
        if (ROOT / relative).is_file():
            (source / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / relative, source / relative)
    build_python = create_venv(
        tmp_path_factory.mktemp("clientgen-build"), "build", "setuptools>=68"
    )
    out = tmp_path_factory.mktemp("clientgen-dist")
    run_ok([build_python, "-m", "build", "--no-isolation", "--outdir", out, source], timeout=600)
    wheels, sdists = sorted(out.glob("*.whl")), sorted(out.glob("*.tar.gz"))
    assert len(wheels) == 1 and len(sdists) == 1, (
        f"expected one wheel and one sdist in {sorted(out.iterdir())}"
    )
    return {"wheel": wheels[0], "sdist": sdists[0]}


def _differences(expected: Path, actual: Path) -> list[str]:
    comparison = filecmp.dircmp(expected, actual, ignore=["__pycache__"])
    found: list[str] = []

    def walk(node: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(f"only committed: {prefix}{name}" for name in node.left_only)
        found.extend(f"only regenerated: {prefix}{name}" for name in node.right_only)
        mismatched = filecmp.cmpfiles(node.left, node.right, node.common_files, shallow=False)[1]
        found.extend(f"differs: {prefix}{name}" for name in mismatched)
        for name, child in node.subdirs.items():
            walk(child, f"{prefix}{name}/")

    walk(comparison, "")
    return found


@pytest.mark.parametrize("kind", ["wheel", "sdist"])
@pytest.mark.parametrize("version", SUPPORTED)
def test_installed_clientgen_regenerates_the_committed_clients(
    version: str, kind: str, distributions: dict[str, Path], tmp_path: Path
) -> None:
    python = interpreter(version)
    if python is None:
        pytest.skip(f"no Python {version} on this machine")
    venv = tmp_path / "venv"
    run_ok([python, "-m", "venv", "--without-pip", venv], timeout=300)
    run_ok(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            venv_python(venv),
            "install",
            "--quiet",
            "--disable-pip-version-check",
            distributions[kind],
        ],
        timeout=900,
    )
    clientgen = venv / "bin" / "clientgen"
    # The work folder is outside the checkout, so nothing can import the checkout's `generator`.
    work = tmp_path / "work"
    shutil.copytree(ROOT / "specs", work / "specs")
    environment = {**tool_environment(), "CLIENTGEN_NO_CACHE": "1"}
    run_ok([clientgen, "generate", "--generated", "out"], cwd=work, env=environment, timeout=600)
    assert _differences(ROOT / "generated", work / "out") == []
    run_ok([clientgen, "check", "--generated", "out"], cwd=work, env=environment, timeout=600)


def test_pip_installing_a_generated_client_leaves_check_passing(tmp_path: Path) -> None:
    """`pip install ./generated/x` once left `build/` and `*.egg-info` that `check` called stale."""
    work = tmp_path / "work"
    shutil.copytree(ROOT / "specs", work / "specs")
    shutil.copytree(ROOT / "generated", work / "generated")
    python = create_venv(tmp_path / "venv")
    for project in sorted((work / "generated").iterdir()):
        pip_install(python, project)
    result = run(
        [sys.executable, "-m", "generator", "check"],
        cwd=work,
        env={**tool_environment(), "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, describe(result)


def test_every_package_of_clientgen_is_listed_for_the_wheel() -> None:
    """A subpackage left out of pyproject.toml imports in a checkout and fails once installed."""
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(path.parent.relative_to(ROOT).parts) for path in (ROOT / "generator").rglob("*.py")
    }
    assert found - listed == set()
