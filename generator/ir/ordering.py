"""The order of declarations in `models.py`, so the module needs no postponed annotations.

Classes and union aliases come after everything they use. Python then evaluates plain
annotations as the module loads, which is several times faster for pydantic than compiling
strings; only references that close a cycle are written as strings.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

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
    placement = _Placement(by_name)
    for name in sorted(by_name):
        placement.place(name)
    if placement.postponed:
        return Ordered((*sorted(models, key=lambda m: m.name), *unions), True)
    return Ordered(tuple(placement.ordered), False)


@dataclasses.dataclass
class _Placement:
    """The declarations placed so far, each after those it uses.

    An object rather than a recursive closure, which would refer to itself and so stay in
    memory, with everything it holds, until the cycle collector runs.
    """

    by_name: Mapping[str, Model | TypeAlias]
    ordered: list[Model | TypeAlias] = dataclasses.field(default_factory=list)
    placed: set[str] = dataclasses.field(default_factory=set)
    visiting: set[str] = dataclasses.field(default_factory=set)
    postponed: bool = False

    def place(self, name: str) -> None:
        """Place `name` after the declarations it uses; a use that closes a cycle is quoted."""
        if name in self.placed or name in self.visiting:
            return
        self.visiting.add(name)
        item = self.by_name[name]
        later: set[str] = set()
        for dependency in sorted(item.refers_to & self.by_name.keys()):
            if dependency in self.visiting:
                later.add(dependency)
            else:
                self.place(dependency)
        self.visiting.discard(name)
        if later and isinstance(item, TypeAlias):
            self.postponed = True
        if later and isinstance(item, Model):
            item = dataclasses.replace(
                item, fields=tuple(_quoted_if_uses(field, later) for field in item.fields)
            )
        self.placed.add(name)
        self.ordered.append(item)


def _quoted_if_uses(field: Field, names: set[str]) -> Field:
    if field.annotation.names & names:
        return dataclasses.replace(field, annotation=pytypes.forward_reference(field.annotation))
    return field
