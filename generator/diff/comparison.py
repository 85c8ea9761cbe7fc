"""What the rules of a client comparison (`compare.py`) share: the change they record, the
bump it needs, and the comparison that collects the changes."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from generator.diff.surface import Direction, aliases_of, directions, relation
from generator.ir.model import Client, FormerName


class Bump(enum.IntEnum):
    PATCH = 0
    MINOR = 1
    MAJOR = 2

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Change:
    bump: Bump
    rule: str
    """A stable identifier of the rule that classified the change: `argument-added-required`."""
    symbol: str
    """The Python name a user of the client writes: `client.pets.get()`, `models.Pet.name`."""
    pointer: str
    """Where the spec declares it: the new spec's pointer, or the old one's for what is gone."""
    message: str

    @property
    def breaking(self) -> bool:
        return self.bump is Bump.MAJOR


# How a type change is classified for each direction it travels.
_TYPE_BUMPS: dict[Direction, dict[str, Bump]] = {
    "request": {"wider": Bump.MINOR, "narrower": Bump.MAJOR, "different": Bump.MAJOR},
    "response": {"wider": Bump.MAJOR, "narrower": Bump.PATCH, "different": Bump.MAJOR},
}


class Comparison:
    """The two clients compared, what the rules need to know of them, and the changes found."""

    def __init__(self, old: Client, new: Client) -> None:
        self.old, self.new = old, new
        self.old_aliases, self.new_aliases = aliases_of(old), aliases_of(new)
        self.old_directions, self.new_directions = directions(old), directions(new)
        self.changes: list[Change] = []

    def add(self, bump: Bump, rule: str, symbol: str, pointer: str, message: str) -> None:
        self.changes.append(Change(bump, rule, symbol, pointer, message))

    def type_change(
        self, ways: frozenset[Direction], symbol: str, pointer: str, old: str, new: str
    ) -> None:
        found = relation(old, new, self.old_aliases, self.new_aliases)
        if found == "same":
            return
        bump = max(_TYPE_BUMPS[way][found] for way in ways)
        where = " and ".join(sorted(ways))
        self.add(
            bump, f"type-{found}", symbol, pointer, f"type {found} in a {where}: `{old}` -> `{new}`"
        )


UNTIL_NEXT_MAJOR = "until the next major version"


def former_names(former_names: Iterable[FormerName]) -> list[str]:
    return [former.name for former in former_names]


K = TypeVar("K")


def ordered_keys(before: Mapping[K, object], after: Mapping[K, object]) -> list[K]:
    """The keys of both, in the old order and then the new ones, so reports read like the code."""
    return list(dict.fromkeys([*before, *after]))
