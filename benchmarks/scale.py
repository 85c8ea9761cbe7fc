"""How generation grows with the spec: `python benchmarks/scale.py [--sizes 1 2 4 8]`.

Generates a synthetic spec (benchmarks/synthetic_spec.py) at each size, `--base` operations
and as many resource models at 1x, and has benchmarks/generate.py make its client in a fresh
process with the format cache off (generate.py sees to that), so every size does all the
work. The sizes take turns, `--runs` times, and the medians are printed per size: the wall
and the CPU seconds of load, IR, render, format, API record and write (on a busy machine the
CPU seconds are the steadier figure; the wall ones also hold the waits for the disk), and
the process's peak RSS; under each, the growth per doubling of the spec,
`(f2 / f1) ** (1 / log2(size2 / size1))`: about 2 where the cost is linear, about 4 where it
is quadratic. Figures, not pass/fail.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from synthetic_spec import synthetic_spec

_GENERATE = Path(__file__).with_name("generate.py")


Figures = dict[str, dict[str, float]]
"""Measure ("wall seconds", "CPU seconds", "peak RSS") -> column -> value."""


def generation(spec: Path) -> Figures:
    """The figures of one generation of `spec` in a fresh process."""
    result = subprocess.run(
        [sys.executable, str(_GENERATE), "--json", str(spec)],
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise SystemExit(f"generating {spec} failed:\n{result.stderr}")
    measured = json.loads(result.stdout)
    wall, cpu = measured["seconds"], measured["cpu_seconds"]
    return {
        "wall seconds": {**wall, "total": sum(wall.values())},
        "CPU seconds": {**cpu, "total": sum(cpu.values())},
        "peak RSS": {"MiB": measured["peak_mib"]},
    }


def print_table(measure: str, medians: dict[int, dict[str, float]], base: int) -> None:
    """One measure's medians per size, then their growth per doubling of the spec."""
    columns = list(next(iter(medians.values())))
    print(f"{measure}:")
    print(f"  {'size, ops':>11}" + "".join(f"{column:>9}" for column in columns))
    for size, row in medians.items():
        print(f"  {f'{size}x {base * size}':>11}" + "".join(f"{row[c]:9.2f}" for c in columns))
    sizes = list(medians)
    for smaller, larger in zip(sizes, sizes[1:], strict=False):
        doublings = math.log2(larger / smaller)
        growth = (
            (medians[larger][column] / medians[smaller][column]) ** (1 / doublings)
            for column in columns
        )
        print(f"  {f'{smaller}x->{larger}x':>11}" + "".join(f"{value:8.2f}x" for value in growth))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--base", type=int, default=200, help="operations at 1x")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 2, 4], help="multiples")
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    if options.base < 1 or min(options.sizes) < 1 or options.runs < 1:
        parser.error("--base, --sizes and --runs take whole numbers from 1 up")
    sizes = sorted(set(options.sizes))
    measured: dict[int, list[Figures]] = {size: [] for size in sizes}
    with tempfile.TemporaryDirectory() as folder:
        specs = {size: Path(folder) / f"synthetic-{size}x.json" for size in sizes}
        for size, spec in specs.items():
            spec.write_text(json.dumps(synthetic_spec(options.base * size)))
        for run in range(options.runs):
            for size, spec in specs.items():
                measured[size].append(generation(spec))
            print(f"run {run + 1} of {options.runs} done", file=sys.stderr, flush=True)
    print(
        f"synthetic spec, {options.base} operations at 1x, medians of {options.runs} runs; "
        "growth per doubling of the spec (2x = linear, 4x = quadratic)"
    )
    for measure in measured[sizes[0]][0]:
        medians = {
            size: {
                column: statistics.median(run[measure][column] for run in runs)
                for column in runs[0][measure]
            }
            for size, runs in measured.items()
        }
        print_table(measure, medians, options.base)


if __name__ == "__main__":
    main()
