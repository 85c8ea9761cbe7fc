"""How clientgen takes hostile documents: `python benchmarks/fuzz.py --seed 1 --cases 150`.

Mutates the specs of specs/clients.yaml, the feature fixtures of tests/features/specs/ and,
with --list, corpus specs (see benchmarks/fuzzing.py for the mutations), runs
`python -m generator generate` on each case in a sandbox, imports what it wrote and, on every
--mypy-every'th client, runs `mypy --strict`. Prints the counts, the first failing cases of each
kind, and last a JSON line of the totals. Case N of a seed is the same whatever --jobs is.

  python benchmarks/fuzz.py --seed 1 --cases 150 --mypy-every 25 --save /tmp/fuzz-failures
  python benchmarks/fuzz.py --root ~/.cache/openapi-corpus/apis-guru \
      --list ../shared/corpus/sample-dev.txt
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import asdict
from functools import partial
from pathlib import Path

from fuzzing import Outcome, Seed, configured_seeds, draw_case, listed_seeds, run_case

_REPOSITORY = Path(__file__).resolve().parents[1]
_SHOWN = 3

# Each count, and which outcomes it counts.
COUNTS: dict[str, Callable[[Outcome], bool]] = {
    "exit_0": lambda outcome: outcome.exit_code == 0,
    "exit_2": lambda outcome: outcome.exit_code == 2,
    "exit_3": lambda outcome: outcome.exit_code == 3,
    "exit_other": lambda outcome: (
        outcome.exit_code not in (None, 0, 2, 3) and outcome.signal is None
    ),
    "hangs": lambda outcome: outcome.hang,
    "signals": lambda outcome: outcome.signal is not None,
    "import_failures": lambda outcome: outcome.import_error is not None,
    "mypy_checked": lambda outcome: outcome.mypy_checked,
    "mypy_failures": lambda outcome: outcome.mypy_error is not None,
    "touched_outside_output": lambda outcome: bool(outcome.touched),
    "refusals_that_wrote": lambda outcome: outcome.wrote_on_refusal,
}
# The counts that are not problems.
_HEALTHY = {"exit_0", "exit_2", "mypy_checked"}


def one_case(
    case: int,
    *,
    seeds: list[Seed],
    seed: int,
    work: Path,
    timeout: float,
    mypy_every: int,
    save: Path | None,
) -> Outcome:
    chosen, mutated = draw_case(seeds, seed, case)
    sandbox = work / f"case-{case}"
    checks_mypy = mypy_every > 0 and case % mypy_every == 0
    outcome = run_case(
        case,
        chosen,
        mutated,
        sandbox,
        timeout=timeout,
        mypy_cache=work / "mypy-cache" if checks_mypy else None,
    )
    if save is not None and any(
        test(outcome) for name, test in COUNTS.items() if name not in _HEALTHY
    ):
        kept = save / f"case-{case}"
        shutil.copytree(sandbox / "case", kept, dirs_exist_ok=True)
        (kept / "outcome.json").write_text(json.dumps(asdict(outcome), indent=2))
    shutil.rmtree(sandbox, ignore_errors=True)
    return outcome


def report(outcomes: list[Outcome]) -> dict[str, int]:
    totals = {
        "cases": len(outcomes),
        **{name: sum(map(test, outcomes)) for name, test in COUNTS.items()},
    }
    for name, total in totals.items():
        print(f"{name:>24}: {total}")
    for name in [name for name in COUNTS if name not in _HEALTHY]:
        failing = [outcome for outcome in outcomes if COUNTS[name](outcome)]
        for outcome in failing[:_SHOWN]:
            detail = outcome.import_error or outcome.mypy_error or outcome.stderr
            if name == "touched_outside_output":
                detail = ", ".join(outcome.touched)
            print(f"\n{name} case {outcome.case} ({outcome.seed}): {outcome.description}")
            print("  " + "\n  ".join(detail.strip().splitlines()[-8:]))
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seed", type=int, default=0, help="the same seed gives the same cases")
    parser.add_argument("--cases", type=int, default=100)
    parser.add_argument(
        "--first-case",
        type=int,
        default=0,
        help="number of the first case, to rerun one of a report",
    )
    parser.add_argument("--root", type=Path, help="folder the --list paths are relative to")
    parser.add_argument(
        "--list", type=Path, help="more specs to mutate, one path relative to --root a line"
    )
    parser.add_argument(
        "--timeout", type=float, default=60, help="seconds a generate or an import may take"
    )
    parser.add_argument(
        "--mypy-every",
        type=int,
        default=25,
        help="mypy --strict on the cases numbered a multiple of N that generate (0: never)",
    )
    parser.add_argument("--jobs", type=int, default=1, help="cases run side by side")
    parser.add_argument(
        "--save", type=Path, help="copy the sources of every failing case and its outcome here"
    )
    args = parser.parse_args()
    seeds = configured_seeds(_REPOSITORY / "specs" / "clients.yaml")
    seeds += configured_seeds(_REPOSITORY / "tests" / "features" / "specs" / "clients.yaml")
    if args.list:
        seeds += listed_seeds(args.root.expanduser() if args.root else Path.cwd(), args.list)
    with tempfile.TemporaryDirectory(prefix="clientgen-fuzz-") as work:
        run = partial(
            one_case,
            seeds=seeds,
            seed=args.seed,
            work=Path(work),
            timeout=args.timeout,
            mypy_every=args.mypy_every,
            save=args.save,
        )
        cases = range(args.first_case, args.first_case + args.cases)
        if args.jobs > 1:
            with multiprocessing.Pool(args.jobs) as pool:
                outcomes = pool.map(run, cases, chunksize=1)
        else:
            outcomes = list(map(run, cases))
    totals = report(outcomes)
    print(json.dumps(totals))


if __name__ == "__main__":
    main()
