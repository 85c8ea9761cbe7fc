"""How many real specs give a client that generates, compiles and imports.

`python benchmarks/corpus.py`

Runs `../shared/corpus/run_corpus.py` with this checkout's generator over a list of specs
(by default every APIs-guru spec that `../shared/corpus/fetch.sh` cached), split into
`--jobs` shards that run side by side, then prints the merged totals and every failure.

  python benchmarks/corpus.py                                   # the whole APIs-guru corpus
  python benchmarks/corpus.py --list ../shared/corpus/sample-dev.txt --mypy 50
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

_REPOSITORY = Path(__file__).resolve().parents[1]
_RUN_CORPUS = _REPOSITORY.parent / "shared" / "corpus" / "run_corpus.py"
_CORPUS = Path(os.environ.get("OPENAPI_CORPUS", Path.home() / ".cache" / "openapi-corpus"))


def every_apis_guru_spec(root: Path) -> list[str]:
    return sorted(
        str(path.relative_to(root))
        for path in (root / "api").rglob("*")
        if path.is_file() and path.suffix in (".json", ".yaml")
    )


def deal(specs: list[str], jobs: int, mypy: int) -> list[tuple[list[str], int]]:
    """Shards as (specs, how many of them mypy checks): the first `mypy` specs make a shard of
    their own, the rest are dealt round-robin so each shard is a fair sample of the list."""
    checked, rest = specs[:mypy], specs[mypy:]
    return ([(checked, mypy)] if checked else []) + [
        (rest[shard::jobs], 0) for shard in range(jobs) if rest[shard::jobs]
    ]


def run_shards(
    root: Path, shards: list[tuple[list[str], int]], work: Path
) -> list[dict[str, object]]:
    generate = (
        f"cd {shlex.quote(str(_REPOSITORY))} && {shlex.quote(sys.executable)} -m generator "
        "generate '{spec}' --output '{out}'"
    )
    processes = []
    for number, (specs, mypy) in enumerate(shards):
        listing, results = work / f"shard{number}.txt", work / f"shard{number}.jsonl"
        listing.write_text("".join(f"{spec}\n" for spec in specs))
        strictness = ["--mypy", str(mypy), "--strict"] if mypy else []
        command = [
            sys.executable,
            str(_RUN_CORPUS),
            "--root",
            str(root),
            "--list",
            str(listing),
            "--cmd",
            generate,
            "--results",
            str(results),
            *strictness,
        ]
        processes.append(
            (
                subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
                results,
            )
        )
    rows: list[dict[str, object]] = []
    for process, results in processes:
        process.wait()
        rows.extend(json.loads(line) for line in results.read_text().splitlines())
    return rows


def report(rows: list[dict[str, object]]) -> None:
    total = len(rows)
    for step in ("generated", "compiles", "imports"):
        passed = sum(bool(row[step]) for row in rows)
        print(f"{step:>10}: {passed}/{total} ({100 * passed / max(total, 1):.1f}%)")
    checked = [row for row in rows if row["mypy"] is not None]
    if checked:
        print(f"mypy --strict clean: {sum(bool(row['mypy']) for row in checked)}/{len(checked)}")
    for row in rows:
        if not row["imports"]:
            print(f"FAILED {row['spec']}: {str(row['error']).strip()[-300:]}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--list", type=Path, help="spec paths relative to --root (default: every APIs-guru spec)"
    )
    parser.add_argument(
        "--root",
        type=Path,
        default=_CORPUS / "apis-guru",
        help="folder the list's paths are relative to",
    )
    parser.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 1, help="run_corpus processes side by side"
    )
    parser.add_argument(
        "--mypy", type=int, default=0, help="mypy --strict on the first N specs of the list"
    )
    args = parser.parse_args()
    if not _RUN_CORPUS.is_file() or not args.root.is_dir():
        sys.exit(
            f"needs {_RUN_CORPUS} and the corpus in {args.root}: "
            "run ../shared/corpus/fetch.sh first"
        )
    specs = (
        [line.strip() for line in args.list.read_text().splitlines() if line.strip()]
        if args.list
        else every_apis_guru_spec(args.root)
    )
    with tempfile.TemporaryDirectory(prefix="clientgen-corpus-") as work:
        report(run_shards(args.root, deal(specs, max(1, args.jobs), args.mypy), Path(work)))


if __name__ == "__main__":
    main()
