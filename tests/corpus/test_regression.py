"""Real-world specs that once broke clientgen: each must still give a client that imports.

The specs come from the corpus that `../shared/corpus/fetch.sh` downloads (CI does that in
`.ci/run`); nothing from it is committed. Outside CI the tests skip when it is missing.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = Path(os.environ.get("OPENAPI_CORPUS") or Path.home() / ".cache" / "openapi-corpus")
SPECS = [
    line.split("#")[0].strip()
    for line in (Path(__file__).parent / "regression.txt").read_text().splitlines()
]
SPECS = [spec for spec in SPECS if spec]

pytestmark = pytest.mark.corpus
_ENDPOINT_CONSTANT = re.compile(r"^_[A-Z0-9_]+: \w*Endpoint\[", re.MULTILINE)


def _spec_path(relative: str) -> Path:
    path = CORPUS / relative
    if not path.is_file():
        if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
            pytest.fail(f"{path} is missing: .ci/run should have fetched the corpus with fetch.sh")
        pytest.skip(f"corpus not fetched ({path}); run ../shared/corpus/fetch.sh")
    return path


def test_the_list_holds_twenty_five_specs() -> None:
    assert len(SPECS) == len(set(SPECS)) == 25


@pytest.mark.parametrize("relative", SPECS)
def test_generates_a_client_that_imports(relative: str, tmp_path: Path) -> None:
    spec = _spec_path(relative)
    out = tmp_path / "out"
    generated = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            str(spec),
            "--output",
            str(out),
            "--package",
            "client_under_test",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert generated.returncode == 0, generated.stderr[-3000:]
    # Each operation's module-level constant: an `Endpoint`, or a `PagedEndpoint` for a list that
    # pages, annotated with the type of what it returns.
    operations = sum(
        len(_ENDPOINT_CONSTANT.findall(text))
        for text in _read_all(out / "client_under_test" / "resources")
    )
    assert operations == _count_operations(spec)
    imported = subprocess.run(
        [sys.executable, "-c", "import client_under_test, client_under_test.models"],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert imported.returncode == 0, imported.stderr[-3000:]


def _read_all(folder: Path) -> list[str]:
    return [path.read_text() for path in sorted(folder.glob("*.py"))]


def _count_operations(spec: Path) -> int:
    """Operations the document declares, counted on the raw document, not through clientgen."""
    import json

    import yaml

    text = spec.read_text()
    document = json.loads(text) if spec.suffix == ".json" else yaml.safe_load(text)
    methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
    return sum(
        1
        for item in (document.get("paths") or {}).values()
        if isinstance(item, dict)
        for method in item
        if method in methods
    )
