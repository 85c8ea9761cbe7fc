"""Import statements grouped and ordered as isort and ruff order them by default."""

from __future__ import annotations

from generator.ir.imports import ImportStatement, bound_names, import_sections, relative_imports
from generator.render.filters import import_statement


def lines(imports: list[tuple[str, str]]) -> list[list[str]]:
    return [
        [import_statement(statement, 0) for statement in section]
        for section in import_sections(imports)
    ]


def test_blocks_are_standard_library_third_party_then_relative() -> None:
    imports = [
        (".._types", "Body"),
        ("pydantic", "Field"),
        ("typing", "Any"),
        ("httpx", ""),
        ("builtins", ""),
    ]
    assert lines(imports) == [
        ["import builtins", "from typing import Any"],
        ["import httpx", "from pydantic import Field"],
        ["from .._types import Body"],
    ]


def test_straight_imports_come_before_from_imports_of_their_block() -> None:
    assert lines(
        [("collections.abc", "Mapping"), ("warnings", ""), ("datetime", "date"), ("datetime", "")]
    ) == [
        [
            "import datetime",
            "import warnings",
            "from collections.abc import Mapping",
            "from datetime import date",
        ]
    ]


def test_names_are_constants_then_classes_then_the_rest() -> None:
    names = [
        "json_body",
        "SyncAPIClient",
        "EMPTY",
        "AsyncAPIClient",
        "Endpoint",
        "NOT_GIVEN",
        "NotGiven",
        "T",
    ]
    (section,) = import_sections((".._base_client", name) for name in names)
    assert section == (
        ImportStatement(
            ".._base_client",
            (
                "EMPTY",
                "NOT_GIVEN",
                "AsyncAPIClient",
                "Endpoint",
                "NotGiven",
                "SyncAPIClient",
                "T",
                "json_body",
            ),
        ),
    )


def test_names_and_modules_sort_case_insensitively_and_numbers_by_value() -> None:
    (section,) = import_sections(
        [
            (".models", "Model10"),
            (".models", "Model2"),
            (".models", "Modelb"),
            (".models", "ModelA"),
        ]
    )
    assert section[0].names == ("Model2", "Model10", "ModelA", "Modelb")
    assert lines([(".part10", "X"), (".Part2", "X"), (".part1", "X")]) == [
        ["from .part1 import X", "from .Part2 import X", "from .part10 import X"]
    ]


def test_relative_modules_furthest_first() -> None:
    assert lines([(".address", "Address"), (".._models", "BaseModel"), ("..._deep", "x")]) == [
        [
            "from ..._deep import x",
            "from .._models import BaseModel",
            "from .address import Address",
        ]
    ]


def test_runtime_markers_become_relative_to_the_importing_module() -> None:
    assert relative_imports({("@runtime._models", "OpenEnum"), ("typing", "Any")}, depth=2) == {
        (".._models", "OpenEnum"),
        ("typing", "Any"),
    }


def test_bound_names_are_what_the_statements_bind() -> None:
    assert bound_names([("email.utils", ""), ("typing", "Any")]) == {"email", "Any"}


def test_a_statement_too_long_for_its_line_lists_one_name_a_line() -> None:
    names = tuple(f"SomeRatherLongName{index}" for index in range(5))
    statement = ImportStatement(".resources.things", names)
    assert len(import_statement(ImportStatement(".x", ("A",)), 4)) < 100
    assert (
        import_statement(statement, 4)
        == "from .resources.things import (\n"
        + "".join(f"        {name},\n" for name in names)
        + "    )"
    )
