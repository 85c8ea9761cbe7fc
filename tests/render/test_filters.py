"""Spec text placed in generated code can never break out of its literal."""

from __future__ import annotations

import ast
import inspect
import json

import black
import pytest
import tomllib

from generator.ir.model import Argument
from generator.ir.pytypes import PyType
from generator.render.filters import (
    LINE_LENGTH,
    argument_dict,
    docstring,
    docstring_content,
    markdown_line,
    python_string,
    toml_string,
)

HOSTILE_TEXTS = [
    'ends with a quote"',
    'triple """ quotes """ inside',
    "backslash \\ and \\n escapes \\",
    "'''single triple'''",
    'closing """\nimport os\nos.system("echo pwned")\n"""',
    "control \x00\x07 characters",
    "unicode — ‘quotes’ and emoji 🚀",
    "trailing backslash \\",
]


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_docstring_round_trips_as_one_string(text: str) -> None:
    literal = docstring(text, 4)
    module = ast.parse(f"def f():\n    {literal}\n")
    function = module.body[0]
    assert isinstance(function, ast.FunctionDef)
    assert len(function.body) == 1, "the text escaped its docstring"
    value = ast.get_docstring(function, clean=False)
    assert value is not None
    # black's padding: a space beside a quote or backslash at either end.
    assert inspect.cleandoc(value).strip(" ") == inspect.cleandoc(text)


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_python_string_is_a_single_literal(text: str) -> None:
    expression = ast.parse(python_string(text), mode="eval")
    assert ast.literal_eval(expression) == text


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_toml_string_round_trips(text: str) -> None:
    assert tomllib.loads(f"value = {toml_string(text)}")["value"] == text


def test_docstring_content_keeps_a_line_safe() -> None:
    literal = f'"""Title: {docstring_content(HOSTILE_TEXTS[1])}"""'
    assert ast.literal_eval(literal) == "Title: " + HOSTILE_TEXTS[1]


def test_markdown_line_folds_newlines_and_backticks() -> None:
    assert markdown_line("A\n```\ncode") == "A ''' code"


def test_filters_leave_plain_text_readable() -> None:
    assert docstring("Get chat", 4) == '"""Get chat"""'
    assert json.loads(toml_string("plain")) == "plain"


@pytest.mark.parametrize("count", [2, 3, 8])
@pytest.mark.parametrize("length", [5, 20, 40])
def test_argument_dict_is_split_as_black_splits_it(count: int, length: int) -> None:
    arguments = [
        Argument(f"a{i}_{'x' * length}", f"w{i}{'y' * length}", "body", PyType(()), True, None, "")
        for i in range(count)
    ]
    one_line = "{" + ", ".join(f'"{a.wire_name}": {a.name}' for a in arguments) + "}"
    template = "def f():\n    return request(\n        X,\n{}\n        timeout=timeout,\n    )\n"
    code = template.format(argument_dict(arguments, "body", 8))
    mode = black.Mode(line_length=LINE_LENGTH)
    assert black.format_str(template.format(f"        body={one_line},"), mode=mode) == code
