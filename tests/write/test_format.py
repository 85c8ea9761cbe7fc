"""The cut of a module into top-level blocks, and what `format_in_blocks` says when it falls back."""

from __future__ import annotations

import black
import pytest

from generator.write.format import BLACK_MODE, format_in_blocks, split_blocks

DECORATED = '''"""A module."""

import dataclasses


@dataclasses.dataclass(
    frozen=True,
)
@final
class Point:
    x: int


@overload
def f(x: int) -> int: ...


def g() -> None:
    pass
'''


@pytest.fixture(autouse=True)
def _no_format_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTGEN_NO_CACHE", "1")


def test_a_decorated_definition_stays_one_block_with_its_decorators() -> None:
    blocks = split_blocks(DECORATED)
    assert [block.split("\n", 1)[0] for block in blocks] == ['"""A module."""', "@dataclasses.dataclass(", "@overload", "def g() -> None:"]
    assert "\n".join(blocks) == DECORATED


def test_a_module_that_starts_with_a_decorator_keeps_it() -> None:
    assert split_blocks("@final\nclass A:\n    pass\n") == ["@final\nclass A:\n    pass\n"]


def test_decorated_blocks_format_as_the_whole_file_does() -> None:
    formatted = format_in_blocks({"m.py": DECORATED})
    assert formatted.formatted_whole == ()
    assert formatted.files["m.py"] == black.format_str(DECORATED, mode=BLACK_MODE)


def test_a_cut_inside_a_string_is_formatted_whole_and_reported() -> None:
    # The line `def inside` starts a line of the string, so a block ends in the middle of it.
    source = 'TEXT = """\ndef inside():\n"""\n\n\ndef outside() -> None:\n    pass\n'
    formatted = format_in_blocks({"m.py": source, "README.md": "text"})
    assert formatted.formatted_whole == ("m.py",)
    assert formatted.files["m.py"] == black.format_str(source, mode=BLACK_MODE)
