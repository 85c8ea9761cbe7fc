"""Expensive setup, done once per session and shared by every packaging test.

- `project` / `seed_project`: each client project under generated/ (each seed client).
- `sources`: a clean copy of the projects (no caches or build output) that the tools work on,
  so nothing is written into the repository and a file being regenerated meanwhile is not
  half-read.
- `builds` / `dists`: wheel and sdist of every project, made by `python -m build --no-isolation`
  in one build venv that holds the build requirements the projects declare (one pip install
  instead of two isolated environments per project; `build` still checks the requirements).
- `clients_python`: the interpreter of one fresh venv with every wheel installed; pip fetches
  the clients' dependencies (httpx, pydantic) from PyPI.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from .commands import create_venv, describe, run
from .projects import NOT_SOURCE, PROJECTS, SEED_CONTRACTS, ClientProject, SeedContract


@pytest.fixture(params=PROJECTS, ids=[project.folder for project in PROJECTS])
def project(request: pytest.FixtureRequest) -> ClientProject:
    """Each client project found under generated/."""
    found: ClientProject = request.param
    return found


@pytest.fixture(params=sorted(SEED_CONTRACTS))
def seed_project(request: pytest.FixtureRequest) -> tuple[ClientProject, SeedContract]:
    """Each seed client's project with its contract; fails when the project is missing."""
    folder: str = request.param
    by_folder = {found.folder: found for found in PROJECTS}
    assert folder in by_folder, f"seed client generated/{folder} is missing"
    return by_folder[folder], SEED_CONTRACTS[folder]


@pytest.fixture(scope="session")
def sources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding a clean copy of every client project, by folder name."""
    root = tmp_path_factory.mktemp("projects")
    for found in PROJECTS:
        shutil.copytree(found.path, root / found.folder, ignore=shutil.ignore_patterns(*NOT_SOURCE))
    return root


@dataclass(frozen=True)
class Build:
    """What `python -m build` made of one project."""

    result: subprocess.CompletedProcess[str]
    wheels: list[Path]
    sdists: list[Path]

    @property
    def log(self) -> str:
        return self.result.stdout + self.result.stderr


@dataclass(frozen=True)
class Dists:
    """The wheel and the sdist of one project."""

    wheel: Path
    sdist: Path
    build_log: str


@pytest.fixture(scope="session")
def builds(sources: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Build]:
    """Every project built into a wheel and an sdist (the wheel made from the sdist), by folder."""
    requirements = sorted(
        {requirement for found in PROJECTS for requirement in found.build_requires}
    )
    build_python = create_venv(tmp_path_factory.mktemp("build-venv"), "build", *requirements)
    out_root = tmp_path_factory.mktemp("dist")
    made: dict[str, Build] = {}
    for found in PROJECTS:
        out = out_root / found.folder
        result = run(
            [
                build_python,
                "-m",
                "build",
                "--no-isolation",
                "--outdir",
                out,
                sources / found.folder,
            ],
            timeout=600,
        )
        made[found.folder] = Build(
            result=result,
            wheels=sorted(out.glob("*.whl")),
            sdists=sorted(out.glob("*.tar.gz")),
        )
    return made


@pytest.fixture
def dists(project: ClientProject, builds: dict[str, Build]) -> Dists:
    """The wheel and sdist of `project`; fails with the build's output if it did not build."""
    build = builds[project.folder]
    assert build.result.returncode == 0, describe(build.result)
    assert len(build.wheels) == 1 and len(build.sdists) == 1, (
        f"expected one wheel and one sdist, got {build.wheels + build.sdists}\n{build.log}"
    )
    return Dists(wheel=build.wheels[0], sdist=build.sdists[0], build_log=build.log)


@pytest.fixture(scope="session")
def clients_python(builds: dict[str, Build], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The interpreter of one fresh venv where every wheel that built is installed."""
    wheels = [wheel for build in builds.values() for wheel in build.wheels]
    return create_venv(tmp_path_factory.mktemp("clients-venv"), *wheels)
