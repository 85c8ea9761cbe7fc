"""`--output` as users aim it: at their own folders, which clientgen must leave as it found them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_cli import GOOD_SPEC

ROOT = Path(__file__).resolve().parents[2]


def clientgen(*args: str, cwd: Path, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        **({"HOME": str(home), "XDG_CACHE_HOME": str(cwd.parent / "cache")} if home else {}),
    }
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A user's folder: their spec and a notes file."""
    (tmp_path / "openapi.yaml").write_text(GOOD_SPEC)
    (tmp_path / "notes.txt").write_text("my notes\n")
    return tmp_path


def test_output_dot_is_refused_naming_the_files_and_changes_nothing(project: Path) -> None:
    before = snapshot(project)
    result = clientgen("generate", "openapi.yaml", "--output", ".", cwd=project)
    assert result.returncode == 2, result.stderr
    assert (
        "notes.txt" in result.stderr
        and "openapi.yaml" in result.stderr
        and "--overwrite" in result.stderr
    )
    assert "Traceback" not in result.stderr
    assert snapshot(project) == before


def test_output_at_the_folder_holding_the_spec_is_refused(project: Path) -> None:
    before = snapshot(project)
    result = clientgen(
        "generate", str(project / "openapi.yaml"), "--output", str(project), cwd=project.parent
    )
    assert result.returncode == 2
    assert snapshot(project) == before


def test_overwrite_generates_into_the_current_folder_and_keeps_the_users_files(
    project: Path,
) -> None:
    result = clientgen("generate", "openapi.yaml", "--output", ".", "--overwrite", cwd=project)
    assert result.returncode == 0, result.stderr
    assert (project / "notes.txt").read_text() == "my notes\n"
    assert (project / "openapi.yaml").read_text() == GOOD_SPEC
    assert (project / "pets_client" / "_client.py").is_file()
    again = clientgen("generate", "openapi.yaml", "--output", ".", "--overwrite", cwd=project)
    assert again.returncode == 0, again.stderr
    assert (project / "notes.txt").read_text() == "my notes\n"


def test_the_home_folder_is_refused_even_with_overwrite(project: Path) -> None:
    before = snapshot(project)
    result = clientgen(
        "generate",
        "openapi.yaml",
        "--output",
        str(project),
        "--overwrite",
        cwd=project,
        home=project,
    )
    assert result.returncode == 2
    assert "home folder" in result.stderr
    assert snapshot(project) == before


def test_output_naming_a_file_is_refused_and_the_file_stays(project: Path) -> None:
    result = clientgen("generate", "openapi.yaml", "--output", "notes.txt", cwd=project)
    assert result.returncode == 2
    assert "is a file" in result.stderr
    assert (project / "notes.txt").read_text() == "my notes\n"


def test_user_tool_output_beside_a_generated_package_survives_and_check_passes(
    repository: Path,
) -> None:
    package = repository / "generated" / "uponai_client"
    additions = {
        ".git/HEAD": "ref: refs/heads/main\n",
        "build/lib/x.py": "x\n",
        "dist/x.whl": "w",
        "uponai_client.egg-info/PKG-INFO": "p\n",
        ".venv/pyvenv.cfg": "v\n",
    }
    for path, text in additions.items():
        (package / path).parent.mkdir(parents=True, exist_ok=True)
        (package / path).write_text(text)
    assert clientgen("check", cwd=repository).returncode == 0
    assert clientgen("generate", cwd=repository).returncode == 0
    assert {path: (package / path).read_text() for path in additions} == additions
    result = clientgen("check", cwd=repository)
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_names_the_versions_that_wrote_stale_files(repository: Path) -> None:
    package = repository / "generated" / "osvi_client"
    manifest_path = package / ".clientgen-manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest.update(clientgen="0.0.9", black="24")
    manifest_path.write_text(json.dumps(manifest))
    models = package / "osvi_client" / "models.py"
    models.write_text(models.read_text().replace("class ", "class  ", 1))
    result = clientgen("check", cwd=repository)
    assert result.returncode == 1
    assert "written by clientgen 0.0.9 with black 24.x" in result.stdout
    assert "this is clientgen" in result.stdout


def test_check_passes_when_only_the_writer_versions_differ(repository: Path) -> None:
    manifest_path = repository / "generated" / "osvi_client" / ".clientgen-manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest.update(clientgen="0.0.9")
    manifest_path.write_text(json.dumps(manifest))
    result = clientgen("check", cwd=repository)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "package", ["../evil", "/abs/pkg", "a/b", "x y", "1abc", "class", "httpx", "json", "build"]
)
def test_a_package_name_that_cannot_be_imported_or_escapes_the_output_is_refused(
    project: Path, package: str
) -> None:
    before = snapshot(project.parent)
    result = clientgen(
        "generate", "openapi.yaml", "--output", "out", "--package", package, cwd=project
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert "--package" in result.stderr and repr(package) in result.stderr
    assert snapshot(project.parent) == before


@pytest.mark.parametrize("key", ["/abs/x", "../up", "with space"])
def test_a_client_key_whose_default_package_is_not_a_name_is_refused(
    tmp_path: Path, key: str
) -> None:
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "api.yaml").write_text(GOOD_SPEC)
    (tmp_path / "specs" / "clients.yaml").write_text(
        json.dumps({"clients": {key: {"sources": ["api.yaml"]}}})
    )
    result = clientgen("generate", cwd=tmp_path)
    assert result.returncode == 2
    assert "set `package:`" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["specs"]


def test_check_does_not_follow_a_symbolic_link_in_generated(
    repository: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "credentials.txt").write_text("TOP-SECRET-VALUE\n")
    shutil.rmtree(repository / "generated" / "osvi_client")
    (repository / "generated" / "osvi_client").symlink_to(secret)
    result = clientgen("check", cwd=repository)
    assert result.returncode == 1
    assert "symbolic link" in result.stdout
    assert "TOP-SECRET-VALUE" not in result.stdout + result.stderr
