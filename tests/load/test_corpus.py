"""Real-world documents from the fetched corpus (skipped when it is not there)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from generator.load import load_document

GITHUB = Path("/root/.cache/openapi-corpus/github/generated/api.github.com.json")


@pytest.mark.corpus
@pytest.mark.skipif(not GITHUB.exists(), reason="the GitHub REST description is not fetched")
def test_github_rest_description_loads_in_a_few_seconds():
    started = time.perf_counter()
    document = load_document([GITHUB])
    elapsed = time.perf_counter() - started
    assert len(document.raw["paths"]) > 500
    assert document.resolve("#/components/schemas/repository").type.value == "object"
    assert elapsed < 5, f"loading took {elapsed:.1f} s"
