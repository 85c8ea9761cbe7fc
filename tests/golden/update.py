"""Regenerate every golden on purpose: `python -m tests.golden.update`, then review the diff.

The feature fixtures are written without the runtime (tests/golden/goldens.py says why).
"""

from __future__ import annotations

from generator.pipeline import generate_client
from generator.write import write_project
from tests.golden.goldens import GOLDEN_SETS


def main() -> None:
    for golden in GOLDEN_SETS:
        results = [
            (settings, generate_client(settings, golden.project(settings)))
            for settings in golden.clients()
        ]
        for settings, result in results:
            write_project(golden.project(settings), golden.committed(result.files, result.package))
            print(f"updated {golden.project(settings)}")


if __name__ == "__main__":
    main()
