"""Python type annotations as the IR builds them: a union of members plus what they need imported.

Types stay structured (names, subscripts, value code) all through the IR, and only the render
filters write them out (generator/render/filters.py). Where a name must be written otherwise
the IR says so in the structure: inside a class whose method is called `list`, the builtin is
the `Name` `list` of module `builtins` (see `PyType.qualified`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Set
from dataclasses import dataclass

from generator.ir.imports import Import


@dataclass(frozen=True)
class Name:
    """A name an annotation refers to: a builtin (`list`), an imported name (`Any`) or a model."""

    text: str
    module: str = ""
    """The module the name is reached through (`builtins.list`); "" for the bare name."""


@dataclass(frozen=True)
class Code:
    """A value inside an annotation (a Literal's values, Annotated metadata): printed as it is."""

    text: str


@dataclass(frozen=True)
class Subscript:
    """`list[Pet]`, `dict[str, Any]`, `Annotated[Pet, Tag("Pet")]`."""

    origin: Name
    arguments: tuple[PyType | Code, ...]


@dataclass(frozen=True)
class ForwardReference:
    """An annotation written as a string, which Python reads only when asked: it may name a
    class that the module declares further down."""

    type: PyType


Member = Name | Subscript | ForwardReference


@dataclass(frozen=True)
class PyType:
    members: tuple[Member, ...]
    imports: frozenset[Import] = frozenset()
    models: frozenset[str] = frozenset()
    """Names defined in the generated `models.py` that the annotation uses."""

    @functools.cached_property
    def brackets(self) -> int:
        """How deeply the annotation nests brackets (`list[dict[str, int]]`: 2)."""
        return max(
            (
                1 + max((a.brackets for a in m.arguments if isinstance(a, PyType)), default=0)
                for m in self.members
                if isinstance(m, Subscript)
            ),
            default=0,
        )

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
            elif isinstance(member, Subscript):
                found.add(member.origin.text)
                found.update(*(a.names for a in member.arguments if isinstance(a, PyType)))
            else:
                found |= member.type.names
        return frozenset(found)

    @property
    def nullable(self) -> bool:
        return _NONE in self.members

    @property
    def is_none(self) -> bool:
        return self.members == (_NONE,)

    def or_none(self) -> PyType:
        return union([self, NONE])

    def without_none(self) -> PyType:
        without = self.without(NONE)
        return without if without.members else NONE

    def without(self, other: PyType) -> PyType:
        """This type less the members of `other`, keeping its imports."""
        return PyType(
            tuple(m for m in self.members if m not in other.members), self.imports, self.models
        )

    def followed_by(self, other: PyType) -> PyType:
        """This union with the members of `other` after all of its own, `None` included."""
        members = (*self.members, *(m for m in other.members if m not in self.members))
        return PyType(members, self.imports | other.imports, self.models | other.models)

    def qualified(self, hidden: Set[str]) -> PyType:
        """The type where builtins named in `hidden` (hidden by methods) go through `builtins`."""
        if not self.names & hidden:
            return self
        return PyType(
            tuple(_qualified(m, hidden) for m in self.members),
            self.imports | {("builtins", "")},
            self.models,
        )

    def through(self, module: str) -> PyType:
        """The type with the models it names reached through `module` (`models.Pet`), so that
        only code that runs looks them up; it needs `module` imported, no longer the models."""
        if not self.models:
            return self
        return PyType(tuple(_through(m, self.models, module) for m in self.members), self.imports)


def _through(member: Member, models: Set[str], module: str) -> Member:
    if isinstance(member, Name):
        return _through_name(member, models, module)
    if isinstance(member, Subscript):
        arguments = tuple(
            a.through(module) if isinstance(a, PyType) else a for a in member.arguments
        )
        return Subscript(_through_name(member.origin, models, module), arguments)
    return ForwardReference(member.type.through(module))


def _through_name(name: Name, models: Set[str], module: str) -> Name:
    return Name(name.text, module) if name.text in models and not name.module else name


def _qualified(member: Member, hidden: Set[str]) -> Member:
    if isinstance(member, Name):
        return _qualified_name(member, hidden)
    if isinstance(member, Subscript):
        arguments = tuple(
            a.qualified(hidden) if isinstance(a, PyType) else a for a in member.arguments
        )
        return Subscript(_qualified_name(member.origin, hidden), arguments)
    return ForwardReference(member.type.qualified(hidden))


def _qualified_name(name: Name, hidden: Set[str]) -> Name:
    return Name(name.text, "builtins") if name.text in hidden and not name.module else name


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


def forward_reference(type_: PyType) -> PyType:
    return PyType((ForwardReference(type_),), type_.imports, type_.models)


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


MODELS_MODULE = "models"
"""The name a resource module imports the package's models under (`from .. import models`)."""

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
    return subscript(
        "Literal",
        *(Code(python_literal(value)) for value in values),
        imports=[("typing", "Literal")],
    )


def python_literal(value: object) -> str:
    """A Python source literal for a JSON scalar, spelled as black prints it.

    Strings go through repr, which escapes everything; black's own rules then pick the quotes
    and the spelling of numbers, so that the code needs no formatting pass to be in its style.
    """
    if isinstance(value, str):
        return python_string(value)
    text = repr(value)
    if isinstance(value, float):
        # Imported here: importing black takes a while, and `config` imports this module.
        from black.numerics import format_float_or_int_string, format_scientific_notation

        return format_scientific_notation(text) if "e" in text else format_float_or_int_string(text)
    return text


def python_string(text: str) -> str:
    """A string literal in black's quotes: double unless that needs more escaping."""
    if text.isprintable() and not any(character in text for character in "\"'\\"):
        return f'"{text}"'  # as black would quote it, without the cost of asking it (most strings)
    from black.strings import normalize_string_quotes  # imported here, as in `python_literal`

    return normalize_string_quotes(repr(text))
