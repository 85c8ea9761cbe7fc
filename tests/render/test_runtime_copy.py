"""The runtime is copied into packages without formatting, so it must already be black's output."""

from __future__ import annotations

import pytest

from generator.render import runtime_files
from generator.write.format import format_files

RUNTIME = runtime_files("package")


def test_the_runtime_is_copied_with_its_marker_file() -> None:
    assert "package/py.typed" in RUNTIME
    assert {"package/_base_client.py", "package/errors.py", "package/_models.py"} <= set(RUNTIME)


@pytest.mark.parametrize("path", sorted(p for p in RUNTIME if p.endswith(".py")))
def test_runtime_module_is_black_formatted(path: str) -> None:
    assert format_files({path: RUNTIME[path]})[path] == RUNTIME[path], (
        "run black -l 100 on templates/runtime"
    )
