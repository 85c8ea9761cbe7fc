"""Python type annotations as the IR builds them: a union of members plus what they need imported."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

Import = tuple[str, str]
"""(module, name): `("datetime", "datetime")`, `("typing", "Any")`."""


@dataclass(frozen=True)
class PyType:
    members: tuple[str, ...]
    imports: frozenset[Import] = frozenset()
    models: frozenset[str] = frozenset()
    """Names defined in the generated `models.py` that the annotation uses."""

    @property
    def annotation(self) -> str:
        return " | ".join(self.members)

    @property
    def nullable(self) -> bool:
        return "None" in self.members

    def or_none(self) -> PyType:
        return union([self, NONE])

    def without_none(self) -> PyType:
        members = tuple(m for m in self.members if m != "None")
        return PyType(members or ("None",), self.imports, self.models)

    def wrap(self, template: str, extra_imports: Iterable[Import] = ()) -> PyType:
        """`list[{}]` around this whole union."""
        return PyType(
            (template.format(self.annotation),),
            self.imports | frozenset(extra_imports),
            self.models,
        )


def simple(annotation: str, *imports: Import) -> PyType:
    return PyType((annotation,), frozenset(imports))


def model(name: str) -> PyType:
    return PyType((name,), models=frozenset({name}))


def union(types: Iterable[PyType]) -> PyType:
    members: list[str] = []
    imports: set[Import] = set()
    models: set[str] = set()
    for item in types:
        for member in item.members:
            if member not in members:
                members.append(member)
        imports |= item.imports
        models |= item.models
    if "Any" in members:
        # `Any | X` says no more than `Any`; keep None visible for readers.
        members = ["Any", "None"] if "None" in members else ["Any"]
        imports.add(ANY_IMPORT)
    if "None" in members:
        members = [m for m in members if m != "None"] + ["None"]
    return PyType(tuple(members), frozenset(imports), frozenset(models))


ANY_IMPORT: Import = ("typing", "Any")
ANY = simple("Any", ANY_IMPORT)
NONE = simple("None")
STR = simple("str")
INT = simple("int")
FLOAT = simple("float")
BOOL = simple("bool")
BYTES = simple("bytes")
FREE_FORM_OBJECT = simple("dict[str, Any]", ANY_IMPORT)


def literal(values: Iterable[object]) -> PyType:
    rendered = ", ".join(python_literal(value) for value in values)
    return simple(f"Literal[{rendered}]", ("typing", "Literal"))


def python_literal(value: object) -> str:
    """A Python source literal for a JSON scalar; strings via repr, which escapes everything."""
    if isinstance(value, str):
        return _double_quoted(value)
    return repr(value)


def _double_quoted(text: str) -> str:
    quoted = repr(text)
    if quoted.startswith("'") and '"' not in text:
        return '"' + quoted[1:-1].replace("\\'", "'") + '"'
    return quoted


_THIRD_PARTY = frozenset({"httpx", "pydantic"})


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
