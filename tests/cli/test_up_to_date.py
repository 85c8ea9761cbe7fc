"""A run that finds nothing changed says so without generating; every change to what decides
the output, or to the output on disk, makes it generate again."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import generator
from generator import installation
from generator.cli import main
from generator.config import ClientSettings, load_config
from generator.fingerprint import fresh_run

SPEC = """\
openapi: 3.0.3
info: {title: Scales, version: "1.0"}
paths:
  /weights:
    get:
      operationId: listWeights
      responses:
        "200":
          description: Weights.
          content:
            application/json:
              schema: {$ref: "shared/weight.yaml#/Weight"}
"""
WEIGHT = """\
Weight:
  type: object
  properties:
    grams: {type: number}
"""
CONFIG = """\
clients:
  scales:
    sources: [scales.yaml]
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder with a spec whose schema is in another file, run records in a cache of its own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("CLIENTGEN_NO_CACHE", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "scales.yaml").write_text(SPEC)
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "weight.yaml").write_text(WEIGHT)
    installation.identity.cache_clear()
    yield tmp_path
    installation.identity.cache_clear()


def generate(*args: str) -> Result:
    result = CliRunner().invoke(main, ["generate", *args])
    assert result.exit_code == 0, result.output
    return result


def generate_configured(project: Path) -> None:
    """The spec moved into specs/ with a clients.yaml, and `clientgen generate`."""
    (project / "specs").mkdir()
    shutil.move(project / "scales.yaml", project / "specs" / "scales.yaml")
    shutil.move(project / "shared", project / "specs" / "shared")
    (project / "specs" / "clients.yaml").write_text(CONFIG)
    generate()


def fresh(*, package: str | None = None, others_allowed: bool = False) -> bool:
    settings = ClientSettings(sources=(Path("scales.yaml"),), package=package)
    return fresh_run(settings, Path("out"), others_allowed=others_allowed) is not None


def generated_model(project: Path) -> str:
    return (project / "out" / "scales_client" / "models.py").read_text()


def test_a_second_run_finds_the_project_up_to_date_and_says_what_the_first_said(
    project: Path,
) -> None:
    first = generate("scales.yaml", "--output", "out")
    assert fresh()
    second = generate("scales.yaml", "--output", "out")
    assert first.output.replace("generated", "up to date:") == second.output
    assert second.output.startswith("up to date: scales_client (1 operations, 1 models) in out")


def test_the_warnings_of_the_first_run_are_repeated(project: Path) -> None:
    (project / "scales.yaml").write_text(
        SPEC.replace("operationId: listWeights", "operationId: listWeights\n      requestBody: {}")
    )
    first = generate("scales.yaml", "--output", "out")
    second = generate("scales.yaml", "--output", "out")
    assert "warning" in first.output
    assert first.output.replace("generated", "up to date:") == second.output


def test_a_change_to_the_source_generates_again(project: Path) -> None:
    generate("scales.yaml", "--output", "out")
    (project / "scales.yaml").write_text(
        SPEC.replace(
            "operationId: listWeights",
            "operationId: listWeights\n      summary: Every weight there is.",
        )
    )
    assert not fresh()
    generate("scales.yaml", "--output", "out")
    assert (
        "Every weight there is."
        in (project / "out" / "scales_client" / "resources" / "weights.py").read_text()
    )


def test_a_change_to_a_file_a_ref_reads_generates_again(project: Path) -> None:
    generate("scales.yaml", "--output", "out")
    (project / "shared" / "weight.yaml").write_text(WEIGHT.replace("grams", "ounces"))
    assert not fresh()
    generate("scales.yaml", "--output", "out")
    assert "ounces" in generated_model(project)


def test_a_link_on_the_way_to_a_ref_pointed_elsewhere_generates_again(project: Path) -> None:
    (project / "metric").mkdir()
    (project / "imperial").mkdir()
    shutil.move(project / "shared" / "weight.yaml", project / "metric" / "weight.yaml")
    (project / "imperial" / "weight.yaml").write_text(WEIGHT.replace("grams", "ounces"))
    (project / "shared").rmdir()
    (project / "shared").symlink_to("metric")
    generate("scales.yaml", "--output", "out")
    (project / "shared").unlink()
    (project / "shared").symlink_to("imperial")
    assert not fresh()
    generate("scales.yaml", "--output", "out")
    assert "ounces" in generated_model(project)


def test_a_file_a_ref_missed_that_appears_generates_again(project: Path) -> None:
    # A discriminator mapping to a file that is not there is dropped with a warning.
    (project / "scales.yaml").write_text(
        SPEC.replace(
            'schema: {$ref: "shared/weight.yaml#/Weight"}',
            'schema: {oneOf: [{$ref: "shared/weight.yaml#/Weight"}], '
            'discriminator: {propertyName: kind, mapping: {w: "later.yaml#/Weight"}}}',
        )
    )
    first = generate("scales.yaml", "--output", "out")
    assert "later.yaml" in first.output
    (project / "later.yaml").write_text(WEIGHT)
    assert not fresh()
    assert "later.yaml" not in generate("scales.yaml", "--output", "out").output


