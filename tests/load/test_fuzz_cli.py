"""Mutated specs and feature fixtures through the command line: a refusal or a client that
imports, never an internal error, a hang, a crash or a file written outside --output.

The cases are those of `benchmarks/fuzz.py --seed 16` (see benchmarks/fuzzing.py): hostile
names, dangling and cyclic refs, duplicate keys, aliases, deep nesting, huge numbers. Its
case 18 (nullability_31.yaml without ProfileUpdate's nickname type) once gave a client that
used `builtins.list` without importing `builtins`; the parameter cycle below was an internal
error.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.fuzzing import Seed, configured_seeds, draw_case, run_case

REPOSITORY = Path(__file__).resolve().parents[2]
SEED = 16
SEEDS: list[Seed] = configured_seeds(REPOSITORY / "specs" / "clients.yaml")
SEEDS += configured_seeds(REPOSITORY / "tests" / "features" / "specs" / "clients.yaml")


LOOPING_PARAMETER = """\
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      parameters: [{$ref: '#/components/parameters/Loop'}]
      responses: {'200': {description: ok}}
components:
  parameters:
    Loop: {$ref: '#/components/parameters/Loop'}
"""


def assert_refused_or_imports(
    case: int, seed: Seed, mutated: tuple[str, object], tmp_path: Path
) -> None:
    outcome = run_case(case, seed, mutated, tmp_path / "sandbox", timeout=120)
    context = f"{seed.name}: {outcome.description}\n{outcome.stderr}"
    assert not outcome.hang, context
    assert outcome.exit_code in (0, 2), context
    assert outcome.touched == [], context
    assert not outcome.wrote_on_refusal, context
    assert outcome.import_error is None, f"{context}\n{outcome.import_error}"


@pytest.mark.parametrize("case", range(30))
def test_a_mutated_spec_is_refused_or_gives_a_client_that_imports(case, tmp_path):
    assert_refused_or_imports(case, *draw_case(SEEDS, SEED, case), tmp_path)


def test_a_parameter_that_refers_to_itself_is_refused(tmp_path):
    (tmp_path / "spec").mkdir()
    (tmp_path / "spec" / "loop.yaml").write_text(LOOPING_PARAMETER)
    assert_refused_or_imports(
        0,
        Seed(tmp_path / "spec", ("loop.yaml",)),
        ("parameter ref to itself", LOOPING_PARAMETER),
        tmp_path,
    )
