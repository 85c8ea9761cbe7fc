"""How many of the operations real specs declare become methods.

`python benchmarks/coverage.py ROOT LIST`

LIST holds spec paths relative to ROOT (as ../shared/corpus/sample-dev.txt does). For each
spec the operations are counted on the raw document and in the built client; the totals,
and every spec where they differ or the build fails, are printed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

from generator.config import ClientSettings
from generator.diagnostics import DiagnosticError
from generator.ir.build import build_client
from generator.load import load_document
from generator.load.grammar import OPERATION_METHODS


def declared_operations(spec: Path) -> int:
    text = spec.read_text(encoding="utf-8")
    document = json.loads(text) if spec.suffix == ".json" else yaml.safe_load(text)
    paths = document.get("paths") or {}
    return sum(
        1
        for item in paths.values()
        if isinstance(item, dict)
        for key in item
        if key in OPERATION_METHODS
    )


def main(root: Path, listing: Path) -> None:
    declared_total = built_total = failures = 0
    specs = [root / line.strip() for line in listing.read_text().splitlines() if line.strip()]
    for spec in specs:
        declared = declared_operations(spec)
        try:
            client, _ = build_client(load_document([spec]), ClientSettings(sources=(spec,)))
            built = len(client.operations)
        except DiagnosticError as failure:
            failures += 1
            built = 0
            print(f"{spec}: not generated: {failure.diagnostics[0].render()}")
        if built != declared:
            print(f"{spec}: {built} of {declared} operations")
        declared_total += declared
        built_total += built
    share = 100 * built_total / declared_total if declared_total else 100.0
    print(
        f"{len(specs)} specs, {failures} not generated; "
        f"operations: {built_total} of {declared_total} ({share:.2f}%)"
    )


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
