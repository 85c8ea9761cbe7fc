"""Jinja filters that turn spec text into safe Python, TOML and Markdown.

Text from a spec ends up inside string literals and docstrings of generated code; these are
the only places it is escaped, so no description or name can break out of its literal.
"""

from __future__ import annotations

import json
import re


def python_string(text: str) -> str:
    """A Python string literal; black later settles the quotes."""
    return repr(str(text))


def python_repr(value: object) -> str:
    return repr(value)


_CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# A quote next to another, or at the very end, could join the closing quotes.
_RISKY_QUOTE = re.compile(r'"(?=")|(?<=")"|"\Z')


def docstring_content(text: str) -> str:
    """Text safe inside a triple-double-quoted string: no closing quotes, no stray escapes."""
    escaped = str(text).replace("\\", "\\\\")
    escaped = _CONTROL_CHARACTER.sub(lambda match: f"\\x{ord(match.group(0)):02x}", escaped)
    return _RISKY_QUOTE.sub('\\\\"', escaped)


def docstring(text: str, indent: int) -> str:
    """A complete docstring literal whose continuation lines are indented by `indent` spaces."""
    lines = [line.rstrip() for line in docstring_content(text).strip("\n").splitlines()] or [""]
    if len(lines) == 1:
        return f'"""{lines[0]}"""'
    pad = " " * indent
    body = "\n".join(pad + line if line else "" for line in lines[1:])
    return f'"""{lines[0]}\n{body}\n{pad}"""'


def first_line(text: str) -> str:
    stripped = str(text).strip()
    return stripped.splitlines()[0] if stripped else ""


def markdown_line(text: str) -> str:
    """One line of Markdown: whitespace folded, so a title cannot open a code block or heading."""
    return re.sub(r"\s+", " ", str(text)).strip().replace("`", "'")


def toml_string(text: str) -> str:
    return json.dumps(str(text), ensure_ascii=False)


FILTERS = {
    "pystr": python_string,
    "pyrepr": python_repr,
    "pylist": python_repr,
    "docstring": docstring,
    "docstring_content": docstring_content,
    "first_line": first_line,
    "markdown_line": markdown_line,
    "tomlstr": toml_string,
}
