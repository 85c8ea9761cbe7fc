"""Regenerate every golden on purpose: `python -m tests.golden.update`, then review the diff."""

from __future__ import annotations

from generator.config import load_config
from generator.pipeline import generate_client
from generator.write import write_project
from tests.golden.goldens import GOLDEN_SETS


def main() -> None:
    for specs_dir, generated_dir in GOLDEN_SETS:
        results = [generate_client(settings, generated_dir / str(settings.package)) for settings in load_config(specs_dir)]
        for result in results:
            write_project(generated_dir / result.client.package, result.files)
            print(f"updated {generated_dir / result.client.package}")


if __name__ == "__main__":
    main()
