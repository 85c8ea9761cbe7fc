"""Import time and first-call time of a generated client: `python benchmarks/imports.py [SPEC]`.

Prints medians, measured in turns in one run (each turn runs every measure once, so a busy
machine slows them alike), of:

- the floor: a process that runs `import httpx, pydantic`;
- a process that runs `import <package>`, and one that runs `from <package> import <Client>`;
- the first call of one operation (`--call group.method`, no arguments) in a process that has
  just imported the client, answered by an `httpx.MockTransport`; the reply is the smallest
  JSON its return model accepts when that model's required fields are all strings.

SPEC defaults to the GitHub REST spec in the corpus (`../shared/corpus/fetch.sh`); `--project`
takes an already generated project instead. Bytecode is compiled first (pyc warm). Figures,
not pass/fail.

The processes run this interpreter in the project's folder, unless `--installed`: then the
project is pip-installed (not editable) into a fresh venv of its own, as a user gets it, and
they run there. The venv matters to the first call: pydantic looks for plugins among the
installed distributions' entry points when it builds its first validator, which takes longer
the more there are (this benchmark's own venv has clientgen's development tools).
"""

from __future__ import annotations

import argparse
import compileall
import functools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PACKAGE = "benchmarked_client"
CORPUS = Path(os.environ.get("OPENAPI_CORPUS", Path.home() / ".cache" / "openapi-corpus"))

# Run in the generated project: the client class and the reply the operation's model accepts.
_DISCOVER = """
import importlib, json, sys
import {package} as package
client_class = getattr(package, package.__all__[0])
group, method = sys.argv[1].split(".")
resource_class = type(getattr(client_class(base_url="http://bench.invalid"), group))
# The resource module names its models for type checkers only; the package has them all.
annotation = getattr(resource_class, method).__annotations__["return"]
model = getattr(importlib.import_module("{package}.models"), annotation)
fields = getattr(model, "model_fields", {{}})
reply = {{f.alias or n: "x" for n, f in fields.items() if f.is_required()}}
print(json.dumps({{"client": client_class.__name__, "reply": reply}}))
"""

_FIRST_CALL = """
import json, sys, time
import httpx
from {package} import {client}
reply = json.loads(sys.argv[2])
transport = httpx.MockTransport(lambda request: httpx.Response(200, json=reply))
client = {client}(base_url="http://bench.invalid", http_client=httpx.Client(transport=transport))
group, method = sys.argv[1].split(".")
start = time.perf_counter()
getattr(getattr(client, group), method)()
print(time.perf_counter() - start)
"""


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "spec", nargs="?", type=Path, help="OpenAPI document (default: GitHub REST from the corpus)"
    )
    parser.add_argument(
        "--project",
        type=Path,
        help="a generated project folder to measure instead of generating one",
    )
    parser.add_argument("--package", default=PACKAGE, help="its import package, with --project")
    parser.add_argument(
        "--call", default="meta.root", help="group.method of an operation that takes no arguments"
    )
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument(
        "--installed",
        action="store_true",
        help="install the project into a fresh venv and measure there",
    )
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        project = options.project or _generate(options.spec or _github_spec(), Path(scratch))
        package = options.package if options.project else PACKAGE
        if options.installed:
            python, folder = _installed(project, Path(scratch) / "venv"), Path(scratch)
        else:
            compileall.compile_dir(str(project / package), quiet=1)
            python, folder = Path(sys.executable), project
        run = functools.partial(_run, python, folder)
        found = json.loads(run(_DISCOVER.format(package=package), options.call))
        measures = {
            "import httpx, pydantic (floor)": ("import httpx, pydantic", ()),
            f"import {package}": (f"import {package}", ()),
            f"from {package} import {found['client']}": (
                f"from {package} import {found['client']}",
                (),
            ),
        }
        timings: dict[str, list[float]] = {
            name: [] for name in [*measures, f"first call of {options.call}()"]
        }
        for _ in range(options.runs):
            for name, (code, arguments) in measures.items():
                start = time.perf_counter()
                run(code, *arguments)
                timings[name].append(time.perf_counter() - start)
            first_call = _FIRST_CALL.format(package=package, client=found["client"])
            timings[f"first call of {options.call}()"].append(
                float(run(first_call, options.call, json.dumps(found["reply"])))
            )
    where = "a fresh venv with the client installed" if options.installed else "this venv"
    print(f"{options.runs} turns in {where}, medians (whole process, except the call: in-process):")
    for name, values in timings.items():
        print(f"  {name:<50} {statistics.median(values):7.3f} s")


def _github_spec() -> Path:
    found = sorted(CORPUS.rglob("api.github.com.json"))
    if not found:
        sys.exit(
            f"no api.github.com.json under {CORPUS}: run ../shared/corpus/fetch.sh or pass SPEC"
        )
    return found[0]


def _generate(spec: Path, folder: Path) -> Path:
    from generator.config import ClientSettings
    from generator.pipeline import generate_client
    from generator.write import write_project

    result = generate_client(ClientSettings(sources=(spec,), package=PACKAGE))
    write_project(folder / "project", result.files)
    return folder / "project"


def _installed(project: Path, venv: Path) -> Path:
    """The Python of a new venv that has the project installed (pip compiles its bytecode)."""
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            str(project),
        ],
        check=True,
    )
    return python


def _run(python: Path, folder: Path, code: str, *arguments: str) -> str:
    result = subprocess.run(
        [str(python), "-c", code, *arguments],
        cwd=folder,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


if __name__ == "__main__":
    main()
