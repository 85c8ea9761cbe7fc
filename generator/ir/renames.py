"""Deprecated aliases: the names renames took away, kept until the next major version.

A client generated into the project of its previous generation keeps the old name of a
method whose HTTP method and path stayed (in the same group) and of a field whose wire name
stayed (in a model of the same name), as a deprecated alias of the new one, so that the
rename is a minor release. The IR holds them (`former_names`), and so does the project's
record of its API, each with the major version it came with: a release of another major
version drops them, and a name something else now has is no alias.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from packaging.version import Version

from generator.ir.model import Client, FormerName, Model


@dataclass(frozen=True)
class PreviousAPI:
    """The client the project was generated as before, whose renamed names become aliases."""

    client: Client
    major: int | None = None
    """The major version being released, whose aliases are kept; None: the new client's own."""

    @property
    def current_major(self) -> int:
        """The major version of the previous generation: the one a new alias comes with."""
        return major_of(self.client.version)


def major_of(version: str) -> int:
    return Version(version).major


@dataclass(frozen=True)
class MethodKey:
    """Where a method of the new client sends its request, and its name."""

    http_method: str
    path: str
    group: str
    name: str


def former_method_names(
    previous: PreviousAPI, methods: Sequence[MethodKey], major: int
) -> list[tuple[FormerName, ...]]:
    """The deprecated aliases each of `methods` keeps, in their order."""
    before = {(op.http_method, op.path): op for op in previous.client.operations}
    taken = {(method.group, method.name) for method in methods}
    kept: list[tuple[FormerName, ...]] = []
    for method in methods:
        old = before.get((method.http_method, method.path))
        if old is None or old.group != method.group:
            kept.append(())
            continue
        names = tuple(
            former
            for former in _of_major(
                (*old.former_names, FormerName(old.name, previous.current_major)), major
            )
            if (method.group, former.name) not in taken
        )
        taken.update((method.group, former.name) for former in names)
        kept.append(names)
    return kept


def with_former_fields(
    previous: PreviousAPI, models: Iterable[Model], major: int, usable: Callable[[str], bool]
) -> list[Model]:
    """`models` with the deprecated aliases of their renamed fields; `usable` says which
    names a field may have at all."""
    before: Mapping[str, Model] = {model.name: model for model in previous.client.models}
    updated = []
    for model in models:
        old = before.get(model.name)
        if old is None:
            updated.append(model)
            continue
        old_fields = {field.wire_name: field for field in old.fields}
        taken = {field.name for field in model.fields}
        fields = []
        for field in model.fields:
            was = old_fields.get(field.wire_name)
            if was is None:
                fields.append(field)
                continue
            names = tuple(
                former
                for former in _of_major(
                    (*was.former_names, FormerName(was.name, previous.current_major)), major
                )
                if former.name not in taken and usable(former.name)
            )
            taken.update(former.name for former in names)
            fields.append(dataclasses.replace(field, former_names=names))
        updated.append(dataclasses.replace(model, fields=tuple(fields)))
    return updated


def _of_major(candidates: Iterable[FormerName], major: int) -> list[FormerName]:
    """The candidates of the major version being released, the first of each name."""
    kept: dict[str, FormerName] = {}
    for former in candidates:
        if former.major == major:
            kept.setdefault(former.name, former)
    return list(kept.values())
