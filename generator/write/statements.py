"""A block of rendered code cut into its logical lines, each with whether black would print
it as it is, and how to have black format one of them alone."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from black.strings import str_width

LINE_LENGTH = 100
"""The line length clientgen formats to."""
Job = tuple[str, int]
"""Code for black, and the line length to format it to."""

# What black would change in code rendered in its style, or what we do not reproduce
# (`_unsure`): tabs and other odd whitespace, trailing spaces, backslash continuations, and a
# bracket closed on its own line after anything but a (magic) trailing comma, which black
# would join up.
_ODD_WHITESPACE = ("\t", "\r", "\x0b", "\x0c", " \n", "\\\n")
_LINE_CLOSING = re.compile(r"\n *[)\]}]")
# A bracket outside a one-line string literal or a comment (a bracket inside one is skipped).
_BRACKET = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|#[^\n]*|[()\[\]{}]')
_ANY_BRACKET = re.compile(r"[()\[\]{}]")
# The first words of the statements that open a block.
_COMPOUND = frozenset(
    {
        "class",
        "def",
        "async",
        "if",
        "elif",
        "else",
        "for",
        "while",
        "with",
        "try",
        "except",
        "finally",
        "match",
        "case",
    }
)
_KEYWORD = re.compile(r"[A-Za-z_]+")
# Long lines black leaves as they are, having nothing to split them at: an element of a
# collection (or argument of a call) split one a line that is a string, a pair of strings, a
# keyword and a string or a name, or a parameter annotated with one name; and the head of an
# import or a signature split so.
_UNSPLIT_ELEMENT = re.compile(
    r' *(?:"[^"\\]*"(?:: "[^"\\]*")?|\w+="[^"\\]*"|[A-Za-z_][\w.]*|\w+: [A-Za-z_]\w*),$'
)
_UNSPLIT_OPENING = re.compile(r" *(?:from [\w.]+ import \(|(?:async )?def \w+\()$")
# The body a block's header is formatted with, alone.
_BODY = "    pass\n"


@dataclass(frozen=True)
class Statement:
    """One logical line of a block (a docstring, a blank line or a statement, its lines joined)."""

    text: str
    in_black_style: bool
    indent: int
    is_string: bool = False
    """A triple-quoted string alone (a docstring, or a field's)."""

    @property
    def first_word(self) -> str:
        keyword = _KEYWORD.match(self.text.lstrip(" "))
        return keyword.group(0) if keyword else ""

    @property
    def opens_block(self) -> bool:
        return self.text.endswith(":")

    @functools.cached_property
    def job(self) -> Job | None:
        """What black formats to print this statement, or None when it cannot go alone.

        A statement goes alone moved to the left margin, with the line length cut by as much:
        black decides each line by its width with the indentation, and the lines of a simple
        statement or of a block's header (given a body of `pass`) by nothing around them. The
        blank lines around it are the template's. A comment, a decorator or a line indented
        less than the first goes with its block.
        """
        first = self.text.lstrip(" ")
        opens_block = self.first_word in _COMPOUND
        margin = " " * self.indent
        lines = self.text.split("\n")
        if (
            not first
            or first.startswith(("#", "@"))
            or (opens_block and not self.text.endswith(":"))
        ):
            return None
        if not all(line.startswith(margin) or not line for line in lines):
            return None
        dedented = "\n".join(line[self.indent :] for line in lines) + "\n"
        return dedented + (_BODY if opens_block else ""), LINE_LENGTH - self.indent

    def placed(self, formatted: str | None) -> str | None:
        """Black's output for `job` put back in the statement's place."""
        if formatted is None or (self.opens_block and not formatted.endswith(_BODY)):
            return None
        if self.opens_block:
            formatted = formatted.removesuffix(_BODY)
        margin = " " * self.indent
        return "\n".join(
            margin + line if line else line for line in formatted.rstrip("\n").split("\n")
        )


def statements(piece: str) -> list[Statement] | None:
    """The logical lines of a block, each with whether black would print it as it is; None
    when the block is not cut so simply (then black sees it whole).

    Only code is examined, not the triple-quoted strings, because black changes nothing inside
    those (the `docstring` filter already applies black's docstring rules) and a long line there
    is not one it can split. The strings must start and end their lines outside any bracket,
    as the templates print them; anything else (a quote inside a string, a cut that fell inside
    one, a backslash continuation) goes to black.
    """
    if "'''" in piece:
        return None
    odd_whitespace = _has_odd_whitespace(piece)
    found: list[Statement] = []
    current: list[str] = []
    depth = 0
    in_string = False
    for line in piece.split("\n"):
        quotes = line.count('"""')
        if in_string or quotes:
            opens = not in_string
            if opens and (depth or not line.lstrip(" ").startswith('"""')):
                return None
            closes = quotes == (1 if in_string else 2)
            if quotes > 2 or (in_string and quotes > 1) or (closes and not line.endswith('"""')):
                return None
            current.append(line)
            in_string = not closes
            if closes:
                found.append(
                    Statement("\n".join(current), True, _indent(current[0]), is_string=True)
                )
                current = []
            continue
        current.append(line)
        depth += _depth_change(line)
        if depth < 0 or line.endswith("\\"):
            return None
        if depth == 0:
            text = "\n".join(current)
            in_style = _looks_black(text, odd_whitespace)
            found.append(Statement(text, in_style, _indent(current[0])))
            current = []
    return found if not (current or in_string) else None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _looks_black(code: str, odd_whitespace: bool) -> bool:
    """Whether black keeps the statement as it is; `odd_whitespace`: whether the block it is
    in has any (`_has_odd_whitespace`), so that a statement of a block with none is not
    searched for it."""
    if odd_whitespace and _has_odd_whitespace(code):
        return False
    if "\n" not in code:
        # Most statements: one line, which black keeps when it fits (nothing in it is unsplit).
        return _fits(code)
    if _joins_a_closing_bracket(code):
        return False
    if all(map(_fits, code.split("\n"))):
        return True
    kept = lines_black_keeps(code)
    return kept is not None and all(kept)


def _depth_change(line: str) -> int:
    """How many more brackets are open after the line than before it."""
    if not _ANY_BRACKET.search(line):
        return 0
    change = 0
    for token in _BRACKET.findall(line):
        change += 1 if token in "([{" else -1 if token in ")]}" else 0
    return change


def lines_black_keeps(code: str) -> list[bool] | None:
    """Whether black keeps each line of a statement as it is: it fits, or black has nothing
    to split it at; None when black would change more than long lines (`_unsure`)."""
    if _unsure(code):
        return None
    kept = []
    depth = 0
    for line in code.split("\n"):
        kept.append(
            _fits(line) or bool((_UNSPLIT_ELEMENT if depth else _UNSPLIT_OPENING).match(line))
        )
        depth += _depth_change(line)
    return kept


def _unsure(code: str) -> bool:
    """Whether black would change more in the code than its long lines."""
    return _has_odd_whitespace(code) or _joins_a_closing_bracket(code)


def _has_odd_whitespace(code: str) -> bool:
    # Substrings, not one regular expression of the alternatives: that is five times slower.
    return any(mark in code for mark in _ODD_WHITESPACE) or code.endswith((" ", "\\"))


def _joins_a_closing_bracket(code: str) -> bool:
    """A bracket closed on its own line after anything but a trailing comma."""
    return any(
        closing.start() == 0 or code[closing.start() - 1] != ","
        for closing in _LINE_CLOSING.finditer(code)
    )


def _fits(line: str) -> bool:
    return len(line) <= LINE_LENGTH and (line.isascii() or str_width(line) <= LINE_LENGTH)