def test_other_options_generate_again(project: Path) -> None:
    generate("scales.yaml", "--output", "out")
    assert not fresh(package="kitchen_scales")
    assert (
        fresh_run(
            ClientSettings(sources=(Path("scales.yaml"),), allow_refs=(project / "shared",)),
            Path("out"),
            others_allowed=False,
        )
        is None
    )


def test_a_change_to_the_client_configuration_generates_again(project: Path) -> None:
    generate_configured(project)
    target = Path("generated/scales_client")
    assert fresh_run(load_config(Path("specs"))[0], target, others_allowed=False) is not None
    (project / "specs" / "clients.yaml").write_text(CONFIG + "    client_class: Kitchen\n")
    assert fresh_run(load_config(Path("specs"))[0], target, others_allowed=False) is None
    generate()
    assert "class Kitchen(" in (target / "scales_client" / "_client.py").read_text()


def test_another_clientgen_version_generates_again(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate("scales.yaml", "--output", "out")
    monkeypatch.setattr(generator, "__version__", "99.0.0")
    installation.identity.cache_clear()
    assert not fresh()


@pytest.mark.parametrize("part", ["templates", "code"])
def test_a_change_to_a_file_of_clientgen_generates_again(
    part: str, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if part == "templates":
        copy = project / "templates"
        shutil.copytree(Path(str(installation.templates_root())), copy)
        monkeypatch.setattr(installation, "templates_root", lambda: copy)
        edited = copy / "package" / "_version.py.jinja"
    else:
        copy = project / "code" / "generator"
        shutil.copytree(
            Path(generator.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__")
        )
        monkeypatch.setattr(generator, "__file__", str(copy / "__init__.py"))
        edited = copy / "ir" / "naming.py"
    generate("scales.yaml", "--output", "out")
    with edited.open("a") as file:
        file.write("\n")
    installation.identity.cache_clear()
    assert not fresh()


def test_another_installed_dependency_generates_again(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate("scales.yaml", "--output", "out")
    site = project / "site"
    (site / "black-99.1.0.dist-info").mkdir(parents=True)
    monkeypatch.setattr(sys, "path", [*sys.path, str(site)])
    installation.identity.cache_clear()
    assert not fresh()


def test_another_python_generates_again(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    generate("scales.yaml", "--output", "out")
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    installation.identity.cache_clear()
    assert not fresh()


def test_a_generated_file_edited_by_hand_is_replaced(project: Path) -> None:
    generate("scales.yaml", "--output", "out")
    models = project / "out" / "scales_client" / "models.py"
    original = models.read_text()
    status = models.stat()
    models.write_text(original.replace("grams", "grems"))  # same size
    os.utime(models, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert not fresh()
    result = generate("scales.yaml", "--output", "out")
    assert "edited by hand" in result.output
    assert models.read_text() == original


def test_a_file_touched_but_not_changed_is_still_up_to_date(project: Path) -> None:
    generate("scales.yaml", "--output", "out")
    os.utime(project / "out" / "scales_client" / "models.py", ns=(1, 1))
    assert fresh()


def test_files_added_or_removed_in_the_project_generate_again(project: Path) -> None:
    generate("scales.yaml", "--output", "out")
    notes = project / "out" / "notes.txt"
    notes.write_text("mine")
    assert not fresh()
    assert fresh(others_allowed=True)
    notes.unlink()
    (project / "out" / "scales_client" / "models.py").unlink()
    assert not fresh()
    generate("scales.yaml", "--output", "out")
    assert fresh()


def test_a_changed_manifest_or_an_interrupted_write_generates_again(project: Path) -> None:
    generate("scales.yaml", "--output", "out")
    manifest = project / "out" / ".clientgen-manifest.json"
    manifest.write_text(manifest.read_text() + " ")
    assert not fresh()
    generate("scales.yaml", "--output", "out")
    assert fresh()
    (project / "out" / ".clientgen-staging-1-x").mkdir()
    assert not fresh()


def test_no_cache_means_no_record(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTGEN_NO_CACHE", "1")
    generate("scales.yaml", "--output", "out")
    monkeypatch.delenv("CLIENTGEN_NO_CACHE")
    assert not fresh()


def test_check_is_not_fooled_by_a_record_when_a_generated_file_changed(project: Path) -> None:
    generate_configured(project)
    assert CliRunner().invoke(main, ["check"]).exit_code == 0
    models = project / "generated" / "scales_client" / "scales_client" / "models.py"
    models.write_text(models.read_text() + "# mine\n")
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 1
    assert "+# mine" not in result.output and "-# mine" in result.output
