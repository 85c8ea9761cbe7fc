"""clientgen beside openapi-python-client on one spec: `python benchmarks/compare.py [SPEC]`.

  python benchmarks/compare.py ~/.cache/openapi-corpus/github/generated/api.github.com.json --runs 3

The two tools take turns on the same spec in one run, so both see the same load on a shared
machine. Per run: whole-process wall time, CPU time (user + system of the process and its
children) and peak RSS of its largest process. "cold" is a fresh output folder and a fresh,
empty cache folder (XDG_CACHE_HOME: no formatted code, no run records); "unchanged" is a
second `clientgen generate` into the folder it just wrote, with the cache that run left.
The tools take turns going first, and the outputs are all removed at the end: removing
thousands of files keeps the disk busy for seconds after. Prints medians and ratios, no
pass/fail.

The outputs go in the system's temporary folder, or under `--workdir` (a folder of the project
a user generates into, say): on some machines creating files in /tmp costs ten times what it
costs elsewhere on the same disk, which both tools pay for each file they write.

openapi-python-client is pinned (OPC_VERSION): unless `--opc` names an executable, the
benchmark installs it with pip on first use into a venv of its own,
~/.cache/clientgen-benchmarks/opc-VERSION (under XDG_CACHE_HOME when that is set), and
reuses it after.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OPC_VERSION = "0.29.1"

_REPOSITORY = Path(__file__).resolve().parents[1]
_GITHUB = (
    Path(os.environ.get("OPENAPI_CORPUS", Path.home() / ".cache" / "openapi-corpus"))
    / "github/generated/api.github.com.json"
)


def timed(command: list[str], environment: dict[str, str]) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak RSS MiB) of one command and the processes it waited for."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command,
        env=environment,
        cwd=_REPOSITORY,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # wait4 gives this child's own resource use, where getrusage(RUSAGE_CHILDREN) sums them all.
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(
            f"{command[0]} failed with exit code {process.returncode}: {' '.join(command)}"
        )
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def pinned_opc() -> Path:
    """The pinned openapi-python-client's executable, installed into its own venv if missing."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    venv = cache / "clientgen-benchmarks" / f"opc-{OPC_VERSION}"
    executable = venv / "bin" / "openapi-python-client"
    if executable.exists():
        return executable
    print(f"installing openapi-python-client {OPC_VERSION} into {venv}", file=sys.stderr)
    try:
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
        subprocess.run(
            [venv / "bin" / "python", "-m", "pip", "install", "--quiet"]
            + [f"openapi-python-client=={OPC_VERSION}"],
            check=True,
        )
    except subprocess.CalledProcessError as failure:
        shutil.rmtree(venv, ignore_errors=True)
        raise SystemExit(
            f"could not install openapi-python-client {OPC_VERSION} into {venv} ({failure}); "
            "install it yourself and pass its executable with --opc"
        ) from None
    return executable


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("spec", nargs="?", type=Path, default=_GITHUB)
    parser.add_argument(
        "--opc",
        type=Path,
        help=f"openapi-python-client executable (default: {OPC_VERSION}, installed on first use)",
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--workdir", type=Path, help="folder to generate in (default: the temporary folder)"
    )
    arguments = parser.parse_args()
    spec = arguments.spec.resolve()
    if not spec.is_file():
        raise SystemExit(f"no spec at {spec}: pass one, or run ../shared/corpus/fetch.sh")
    opc = arguments.opc or pinned_opc()
    environment = {key: value for key, value in os.environ.items() if key != "CLIENTGEN_NO_CACHE"}
    clientgen = [
        sys.executable,
        "-m",
        "generator",
        "generate",
        str(spec),
        "--package",
        "benchmarked_client",
    ]
    results: dict[str, list[tuple[float, float, float]]] = {
        "clientgen cold": [],
        "opc cold": [],
        "clientgen unchanged": [],
    }
    with tempfile.TemporaryDirectory(dir=arguments.workdir) as work:
        for run in range(arguments.runs):
            ours, theirs, cache = (
                Path(work) / f"clientgen{run}",
                Path(work) / f"opc{run}",
                Path(work) / f"cache{run}",
            )
            cold = {**environment, "XDG_CACHE_HOME": str(cache)}
            ours_cold = [*clientgen, "--output", str(ours)]
            theirs_cold = [
                str(opc),
                "generate",
                "--path",
                str(spec),
                "--output-path",
                str(theirs),
                "--overwrite",
                "--meta",
                "none",
            ]
            # Each tool goes first every other run: what the one before leaves the system to
            # do (writing back thousands of new files) slows the next run a little.
            commands = {"clientgen cold": ours_cold, "opc cold": theirs_cold}
            for name in sorted(commands, reverse=run % 2 == 1):
                results[name].append(timed(commands[name], cold))
            results["clientgen unchanged"].append(timed(ours_cold, cold))
            print(
                f"run {run + 1}: "
                + "  ".join(f"{name} {figures[-1][0]:.1f}s" for name, figures in results.items()),
                flush=True,
            )
    medians = {
        name: [statistics.median(run[i] for run in figures) for i in range(3)]
        for name, figures in results.items()
    }
    print(f"{spec.name}, {arguments.runs} runs each, taking turns; medians:")
    for name, (wall, cpu, rss) in medians.items():
        print(f"  {name:20} wall {wall:6.2f} s  cpu {cpu:6.2f} s  peak RSS {rss:5.0f} MiB")
    ours_cold, theirs_cold = medians["clientgen cold"], medians["opc cold"]
    print(
        f"  cold clientgen/opc: wall {ours_cold[0] / theirs_cold[0]:.2f}x (target <= 0.5x), "
        f"cpu {ours_cold[1] / theirs_cold[1]:.2f}x, peak RSS {ours_cold[2] / theirs_cold[2]:.2f}x"
    )
    print(
        f"  unchanged wall {medians['clientgen unchanged'][0]:.2f} s (target <= 1.0 s), "
        f"{medians['clientgen unchanged'][0] / theirs_cold[0]:.2f}x opc's "
        "(which generates everything again)"
    )


if __name__ == "__main__":
    main()
