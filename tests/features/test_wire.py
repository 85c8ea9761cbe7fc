"""Every operation of every seed client and feature fixture works on the wire against Prism.

The calls are the ones `benchmarks/wire.py` makes for real-world specs (arguments synthesised
from the spec by `benchmarks/synthesis.py`), made through the committed generated packages.
No failure may be clientgen's; a spec or Prism failure must say why.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from benchmarks.wire import exercise
from generator.config import ClientSettings
from generator.ir.build import build_client
from generator.load import load_document
from tests.golden.goldens import GOLDEN_SETS

from .packages import project_path

pytestmark = pytest.mark.slow

# (settings, the folder its package imports from): the feature fixtures' complete copies.
CLIENTS = [
    (
        settings,
        golden.project(settings) if golden.commits_runtime else project_path(str(settings.package)),
    )
    for golden in GOLDEN_SETS
    for settings in golden.clients()
]
PASSING_WHERE_THE_BENCHMARK_STANDS_IN = {"operations_client", "oauth2_client", "responses_client"}
"""Clients whose every call passes only where the benchmark stands in for Prism: path keys with
a fragment, an OAuth2 token endpoint, a `*/*` answer of an object."""


def _prism_spec(settings: ClientSettings) -> Path | None:
    """The source itself when Prism reads it; None to serve the loaded document."""
    (source, *others) = settings.sources
    return source if not others and source.suffix in (".yaml", ".yml", ".json") else None


@pytest.mark.parametrize(
    "settings, project", CLIENTS, ids=[settings.package for settings, _ in CLIENTS]
)
def test_every_operation_is_accepted_or_explained(settings: ClientSettings, project: Path) -> None:
    assert settings.package is not None
    if str(project) not in sys.path:
        sys.path.insert(0, str(project))
    document = load_document(list(settings.sources))
    client, _ = build_client(document, settings)

    outcomes = exercise(document, client, settings.package, _prism_spec(settings))

    assert len([o for o in outcomes if o.mode == "sync"]) == len(client.operations)
    clientgen = [
        f"{o.mode} {o.call.label}: {o.reason} (sent {o.sent})"
        for o in outcomes
        if o.failure == "clientgen"
    ]
    assert clientgen == []
    assert all(o.reason for o in outcomes if o.failure is not None)
    if settings.package in PASSING_WHERE_THE_BENCHMARK_STANDS_IN:
        assert [
            f"{o.mode} {o.call.label}: {o.reason}" for o in outcomes if o.failure is not None
        ] == []
