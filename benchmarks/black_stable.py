"""black finds nothing to change in the clients of real specs: `python benchmarks/black_stable.py`.

  python benchmarks/black_stable.py --root ~/.cache/openapi-corpus/apis-guru \
      --list ../shared/corpus/sample-dev.txt --limit 30
  python benchmarks/black_stable.py SPEC...

Generates each client in memory (format cache off, so every block is decided afresh), runs
black over every rendered Python file whole, and prints per spec how many top-level blocks
skipped black and which files black would still change. The last line sums them up.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ["CLIENTGEN_NO_CACHE"] = "1"

from generator.config import ClientSettings  # noqa: E402 - the cache switch must come first
from generator.diagnostics import DiagnosticError  # noqa: E402
from generator.ir.build import build_client  # noqa: E402
from generator.load import load_document  # noqa: E402
from generator.render import render_package  # noqa: E402
from generator.write.format import black_would_change, format_files, in_black_style, split_blocks  # noqa: E402


def check(spec: Path) -> tuple[int, int, list[str]] | None:
    """(blocks, blocks in black's style as rendered, files black would change); None: bad input."""
    try:
        client, _ = build_client(
            load_document([spec]), ClientSettings(sources=(spec,), package="checked_client")
        )
    except DiagnosticError:
        return None
    rendered = render_package(client)
    blocks = [
        block
        for path, text in rendered.items()
        if path.endswith(".py")
        for block in split_blocks(text)
    ]
    return len(blocks), sum(map(in_black_style, blocks)), black_would_change(format_files(rendered))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("specs", nargs="*", type=Path)
    parser.add_argument("--root", type=Path, help="folder the --list paths are relative to")
    parser.add_argument("--list", type=Path, help="file with one spec path a line")
    parser.add_argument("--limit", type=int, help="only the first N specs of --list")
    arguments = parser.parse_args()
    specs = list(arguments.specs)
    if arguments.list:
        listed = [line.strip() for line in arguments.list.read_text().splitlines() if line.strip()]
        specs += [(arguments.root or Path()) / line for line in listed[: arguments.limit]]
    if not specs:
        sys.exit(__doc__)
    totals = [0, 0, 0]
    changed: list[str] = []
    for spec in specs:
        result = check(spec)
        if result is None:
            print(f"{spec}: bad input, skipped")
            continue
        blocks, fast, files = result
        totals = [totals[0] + 1, totals[1] + blocks, totals[2] + fast]
        changed += [f"{spec}: {path}" for path in files]
        print(
            f"{spec}: {fast}/{blocks} blocks skipped black; "
            f"black would change {len(files)} files {' '.join(files)}"
        )
    print(
        f"{totals[0]} specs, {totals[2]}/{totals[1]} blocks skipped black, "
        f"{len(changed)} files black would change"
    )


if __name__ == "__main__":
    main()
