"""The cut of a module into top-level blocks, what `format_in_blocks` says when it falls back,
and that it prints what black prints for the whole file, though black sees only the statements
that may need it (each alone) or, when a block cannot be cut so, the block."""

from __future__ import annotations

import black
import pytest

from generator.write.format import (
    BLACK_MODE,
    format_files,
    format_in_blocks,
    in_black_style,
    split_blocks,
)

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
    assert [block.split("\n", 1)[0] for block in blocks] == [
        '"""A module."""',
        "@dataclasses.dataclass(",
        "@overload",
        "def g() -> None:",
    ]
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


_LONG_TYPE = "ActionsCreateSelfHostedRunnerGroupForOrganizationRequestVisibilityAndMore"

MODULES = {
    "a long field in a class": f'''
class Group(BaseModel):
    """A group."""

    name: str
    """Its name."""
    visibility_of_the_group_for_everyone: {_LONG_TYPE} | None = None
    """Who sees it."""
''',
    "a long alias and a long call at the top": f'''
"""Aliases."""

from typing import Annotated, Literal

GroupVisibility = Annotated[Literal["selected", "all", "private", "{_LONG_TYPE}"], OpenEnum]
result = compute(first_argument_of_the_call, second_argument_of_the_call, third_argument_of_it)
''',
    "a long method header and body line": f'''
class Groups:
    def create(self, org: str, *, visibility: {_LONG_TYPE} | NotGiven = NOT_GIVEN) -> Group:
        """Create one."""
        return self._client.request(_CREATE, path_params={{"org": org}}, body={{"visibility": visibility}})
''',  # noqa: E501 - a line too long is what this case is about
    "long elements and import heads black cannot split": f'''
from .a_module_whose_name_is_long_enough_to_pass_the_line_length_on_its_own_without_anything_else import (
    Name,
)

_MODULE_OF: dict[str, str] = {{
    "{_LONG_TYPE}": ".actions_create_self_hosted_runner_group_for_organization_request",
}}
_ENDPOINT = Endpoint(
    method="GET",
    path="/organizations/{{organization_id}}/actions/hosted-runners/images/custom/{{image_id}}/versions",
)


class Things:
    def a_method_whose_name_is_long_enough_to_pass_the_line_length_on_its_own_without_anything_else(
        self,
    ) -> None:
        return self._client.request(
            _A_CONSTANT_WHOSE_NAME_IS_LONG_ENOUGH_TO_PASS_THE_LINE_LENGTH_ON_ITS_OWN_WITHOUT_ANYTHING,
        )
''',  # noqa: E501 - a line too long is what this case is about
    "long parameters in a signature split one a line": f"""
class Groups:
    def create(
        self,
        org: str,
        *,
        visibility: {_LONG_TYPE} | NotGiven = NOT_GIVEN,
        members: list[{_LONG_TYPE} | dict[str, Any] | None] | NotGiven = NOT_GIVEN,
    ) -> Group:
        return self._client.request(_CREATE)
""",
    "a long condition after the first branch": """
def choose(value: int) -> str:
    if value == 1:
        return "one"
    elif value == 2 and some_rather_long_function_name(value) and another_long_function_name(value):
        return "two"
    return "many"
""",
    "a long alias after a class, one blank line between": f"""
class Vehicle(BaseModel):
    wheels: int

AnyVehicle = Annotated[Annotated[Vehicle, Tag("Vehicle")] | Annotated[{_LONG_TYPE}, Tag("Other")], Discriminator(kind)]
""",  # noqa: E501 - a line too long is what this case is about
    "two blank lines after the imports, which black makes one": f'''
"""A module."""

from ._base_client import {", ".join(f"NAME_NUMBER_{n}" for n in range(12))}


__all__ = ["Client"]
''',
    "a method after a comment": f"""
class Groups:
    value: {_LONG_TYPE} | None = None
    # Why the method is there.
    def create(self) -> None:
        pass
""",
    "a bracket closed after no comma": """
values = call(
    argument
)
""",
}
# Whitespace black changes, in statements of one line and of several.
ODD_WHITESPACE = {
    "a trailing space": "x = 1 \ny = 2\n",
    "a tab": "x = [\n    1,\t\n]\n",
    "a trailing space after an element": "x = [\n    1, \n]\n",
    "a backslash continuation": "x = 1 + \\\n    2\n",
}
MODULES.update(ODD_WHITESPACE)


@pytest.mark.parametrize("source", MODULES.values(), ids=MODULES.keys())
def test_the_output_is_what_black_prints_for_the_whole_module(source: str) -> None:
    text = source.lstrip("\n")
    assert format_files({"module.py": text})["module.py"] == black.format_str(text, mode=BLACK_MODE)


def test_lines_black_cannot_split_count_as_in_its_style() -> None:
    text = MODULES["long elements and import heads black cannot split"].lstrip("\n")
    assert black.format_str(text, mode=BLACK_MODE) == text
    assert in_black_style(text)


def test_a_long_statement_is_not_in_black_style() -> None:
    assert not in_black_style(MODULES["a long field in a class"].lstrip("\n"))


@pytest.mark.parametrize("source", ODD_WHITESPACE.values(), ids=ODD_WHITESPACE.keys())
def test_whitespace_black_changes_is_not_in_its_style(source: str) -> None:
    assert black.format_str(source, mode=BLACK_MODE) != source
    assert not in_black_style(source)
