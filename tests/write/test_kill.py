"""A run killed at any moment leaves the complete old project or the complete new one.

The first test stops a write before every single file-system change it makes, with
`os._exit` (no `finally`, no cleanup: what SIGKILL does), and looks at what is left. The second
sends real SIGKILLs to `clientgen generate` at spread-out moments.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from generator.write import write_project
from generator.write.manifest import STAGING_PREFIX
from generator.write.project import interrupted, recover
from tests.write.test_project import FIRST, SECOND, generated

ROOT = Path(__file__).resolve().parents[2]
USER_FILES = {".git/config": "[core]\n", "build/lib/pets.py": "built\n", "notes.txt": "mine\n"}

# Counts file-system changes and exits hard just before change number KILL_AT (0: never).
CHILD = textwrap.dedent(
    """
    import json, os, pathlib, sys
    from generator.write import write_project

    kill_at, target, files = int(sys.argv[1]), sys.argv[2], json.loads(sys.argv[3])
    count = 0

    def counted(function):
        def wrapper(*args, **kwargs):
            global count
            count += 1
            if count == kill_at:
                os._exit(137)
            return function(*args, **kwargs)
        return wrapper

    for name in ("open", "replace", "rename", "unlink", "rmdir", "mkdir"):
        setattr(os, name, counted(getattr(os, name)))
    for name in ("write_bytes", "write_text"):
        setattr(pathlib.Path, name, counted(getattr(pathlib.Path, name)))
    write_project(pathlib.Path(target), files, overwrite=True)
    print(count)
    """
)


def _write(kill_at: int, target: Path, files: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(kill_at), str(target), json.dumps(files)],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip


def _prepare(target: Path) -> None:
    shutil.rmtree(target, ignore_errors=True)
    write_project(target, FIRST)
    for path, text in USER_FILES.items():
        (target / path).parent.mkdir(parents=True, exist_ok=True)
        (target / path).write_text(text)


def _user_files(target: Path) -> dict[str, str]:
    return {path: (target / path).read_text() for path in USER_FILES if (target / path).is_file()}


def _package(target: Path) -> dict[str, str]:
    return {
        path: text
        for path, text in generated(target).items()
        if path not in USER_FILES and not path.startswith(STAGING_PREFIX)
    }


def test_a_write_stopped_before_any_change_leaves_old_or_new(tmp_path: Path) -> None:
    target = tmp_path / "out"
    _prepare(target)
    complete = _write(0, target, SECOND)
    assert complete.returncode == 0, complete.stderr
    changes = int(complete.stdout)
    assert changes > 10, "the write makes many changes, so this test stops it at many points"
    outcomes = set()
    for kill_at in range(1, changes + 1):
        _prepare(target)
        killed = _write(kill_at, target, SECOND)
        assert killed.returncode == 137, killed.stderr
        assert _user_files(target) == USER_FILES, f"stopped at change {kill_at}"
        left = _package(target)
        if interrupted(target):
            outcomes.add("committed, finished by the next run")
            recover(target)
            assert _package(target) == SECOND, f"stopped at change {kill_at}"
        else:
            assert left in (FIRST, SECOND), f"stopped at change {kill_at}: {sorted(left)}"
            outcomes.add("old" if left == FIRST else "new")
        recover(target)
        assert not list(target.glob(STAGING_PREFIX + "*")), f"stopped at change {kill_at}"
        assert _user_files(target) == USER_FILES
    assert outcomes == {"old", "committed, finished by the next run", "new"}


def _changed_copy(folder: Path) -> Path:
    """The repository's specs and generated clients, with one spec changed so one client changes."""
    shutil.copytree(ROOT / "specs", folder / "specs")
    shutil.copytree(ROOT / "generated", folder / "generated")
    spec = folder / "specs" / "dasha" / "openapi.yaml"
    spec.write_text(
        spec.read_text().replace("title: Dasha BlackBox API", "title: Dasha BlackBox API v2", 1)
    )
    return folder


def _generate(folder: Path, command: str = "generate") -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "CLIENTGEN_NO_CACHE": "1", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "generator", command],
        cwd=folder,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _clients(folder: Path) -> dict[str, dict[str, str]]:
    return {
        package.name: generated(package) for package in sorted((folder / "generated").iterdir())
    }


@pytest.fixture(scope="module")
def old_and_new(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    reference = _changed_copy(tmp_path_factory.mktemp("reference"))
    old = _clients(reference)
    assert _generate(reference).returncode == 0
    new = _clients(reference)
    assert old["dasha_client"] != new["dasha_client"] and old["osvi_client"] == new["osvi_client"]
    return old, new


@pytest.mark.parametrize("delay", [0.3, 0.6, 0.9, 1.2, 1.5, 1.8, 2.4, 3.0])
def test_sigkill_during_generate_leaves_each_client_old_or_new(
    tmp_path: Path,
    delay: float,
    old_and_new: tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]],
) -> None:
    old, new = old_and_new
    folder = _changed_copy(tmp_path)
    environment = {**os.environ, "CLIENTGEN_NO_CACHE": "1", "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "generate"], cwd=folder, env=environment
    )
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()
    for package, files in _clients(folder).items():
        if not interrupted(folder / "generated" / package):
            assert files in (old[package], new[package]), (
                f"{package} is neither the old nor the new client"
            )
    assert _generate(folder).returncode == 0
    assert _clients(folder) == new
    assert not list((folder / "generated").glob(f"*/{STAGING_PREFIX}*"))
    check = _generate(folder, "check")
    assert check.returncode == 0, check.stdout + check.stderr
