"""Two clients' public Python API compared: every change, and the semver bump it requires.

The bump of a change follows from what code written against the old client does with the
new one. Whatever that code may pass in (arguments, request models) may only accept more;
whatever it reads (return values, response models, error bodies) may only hold less. So the
same edit is classified by the direction its symbol travels:

- a required argument or request-model field added, a type narrowed in a request, a type
  widened in a response, anything removed or renamed: `major`;
- anything added that old code need not use (a method, an optional argument, a model, a field
  of a response model, an environment), a request type widened, a method or field renamed
  whose old name the new client keeps as a deprecated alias (`generator/ir/renames.py`): `minor`;
- a response type narrowed, an error status no longer documented, a server's URL: `patch`.

Enum values are the one exception to "widened in a response is major": the generated models
mark enums `OpenEnum`, so a response already may hold a value the Literal does not list and a
reader has to handle one. A value added to a response enum is therefore `minor`.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from generator.diagnostics import join_pointer
from generator.diff.surface import (
    Direction,
    aliases_of,
    directions,
    literal_values,
    operation_pointer,
    relation,
    without_none,
)
from generator.ir.model import Argument, Client, Field, FormerName, Model, Operation, TypeAlias
from generator.render.filters import decoder, python_type


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


def required_bump(changes: Iterable[Change]) -> Bump:
    """The release a set of changes needs; no change at all is still a (patch) release."""
    return max((change.bump for change in changes), default=Bump.PATCH)


def compare_clients(old: Client, new: Client) -> list[Change]:
    """Every difference between the Python APIs of `old` and `new`, most severe first."""
    comparison = _Comparison(old, new)
    comparison.client()
    comparison.operations()
    comparison.declarations()
    return sorted(comparison.changes, key=lambda c: (-c.bump, c.symbol, c.rule))


# How a type change is classified for each direction it travels.
_TYPE_BUMPS: dict[Direction, dict[str, Bump]] = {
    "request": {"wider": Bump.MINOR, "narrower": Bump.MAJOR, "different": Bump.MAJOR},
    "response": {"wider": Bump.MAJOR, "narrower": Bump.PATCH, "different": Bump.MAJOR},
}
_BOTH: frozenset[Direction] = frozenset({"request", "response"})


class _Comparison:
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

    # -- the client class -------------------------------------------------------------------

    def client(self) -> None:
        old, new = self.old, self.new
        if old.package != new.package:
            self.add(
                Bump.MAJOR,
                "package-renamed",
                new.package,
                "",
                f"import package renamed from `{old.package}`",
            )
        if old.class_name != new.class_name:
            self.add(
                Bump.MAJOR,
                "client-renamed",
                new.class_name,
                "",
                f"client class renamed from `{old.class_name}` (and `{old.async_class_name}`)",
            )
        self.credentials()
        self.environments()
        self.server_variables()

    def credentials(self) -> None:
        old_schemes = {s.key: s for s in self.old.security_schemes}
        new_schemes = {s.key: s for s in self.new.security_schemes}
        constructor = self.new.class_name
        for key in sorted(old_schemes.keys() | new_schemes.keys()):
            pointer = join_pointer("/components/securitySchemes", key)
            before, after = old_schemes.get(key), new_schemes.get(key)
            old_arguments = {a.name: a for a in before.arguments} if before else {}
            new_arguments = {a.name: a for a in after.arguments} if after else {}
            for name in sorted(old_arguments.keys() - new_arguments.keys()):
                self.add(
                    Bump.MAJOR,
                    "credential-removed",
                    f"{constructor}({name}=)",
                    pointer,
                    f"constructor argument `{name}` removed",
                )
            for name in sorted(new_arguments.keys() - old_arguments.keys()):
                required = after is not None and after.required
                bump, rule = (
                    (Bump.MAJOR, "credential-added-required")
                    if required
                    else (Bump.MINOR, "credential-added-optional")
                )
                how = (
                    f"required: a client without it or ${new_arguments[name].env_var} fails"
                    if required
                    else "optional"
                )
                self.add(
                    bump,
                    rule,
                    f"{constructor}({name}=)",
                    pointer,
                    f"constructor argument `{name}` added ({how})",
                )
            for name in sorted(old_arguments.keys() & new_arguments.keys()):
                symbol = f"{constructor}({name}=)"
                was, now = old_arguments[name].env_var, new_arguments[name].env_var
                if was != now:
                    self.add(
                        Bump.MAJOR,
                        "credential-env-renamed",
                        symbol,
                        pointer,
                        f"read from ${now}, no longer ${was}",
                    )
            if (
                before
                and after
                and before.required != after.required
                and old_arguments.keys() & new_arguments.keys()
            ):
                bump, word = (
                    (Bump.MAJOR, "now required") if after.required else (Bump.MINOR, "now optional")
                )
                self.add(
                    bump,
                    "credential-required" if after.required else "credential-optional",
                    constructor,
                    pointer,
                    f"credentials of scheme {key!r} {word}",
                )

    def environments(self) -> None:
        old = {e.name: e for e in self.old.environments}
        new = {e.name: e for e in self.new.environments}
        symbol = f"{self.new.class_name}(environment=)"
        for name in sorted(old.keys() - new.keys()):
            self.add(
                Bump.MAJOR,
                "environment-removed",
                symbol,
                old[name].pointer,
                f"environment {name!r} removed ({old[name].url})",
            )
        for name in sorted(new.keys() - old.keys()):
            self.add(
                Bump.MINOR,
                "environment-added",
                symbol,
                new[name].pointer,
                f"environment {name!r} added ({new[name].url})",
            )
        for name in sorted(old.keys() & new.keys()):
            if old[name].url != new[name].url:
                self.add(
                    Bump.PATCH,
                    "environment-url-changed",
                    symbol,
                    new[name].pointer,
                    f"environment {name!r} now at {new[name].url} (was {old[name].url})",
                )
        if (
            self.old.default_environment
            and self.new.default_environment
            and self.old.default_environment != self.new.default_environment
        ):
            message = (
                f"default environment is now {self.new.default_environment!r} "
                f"(was {self.old.default_environment!r}): calls without `environment=` go elsewhere"
            )
            self.add(Bump.MAJOR, "environment-default-changed", symbol, "/servers/0", message)

    def server_variables(self) -> None:
        old = {v.name: v for v in self.old.server_variables}
        new = {v.name: v for v in self.new.server_variables}
        for name in sorted(old.keys() - new.keys()):
            self.add(
                Bump.MAJOR,
                "server-variable-removed",
                f"{self.new.class_name}({name}=)",
                old[name].pointer,
                f"constructor argument `{name}` removed",
            )
        for name in sorted(new.keys() - old.keys()):
            self.add(
                Bump.MINOR,
                "server-variable-added",
                f"{self.new.class_name}({name}=)",
                new[name].pointer,
                f"constructor argument `{name}` added (optional)",
            )
        for name in sorted(old.keys() & new.keys()):
            if old[name].default != new[name].default:
                message = (
                    f"default is now {new[name].default!r} (was {old[name].default!r}): "
                    f"calls without `{name}=` go elsewhere"
                )
                self.add(
                    Bump.MAJOR,
                    "server-variable-default-changed",
                    f"{self.new.class_name}({name}=)",
                    new[name].pointer,
                    message,
                )

    # -- operations ---------------------------------------------------------------------------

    def operations(self) -> None:
        old_ops = {(op.http_method, op.path): op for op in self.old.operations}
        new_ops = {(op.http_method, op.path): op for op in self.new.operations}
        pairs = [(old_ops[key], new_ops[key]) for key in old_ops.keys() & new_ops.keys()]
        gone = [op for key, op in old_ops.items() if key not in new_ops]
        added = {_method(op): op for key, op in new_ops.items() if key not in old_ops}
        for op in gone:
            moved = added.pop(_method(op), None)
            if moved is None:
                self.add(
                    Bump.MAJOR,
                    "method-removed",
                    _method(op),
                    operation_pointer(op),
                    f"method removed ({op.http_method} {op.path})",
                )
                self.aliases_removed(op, None)
            else:
                # The Python name stayed: users see the same method, sent somewhere else.
                message = (
                    f"now sends {moved.http_method} {moved.path} (was {op.http_method} {op.path})"
                )
                self.add(
                    Bump.PATCH,
                    "method-endpoint-changed",
                    _method(moved),
                    operation_pointer(moved),
                    message,
                )
                pairs.append((op, moved))
        for op in added.values():
            self.add(
                Bump.MINOR,
                "method-added",
                _method(op),
                operation_pointer(op),
                f"method added ({op.http_method} {op.path})",
            )
        for before, after in pairs:
            self.operation(before, after)

    def operation(self, old: Operation, new: Operation) -> None:
        symbol, pointer = _method(new), operation_pointer(new)
        if _method(old) != symbol:
            was = f"renamed from {_method(old)} ({new.http_method} {new.path})"
            if old.group == new.group and old.name in _names(new.former_names):
                self.add(
                    Bump.MINOR,
                    "method-renamed-deprecated",
                    symbol,
                    pointer,
                    f"{was}, which stays a deprecated alias {_UNTIL}",
                )
            else:
                self.add(Bump.MAJOR, "method-renamed", symbol, pointer, was)
        self.aliases_removed(old, new)
        if not old.deprecated and new.deprecated:
            self.add(
                Bump.MINOR, "method-deprecated", symbol, pointer, "now deprecated: calling it warns"
            )
        self.arguments(old, new, symbol)
        self.returns(old, new, symbol, pointer)
        self.errors(old, new, symbol, pointer)

    def aliases_removed(self, old: Operation, new: Operation | None) -> None:
        """The deprecated aliases of `old` that `new` (the same operation, if any) no longer has."""
        kept = (
            {(new.group, name) for name in (new.name, *_names(new.former_names))} if new else set()
        )
        for name in _names(old.former_names):
            if (old.group, name) not in kept:
                current = f" of {_method(new)}" if new else ""
                self.add(
                    Bump.MAJOR,
                    "alias-removed",
                    f"client.{old.group}.{name}()",
                    operation_pointer(old),
                    f"deprecated alias{current} removed",
                )

    def arguments(self, old: Operation, new: Operation, method: str) -> None:
        before = {(a.location, a.wire_name): a for a in (*old.positional, *old.keyword)}
        after = {(a.location, a.wire_name): a for a in (*new.positional, *new.keyword)}
        call = method.removesuffix("()")
        pairs = [
            (before[key], after[key])
            for key in _ordered(before, after)
            if key in before and key in after
        ]
        added = {a.name: a for key, a in after.items() if key not in before}
        for key, was in before.items():
            if key in after:
                continue
            moved = added.pop(was.name, None)
            if moved is None:
                self.add(
                    Bump.MAJOR,
                    "argument-removed",
                    f"{call}({was.name}=)",
                    was.pointer,
                    f"argument `{was.name}` removed",
                )
            else:
                # Same Python name, sent elsewhere (a query parameter become a path one): the
                # caller sees no difference.
                self.add(
                    Bump.PATCH,
                    "argument-moved",
                    f"{call}({moved.name}=)",
                    moved.pointer,
                    f"now sent in the {moved.location} (was {was.location})",
                )
                pairs.append((was, moved))
        for now in added.values():
            bump, rule = (
                (Bump.MAJOR, "argument-added-required")
                if now.required
                else (Bump.MINOR, "argument-added-optional")
            )
            self.add(
                bump,
                rule,
                f"{call}({now.name}=)",
                now.pointer,
                f"{'required' if now.required else 'optional'} argument `{now.name}` added",
            )
        for was, now in pairs:
            self.argument(
                was,
                now,
                f"{call}({now.name}=)",
                positional=(was in old.positional, now in new.positional),
            )
        old_order = [a.name for a in old.positional if (a.location, a.wire_name) in after]
        new_order = [a.name for a in new.positional if (a.location, a.wire_name) in before]
        if old_order != new_order and sorted(old_order) == sorted(new_order):
            self.add(
                Bump.MAJOR,
                "arguments-reordered",
                method,
                operation_pointer(new),
                f"positional arguments now ({', '.join(new_order)}), were ({', '.join(old_order)})",
            )

    def argument(
        self, was: Argument, now: Argument, symbol: str, positional: tuple[bool, bool]
    ) -> None:
        if was.name != now.name:
            self.add(
                Bump.MAJOR,
                "argument-renamed",
                symbol,
                now.pointer,
                f"argument renamed from `{was.name}`",
            )
        if positional == (True, False):
            self.add(
                Bump.MAJOR,
                "argument-now-keyword",
                symbol,
                now.pointer,
                "now keyword-only: a positional call fails",
            )
        elif positional == (False, True):
            # Positional parameters are not positional-only, so keyword calls still work.
            self.add(
                Bump.MINOR, "argument-now-positional", symbol, now.pointer, "now also positional"
            )
        if was.required != now.required:
            bump, word = (Bump.MAJOR, "required") if now.required else (Bump.MINOR, "optional")
            self.add(
                bump, f"argument-{word}", symbol, now.pointer, f"argument `{now.name}` now {word}"
            )
        self.type_change(
            frozenset({"request"}),
            symbol,
            now.pointer,
            python_type(was.annotation),
            python_type(now.annotation),
        )

    def returns(self, old: Operation, new: Operation, symbol: str, pointer: str) -> None:
        returned, returns = python_type(old.return_annotation), python_type(new.return_annotation)
        if old.call_helper != new.call_helper:
            # A page or an event stream in place of a body, or the other way round.
            was, now = python_type(old.returns(False)), python_type(new.returns(False))
            self.add(
                Bump.MAJOR,
                "return-kind-changed",
                symbol,
                join_pointer(pointer, "responses"),
                f"now returns `{now}` (returned `{was}`)",
            )
        elif old.event_stream is not None and new.event_stream is not None:
            was_data, now_data = (
                python_type(old.event_stream.data_annotation),
                python_type(new.event_stream.data_annotation),
            )
            self.type_change(
                frozenset({"response"}),
                f"{symbol} -> event data",
                join_pointer(pointer, "responses"),
                was_data,
                now_data,
            )
        elif not old.returns_value and new.returns_value:
            # A caller of a method that returned nothing ignores its result.
            self.add(
                Bump.MINOR,
                "returns-value",
                symbol,
                join_pointer(pointer, "responses"),
                f"now returns `{returns}` (returned None)",
            )
        else:
            self.type_change(
                frozenset({"response"}),
                f"{symbol} -> return",
                join_pointer(pointer, "responses"),
                returned,
                returns,
            )

    def errors(self, old: Operation, new: Operation, symbol: str, pointer: str) -> None:
        before = {
            case.status: decoder(case.decoder)
            for case in old.responses
            if not case.status.startswith("2")
        }
        after = {
            case.status: decoder(case.decoder)
            for case in new.responses
            if not case.status.startswith("2")
        }
        for status in sorted(before.keys() | after.keys()):
            where = join_pointer(pointer, "responses", status)
            if status not in after:
                self.add(
                    Bump.PATCH,
                    "error-removed",
                    symbol,
                    join_pointer(operation_pointer(old), "responses", status),
                    f"error response {status} no longer documented",
                )
            elif status not in before:
                self.add(
                    Bump.MINOR,
                    "error-added",
                    symbol,
                    where,
                    f"error response {status} documented: "
                    f"APIStatusError.body decoded by {after[status]}",
                )
            elif before[status] != after[status]:
                # `APIStatusError.body` is typed `object`: readers tell its type by isinstance.
                self.add(
                    Bump.MAJOR,
                    "error-body-changed",
                    symbol,
                    where,
                    f"error {status}'s body now {after[status]} (was {before[status]})",
                )

    # -- models and aliases ---------------------------------------------------------------------

    def declarations(self) -> None:
        old = _declared(self.old)
        new = _declared(self.new)
        for name in sorted(old.keys() - new.keys()):
            self.add(
                Bump.MAJOR,
                f"{old[name].kind}-removed",
                f"models.{name}",
                old[name].pointer,
                f"{_kind(old[name])} removed",
            )
        for name in sorted(new.keys() - old.keys()):
            self.add(
                Bump.MINOR,
                f"{new[name].kind}-added",
                f"models.{name}",
                new[name].pointer,
                f"{_kind(new[name])} added",
            )
        for name in sorted(old.keys() & new.keys()):
            before, after = old[name], new[name]
            ways = self.old_directions.get(name, _BOTH) | self.new_directions.get(name, _BOTH)
            if isinstance(before, Model) and isinstance(after, Model):
                self.model(before, after, ways)
            elif isinstance(before, TypeAlias) and isinstance(after, TypeAlias):
                self.alias(before, after, ways)
            else:
                self.add(
                    Bump.MAJOR,
                    "declaration-kind-changed",
                    f"models.{name}",
                    after.pointer,
                    f"now a {_kind(after)} (was a {_kind(before)})",
                )

    def model(self, old: Model, new: Model, ways: frozenset[Direction]) -> None:
        before = {f.wire_name: f for f in old.fields}
        after = {f.wire_name: f for f in new.fields}
        for wire in _ordered(before, after):
            was, now = before.get(wire), after.get(wire)
            if now is None and was is not None:
                self.add(
                    Bump.MAJOR,
                    "field-removed",
                    f"models.{old.name}.{was.name}",
                    was.pointer,
                    f"field `{was.name}` removed",
                )
                self.field_aliases_removed(old.name, was, None)
            elif was is None and now is not None:
                # Only a request has to supply a required field; a response merely has one more.
                breaking = now.required and "request" in ways
                rule = "field-added-required" if now.required else "field-added-optional"
                message = (
                    f"{'required' if now.required else 'optional'} field `{now.name}` added"
                    + (" to a model sent in requests" if breaking else "")
                )
                self.add(
                    Bump.MAJOR if breaking else Bump.MINOR,
                    rule,
                    f"models.{new.name}.{now.name}",
                    now.pointer,
                    message,
                )
            elif was is not None and now is not None:
                self.field(was, now, new.name, ways)

    def field(self, was: Field, now: Field, model: str, ways: frozenset[Direction]) -> None:
        symbol = f"models.{model}.{now.name}"
        if was.name != now.name:
            if was.name in _names(now.former_names):
                self.add(
                    Bump.MINOR,
                    "field-renamed-deprecated",
                    symbol,
                    now.pointer,
                    f"attribute renamed from `{was.name}`, which stays a deprecated alias {_UNTIL}",
                )
            else:
                self.add(
                    Bump.MAJOR,
                    "field-renamed",
                    symbol,
                    now.pointer,
                    f"attribute renamed from `{was.name}`",
                )
        self.field_aliases_removed(model, was, now)
        old_type, new_type = python_type(was.annotation), python_type(now.annotation)
        if was.required != now.required:
            made = {
                "request": Bump.MAJOR if now.required else Bump.MINOR,
                "response": Bump.MINOR if now.required else Bump.MAJOR,
            }
            word = "required" if now.required else "optional"
            why = (
                "requests must now set it"
                if now.required
                else "a response may now leave it out (None)"
            )
            self.add(
                max(made[way] for way in ways),
                f"field-{word}",
                symbol,
                now.pointer,
                f"field now {word}: {why}",
            )
            # An optional field is typed `X | None`: the None is the optionality, reported above.
            old_type, new_type = without_none(old_type), without_none(new_type)
        self.type_change(ways, symbol, now.pointer, old_type, new_type)

    def field_aliases_removed(self, model: str, was: Field, now: Field | None) -> None:
        """The deprecated aliases of field `was` that `now` (the same field, if any) lacks."""
        kept = {now.name, *_names(now.former_names)} if now else set()
        for name in _names(was.former_names):
            if name not in kept:
                current = f" of `{now.name}`" if now else ""
                self.add(
                    Bump.MAJOR,
                    "alias-removed",
                    f"models.{model}.{name}",
                    was.pointer,
                    f"deprecated alias{current} removed",
                )

    def alias(self, old: TypeAlias, new: TypeAlias, ways: frozenset[Direction]) -> None:
        symbol = f"models.{new.name}"
        old_type, new_type = python_type(old.annotation), python_type(new.annotation)
        old_values, new_values = literal_values(old_type), literal_values(new_type)
        if not (old_values and new_values):
            self.type_change(ways, symbol, new.pointer, old_type, new_type)
            return
        for value in [v for v in old_values if v not in new_values]:
            # A request can no longer send it; a response that no longer holds it is no harm.
            bump = Bump.MAJOR if "request" in ways else Bump.PATCH
            self.add(bump, "enum-value-removed", symbol, new.pointer, f"value {value} removed")
        for value in [v for v in new_values if v not in old_values]:
            self.add(
                Bump.MINOR,
                "enum-value-added",
                symbol,
                new.pointer,
                f"value {value} added (enums are open: readers already handle unknown values)",
            )


_UNTIL = "until the next major version"


def _method(op: Operation) -> str:
    return f"client.{op.group}.{op.name}()"


def _names(former_names: Iterable[FormerName]) -> list[str]:
    return [former.name for former in former_names]


def _declared(client: Client) -> dict[str, Model | TypeAlias]:
    declared: tuple[Model | TypeAlias, ...] = (
        *client.models,
        *client.enum_aliases,
        *client.union_aliases,
    )
    return {item.name: item for item in declared}


def _kind(item: Model | TypeAlias) -> str:
    return "model" if isinstance(item, Model) else "type alias"


K = TypeVar("K")


def _ordered(before: Mapping[K, object], after: Mapping[K, object]) -> list[K]:
    """The keys of both, in the old order and then the new ones, so reports read like the code."""
    return list(dict.fromkeys([*before, *after]))
