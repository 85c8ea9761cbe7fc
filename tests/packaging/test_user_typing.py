"""A user's code type-checks against the installed wheels, and misuse of the API does not.

The snippets of user_code.py are checked in a folder that holds nothing else, with the
interpreter of the clients venv: the packages are found there, typed through their py.typed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .projects import SEED_CONTRACTS, ClientProject, SeedContract
from .typecheckers import Report, run_mypy, run_pyright
from .user_code import INVALID, VALID, error_lines

pytestmark = pytest.mark.slow


def test_every_seed_client_has_snippets() -> None:
    assert set(VALID) == set(INVALID) == set(SEED_CONTRACTS)


@pytest.fixture(scope="session")
def user_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with each snippet as `valid_<package>.py` / `invalid_<package>.py`."""
    root = tmp_path_factory.mktemp("user-code")
    for package, source in VALID.items():
        (root / f"valid_{package}.py").write_text(source, encoding="utf-8")
    for package, source in INVALID.items():
        (root / f"invalid_{package}.py").write_text(source, encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def user_mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("user-mypy-cache")


@pytest.fixture(scope="session")
def user_pyright_report(user_root: Path, clients_python: Path) -> Report:
    """One pyright run (strict) over every snippet."""
    return run_pyright(
        user_root, sorted(path.name for path in user_root.glob("*.py")), python=clients_python
    )


def _mypy(snippet: Path, python: Path, cache: Path) -> Report:
    return run_mypy([snippet.name], cwd=snippet.parent, cache_dir=cache, python_executable=python)


def test_valid_user_code_passes_mypy(
    seed_project: tuple[ClientProject, SeedContract],
    user_root: Path,
    clients_python: Path,
    user_mypy_cache: Path,
) -> None:
    project, _ = seed_project
    report = _mypy(user_root / f"valid_{project.package}.py", clients_python, user_mypy_cache)
    assert report.result.returncode == 0, report.explain()


def test_invalid_user_code_fails_mypy(
    seed_project: tuple[ClientProject, SeedContract],
    user_root: Path,
    clients_python: Path,
    user_mypy_cache: Path,
) -> None:
    project, _ = seed_project
    snippet = user_root / f"invalid_{project.package}.py"
    report = _mypy(snippet, clients_python, user_mypy_cache)
    assert report.result.returncode == 1, report.explain()
    found = {error.line for error in report.errors_in(snippet)}
    assert found == error_lines(INVALID[project.package]), report.explain()


def test_valid_user_code_passes_pyright(
    seed_project: tuple[ClientProject, SeedContract], user_root: Path, user_pyright_report: Report
) -> None:
    project, _ = seed_project
    errors = user_pyright_report.errors_in(user_root / f"valid_{project.package}.py")
    assert errors == [], "\n".join(map(str, errors))


def test_invalid_user_code_fails_pyright(
    seed_project: tuple[ClientProject, SeedContract], user_root: Path, user_pyright_report: Report
) -> None:
    project, _ = seed_project
    snippet = user_root / f"invalid_{project.package}.py"
    found = user_pyright_report.errors_in(snippet)
    lines = {error.line for error in found}
    assert lines == error_lines(INVALID[project.package]), "\n".join(map(str, found))
