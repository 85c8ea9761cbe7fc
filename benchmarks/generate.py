"""Time and memory of each phase of one generation: `python benchmarks/generate.py SPEC...`.

Prints, per spec: seconds to load, build the IR, render and format (cold: black's cache
disabled), the size of the output, the peak memory of the process, and the import time of
the generated package. Figures, not pass/fail: compare them across changes.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ["CLIENTGEN_NO_CACHE"] = "1"

from generator.config import ClientSettings  # noqa: E402 - the cache switch must come first
from generator.ir.build import build_client  # noqa: E402
from generator.load import load_document  # noqa: E402
from generator.render import render_package, runtime_files  # noqa: E402
from generator.write import write_project  # noqa: E402
from generator.write.format import format_files  # noqa: E402


def measure(spec: Path) -> None:
    timings: dict[str, float] = {}
    start = time.perf_counter()
    document = load_document([spec])
    timings["load"] = time.perf_counter() - start

    start = time.perf_counter()
    client, _ = build_client(
        document, ClientSettings(sources=(spec,), package="benchmarked_client")
    )
    timings["build"] = time.perf_counter() - start

    start = time.perf_counter()
    rendered = render_package(client)
    timings["render"] = time.perf_counter() - start

    start = time.perf_counter()
    files = {**format_files(rendered), **runtime_files(client.package)}
    timings["format"] = time.perf_counter() - start

    lines = sum(text.count("\n") for text in files.values())
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with tempfile.TemporaryDirectory() as folder:
        write_project(Path(folder), files)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import benchmarked_client"], cwd=folder, check=True)
        import_seconds = time.perf_counter() - start
    phases = "  ".join(f"{name} {seconds:6.2f}s" for name, seconds in timings.items())
    print(
        f"{spec.name}: {len(client.operations)} operations, {len(client.models)} models, "
        f"{lines} lines | {phases}  total {sum(timings.values()):6.2f}s | "
        f"peak {peak_mib:.0f} MiB | import {import_seconds:.2f}s"
    )


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for argument in sys.argv[1:]:
        measure(Path(argument))
