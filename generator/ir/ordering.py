"""The order of declarations in `models.py`, so the module needs no postponed annotations.

Classes and union aliases come after everything they use. Python then evaluates plain
annotations as the module loads, which is several times faster for pydantic than compiling
strings; only references that close a cycle are written as strings.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from generator.ir import pytypes
from generator.ir.model import Field, Model, TypeAlias


@dataclasses.dataclass(frozen=True)
class Ordered:
    declarations: tuple[Model | TypeAlias, ...]
    postponed_annotations: bool
    """True when a cycle runs through a union alias, which cannot be written lazily."""


def order_declarations(models: Sequence[Model], unions: Sequence[TypeAlias]) -> Ordered:
    by_name: dict[str, Model | TypeAlias] = {model.name: model for model in models}
    by_name.update((alias.name, alias) for alias in unions)
    ordered: list[Model | TypeAlias] = []
    placed: set[str] = set()
    visiting: set[str] = set()
    postponed = False

    def visit(name: str) -> None:
        nonlocal postponed
        if name in placed or name in visiting:
            return
        visiting.add(name)
        item = by_name[name]
        later: set[str] = set()
        for dependency in sorted(item.refers_to & by_name.keys()):
            if dependency in visiting:
                later.add(dependency)
            else:
                visit(dependency)
        visiting.discard(name)
        if later and isinstance(item, TypeAlias):
            postponed = True
        if later and isinstance(item, Model):
            item = dataclasses.replace(
                item, fields=tuple(_quoted_if_uses(field, later) for field in item.fields)
            )
        placed.add(name)
        ordered.append(item)

    for name in sorted(by_name):
        visit(name)
    if postponed:
        return Ordered((*sorted(models, key=lambda m: m.name), *unions), True)
    return Ordered(tuple(ordered), False)


def _quoted_if_uses(field: Field, names: set[str]) -> Field:
    if field.annotation.names & names:
        return dataclasses.replace(field, annotation=pytypes.forward_reference(field.annotation))
    return field
