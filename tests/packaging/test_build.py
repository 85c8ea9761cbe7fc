"""Every client project builds a wheel and an sdist that pass `twine check` and hold the package."""

from __future__ import annotations

import re
import sys
import tarfile
import zipfile
from email.message import Message
from email.parser import HeaderParser
from pathlib import Path

import pytest

from .commands import run_ok
from .conftest import Dists
from .projects import NOT_SOURCE, PROJECTS, SEED_CONTRACTS, ClientProject

pytestmark = pytest.mark.slow


def package_files(project: ClientProject) -> set[str]:
    """The files of the project's import package, as `<package>/<relative path>` (no caches)."""
    root = project.path / project.package
    ignored = {name for name in NOT_SOURCE if not name.startswith("*")}
    return {
        f"{project.package}/{path.relative_to(root).as_posix()}"
        for path in root.rglob("*")
        if path.is_file()
        and path.suffix != ".pyc"
        and not ignored.intersection(path.relative_to(root).parts)
    }


def wheel_metadata(wheel: Path) -> tuple[list[str], Message]:
    """The wheel's file names and its parsed METADATA."""
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        [metadata_name] = [name for name in names if name.endswith(".dist-info/METADATA")]
        metadata = HeaderParser().parsestr(archive.read(metadata_name).decode("utf-8"))
    return names, metadata


def test_the_seed_clients_are_found() -> None:
    folders = {project.folder for project in PROJECTS}
    assert set(SEED_CONTRACTS) <= folders, f"found {sorted(folders)}"
    for project in PROJECTS:
        if project.folder in SEED_CONTRACTS:
            assert project.package == project.folder


def test_dist_names_match_the_project(project: ClientProject, dists: Dists) -> None:
    stem = f"{project.normalized_distribution}-{project.version}"
    assert dists.wheel.name.startswith(f"{stem}-"), dists.wheel.name
    assert dists.wheel.name.endswith("-py3-none-any.whl"), "a pure-Python wheel for any Python 3"
    assert dists.sdist.name == f"{stem}.tar.gz"


def test_twine_check_passes(dists: Dists) -> None:
    run_ok([sys.executable, "-m", "twine", "check", "--strict", dists.wheel, dists.sdist])


def test_wheel_holds_the_package_and_py_typed(project: ClientProject, dists: Dists) -> None:
    names, _ = wheel_metadata(dists.wheel)
    in_wheel = {name for name in names if name.startswith(f"{project.package}/")}
    assert f"{project.package}/py.typed" in in_wheel
    expected = package_files(project)
    assert expected - in_wheel == set(), "package files missing from the wheel"
    assert in_wheel - expected == set(), "files in the wheel that are not in the package"
    top_level = {name.split("/")[0] for name in names}
    dist_info = f"{project.normalized_distribution}-{project.version}.dist-info"
    assert top_level == {project.package, dist_info}, "nothing but the package and its dist-info"


def test_wheel_metadata(project: ClientProject, dists: Dists) -> None:
    _, metadata = wheel_metadata(dists.wheel)
    assert metadata["Name"] == project.distribution
    assert metadata["Version"] == project.version
    assert metadata["Requires-Python"] == project.requires_python
    required = {
        re.split(r"[^A-Za-z0-9._-]", requirement, maxsplit=1)[0].lower()
        for requirement in metadata.get_all("Requires-Dist") or []
    }
    assert {"httpx", "pydantic"} <= required
    # The README is the long description, rendered as Markdown on PyPI.
    assert (metadata["Description-Content-Type"] or "").startswith("text/markdown")
    description = metadata.get_payload()
    assert isinstance(description, str)
    readme = (project.path / "README.md").read_text(encoding="utf-8")
    assert description.strip() == readme.strip()


def test_sdist_holds_the_project(project: ClientProject, dists: Dists) -> None:
    top = f"{project.normalized_distribution}-{project.version}"
    with tarfile.open(dists.sdist) as archive:
        names = {member.name for member in archive.getmembers() if member.isfile()}
    expected = {f"{top}/{name}" for name in ("pyproject.toml", "README.md", "PKG-INFO")}
    expected |= {f"{top}/{name}" for name in package_files(project)}
    assert expected - names == set(), "files missing from the sdist"


def test_build_emits_no_deprecation_warning(dists: Dists) -> None:
    warnings = [line for line in dists.build_log.splitlines() if "deprecat" in line.lower()]
    assert warnings == [], dists.build_log
