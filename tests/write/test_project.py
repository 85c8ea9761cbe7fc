"""The write phase on its own: clientgen changes only the files it wrote, says why it refuses."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from generator.diagnostics import DiagnosticError
from generator.write import diff_project, write_project
from generator.write.manifest import MANIFEST_NAME, STAGING_PREFIX, Manifest, digest
from generator.write.project import interrupted, recover

FIRST = {
    "README.md": "# Pets\n",
    "pyproject.toml": "[project]\n",
    "pets/__init__.py": "A = 1\n",
    "pets/old.py": "B = 2\n",
}
SECOND = {
    "README.md": "# Pets v2\n",
    "pyproject.toml": "[project]\n",
    "pets/__init__.py": "A = 2\n",
    "pets/new/mod.py": "C = 3\n",
}


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def generated(folder: Path) -> dict[str, str]:
    return {
        path: text
        for path, text in ((k, v.decode()) for k, v in snapshot(folder).items())
        if path != MANIFEST_NAME
    }


def test_a_new_folder_gets_the_files_and_a_manifest_of_their_hashes(tmp_path: Path) -> None:
    target = tmp_path / "out"
    assert write_project(target, FIRST).changes_anything
    assert generated(target) == FIRST
    manifest = json.loads((target / MANIFEST_NAME).read_text())
    assert sorted(manifest["files"]) == sorted(FIRST)
    assert manifest["clientgen"] and manifest["black"]


def test_regenerating_replaces_and_removes_only_what_it_wrote(tmp_path: Path) -> None:
    target = tmp_path / "out"
    write_project(target, FIRST)
    write_project(target, SECOND)
    assert generated(target) == SECOND
    assert not (target / "pets" / "old.py").exists()
    assert not write_project(target, SECOND).changes_anything, (
        "nothing changed, so nothing is written"
    )


def test_a_folder_emptied_of_generated_files_goes_away(tmp_path: Path) -> None:
    target = tmp_path / "out"
    write_project(target, SECOND)
    write_project(target, FIRST)
    assert not (target / "pets" / "new").exists()


@pytest.mark.parametrize(
    "artifact",
    [
        ".git/config",
        "build/lib/pets/__init__.py",
        "dist/pets-1.0.tar.gz",
        "pets.egg-info/PKG-INFO",
        ".venv/pyvenv.cfg",
        "pets/__pycache__/x.pyc",
    ],
)
def test_tool_output_beside_the_package_survives_and_is_not_compared(
    tmp_path: Path, artifact: str
) -> None:
    target = tmp_path / "out"
    write_project(target, FIRST)
    (target / artifact).parent.mkdir(parents=True, exist_ok=True)
    (target / artifact).write_text("user's")
    assert diff_project(target, FIRST, "out") == []
    write_project(target, SECOND)
    assert (target / artifact).read_text() == "user's"
    assert diff_project(target, SECOND, "out") == []


def test_a_folder_with_foreign_files_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    (tmp_path / "openapi.yaml").write_text("openapi: 3.1.0\n")
    (tmp_path / "notes.txt").write_text("mine")
    before = snapshot(tmp_path)
    with pytest.raises(DiagnosticError) as refused:
        write_project(tmp_path, FIRST)
    message = str(refused.value)
    assert "notes.txt" in message and "openapi.yaml" in message and "--overwrite" in message
    assert snapshot(tmp_path) == before


def test_overwrite_generates_beside_foreign_files_and_keeps_them(tmp_path: Path) -> None:
    (tmp_path / "openapi.yaml").write_text("openapi: 3.1.0\n")
    (tmp_path / "notes.txt").write_text("mine")
    write_project(tmp_path, FIRST, overwrite=True)
    write_project(tmp_path, SECOND, overwrite=True)
    assert (tmp_path / "notes.txt").read_text() == "mine"
    assert (tmp_path / "openapi.yaml").read_text() == "openapi: 3.1.0\n"
    assert generated(tmp_path) == {
        **SECOND,
        "notes.txt": "mine",
        "openapi.yaml": "openapi: 3.1.0\n",
    }


def test_a_foreign_file_where_a_generated_one_goes_is_never_overwritten(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("my own readme")
    before = snapshot(tmp_path)
    for overwrite in (False, True):
        with pytest.raises(DiagnosticError, match="would replace README.md"):
            write_project(tmp_path, FIRST, overwrite=overwrite)
        assert snapshot(tmp_path) == before


def test_a_file_an_older_clientgen_wrote_identically_is_adopted(tmp_path: Path) -> None:
    for path, text in FIRST.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text)
    assert write_project(tmp_path, FIRST).writes == {}, "only the manifest is new"
    assert generated(tmp_path) == FIRST


def test_a_generated_file_edited_by_hand_is_replaced_and_reported(tmp_path: Path) -> None:
    target = tmp_path / "out"
    write_project(target, FIRST)
    (target / "pets" / "__init__.py").write_text("A = 'edited'\n")
    assert write_project(target, SECOND).edited == ["pets/__init__.py"]
    assert generated(target) == SECOND


def test_a_refused_new_folder_is_not_left_behind(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(DiagnosticError, match="is a file"):
        write_project(tmp_path / "file", FIRST)
    assert (tmp_path / "file").read_text() == "x"


def test_a_symbolic_link_as_output_is_refused(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "keep.txt").write_text("x")
    (tmp_path / "link").symlink_to(tmp_path / "real")
    with pytest.raises(DiagnosticError, match="symbolic link"):
        write_project(tmp_path / "link", FIRST, overwrite=True)
    assert snapshot(tmp_path / "real") == {"keep.txt": b"x"}


def test_a_link_inside_the_folder_is_never_written_through(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = tmp_path / "out"
    target.mkdir()
    (target / "pets").symlink_to(elsewhere)
    with pytest.raises(DiagnosticError, match="would replace pets/__init__.py"):
        write_project(target, FIRST, overwrite=True)
    assert list(elsewhere.iterdir()) == []


def test_the_home_folder_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    with pytest.raises(DiagnosticError, match="home folder"):
        write_project(tmp_path, FIRST, overwrite=True)
    assert list(tmp_path.iterdir()) == []


def test_staging_left_by_a_run_killed_before_its_commit_point_is_removed(tmp_path: Path) -> None:
    target = tmp_path / "out"
    write_project(target, FIRST)
    stray = target / f"{STAGING_PREFIX}123-abc"
    (stray / "files" / "pets").mkdir(parents=True)
    (stray / "files" / "pets" / "__init__.py").write_text("half")
    assert diff_project(target, FIRST, "out") == [], "an uncommitted write changed nothing"
    write_project(target, FIRST)
    assert not stray.exists()
    assert generated(target) == FIRST


def test_a_committed_write_that_was_interrupted_is_finished_by_the_next_run(tmp_path: Path) -> None:
    target = tmp_path / "out"
    write_project(target, FIRST)
    # What a run killed right after its commit point leaves: the staging folder with its journal.
    staging = target / f"{STAGING_PREFIX}456-def"
    for path, text in SECOND.items():
        (staging / "files" / path).parent.mkdir(parents=True, exist_ok=True)
        (staging / "files" / path).write_text(text)
    (staging / "manifest.json").write_text(
        Manifest.of({k: digest(v.encode()) for k, v in SECOND.items()}).text()
    )
    (staging / "journal.json").write_text(
        json.dumps({"removals": {"pets/old.py": digest(FIRST["pets/old.py"].encode())}})
    )
    assert interrupted(target)
    assert any("interrupted" in line for line in diff_project(target, SECOND, "out"))
    recover(target)
    assert generated(target) == SECOND
    assert not staging.exists()


def test_folders_created_for_a_write_that_fails_are_removed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(descriptor: int, data: bytes) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", full_disk)
    with pytest.raises(OSError, match="No space"):
        write_project(tmp_path / "a" / "b" / "out", FIRST)
    assert list(tmp_path.iterdir()) == []
