"""black finds nothing to change in what clientgen writes, though it formats only part of it.

`format_files` sends to black only the blocks its cheap test cannot vouch for; this runs black
over every whole file the seed clients and feature fixtures generate, which the golden test
proves are the committed files. The runtime is copied, not rendered: `tests/runtime` owns it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.render.package import templates_root
from generator.write.format import black_would_change
from tests.golden.goldens import GOLDEN_SETS, ROOT

_RUNTIME = {entry.name for entry in templates_root().joinpath("runtime").iterdir()}


@pytest.mark.parametrize("generated_dir", [golden.generated for golden in GOLDEN_SETS], ids=lambda path: path.parent.name)
def test_black_changes_nothing(generated_dir: Path) -> None:
    files = {
        str(path.relative_to(ROOT)): path.read_text(encoding="utf-8")
        for path in sorted(generated_dir.rglob("*.py"))
        if path.name not in _RUNTIME
    }
    assert files
    assert black_would_change(files) == []
