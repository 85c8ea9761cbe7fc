"""Time and memory of each phase of one generation: `python benchmarks/generate.py SPEC...`.

Prints, per spec: seconds to load, build the IR, render, format (cold: black's cache
disabled), make the API record and write the project, the size of the output, the peak
memory of the process and the phase it was reached in, and the import time of the generated
package. With `--json`: one
JSON object a spec with the same figures, the CPU seconds of each phase too, and no import
time (benchmarks/scale.py reads them). Figures, not pass/fail: compare them across changes.
"""

from __future__ import annotations

import functools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TypeVar

os.environ["CLIENTGEN_NO_CACHE"] = "1"

from generator.config import ClientSettings  # noqa: E402 - the cache switch must come first
from generator.diff import RECORD_NAME, api_record  # noqa: E402
from generator.ir.build import build_client  # noqa: E402
from generator.load import load_document  # noqa: E402
from generator.pipeline import collector_paused, existing_objects_frozen  # noqa: E402
from generator.render import render_package, runtime_files  # noqa: E402
from generator.write import write_project  # noqa: E402
from generator.write.format import format_files  # noqa: E402

T = TypeVar("T")


@dataclass(frozen=True)
class Generation:
    """What one generation of a spec made and cost."""

    spec: str
    operations: int
    models: int
    lines: int
    seconds: dict[str, float]
    """Phase -> wall seconds, in the order the phases ran."""
    cpu_seconds: dict[str, float]
    """Phase -> CPU seconds of this process (what a busy machine's waiting leaves out)."""
    peak_mib: float
    """Peak RSS of this process so far."""
    peak_phase: str
    """The phase in which the process reached that peak."""


def measure(spec: Path, project: Path) -> Generation:
    """Generate `spec` into the folder `project` phase by phase, timing each."""
    seconds: dict[str, float] = {}
    cpu_seconds: dict[str, float] = {}
    peaks: dict[str, float] = {}

    def timed(phase: str, step: Callable[[], T]) -> T:
        start, cpu_start = time.perf_counter(), time.process_time()
        result = step()
        seconds[phase] = time.perf_counter() - start
        cpu_seconds[phase] = time.process_time() - cpu_start
        peaks[phase] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return result

    settings = ClientSettings(sources=(spec,), package="benchmarked_client")
    # The cycle collector as generate_client has it (generator/pipeline.py), and the document
    # dropped once the IR is built, as there, so each phase costs here what it costs in a
    # real run.
    with collector_paused():
        document = timed("load", lambda: load_document([spec]))
        client, _ = timed("ir", functools.partial(build_client, document, settings))
    del document
    with existing_objects_frozen():
        rendered = timed("render", lambda: render_package(client))
        formatted = timed("format", functools.partial(format_files, rendered))
        del rendered
        files = {**formatted, **runtime_files(client.package)}
        files[RECORD_NAME] = timed("record", lambda: api_record(client))
    timed("write", lambda: write_project(project, files))
    peak = max(peaks.values())
    return Generation(
        spec=spec.name,
        operations=len(client.operations),
        models=len(client.models),
        lines=sum(text.count("\n") for text in files.values()),
        seconds=seconds,
        cpu_seconds=cpu_seconds,
        peak_mib=peak,
        peak_phase=next(phase for phase, reached in peaks.items() if reached == peak),
    )


def import_seconds(project: Path) -> float:
    """Wall seconds of a fresh process that imports the generated package."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import benchmarked_client"], cwd=project, check=True)
    return time.perf_counter() - start


def main(arguments: list[str]) -> None:
    as_json = "--json" in arguments
    specs = [Path(argument) for argument in arguments if argument != "--json"]
    if not specs:
        sys.exit(__doc__)
    for spec in specs:
        with tempfile.TemporaryDirectory() as folder:
            generation = measure(spec, Path(folder) / "project")
            if as_json:
                print(json.dumps(asdict(generation)), flush=True)
                continue
            imported = import_seconds(Path(folder) / "project")
        phases = "  ".join(f"{name} {value:6.2f}s" for name, value in generation.seconds.items())
        print(
            f"{generation.spec}: {generation.operations} operations, {generation.models} models, "
            f"{generation.lines} lines | {phases}  total {sum(generation.seconds.values()):6.2f}s"
            f" | peak {generation.peak_mib:.0f} MiB (in {generation.peak_phase})"
            f" | import {imported:.2f}s"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
