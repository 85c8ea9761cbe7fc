"""Every generated package passes `mypy --strict` and pyright strict, with no checks silenced.

Both run over a copy of the import packages, against the Python that runs the tests (httpx
and pydantic are installed there), targeting the oldest Python the projects admit.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

from .projects import PROJECTS, ClientProject
from .typecheckers import Report, run_mypy, run_pyright

pytestmark = pytest.mark.slow

# Comments that switch a type checker off for a line or a file.
SILENCERS = re.compile(r"#\s*(type:\s*ignore|pyright:|mypy:)")

# A file that both checkers must fault: proves a run reports errors at all, and in strict mode.
CANARY = "_canary.py"
CANARY_SOURCE = """
def untyped(value):  # strict only: parameter and return types are missing
    return value


number: int = "not a number"  # an error in any mode
"""
CANARY_ERROR_LINES = {2, 6}

OLDEST_PYTHON = min(
    (project.minimum_python for project in PROJECTS if project.minimum_python),
    key=lambda version: tuple(int(part) for part in version.split(".")),
    default=None,
)


@pytest.fixture(scope="session")
def checked_root(sources: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding a copy of every import package side by side, and the canary."""
    root = tmp_path_factory.mktemp("typecheck")
    for project in PROJECTS:
        shutil.copytree(sources / project.folder / project.package, root / project.package)
    (root / CANARY).write_text(CANARY_SOURCE, encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache for every package: the standard library, httpx and pydantic are
    analysed once."""
    return tmp_path_factory.mktemp("mypy-cache")


@pytest.fixture(scope="session")
def pyright_report(checked_root: Path) -> Report:
    """One pyright run over every package and the canary (a run per package costs ~10 s)."""
    include = [project.package for project in PROJECTS] + [CANARY]
    return run_pyright(
        checked_root, include, python=Path(sys.executable), python_version=OLDEST_PYTHON
    )


def test_mypy_strict(project: ClientProject, checked_root: Path, mypy_cache: Path) -> None:
    report = run_mypy(
        ["-p", project.package],
        cwd=checked_root,
        cache_dir=mypy_cache,
        python_version=project.minimum_python,
    )
    assert report.result.returncode == 0, report.explain()
    assert "Success: no issues found" in report.result.stdout, report.explain()


def test_mypy_run_reports_strict_errors(checked_root: Path, mypy_cache: Path) -> None:
    report = run_mypy(
        [CANARY], cwd=checked_root, cache_dir=mypy_cache, python_version=OLDEST_PYTHON
    )
    lines = {error.line for error in report.errors_in(checked_root / CANARY)}
    assert CANARY_ERROR_LINES <= lines, report.explain()


def test_pyright_strict(project: ClientProject, checked_root: Path, pyright_report: Report) -> None:
    errors = pyright_report.errors_in(checked_root / project.package)
    assert errors == [], "\n".join(map(str, errors)) + "\n" + pyright_report.result.stderr


def test_pyright_run_reports_strict_errors(checked_root: Path, pyright_report: Report) -> None:
    lines = {error.line for error in pyright_report.errors_in(checked_root / CANARY)}
    assert CANARY_ERROR_LINES <= lines, pyright_report.explain()


def test_no_type_checker_is_silenced(project: ClientProject) -> None:
    found = [
        f"{path.relative_to(project.path)}:{number}: {line.strip()}"
        for path in sorted((project.path / project.package).rglob("*.py*"))
        if path.suffix in (".py", ".pyi")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if SILENCERS.search(line)
    ]
    assert found == [], "\n".join(found)
