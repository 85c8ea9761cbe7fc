"""Python type annotations as the IR builds them: a union of members plus what they need imported.

Members stay structured (names, subscripts, value code) until an annotation is spelled, because
the spelling depends on where it is printed: inside a class whose method is called `list`, the
builtin must be written `builtins.list`, and only a structured type knows which words are names.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Set
from dataclasses import dataclass

from black.numerics import format_float_or_int_string, format_scientific_notation
from black.strings import normalize_string_quotes

Import = tuple[str, str]
"""(module, name): `("datetime", "datetime")`, `("typing", "Any")`."""


@dataclass(frozen=True)
class Name:
    """A name an annotation refers to: a builtin (`list`), an imported name (`Any`) or a model."""

    text: str

    def spelled(self, shadowed: Set[str]) -> str:
        return f"builtins.{self.text}" if self.text in shadowed else self.text


@dataclass(frozen=True)
class Code:
    """A value inside an annotation (a Literal's values, Annotated metadata): printed as it is."""

    text: str

    def spelled(self, shadowed: Set[str]) -> str:
        return self.text


@dataclass(frozen=True)
class Subscript:
    """`list[Pet]`, `dict[str, Any]`, `Annotated[Pet, Tag("Pet")]`."""

    origin: Name
    arguments: tuple[PyType | Code, ...]

    def spelled(self, shadowed: Set[str]) -> str:
        return f"{self.origin.spelled(shadowed)}[{', '.join(a.spelled(shadowed) for a in self.arguments)}]"


Member = Name | Subscript


@dataclass(frozen=True)
class PyType:
    members: tuple[Member, ...]
    imports: frozenset[Import] = frozenset()
    models: frozenset[str] = frozenset()
    """Names defined in the generated `models.py` that the annotation uses."""

    def spelled(self, shadowed: Set[str]) -> str:
        """The annotation where the names in `shadowed` are hidden by methods and so go through `builtins`."""
        return " | ".join(member.spelled(shadowed) for member in self.members)

    @property
    def annotation(self) -> str:
        return self.spelled(frozenset())

    @functools.cached_property
    def brackets(self) -> int:
        """How deeply the annotation nests brackets (`list[dict[str, int]]`: 2)."""
        return max((1 + max((a.brackets for a in m.arguments if isinstance(a, PyType)), default=0) for m in self.members if isinstance(m, Subscript)), default=0)

    @property
    def name(self) -> str | None:
        """The name when the type is exactly one name (`Pet`, `str`), else None."""
        only = self.members[0] if len(self.members) == 1 else None
        return only.text if isinstance(only, Name) else None

    @property
    def names(self) -> frozenset[str]:
        """Every name the annotation refers to, however deeply nested."""
        found: set[str] = set()
        for member in self.members:
            if isinstance(member, Name):
                found.add(member.text)
            else:
                found.add(member.origin.text)
                found.update(*(a.names for a in member.arguments if isinstance(a, PyType)))
        return frozenset(found)

    @property
    def nullable(self) -> bool:
        return _NONE in self.members

    def or_none(self) -> PyType:
        return union([self, NONE])

    def without_none(self) -> PyType:
        members = tuple(m for m in self.members if m != _NONE)
        return PyType(members or (_NONE,), self.imports, self.models)


def simple(annotation: str, *imports: Import) -> PyType:
    return PyType((Name(annotation),), frozenset(imports))


def model(name: str) -> PyType:
    return PyType((Name(name),), models=frozenset({name}))


def subscript(origin: str, *arguments: PyType | Code, imports: Iterable[Import] = ()) -> PyType:
    """`origin[arguments]`, needing whatever its arguments need."""
    types = [a for a in arguments if isinstance(a, PyType)]
    return PyType(
        (Subscript(Name(origin), arguments),),
        frozenset(imports).union(*(a.imports for a in types)),
        frozenset().union(*(a.models for a in types)),
    )


def union(types: Iterable[PyType]) -> PyType:
    members: list[Member] = []
    imports: set[Import] = set()
    models: set[str] = set()
    for item in types:
        for member in item.members:
            if member not in members:
                members.append(member)
        imports |= item.imports
        models |= item.models
    if _ANY in members:
        # `Any | X` says no more than `Any`; keep None visible for readers. What only X
        # needed goes with X, or its module would import names it never uses.
        members = [_ANY, _NONE] if _NONE in members else [_ANY]
        imports, models = {ANY_IMPORT}, set()
    if _NONE in members:
        members = [m for m in members if m != _NONE] + [_NONE]
    return PyType(tuple(members), frozenset(imports), frozenset(models))


_ANY = Name("Any")
_NONE = Name("None")
ANY_IMPORT: Import = ("typing", "Any")
ANY = simple("Any", ANY_IMPORT)
NONE = simple("None")
STR = simple("str")
INT = simple("int")
FLOAT = simple("float")
BOOL = simple("bool")
BYTES = simple("bytes")
FREE_FORM_OBJECT = subscript("dict", STR, ANY)


def literal(values: Iterable[object]) -> PyType:
    return subscript("Literal", *(Code(python_literal(value)) for value in values), imports=[("typing", "Literal")])


def python_literal(value: object) -> str:
    """A Python source literal for a JSON scalar, spelled as black prints it.

    Strings go through repr, which escapes everything; black's own rules then pick the quotes
    and the spelling of numbers, so that the code needs no formatting pass to be in its style.
    """
    if isinstance(value, str):
        return python_string(value)
    text = repr(value)
    if isinstance(value, float):
        return format_scientific_notation(text) if "e" in text else format_float_or_int_string(text)
    return text


def python_string(text: str) -> str:
    """A string literal in black's quotes: double unless that needs more escaping."""
    return normalize_string_quotes(repr(text))


_THIRD_PARTY = frozenset({"httpx", "pydantic", "typing_extensions"})


def import_sections(imports: Iterable[Import]) -> tuple[tuple[str, ...], ...]:
    """Import statements in the usual three blocks: standard library, third party, local.

    A name of "" means `import module`; relative modules are the local block.
    """
    by_module: dict[str, set[str]] = {}
    for module, name in imports:
        by_module.setdefault(module, set()).add(name)
    sections: list[list[str]] = [[], [], []]
    for module in sorted(by_module, key=lambda m: (m.startswith("."), m.lstrip(".") if m.startswith(".") else m, -m.count("."))):
        names = by_module[module]
        section = 2 if module.startswith(".") else 1 if module.split(".")[0] in _THIRD_PARTY else 0
        if "" in names:
            sections[section].append(f"import {module}")
            names = names - {""}
        if names:
            sections[section].append(f"from {module} import {', '.join(sorted(names))}")
    for lines in sections:
        lines.sort(key=lambda line: (line.startswith("from"), line.split()[1]))
    return tuple(tuple(lines) for lines in sections if lines)
