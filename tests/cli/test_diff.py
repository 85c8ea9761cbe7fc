"""`clientgen diff` as a pipeline meets it: the report, its exit codes and git revisions."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.cli.test_cli import GOOD_SPEC, clientgen

# GOOD_SPEC's Pet read from GET /pets/{petId}; these edit it as a spec author would.
FIELD_REMOVED = GOOD_SPEC.replace(
    "        name: {type: string}\n", "        nickname: {type: string}\n"
)
ARGUMENT_ADDED = GOOD_SPEC.replace(
    "        - {name: petId, in: path, required: true, schema: {type: string}}\n",
    "        - {name: petId, in: path, required: true, schema: {type: string}}\n"
    "        - {name: fields, in: query, schema: {type: string}}\n",
)


@pytest.fixture
def specs(tmp_path: Path) -> Path:
    (tmp_path / "old.yaml").write_text(GOOD_SPEC)
    (tmp_path / "removed.yaml").write_text(FIELD_REMOVED)
    (tmp_path / "added.yaml").write_text(ARGUMENT_ADDED)
    return tmp_path


def test_a_breaking_change_exits_1_and_names_the_symbol_and_pointer(specs: Path) -> None:
    result = clientgen("diff", "old.yaml", "removed.yaml", cwd=specs)
    assert result.returncode == 1, result.stderr
    breaking, compatible = result.stdout.split("compatible")
    assert "models.Pet.name" in breaking
    assert "#/components/schemas/Pet/properties/name" in breaking
    assert "models.Pet.nickname" in compatible
    assert "required bump: major" in result.stdout


def test_a_compatible_change_passes_unless_allow_is_lower(specs: Path) -> None:
    assert clientgen("diff", "old.yaml", "added.yaml", cwd=specs).returncode == 0
    assert (
        clientgen("diff", "old.yaml", "added.yaml", "--allow", "patch", cwd=specs).returncode == 1
    )
    assert (
        clientgen("diff", "old.yaml", "removed.yaml", "--allow", "major", cwd=specs).returncode == 0
    )


def test_json_format_for_machines(specs: Path) -> None:
    result = clientgen("diff", "old.yaml", "added.yaml", "--format", "json", cwd=specs)
    report = json.loads(result.stdout)
    assert (report["bump"], report["ok"]) == ("minor", True)
    assert [(c["symbol"], c["breaking"], c["pointer"]) for c in report["changes"]] == [
        ("client.pets.get(fields=)", False, "#/paths/~1pets~1{petId}/get/parameters/1")
    ]


def test_several_sources_a_side(specs: Path) -> None:
    """--old / --new take a set of sources, merged as `generate` merges them."""
    result = clientgen("diff", "--old", "old.yaml", "--new", "added.yaml", cwd=specs)
    assert result.returncode == 0, result.stderr
    assert "client.pets.get(fields=)" in result.stdout


def test_bad_input_exits_2_without_a_traceback(specs: Path) -> None:
    (specs / "broken.yaml").write_text(
        GOOD_SPEC.replace("#/components/schemas/Pet", "#/components/schemas/Missing")
    )
    result = clientgen("diff", "old.yaml", "broken.yaml", cwd=specs)
    assert result.returncode == 2
    assert "#/components/schemas/Missing" in result.stderr
    assert "Traceback" not in result.stderr
    assert clientgen("diff", "old.yaml", cwd=specs).returncode == 2


CONFIG = "clients:\n  pets:\n    sources: [pets/openapi.yaml]\n"
# The model lives in a file of its own, so the revision must bring the files refs read too.
REFERRING = GOOD_SPEC.split("components:")[0].replace("'#/components/schemas/Pet'", "'pet.yaml'")
PET = "type: object\nproperties:\n  name: {type: string}\n"


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "specs" / "pets").mkdir(parents=True)
    (tmp_path / "specs" / "clients.yaml").write_text(CONFIG)
    (tmp_path / "specs" / "pets" / "openapi.yaml").write_text(REFERRING)
    (tmp_path / "specs" / "pets" / "pet.yaml").write_text(PET)
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "v1")
    git(tmp_path, "tag", "v1")
    return tmp_path


def test_from_compares_a_revision_with_the_working_tree(repo: Path) -> None:
    assert clientgen("diff", "--client", "pets", "--from", "v1", cwd=repo).returncode == 0
    (repo / "specs" / "pets" / "pet.yaml").write_text(PET.replace("name:", "nickname:"))
    result = clientgen("diff", "--client", "pets", "--from", "v1", cwd=repo)
    assert result.returncode == 1, result.stderr
    assert "models.Pet.name" in result.stdout


def test_from_an_unknown_revision_or_client_is_bad_input(repo: Path) -> None:
    unknown_revision = clientgen("diff", "--client", "pets", "--from", "v9", cwd=repo)
    assert unknown_revision.returncode == 2
    assert "v9" in unknown_revision.stderr
    unknown_client = clientgen("diff", "--client", "cats", "--from", "v1", cwd=repo)
    assert unknown_client.returncode == 2
    assert "cats" in unknown_client.stderr
