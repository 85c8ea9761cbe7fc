"""`.pre-commit-hooks.yaml`: each hook names a real command and options, picks the right files,
and does what pre-commit would run it for in a copy of specs/ + generated/."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import pytest
import tomllib
import yaml

from generator.cli import main
from tests.cli.test_cli import BROKEN_SPEC

ROOT = Path(__file__).resolve().parents[2]
HOOKS: list[dict[str, Any]] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
BY_ID = {hook["id"]: hook for hook in HOOKS}


def selected(hook: dict[str, Any], paths: list[str]) -> list[str]:
    """The paths pre-commit hands the hook (its `files` and `exclude` regexes, searched)."""
    exclude = hook.get("exclude")
    return [
        p
        for p in paths
        if re.search(hook.get("files", ""), p) and not (exclude and re.search(exclude, p))
    ]


def run_hook(
    hook: dict[str, Any], repo: Path, paths: list[str]
) -> subprocess.CompletedProcess[str]:
    """The hook's entry as pre-commit runs it, `clientgen` being generator.cli's console script."""
    command, *arguments = shlex.split(hook["entry"])
    assert command == "clientgen"
    files = selected(hook, paths) if hook.get("pass_filenames", True) else []
    return subprocess.run(
        [sys.executable, "-m", "generator", *arguments, *files],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_hooks_are_clientgen_check_and_validate() -> None:
    assert sorted(BY_ID) == ["clientgen-check", "clientgen-validate"]
    assert all({"id", "name", "entry", "language"} <= hook.keys() for hook in HOOKS)
    assert all(hook["language"] == "python" for hook in HOOKS)


@pytest.mark.parametrize("hook", HOOKS, ids=lambda hook: hook["id"])
def test_each_entry_names_a_console_script_its_command_and_options(hook: dict[str, Any]) -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    script, name, *options = shlex.split(hook["entry"])
    assert scripts[script] == "generator.cli:main"
    assert isinstance(main, click.Group)
    command = main.commands[name]
    known = {option for parameter in command.params for option in getattr(parameter, "opts", ())}
    assert set(options) <= known


def test_the_hooks_pick_specs_and_generated_files() -> None:
    paths = [
        "specs/clients.yaml",
        "specs/uponai/end-chat.md",
        "specs/dasha/openapi.yaml",
        "generated/osvi_client/README.md",
        "README.md",
        ".pre-commit-config.yaml",
    ]
    assert selected(BY_ID["clientgen-check"], paths) == paths[:4]
    assert selected(BY_ID["clientgen-validate"], paths) == [
        "specs/uponai/end-chat.md",
        "specs/dasha/openapi.yaml",
    ]


def test_the_check_hook_fails_when_generated_is_stale(repository: Path) -> None:
    hook = BY_ID["clientgen-check"]
    assert run_hook(hook, repository, ["specs/clients.yaml"]).returncode == 0
    stale = repository / "generated" / "osvi_client" / "README.md"
    stale.write_text(stale.read_text() + "edited\n")
    result = run_hook(hook, repository, ["generated/osvi_client/README.md"])
    assert result.returncode == 1
    assert "+edited" not in result.stdout and "-edited" in result.stdout


def test_the_validate_hook_takes_changed_specs_of_different_clients_one_by_one(
    repository: Path,
) -> None:
    hook = BY_ID["clientgen-validate"]
    changed = sorted(
        path.relative_to(repository).as_posix()
        for path in (repository / "specs").rglob("*")
        if path.is_file()
    )
    # Merged, the four seed APIs contradict each other (OpenAPI versions, security schemes).
    assert run_hook(hook, repository, changed).returncode == 0
    (repository / "specs" / "dasha" / "openapi.yaml").write_text(BROKEN_SPEC)
    result = run_hook(hook, repository, changed)
    assert result.returncode == 2
    assert "specs/dasha/openapi.yaml#/paths" in result.stderr
