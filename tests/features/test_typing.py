"""`mypy --strict` over every generated fixture package and over the usage snippets in usage/,
and pyright strict over every generated fixture package.

One run of each checker (per test session) checks everything; each package and each snippet is
then a test of its own that fails with that target's errors.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.golden.goldens import ROOT
from tests.packaging.projects import NOT_SOURCE, read_project
from tests.packaging.typecheckers import Report, run_pyright

from .packages import complete_projects

USAGE = Path(__file__).resolve().parent / "usage"
SNIPPETS = sorted(USAGE.glob("*.py"))
PROJECTS = complete_projects()
KNOWN_SNIPPET_DEFECTS: dict[str, str] = {}
KNOWN_PACKAGE_DEFECTS: dict[str, str] = {}


@pytest.fixture(scope="session")
def mypy_errors(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, list[str]]]:
    """mypy's error lines, by target: a package name or a snippet's stem."""
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--explicit-package-bases",
        "--show-error-codes",
    ]
    command += ["--no-error-summary", "--no-color-output"]
    command += ["--cache-dir", str(tmp_path_factory.mktemp("mypy_cache"))]
    # Package folders are given as files (mypy takes either modules or files, not both);
    # --explicit-package-bases names their modules after the MYPYPATH folders they are in.
    command += [str(project / project.name) for project in PROJECTS]
    command += [str(snippet) for snippet in SNIPPETS]
    env = {
        **os.environ,
        "MYPYPATH": os.pathsep.join([*(str(project) for project in PROJECTS), str(USAGE)]),
    }
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode in (0, 1), result.stdout + result.stderr
    errors: dict[str, list[str]] = {}
    for line in result.stdout.splitlines():
        if ": error:" not in line and ": note:" not in line:
            continue
        path = Path(line.split(":", 1)[0])
        if path.parent == USAGE.relative_to(ROOT) or path.parent == USAGE:
            target = path.stem
        else:
            target = next((project.name for project in PROJECTS if project.name in path.parts), "?")
        errors.setdefault(target, []).append(line)
    yield errors


@pytest.fixture(scope="session")
def pyright_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Report]:
    """One pyright run over every package (a run per package costs ~10 s), and the folder it ran
    in: a copy of the packages side by side, so its configuration file stays out of the
    repository."""
    root = tmp_path_factory.mktemp("pyright")
    for project in PROJECTS:
        shutil.copytree(
            project / project.name, root / project.name, ignore=shutil.ignore_patterns(*NOT_SOURCE)
        )
    oldest = min(
        (version for project in PROJECTS if (version := read_project(project).minimum_python)),
        key=lambda version: tuple(map(int, version.split("."))),
        default=None,
    )
    report = run_pyright(
        root,
        [project.name for project in PROJECTS],
        python=Path(sys.executable),
        python_version=oldest,
    )
    return root, report


def _marked(names: list[str], known: dict[str, str]) -> list[object]:
    return [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=known[name]))
        if name in known
        else name
        for name in names
    ]


@pytest.mark.parametrize(
    "package", _marked([project.name for project in PROJECTS], KNOWN_PACKAGE_DEFECTS)
)
def test_generated_package_passes_mypy_strict(
    mypy_errors: dict[str, list[str]], package: str
) -> None:
    assert not mypy_errors.get(package), "\n".join(mypy_errors[package])


@pytest.mark.parametrize(
    "package", _marked([project.name for project in PROJECTS], KNOWN_PACKAGE_DEFECTS)
)
def test_generated_package_passes_pyright_strict(
    pyright_report: tuple[Path, Report], package: str
) -> None:
    root, report = pyright_report
    errors = report.errors_in(root / package)
    assert errors == [], "\n".join(map(str, errors))


@pytest.mark.parametrize(
    "snippet", _marked([snippet.stem for snippet in SNIPPETS], KNOWN_SNIPPET_DEFECTS)
)
def test_usage_snippet_type_checks(mypy_errors: dict[str, list[str]], snippet: str) -> None:
    assert not mypy_errors.get(snippet), "\n".join(mypy_errors[snippet])


def test_mypy_errors_all_belong_to_a_target(mypy_errors: dict[str, list[str]]) -> None:
    assert "?" not in mypy_errors, "\n".join(mypy_errors["?"])
