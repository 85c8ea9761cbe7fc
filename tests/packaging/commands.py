"""Running the packaging tools as subprocesses, and making the virtual environments they use."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path


def run(
    command: Sequence[str | os.PathLike[str]],
    *,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 600,
) -> subprocess.CompletedProcess[str]:
    """Run `command`; return it finished, stdout and stderr captured as text."""
    return subprocess.run(
        [os.fspath(part) for part in command],
        cwd=cwd,
        env=dict(env) if env is not None else tool_environment(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def run_ok(
    command: Sequence[str | os.PathLike[str]],
    *,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 600,
) -> subprocess.CompletedProcess[str]:
    """`run`, failing the test with the command's whole output when it exits non-zero."""
    result = run(command, cwd=cwd, env=env, timeout=timeout)
    assert result.returncode == 0, describe(result)
    return result


def describe(result: subprocess.CompletedProcess[str]) -> str:
    """The command, its exit status and its output, for an assertion message."""
    command = " ".join(str(part) for part in result.args)
    return (
        f"`{command}` exited with {result.returncode}\n"
        f"--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"
    )


def tool_environment() -> dict[str, str]:
    """This process's environment without the variables that would leak our Python setup.

    Proxy and pip index settings stay, so that pip reaches PyPI the way the caller does.
    """
    drop = {"PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV", "MYPYPATH"}
    return {name: value for name, value in os.environ.items() if name not in drop}


def venv_python(venv: Path) -> Path:
    """The interpreter of the virtual environment `venv`."""
    if sys.platform == "win32":
        return venv / "Scripts" / "python.exe"
    return venv / "bin" / "python"


def create_venv(venv: Path, *packages: str | os.PathLike[str]) -> Path:
    """Make a fresh virtual environment at `venv` with `packages` installed (names from PyPI
    or files); return its interpreter.

    The venv gets no pip of its own (seeding one costs ~10 s): our pip installs into it
    through `--python` (pip >= 22.3).
    """
    run_ok([sys.executable, "-m", "venv", "--without-pip", venv], timeout=300)
    python = venv_python(venv)
    if packages:
        pip_install(python, *packages)
    return python


def pip_install(python: Path, *packages: str | os.PathLike[str]) -> None:
    """Install `packages` into the environment of `python` with the pip running the tests."""
    run_ok(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            python,
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--no-input",
            *packages,
        ],
        timeout=900,
    )
