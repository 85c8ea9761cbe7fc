"""The import statements of a generated module, from the names it uses.

Blocks and order are those of isort and ruff's `I` rules by default: standard library, third
party, then local (relative) modules; in each block `import x` before `from x import y`, the
modules case-insensitively and in natural order (`model2` before `model10`), relative ones
furthest first (`..` before `.`); the names of a statement constants first, then classes,
then everything else, each kind in the same order.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

Import = tuple[str, str]
"""(module, name): `("datetime", "datetime")`, `("typing", "Any")`; a name of "" is `import module`.
A module `@runtime.X` is the runtime's module X, wherever the importing module is
(`relative_imports`)."""

_THIRD_PARTY = frozenset({"httpx", "pydantic", "typing_extensions"})
_RUNTIME = "@runtime."


@dataclass(frozen=True)
class ImportStatement:
    module: str
    names: tuple[str, ...] = ()
    """The names imported from the module, in order; () for `import module`."""


ImportSections = tuple[tuple[ImportStatement, ...], ...]
"""Import statements in blocks, each block printed apart from the next."""


def import_sections(imports: Iterable[Import]) -> ImportSections:
    """The statements importing `imports`, in blocks."""
    by_module: dict[str, set[str]] = {}
    for module, name in imports:
        by_module.setdefault(module, set()).add(name)
    sections: list[list[ImportStatement]] = [[], [], []]
    for module in sorted(by_module, key=_module_key):
        section = sections[
            2 if module.startswith(".") else 1 if module.split(".")[0] in _THIRD_PARTY else 0
        ]
        names = by_module[module]
        if "" in names:
            section.append(ImportStatement(module))
        if names - {""}:
            section.append(ImportStatement(module, tuple(sorted(names - {""}, key=_name_key))))
    # Sorting is stable: by module within the straight imports and within the `from` ones.
    return tuple(
        tuple(sorted(section, key=lambda statement: bool(statement.names)))
        for section in sections
        if section
    )


def import_statements(imports: Iterable[Import]) -> tuple[ImportStatement, ...]:
    """The statements importing `imports`, in one block (under `if TYPE_CHECKING:`)."""
    return tuple(statement for section in import_sections(imports) for statement in section)


def relative_imports(imports: Iterable[Import], *, depth: int) -> set[Import]:
    """Runtime-module markers (`@runtime._models`) made relative to a module `depth` deep."""
    dots = "." * depth
    return {
        (dots + module.removeprefix(_RUNTIME), name)
        if module.startswith(_RUNTIME)
        else (module, name)
        for module, name in imports
    }


def bound_names(imports: Iterable[Import]) -> set[str]:
    """The names import statements bind: `import a.b` binds `a`, `from m import n` binds `n`."""
    return {name or module.split(".")[0] for module, name in imports}


# The keys are cached: a big client's modules import the same few thousand names again and again.
@functools.lru_cache(maxsize=65536)
def _module_key(module: str) -> tuple[int, tuple[str | int, ...], tuple[str | int, ...]]:
    name = module.lstrip(".")
    return -(len(module) - len(name)), _natural(name.lower()), _natural(name)


@functools.lru_cache(maxsize=65536)
def _name_key(name: str) -> tuple[int, tuple[str | int, ...], tuple[str | int, ...]]:
    if len(name) > 1 and name.isupper():
        kind = 0  # a constant: `NOT_GIVEN`
    elif name[:1].isupper():
        kind = 1  # a class: `NotGiven`
    else:
        kind = 2
    return kind, _natural(name.lower()), _natural(name)


def _natural(text: str) -> tuple[str | int, ...]:
    """`model10` as ("model", 10, ""): digit runs compare as numbers."""
    return tuple(
        int(part) if index % 2 else part for index, part in enumerate(re.split(r"(\d+)", text))
    )
