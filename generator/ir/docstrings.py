"""Docstring text for generated methods and classes, composed from the spec's prose."""

from __future__ import annotations

import functools
import re
import textwrap
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.ir.model import Argument

_WIDTH = 80


def operation_docstring(
    summary: str, description: str, deprecation: str, arguments: Iterable[Argument]
) -> str:
    """Summary line, description, deprecation notice, then every argument."""
    summary_line = operation_summary_line(summary, description)
    parts = [summary_line]
    if description and description != summary_line:
        parts.append(_paragraphs(description))
    if deprecation:
        parts.append(f"Deprecated: {deprecation}")
    lines = ["Args:"]
    for argument in arguments:
        text = argument.description or _default_argument_text(argument)
        if argument.required_in_body:
            text += " Required whenever the request body is sent."
        lines.append(_hanging(f"{argument.name}: ", text))
    lines.append("    extra_headers: Headers to send in addition to the client's.")
    lines.append("    extra_query: Query parameters to add to the URL.")
    lines.append("    extra_body: Fields to merge into the request body.")
    lines.append("    timeout: Overrides the client's timeout for this call, in seconds.")
    parts.append("\n".join(lines))
    return "\n\n".join(parts)


def operation_summary_line(summary: str, description: str) -> str:
    """The first line of the operation's docstring."""
    return _first_line(summary) or _first_line(description) or "Call this operation."


def _default_argument_text(argument: Argument) -> str:
    where = {
        "path": "Path parameter",
        "query": "Query parameter",
        "header": "Header",
        "cookie": "Cookie",
        "body": "Body field",
    }
    label = where[argument.location]
    return f"{label} `{argument.wire_name}`." if argument.wire_name else "The request body."


def _first_line(text: str) -> str:
    line = text.strip().split("\n", 1)[0].strip()
    return line


@functools.lru_cache(maxsize=16384)
def _paragraphs(text: str) -> str:
    """Re-wrap prose paragraphs, keeping lists, code and tables as they are."""
    out = []
    for paragraph in text.strip().split("\n\n"):
        lines = paragraph.splitlines()
        if any(_is_structured(line) for line in lines):
            out.append(paragraph.rstrip())
        else:
            out.append(
                textwrap.fill(
                    " ".join(line.strip() for line in lines),
                    _WIDTH,
                    break_on_hyphens=False,
                    break_long_words=False,
                )
            )
    return "\n\n".join(out)


def _is_structured(line: str) -> bool:
    """Markdown whose line breaks mean something: lists, tables, code, headings."""
    stripped = line.lstrip()
    return line.startswith("    ") or bool(re.match(r"([-*+] |\d+[.)] |\||```|#)", stripped))


def _hanging(head: str, text: str) -> str:
    body = " ".join(text.split())
    wrapped = textwrap.wrap(
        body, max(_WIDTH - 8 - len(head), 30), break_on_hyphens=False, break_long_words=False
    ) or [""]
    first, rest = wrapped[0], wrapped[1:]
    lines = [f"    {head}{first}"] + [f"        {line}" for line in rest]
    return "\n".join(lines)


def describe(text: str) -> str:
    """Prose from the spec as a class or module docstring body."""
    return _paragraphs(text) if text else ""
