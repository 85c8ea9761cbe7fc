"""The command line as a user meets it: exit codes, messages, and files left behind."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

GOOD_SPEC = """\
openapi: 3.1.0
info: {title: Pets API, version: 1.0.0}
servers: [{url: https://pets.example.com}]
paths:
  /pets/{petId}:
    get:
      operationId: getPet
      parameters:
        - {name: petId, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: A pet.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
components:
  schemas:
    Pet:
      type: object
      properties:
        name: {type: string}
"""
BROKEN_SPEC = GOOD_SPEC.replace(
    "$ref: '#/components/schemas/Pet'", "$ref: '#/components/schemas/Missing'"
)


def clientgen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def specs(tmp_path: Path) -> Path:
    (tmp_path / "good.yaml").write_text(GOOD_SPEC)
    (tmp_path / "broken.yaml").write_text(BROKEN_SPEC)
    return tmp_path


def test_generate_from_sources_derives_names_from_the_spec(specs: Path) -> None:
    result = clientgen("generate", "good.yaml", "--output", "out", cwd=specs)
    assert result.returncode == 0, result.stderr
    assert (specs / "out" / "pets_client" / "__init__.py").is_file()
    assert (
        "class PetsClient(SyncAPIClient)"
        in (specs / "out" / "pets_client" / "_client.py").read_text()
    )
    assert (specs / "out" / "pyproject.toml").is_file()


def test_bad_input_is_one_readable_message_with_exit_code_2(specs: Path) -> None:
    result = clientgen("generate", "broken.yaml", "--output", "out", cwd=specs)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "broken.yaml" in result.stderr
    assert "#/components/schemas/Missing" in result.stderr


def test_a_failed_generation_leaves_the_previous_package_untouched(specs: Path) -> None:
    assert (
        clientgen(
            "generate", "good.yaml", "--output", "out", "--package", "pets", cwd=specs
        ).returncode
        == 0
    )
    before = {p: p.read_bytes() for p in (specs / "out").rglob("*") if p.is_file()}
    result = clientgen("generate", "broken.yaml", "--output", "out", "--package", "pets", cwd=specs)
    assert result.returncode == 2
    after = {p: p.read_bytes() for p in (specs / "out").rglob("*") if p.is_file()}
    assert after == before
    assert [p.name for p in specs.iterdir() if p.name.startswith(".")] == []


def test_missing_source_file_is_bad_input(specs: Path) -> None:
    result = clientgen("generate", "nowhere.yaml", "--output", "out", cwd=specs)
    assert result.returncode == 2
    assert "nowhere.yaml" in result.stderr
    assert not (specs / "out").exists()


def test_validate_reports_the_pointer_and_fails(specs: Path) -> None:
    result = clientgen("validate", "broken.yaml", cwd=specs)
    assert result.returncode == 2
    assert "broken.yaml" in result.stderr and "Missing" in result.stderr


def test_validate_accepts_a_good_document(specs: Path) -> None:
    result = clientgen("validate", "good.yaml", cwd=specs)
    assert result.returncode == 0, result.stderr
    assert "0 errors" in result.stderr


def test_generate_needs_output_with_sources(specs: Path) -> None:
    result = clientgen("generate", "good.yaml", cwd=specs)
    assert result.returncode == 2
    assert "--output" in result.stderr


def test_check_without_configuration_explains_what_is_missing(tmp_path: Path) -> None:
    result = clientgen("check", "--specs", "nothing", cwd=tmp_path)
    assert result.returncode == 2
    assert "clients.yaml" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", ["generate", "check", "validate"])
def test_every_command_has_help(command: str, tmp_path: Path) -> None:
    result = clientgen(command, "--help", cwd=tmp_path)
    assert result.returncode == 0
    assert "Usage:" in result.stdout and len(result.stdout.splitlines()) > 5


def test_validate_reports_what_generate_would_warn_about(tmp_path: Path) -> None:
    """A problem found while building the client is not only `generate`'s to tell."""
    spec = GOOD_SPEC.replace(
        "        - {name: petId, in: path, required: true, schema: {type: string}}",
        "        - {name: petId, in: path, required: true, schema: {type: string}}\n"
        "        - {name: 'header param', in: header, schema: {type: string}}",
    )
    (tmp_path / "api.yaml").write_text(spec)
    validated = clientgen("validate", "api.yaml", cwd=tmp_path)
    generated = clientgen("generate", "api.yaml", "--output", "out", cwd=tmp_path)
    assert validated.returncode == 0 and generated.returncode == 0
    warning = (
        "api.yaml#/paths/~1pets~1{petId}/get/parameters/1: warning: header parameter 'header param'"
    )
    assert warning in validated.stderr and warning in generated.stderr
