"""The wheels installed together in one fresh venv: each package imports and offers its public API.

The checks run in that venv through `probe.py`, which reports facts as JSON; the assertions
are here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from .commands import run_ok
from .conftest import Dists
from .projects import ERROR_PARENTS, ClientProject, Credential, SeedContract

pytestmark = pytest.mark.slow

PROBE = Path(__file__).with_name("probe.py")


def probe(
    python: Path,
    project: ClientProject,
    *,
    client_class: str | None = None,
    constructions: list[dict[str, Any]] | None = None,
    cwd: Path,
) -> dict[str, Any]:
    """Run probe.py for `project` in the clients venv; return its report."""
    request = {
        "package": project.package,
        "distribution": project.distribution,
        "client_class": client_class,
        "errors": sorted(ERROR_PARENTS),
        "constructions": constructions or [],
    }
    result = run_ok([python, PROBE, json.dumps(request)], cwd=cwd, timeout=120)
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def test_public_surface(
    project: ClientProject, dists: Dists, clients_python: Path, tmp_path: Path
) -> None:
    report = probe(clients_python, project, cwd=tmp_path)

    imported_from = Path(report["file"])
    venv = clients_python.parent.parent
    assert imported_from.is_relative_to(venv), f"imported from {imported_from}, not the venv"
    assert report["py_typed"], "py.typed is not installed next to the package"
    assert report["version"] == project.version == report["metadata_version"]
    assert "__version__" in report["all"]

    pairs = report["client_pairs"]
    assert len(pairs) == 1, f"want one `<Client>` / `Async<Client>` pair in __all__, got {pairs}"

    for name, parent in ERROR_PARENTS.items():
        facts = report["errors"][name]
        assert facts["in_errors_module"], f"{project.package}.errors has no class {name}"
        assert facts["same_at_top_level"], f"{name} is not re-exported by {project.package}"
        assert name in report["all"], f"{name} missing from {project.package}.__all__"
        assert parent in facts["bases"], f"{name} should derive from {parent}: {facts['bases']}"


def test_seed_client_class_names(
    seed_project: tuple[ClientProject, SeedContract], clients_python: Path, tmp_path: Path
) -> None:
    project, contract = seed_project
    report = probe(clients_python, project, cwd=tmp_path)
    assert report["client_pairs"] == [contract.client_class]


def _construction(
    label: str,
    contract: SeedContract,
    *,
    omitted: Credential | None = None,
    env_value: bool = False,
    **extra_kwargs: str,
) -> dict[str, Any]:
    """Construct with every credential passed as an argument but `omitted`, whose environment
    variable holds a value only when `env_value` (all other credential variables are unset)."""
    env: dict[str, str | None] = {credential.env_var: None for credential in contract.credentials}
    if omitted is not None and env_value:
        env[omitted.env_var] = "key-from-env"
    kwargs = {
        credential.argument: "key-from-argument"
        for credential in contract.credentials
        if credential != omitted
    }
    return {"label": label, "kwargs": {**kwargs, **extra_kwargs}, "env": env}


def test_seed_client_construction(
    seed_project: tuple[ClientProject, SeedContract], clients_python: Path, tmp_path: Path
) -> None:
    """Sync and async client, each used as a context manager: a missing required credential
    raises at construction naming the argument and the variable; the variable alone is
    enough; an optional credential may be left out; every environment is accepted."""
    project, contract = seed_project
    constructions = [_construction("all passed", contract)]
    for credential in contract.credentials:
        constructions += [
            _construction(f"{credential.argument} missing", contract, omitted=credential),
            _construction(
                f"{credential.argument} from env", contract, omitted=credential, env_value=True
            ),
        ]
    constructions += [
        _construction(f"environment {name}", contract, environment=name)
        for name in contract.environments
    ]
    report = probe(
        clients_python,
        project,
        client_class=contract.client_class,
        constructions=constructions,
        cwd=tmp_path,
    )

    assert len(report["constructions"]) == 2 * len(constructions)
    required = {f"{c.argument} missing": c for c in contract.credentials if c.required}
    for outcome in report["constructions"]:
        where = f"{outcome['class']}, {outcome['label']}"
        missing = required.get(outcome["label"])
        if missing is None:
            assert outcome["ok"], f"{where}: {outcome}"
            continue
        assert not outcome["ok"], f"{where}: the client was built without {missing.argument}"
        assert outcome["error"] != "TypeError", f"{where}: {outcome}"
        assert missing.argument in outcome["message"], f"{where}: {outcome['message']}"
        assert missing.env_var in outcome["message"], f"{where}: {outcome['message']}"
