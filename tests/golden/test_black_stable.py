"""Formatting block by block gives what black gives for whole files, and black then changes nothing.

`format_files` cuts each module into its top-level blocks and sends to black only those its
cheap test cannot vouch for. The first test proves that this gives, for every file of every
golden client, what black gives for the file whole, and that no file needed black whole
(which would hide a cut in the wrong place and cost the time the cutting saves). The second
runs black over the committed files, which the golden test proves are what clientgen writes.
"""

from __future__ import annotations

from pathlib import Path

import black
import pytest

from generator.config import ClientSettings
from generator.installation import templates_root
from generator.pipeline import build_ir
from generator.render import render_package, runtime_files
from generator.write.format import BLACK_MODE, black_would_change, format_in_blocks
from tests.golden.goldens import GOLDEN_SETS, ROOT

_RUNTIME = {entry.name for entry in templates_root().joinpath("runtime").iterdir()}
CASES = [
    pytest.param(settings, golden.project(settings), id=str(settings.package))
    for golden in GOLDEN_SETS
    for settings in golden.clients()
]


def _assert_blocks_format_as_whole_files(sources: dict[str, str]) -> None:
    formatted = format_in_blocks(sources)
    assert formatted.formatted_whole == ()
    python = [path for path in sources if path.endswith(".py")]
    assert python
    for path in python:
        assert formatted.files[path] == black.format_str(sources[path], mode=BLACK_MODE), path


@pytest.mark.parametrize(("settings", "previous"), CASES)
def test_a_client_formats_in_blocks_as_black_formats_its_whole_files(
    settings: ClientSettings, previous: Path
) -> None:
    _assert_blocks_format_as_whole_files(render_package(build_ir(settings, previous)[0]))


def test_the_runtime_formats_in_blocks_as_black_formats_its_whole_files() -> None:
    _assert_blocks_format_as_whole_files(runtime_files("package"))


@pytest.mark.parametrize(
    "generated_dir", [golden.generated for golden in GOLDEN_SETS], ids=lambda path: path.parent.name
)
def test_black_changes_nothing(generated_dir: Path) -> None:
    files = {
        str(path.relative_to(ROOT)): path.read_text(encoding="utf-8")
        for path in sorted(generated_dir.rglob("*.py"))
        if path.name not in _RUNTIME
    }
    assert files
    assert black_would_change(files) == []
