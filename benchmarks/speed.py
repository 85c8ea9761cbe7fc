"""Generation speed beside openapi-python-client: `python benchmarks/speed.py [SPEC] --runs N`.

  python benchmarks/speed.py ~/.cache/openapi-corpus/apis-guru/api/github.com/api.github.com.json \
      --opc /tmp/opc/bin/openapi-python-client --runs 3

The two tools take turns on the same spec in one run, so both see the same load on a shared
machine. Per run: whole-process wall time, CPU time (user + system of the process and its
children) and peak RSS of its largest process. "cold" is a fresh output folder and a fresh,
empty cache folder (XDG_CACHE_HOME: no formatted code, no run records); "unchanged" is a
second `clientgen generate` into the folder it just wrote, with the cache that run left.
Prints medians and ratios, no pass/fail.
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

_REPOSITORY = Path(__file__).resolve().parents[1]
_GITHUB = (
    Path(os.environ.get("OPENAPI_CORPUS", Path.home() / ".cache" / "openapi-corpus"))
    / "apis-guru/api/github.com/api.github.com.json"
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


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("spec", nargs="?", type=Path, default=_GITHUB)
    parser.add_argument(
        "--opc",
        default="/tmp/opc/bin/openapi-python-client",
        help="openapi-python-client executable",
    )
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    spec = arguments.spec.resolve()
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
    with tempfile.TemporaryDirectory() as work:
        for run in range(arguments.runs):
            ours, theirs, cache = (
                Path(work) / f"clientgen{run}",
                Path(work) / f"opc{run}",
                Path(work) / f"cache{run}",
            )
            cold = {**environment, "XDG_CACHE_HOME": str(cache)}
            results["clientgen cold"].append(timed([*clientgen, "--output", str(ours)], cold))
            results["opc cold"].append(
                timed(
                    [
                        arguments.opc,
                        "generate",
                        "--path",
                        str(spec),
                        "--output-path",
                        str(theirs),
                        "--overwrite",
                        "--meta",
                        "none",
                    ],
                    cold,
                )
            )
            results["clientgen unchanged"].append(timed([*clientgen, "--output", str(ours)], cold))
            shutil.rmtree(ours)
            shutil.rmtree(cache)
            shutil.rmtree(theirs, ignore_errors=True)
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
    opc_wall, opc_cpu = medians["opc cold"][0], medians["opc cold"][1]
    print(
        f"  cold wall clientgen/opc {medians['clientgen cold'][0] / opc_wall:.2f}x "
        f"(target <= 0.5x), cpu {medians['clientgen cold'][1] / opc_cpu:.2f}x"
    )
    print(f"  unchanged wall {medians['clientgen unchanged'][0]:.2f} s (target <= 1.0 s)")


if __name__ == "__main__":
    main()
