"""`version: auto` as a publisher meets it: `clientgen generate` bumps the version by the API
change since the committed generation and writes the changelog; `check` passes afterwards."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from pathlib import Path

from tests.cli.test_cli import GOOD_SPEC
from tests.cli.test_diff import ARGUMENT_ADDED, FIELD_REMOVED

# SOURCE_DATE_EPOCH fixes the changelog's dates, as a reproducible build would.
DAY_ONE, DAY_TWO = "1767225600", "1767312000"  # 2026-01-01, 2026-01-02 (UTC)


def clientgen(*args: str, cwd: Path, day: str = DAY_ONE) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": day}
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def generate(repo: Path, spec: str, day: str = DAY_ONE, *, check: bool = True) -> Path:
    """Generate the pets client from `spec`; check that `check` passes on the result."""
    (repo / "specs" / "pets.yaml").write_text(spec)
    result = clientgen("generate", cwd=repo, day=day)
    assert result.returncode == 0, result.stderr
    if check:
        checked = clientgen("check", cwd=repo, day=DAY_TWO)
        assert checked.returncode == 0, checked.stdout + checked.stderr
    return repo / "generated" / "pets_client"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def version_of(project: Path) -> str:
    return (project / "pets_client" / "_version.py").read_text().split('"')[1]


def test_a_first_generation_takes_info_version_and_starts_the_changelog(pets: Path) -> None:
    project = generate(pets, GOOD_SPEC)
    assert version_of(project) == "1.0.0"
    assert 'version = "1.0.0"' in (project / "pyproject.toml").read_text()
    changelog = (project / "CHANGELOG.md").read_text()
    assert changelog.startswith("# Changelog\n")
    assert changelog.endswith("## 1.0.0 (2026-01-01)\n\nFirst release.\n")
    assert "[CHANGELOG.md](CHANGELOG.md)" in (project / "README.md").read_text()


def test_without_a_pep440_info_version_the_first_release_is_0_1_0(pets: Path) -> None:
    project = generate(pets, GOOD_SPEC.replace("version: 1.0.0", "version: 'v1 (beta)'"))
    assert version_of(project) == "0.1.0"


def test_no_api_change_is_byte_identical_on_a_later_day(pets: Path) -> None:
    project = generate(pets, GOOD_SPEC)
    before = snapshot(project)
    generate(pets, GOOD_SPEC.replace("A pet.", "One pet, described anew."), day=DAY_TWO)
    after = snapshot(project)
    # The description is printed in the code, but the Python API is the same: no release.
    assert {path for path in before if before[path] != after[path]} <= {
        "pets_client/resources/pets.py",
        "README.md",
        ".clientgen-manifest.json",
    }
    assert version_of(project) == "1.0.0"
    assert after["CHANGELOG.md"] == before["CHANGELOG.md"]
    generate(pets, GOOD_SPEC.replace("A pet.", "One pet, described anew."), day=DAY_TWO)
    assert snapshot(project) == after


def test_a_compatible_change_is_a_minor_release_with_its_section_on_top(pets: Path) -> None:
    generate(pets, GOOD_SPEC)
    project = generate(pets, ARGUMENT_ADDED, day=DAY_TWO)
    assert version_of(project) == "1.1.0"
    changelog = (project / "CHANGELOG.md").read_text()
    newest, older = changelog.split("## 1.0.0 (2026-01-01)")
    added = "- `client.pets.get(fields=)`: optional argument `fields` added\n"
    assert f"## 1.1.0 (2026-01-02)\n\n### Compatible\n\n{added}" in newest
    assert "### Breaking" not in changelog
    assert older == "\n\nFirst release.\n"


def test_a_breaking_change_is_a_major_release_naming_the_break(pets: Path) -> None:
    generate(pets, GOOD_SPEC)
    generate(pets, ARGUMENT_ADDED)
    project = generate(pets, FIELD_REMOVED, day=DAY_TWO)
    assert version_of(project) == "2.0.0"
    changelog = (project / "CHANGELOG.md").read_text()
    section = changelog.split("## 2.0.0 (2026-01-02)\n\n")[1].split("\n## ")[0]
    breaking, compatible = section.split("### Compatible")
    assert breaking.splitlines() == [
        "### Breaking",
        "",
        "- `client.pets.get(fields=)`: argument `fields` removed",
        "- `models.Pet.name`: field `name` removed",
        "",
    ]
    assert "- `models.Pet.nickname`: optional field `nickname` added\n" in compatible
    assert [line for line in changelog.splitlines() if line.startswith("## ")] == [
        "## 2.0.0 (2026-01-02)", "## 1.1.0 (2026-01-01)", "## 1.0.0 (2026-01-01)",
    ]  # fmt: skip


def test_check_fails_until_an_api_change_is_generated(pets: Path) -> None:
    generate(pets, GOOD_SPEC)
    (pets / "specs" / "pets.yaml").write_text(ARGUMENT_ADDED)
    result = clientgen("check", cwd=pets)
    assert result.returncode == 1
    assert '+__version__ = "1.1.0"' in result.stdout
    assert "+## 1.1.0 (2026-01-01)" in result.stdout


def test_a_committed_client_switched_to_auto_continues_from_its_version(repository: Path) -> None:
    """The seeds' committed records carry their fixed version: switching to auto starts there."""
    config = repository / "specs" / "clients.yaml"
    text = config.read_text()
    osvi = text.index("  osvi:")
    config.write_text(text[:osvi] + text[osvi:].replace('version: "1.0.0"', "version: auto", 1))
    result = clientgen("generate", cwd=repository)
    assert result.returncode == 0, result.stderr
    project = repository / "generated" / "osvi_client"
    assert 'version = "1.0.0"' in (project / "pyproject.toml").read_text()
    assert "## " not in (project / "CHANGELOG.md").read_text()
    assert clientgen("check", cwd=repository).returncode == 0


def test_the_sdist_ships_the_changelog(pets: Path, tmp_path: Path) -> None:
    project = generate(pets, GOOD_SPEC)
    out = tmp_path / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "build", "--sdist", "--outdir", out, project],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (sdist,) = out.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {member.name for member in archive.getmembers()}
    assert "pets_client-1.0.0/CHANGELOG.md" in names
    assert not any(name.endswith(".clientgen-api.json") for name in names)
