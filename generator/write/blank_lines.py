"""Whether a block's blank lines are the ones black prints, known without running black.

When only some statements of a block go through black, each alone, the blank lines between
them stay as rendered; the templates leave some of those to black (two after a class at the
top level, one after the imports). This follows the rules black 26's `EmptyLineTracker`
applies to `.py` files, for the lines the templates print: a block holding anything else (a
comment after code on its line or right above a definition, a stub `...` body, an indentation
that is not four spaces a level) is not vouched for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.write.statements import Statement

_INDENT = 4
_DEPENDENT_CLAUSE_EXCEPTIONS = frozenset({"with", "try", "for", "while", "if", "match"})


@dataclass(frozen=True)
class _Line:
    """What black's blank-line rules see of a logical line."""

    depth: int
    word: str
    opens_block: bool
    docstring: bool

    @property
    def is_def(self) -> bool:
        return self.word in ("def", "async def")

    @property
    def is_class(self) -> bool:
        return self.word == "class"

    @property
    def is_decorator(self) -> bool:
        return self.word == "@"

    @property
    def is_comment(self) -> bool:
        return self.word == "#"

    @property
    def is_import(self) -> bool:
        return self.word in ("import", "from")


def blank_lines_as_black_prints(statements: Sequence[Statement]) -> bool:
    """True when black would put between the block's statements the blank lines that are there."""
    previous: _Line | None = None
    previous_after = 0
    module_docstring = False
    open_definitions: list[_Line] = []
    blank = 0
    for statement in statements:
        if not statement.text.strip():
            blank += 1
            continue
        line = _line(statement, previous)
        decided = _expected(line, previous, blank, open_definitions) if line is not None else None
        if line is None or decided is None:
            return False
        expected, after = decided
        expected = max(0, expected - previous_after)
        if module_docstring and not (line.is_class or line.is_def):
            expected = 1
        if previous_after + expected != blank:
            return False
        module_docstring = previous is None and line.docstring and line.depth == 0
        previous, previous_after, blank = line, after, 0
    return True


def _line(statement: Statement, previous: _Line | None) -> _Line | None:
    """The line black sees, or None for one these rules do not cover."""
    first = statement.text.lstrip(" ")
    comment = first.startswith("#")
    if (
        statement.indent % _INDENT
        or (comment and "\n" in statement.text)
        or (not comment and not statement.is_string and "#" in statement.text)
    ):
        return None
    word = "#" if comment else "@" if first.startswith("@") else statement.first_word
    if word == "async" and first.startswith("async def "):
        word = "async def"
    if word in ("def", "async def") and statement.text.endswith(": ..."):
        return None
    depth = statement.indent // _INDENT
    # Black's docstring: a string that is the first statement of the file or of a block.
    docstring = statement.is_string and (
        previous is None or (previous.opens_block and previous.depth < depth)
    )
    return _Line(depth, word, statement.opens_block and not statement.is_string, docstring)


def _expected(
    line: _Line, previous: _Line | None, blank: int, open_definitions: list[_Line]
) -> tuple[int, int] | None:
    """(blank lines before the line, blank lines after it) as black decides them; None where
    these rules do not say."""
    before = min(blank, 2 if line.depth == 0 else 1)
    user_had_newline = before > 0
    closed = None
    while open_definitions and open_definitions[-1].depth >= line.depth:
        closed = open_definitions.pop()
    if line.is_def or line.is_class:
        open_definitions.append(line)
    if previous is None:
        return 0, 0
    if line.docstring and previous.is_class:
        return 0, 1
    if line.docstring and previous.opens_block and previous.is_def:
        return 0, 0
    if closed is not None:
        if line.depth:
            before = 1
        elif closed.depth and line.opens_block and line.word not in _DEPENDENT_CLAUSE_EXCEPTIONS:
            before = 1
        else:
            before = 2
    if line.is_decorator or line.is_def or line.is_class:
        if previous.is_decorator:
            return 0, 0
        if previous.depth < line.depth and (previous.is_class or previous.is_def):
            return (1 if user_had_newline else 0), 0
        if previous.is_comment and previous.depth == line.depth and before == 0:
            return None  # black moves the blank lines above the comment
        return (1 if line.depth else 2), 0
    if previous.is_import and previous.depth == 0 and line.depth == 0 and not line.is_import:
        return 1, 0
    if previous.is_import and not line.is_import and line.depth == previous.depth:
        return (before or 1), 0
    return before, 0
