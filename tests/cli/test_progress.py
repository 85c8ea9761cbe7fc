"""Progress while a client is generated: a status line per phase on a terminal, erased when
done, and nothing at all when stderr is not a terminal or with `--quiet`.

The CLI runs as a user runs it, with stderr on a pseudo-terminal (`os.openpty`) and stdout
in a file; `CLIENTGEN_PROGRESS_DELAY=0` shows progress from the start, so even a tiny spec
shows every phase.
"""

from __future__ import annotations

import io
import os
import re
import select
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.config import ClientSettings, load_config
from generator.pipeline import build_ir, generate_client
from generator.progress import StatusLine
from generator.render import render_package

FIXTURES = Path(__file__).parent / "fixtures"
SPEC = "sloppy_swagger.yaml"
"""A spec clientgen warns about, so that the warnings can be told apart from progress."""
CONFIG = f"clients:\n  sloppy:\n    sources: [{SPEC}]\n"
GENERATION_PHASES = ("load", "build", "render", "format", "record")
_SECONDS = 120


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str
    """As the terminal received it, when stderr was one."""


@dataclass(frozen=True)
class Expected:
    warnings: str
    """The warnings of the generation as `clientgen` prints them, one line each."""
    summary: str

    @classmethod
    def of(cls, settings: ClientSettings) -> Expected:
        generated = generate_client(settings)
        return cls("".join(f"{w.render()}\n" for w in generated.warnings), generated.summary)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder holding SPEC and a clients.yaml that configures it, as the working directory."""
    shutil.copy(FIXTURES / SPEC, tmp_path / SPEC)
    (tmp_path / "specs").mkdir()
    shutil.copy(FIXTURES / SPEC, tmp_path / "specs" / SPEC)
    (tmp_path / "specs" / "clients.yaml").write_text(CONFIG)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def expected(folder: Path) -> Expected:
    """What generating SPEC as a single client (`generate SPEC`) says."""
    return Expected.of(ClientSettings(sources=(Path(SPEC),)))


def environment(folder: Path, **settings: str) -> dict[str, str]:
    """Progress from the first instant; run records and the format cache out of the way, so
    that every run generates."""
    return {
        **os.environ,
        "CLIENTGEN_PROGRESS_DELAY": "0",
        "CLIENTGEN_NO_CACHE": "1",
        "XDG_CACHE_HOME": str(folder / "cache"),
        **settings,
    }


def clientgen(*args: str, folder: Path, **settings: str) -> Run:
    """`clientgen ARGS` with stdout and stderr captured (neither is a terminal)."""
    result = subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=folder,
        env=environment(folder, **settings),
        capture_output=True,
        text=True,
        timeout=_SECONDS,
    )
    return Run(result.returncode, result.stdout, result.stderr)


def on_terminal(*args: str, folder: Path, **settings: str) -> Run:
    """`clientgen ARGS` with stderr on a pseudo-terminal."""
    controller, terminal = os.openpty()
    stdout = folder / "stdout.txt"
    try:
        with stdout.open("wb") as sink:
            process = subprocess.Popen(
                [sys.executable, "-m", "generator", *args],
                cwd=folder,
                env=environment(folder, **settings),
                stdin=subprocess.DEVNULL,
                stdout=sink,
                stderr=terminal,
            )
        os.close(terminal)
        received = _read_until_closed(controller, process)
        returncode = process.wait(timeout=_SECONDS)
    finally:
        os.close(controller)
    return Run(returncode, stdout.read_text(), received.decode().replace("\r\n", "\n"))


def _read_until_closed(controller: int, process: subprocess.Popen[bytes]) -> bytes:
    received = b""
    while True:
        ready, _, _ = select.select([controller], [], [], _SECONDS)
        if not ready:
            process.kill()
            pytest.fail(f"clientgen wrote nothing for {_SECONDS} s:\n{received.decode()}")
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # Linux: every end of the terminal side is closed
            return received
        if not chunk:
            return received
        received += chunk


def on_screen(terminal: str) -> str:
    """What stays visible of `terminal` output: each `\\r` returns to the start of the line,
    and what follows overwrites what was there."""
    lines = []
    for received in terminal.split("\n"):
        line = ""
        for part in received.split("\r"):
            line = part + line[len(part) :]
        lines.append(line.rstrip())
    return "\n".join(lines)


def test_a_terminal_sees_each_phase_then_only_what_it_would_see_without_progress(
    folder: Path, expected: Expected
) -> None:
    run = on_terminal("generate", SPEC, "--output", "out", folder=folder)
    assert run.returncode == 0, run.stderr
    for phase in (*GENERATION_PHASES, "write"):
        assert f"\rout: {phase}" in run.stderr, phase
    assert "files" in run.stderr, "rendering and writing count their files"
    assert on_screen(run.stderr) == expected.warnings
    assert run.stdout == f"generated {expected.summary} in out\n"


def test_without_a_terminal_stderr_holds_the_warnings_and_nothing_else(
    folder: Path, expected: Expected
) -> None:
    run = clientgen("generate", SPEC, "--output", "out", folder=folder)
    assert run.returncode == 0, run.stderr
    assert run.stderr == expected.warnings
    assert run.stdout == f"generated {expected.summary} in out\n"


def test_quiet_keeps_the_warnings_and_drops_progress_and_the_summary(
    folder: Path, expected: Expected
) -> None:
    run = on_terminal("generate", SPEC, "--output", "out", "--quiet", folder=folder)
    assert run.returncode == 0, run.stderr
    assert run.stderr == expected.warnings
    assert run.stdout == ""


def test_check_shows_its_phases_and_with_quiet_prints_only_the_warnings(folder: Path) -> None:
    (configured,) = load_config(Path("specs"))
    expected = Expected.of(configured)
    assert clientgen("generate", folder=folder).returncode == 0
    run = on_terminal("check", folder=folder)
    assert run.returncode == 0, run.stderr
    for phase in (*GENERATION_PHASES, "compare"):
        assert f"\rgenerated/sloppy_client: {phase}" in run.stderr, phase
    assert on_screen(run.stderr) == expected.warnings
    assert run.stdout == clientgen("check", folder=folder).stdout

    quiet = on_terminal("check", "-q", folder=folder)
    assert (quiet.returncode, quiet.stderr, quiet.stdout) == (0, expected.warnings, "")


def test_a_delay_that_is_not_a_number_is_a_usage_error(folder: Path) -> None:
    run = on_terminal("generate", SPEC, "-o", "out", folder=folder, CLIENTGEN_PROGRESS_DELAY="soon")
    assert run.returncode == 2
    assert "CLIENTGEN_PROGRESS_DELAY must be a number of seconds, not 'soon'" in run.stderr
    assert "Traceback" not in run.stderr
    assert not (folder / "out").exists()


def test_nothing_shows_before_the_delay() -> None:
    stream = io.StringIO()
    with StatusLine(stream, "out", delay=3600) as progress:
        progress.phase("render")
        progress.steps(3, "files")
        progress.advance(3)
    assert stream.getvalue() == ""


def drawn(label: str, total: int, unit: str, done: int) -> list[str]:
    """The drawings of a status line for one counted phase, on a stream of 80 columns."""
    stream = io.StringIO()  # no terminal size to read: 80 columns
    with StatusLine(stream, label, delay=0) as progress:
        progress.phase("format")
        progress.steps(total, unit)
        progress.advance(done)
    assert on_screen(stream.getvalue()) == "", "erased at the end"
    return [line for line in stream.getvalue().split("\r") if line.strip()]


def test_a_long_line_is_cut_to_fit_the_terminal() -> None:
    lines = drawn("out/" + "deep/" * 30, 10, "modules checked", 4)
    assert lines and all(line.startswith("out/deep/") and len(line) < 80 for line in lines)


def test_the_bar_narrows_so_that_the_counts_and_the_seconds_fit() -> None:
    line = drawn("generated/github_client", 10_520, "modules checked", 0)[-1]
    assert len(line) < 80
    assert re.search(r": format  \[\.{5,}\]  0/10,520 modules checked  \d+ s$", line), line


@dataclass
class Recorder:
    """Every call a phase makes, in order."""

    calls: list[tuple[str, ...]]

    def phase(self, name: str) -> None:
        self.calls.append(("phase", name))

    def steps(self, total: int, unit: str) -> None:
        self.calls.append(("steps", str(total), unit))

    def advance(self, steps: int = 1) -> None:
        self.calls.append(("advance", str(steps)))


def counted(calls: list[tuple[str, ...]]) -> list[tuple[str, int, int]]:
    """(unit, total, steps taken) of each `steps` call, with the advances that followed it."""
    found: list[tuple[str, int, int]] = []
    for call in calls:
        if call[0] == "steps":
            found.append((call[2], int(call[1]), 0))
        elif call[0] == "advance":
            unit, total, taken = found[-1]
            found[-1] = (unit, total, taken + int(call[1]))
    return found


def test_the_pipeline_names_its_phases_and_takes_each_step_it_counts(folder: Path) -> None:
    recorder = Recorder([])
    generate_client(ClientSettings(sources=(Path(SPEC),)), progress=recorder)
    assert [call[1] for call in recorder.calls if call[0] == "phase"] == list(GENERATION_PHASES)
    steps = counted(recorder.calls)
    assert {unit for unit, _, _ in steps} >= {"files", "modules checked"}
    assert all(total == taken for _, total, taken in steps), steps


def test_rendering_counts_each_file_it_renders(folder: Path) -> None:
    client = build_ir(ClientSettings(sources=(Path(SPEC),)))[0]
    recorder = Recorder([])
    rendered = render_package(client, recorder)
    assert counted(recorder.calls) == [("files", len(rendered), len(rendered))]
