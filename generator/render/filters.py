"""Jinja filters that write the IR's types as Python and turn spec text into safe Python, TOML
and Markdown.

Text from a spec ends up inside string literals and docstrings of generated code; these are
the only places it is escaped, so no description or name can break out of its literal.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from black.strings import fix_multiline_docstring, str_width

from generator.ir.imports import ImportStatement
from generator.ir.model import Argument, Decoder
from generator.ir.pytypes import Code, Member, Name, PyType, Subscript, python_literal

# black's line length (generator/write/format.py): code that fits needs no formatting pass.
LINE_LENGTH = 100


def python_type(annotation: PyType) -> str:
    """The annotation as Python source: `list[Pet] | None`."""
    return " | ".join(_member(member) for member in annotation.members)


def _member(member: Member) -> str:
    if isinstance(member, Name):
        return _name(member)
    if isinstance(member, Subscript):
        arguments = ", ".join(
            argument.text if isinstance(argument, Code) else python_type(argument)
            for argument in member.arguments
        )
        return f"{_name(member.origin)}[{arguments}]"
    return python_literal(python_type(member.type))


def _name(name: Name) -> str:
    return f"{name.module}.{name.text}" if name.module else name.text


def decoder(value: Decoder) -> str:
    """The runtime expression that decodes a response: `EMPTY`, `json_body(lambda: models.Pet)`."""
    if value.looked_up_type is None:
        return value.name
    text = "" if value.text else ", text=False"
    return f"{value.name}(lambda: {python_type(value.looked_up_type)}{text})"


def decoder_notation(value: Decoder) -> str:
    """What a decoder decodes, written as `EMPTY`, `json_body(Chat)` or
    `by_content_type(Chat, text=False)`: the API it gives, however the module reaches the types."""
    if value.body_type is None:
        return value.name
    text = "" if value.text else ", text=False"
    return f"{value.name}({python_type(value.body_type)}{text})"


def python_string(text: str) -> str:
    """A Python string literal in black's quotes."""
    return python_literal(str(text))


def python_repr(value: object) -> str:
    """A literal of strings, numbers, tuples, lists and dicts, as black prints it on one line."""
    if isinstance(value, tuple):
        items = [python_repr(item) for item in value]
        return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"
    if isinstance(value, list):
        return f"[{', '.join(python_repr(item) for item in value)}]"
    if isinstance(value, dict):
        return (
            "{"
            + ", ".join(f"{python_repr(key)}: {python_repr(item)}" for key, item in value.items())
            + "}"
        )
    return python_literal(value)


def python_list(values: Sequence[object], prefix_width: int) -> str:
    """A list literal after `prefix_width` characters of its line.

    One item a line when too long, as black does.
    """
    one_line = python_repr(list(values))
    if prefix_width + len(one_line) <= LINE_LENGTH or len(values) < 2:
        return one_line
    return "[\n" + "".join(f"    {python_repr(value)},\n" for value in values) + "]"


def argument_dict(arguments: Sequence[Argument], keyword: str, indent: int) -> str:
    """`keyword={"wire_name": name, ...},` at `indent`, one entry a line when too long, as black
    splits a dict in a call split one argument a line."""
    entries = [f"{python_string(argument.wire_name)}: {argument.name}" for argument in arguments]
    pad = " " * indent
    line = f"{pad}{keyword}={{{', '.join(entries)}}},"
    if str_width(line) <= LINE_LENGTH or len(entries) < 2:
        return line
    return (
        f"{pad}{keyword}={{\n" + "".join(f"{pad}    {entry},\n" for entry in entries) + f"{pad}}},"
    )


def import_statement(statement: ImportStatement, indent: int) -> str:
    """`from module import a, b` at `indent`.

    One name a line in parentheses when too long, as black does.
    """
    if not statement.names:
        return f"import {statement.module}"
    line = f"from {statement.module} import {', '.join(statement.names)}"
    if indent + len(line) <= LINE_LENGTH:
        return line
    pad = " " * indent
    return (
        f"from {statement.module} import (\n"
        + "".join(f"{pad}    {name},\n" for name in statement.names)
        + f"{pad})"
    )


_CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# A quote next to another, or at the very end, could join the closing quotes.
_RISKY_QUOTE = re.compile(r'"(?=")|(?<=")"|"\Z')


def docstring_content(text: str) -> str:
    """Text safe inside a triple-double-quoted string: no closing quotes, no stray escapes."""
    escaped = str(text).replace("\\", "\\\\")
    escaped = _CONTROL_CHARACTER.sub(lambda match: f"\\x{ord(match.group(0)):02x}", escaped)
    return _RISKY_QUOTE.sub('\\\\"', escaped)


def string_block(text: str, indent: int) -> str:
    """A triple-quoted string whose continuation lines are indented by `indent` spaces.

    For attribute docstrings, which black leaves as they are; a real docstring is `docstring`.
    """
    lines = [line.rstrip() for line in docstring_content(text).strip("\n").splitlines()] or [""]
    if len(lines) == 1:
        return f'"""{lines[0]}"""'
    pad = " " * indent
    body = "\n".join(pad + line if line else "" for line in lines[1:])
    return f'"""{lines[0]}\n{body}\n{pad}"""'


def docstring(text: str, indent: int) -> str:
    """The docstring of a module, class or function whose body is at `indent`, as black prints it.

    The steps are black's own (its linegen's docstring handling): indentation made uniform,
    padding where the text starts or ends with a quote or ends with a backslash. Its one
    other step, moving closing quotes off a long last line, never applies: `string_block`
    already puts them on a line of their own.
    """
    literal = string_block(text, indent)
    if re.search(r"\\\s*\n", literal):
        return literal  # black leaves a docstring with a backslash-newline as it is
    body = literal[3:-3]
    content = fix_multiline_docstring(body, " " * indent) if "\n" in body else body.strip()
    if content:
        if content[0] == '"':
            content = " " + content
        if content[-1] == '"':
            content += " "
        if (len(content) - len(content.rstrip("\\"))) % 2:
            content += " "
    elif body:
        content = " "
    return f'"""{content}"""'


def first_line(text: str) -> str:
    stripped = str(text).strip()
    return stripped.splitlines()[0] if stripped else ""


def markdown_line(text: str) -> str:
    """One line of Markdown: whitespace folded, so a title cannot open a code block or heading."""
    return re.sub(r"\s+", " ", str(text)).strip().replace("`", "'")


def toml_string(text: str) -> str:
    return json.dumps(str(text), ensure_ascii=False)


FILTERS = {
    "pytype": python_type,
    "decoder": decoder,
    "pystr": python_string,
    "pyrepr": python_repr,
    "pylist": python_list,
    "import_statement": import_statement,
    "argument_dict": argument_dict,
    "docstring": docstring,
    "string_block": string_block,
    "docstring_content": docstring_content,
    "first_line": first_line,
    "markdown_line": markdown_line,
    "tomlstr": toml_string,
}
