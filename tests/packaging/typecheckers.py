"""mypy and pyright, run as subprocesses, their findings parsed into `Diagnostic`s."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .commands import describe, run, tool_environment

_MYPY_LINE = re.compile(
    r"^(?P<file>.+?):(?P<line>\d+): (?P<severity>error|warning): (?P<message>.*)$"
)


@dataclass(frozen=True)
class Diagnostic:
    """One finding of a type checker; `line` counts from 1."""

    file: Path
    line: int
    severity: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.severity}: {self.message}"


@dataclass(frozen=True)
class Report:
    """A type checker's run: the process and what it found."""

    result: subprocess.CompletedProcess[str]
    diagnostics: list[Diagnostic]

    def errors_in(self, path: Path) -> list[Diagnostic]:
        """The errors in file `path`, or in the files under folder `path`."""
        return [
            diagnostic
            for diagnostic in self.diagnostics
            if diagnostic.severity == "error" and diagnostic.file.is_relative_to(path.resolve())
        ]

    def explain(self) -> str:
        return describe(self.result)


def run_mypy(
    targets: Sequence[str],
    *,
    cwd: Path,
    cache_dir: Path,
    python_version: str | None = None,
    python_executable: Path | None = None,
    error_codes: Sequence[str] = (),
) -> Report:
    """`mypy --strict targets` in `cwd`, with no configuration file but the flags given here.

    `python_executable` makes mypy find installed packages in that interpreter's environment
    (as it does for a user) instead of ours; `error_codes` are enabled on top of --strict.
    """
    config = cwd / "mypy.ini"
    config.write_text("[mypy]\n", encoding="utf-8")
    command: list[str | Path] = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--config-file",
        config,
        "--cache-dir",
        cache_dir,
        "--show-absolute-path",
        "--no-pretty",
    ]
    if python_version:
        command += ["--python-version", python_version]
    if python_executable:
        command += ["--python-executable", python_executable]
    for code in error_codes:
        command += ["--enable-error-code", code]
    result = run([*command, *targets], cwd=cwd, timeout=600)
    assert result.returncode in (0, 1), describe(result)
    diagnostics = [
        Diagnostic(
            Path(match["file"]).resolve(), int(match["line"]), match["severity"], match["message"]
        )
        for match in map(_MYPY_LINE.match, result.stdout.splitlines())
        if match
    ]
    return Report(result, diagnostics)


def run_pyright(
    root: Path, include: Sequence[str], *, python: Path, python_version: str | None = None
) -> Report:
    """pyright in strict mode over `include` (paths relative to `root`), resolving imports
    in the environment of the interpreter `python`. The configuration goes to `root`."""
    config: dict[str, object] = {"typeCheckingMode": "strict", "include": list(include)}
    if python_version:
        config["pythonVersion"] = python_version
    (root / "pyrightconfig.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
    env = {**tool_environment(), "PYRIGHT_PYTHON_IGNORE_WARNINGS": "1"}
    result = run(
        [
            sys.executable,
            "-m",
            "pyright",
            "--outputjson",
            "-p",
            root / "pyrightconfig.json",
            "--pythonpath",
            python,
        ],
        cwd=root,
        env=env,
        timeout=600,
    )
    assert result.returncode in (0, 1) and "{" in result.stdout, describe(result)
    output = json.loads(result.stdout[result.stdout.index("{") :])
    diagnostics = [
        Diagnostic(
            Path(found["file"]).resolve(),
            found["range"]["start"]["line"] + 1,
            found["severity"],
            f"{found['message']} ({found.get('rule', '')})",
        )
        for found in output["generalDiagnostics"]
        if "range" in found
    ]
    return Report(result, diagnostics)
