"""Real-world documents from the fetched corpus (skipped when it is not there)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.diagnostics import DiagnosticError
from generator.load import load_document

CORPUS = Path(os.environ.get("OPENAPI_CORPUS") or Path.home() / ".cache" / "openapi-corpus")
GITHUB = CORPUS / "github" / "generated" / "api.github.com.json"


@pytest.mark.corpus
@pytest.mark.skipif(not GITHUB.exists(), reason="the GitHub REST description is not fetched")
def test_github_rest_description_loads():
    # Its load time is measured by benchmarks/generate.py, not asserted here.
    document = load_document([GITHUB])
    assert len(document.raw["paths"]) > 500
    assert document.resolve("#/components/schemas/repository").type.value == "object"


EXAMPLES = sorted((CORPUS / "oas-examples").glob("[23].[01]/**/*.*"))
REPAIRED = {
    "apis-guru/api/api.video.json": "/components/schemas/video-thumbnail-pick-payload/properties"
    "/timecode/pattern",
    "apis-guru/api/codat.io/assess.json": "/components/schemas/ExcelStatus/examples",
}


@pytest.mark.corpus
@pytest.mark.skipif(not EXAMPLES, reason="the OpenAPI examples are not fetched")
def test_every_openapi_example_loads():
    failed = []
    for path in EXAMPLES:
        if path.suffix in (".json", ".yaml"):
            try:
                load_document([path])
            except DiagnosticError as exc:
                failed.append(f"{path}: {exc}")
    assert not failed, "\n".join(failed)


@pytest.mark.corpus
@pytest.mark.parametrize(("name", "pointer"), sorted(REPAIRED.items()))
def test_known_breaks_in_the_corpus_load_with_a_warning(name, pointer):
    path = CORPUS / name
    if not path.exists():
        pytest.skip("the corpus is not fetched")
    document = load_document([path])
    assert pointer in [item.pointer for item in document.warnings]
