"""The changes to the named types: models and their fields, enum and union aliases."""

from __future__ import annotations

from generator.diff.comparison import UNTIL_NEXT_MAJOR, Bump, Comparison, former_names, ordered_keys
from generator.diff.surface import Direction, literal_values, without_none
from generator.ir.model import Client, Field, Model, TypeAlias
from generator.render.filters import python_type

_BOTH: frozenset[Direction] = frozenset({"request", "response"})


def declaration_changes(comparison: Comparison) -> None:
    old = _declared(comparison.old)
    new = _declared(comparison.new)
    for name in sorted(old.keys() - new.keys()):
        comparison.add(
            Bump.MAJOR,
            f"{old[name].kind}-removed",
            f"models.{name}",
            old[name].pointer,
            f"{_kind(old[name])} removed",
        )
    for name in sorted(new.keys() - old.keys()):
        comparison.add(
            Bump.MINOR,
            f"{new[name].kind}-added",
            f"models.{name}",
            new[name].pointer,
            f"{_kind(new[name])} added",
        )
    for name in sorted(old.keys() & new.keys()):
        before, after = old[name], new[name]
        ways = comparison.old_directions.get(name, _BOTH) | comparison.new_directions.get(
            name, _BOTH
        )
        if isinstance(before, Model) and isinstance(after, Model):
            _model(comparison, before, after, ways)
        elif isinstance(before, TypeAlias) and isinstance(after, TypeAlias):
            _alias(comparison, before, after, ways)
        else:
            comparison.add(
                Bump.MAJOR,
                "declaration-kind-changed",
                f"models.{name}",
                after.pointer,
                f"now a {_kind(after)} (was a {_kind(before)})",
            )


def _model(comparison: Comparison, old: Model, new: Model, ways: frozenset[Direction]) -> None:
    before = {f.wire_name: f for f in old.fields}
    after = {f.wire_name: f for f in new.fields}
    for wire in ordered_keys(before, after):
        was, now = before.get(wire), after.get(wire)
        if now is None and was is not None:
            comparison.add(
                Bump.MAJOR,
                "field-removed",
                f"models.{old.name}.{was.name}",
                was.pointer,
                f"field `{was.name}` removed",
            )
            _field_aliases_removed(comparison, old.name, was, None)
        elif was is None and now is not None:
            # Only a request has to supply a required field; a response merely has one more.
            breaking = now.required and "request" in ways
            rule = "field-added-required" if now.required else "field-added-optional"
            message = f"{'required' if now.required else 'optional'} field `{now.name}` added" + (
                " to a model sent in requests" if breaking else ""
            )
            comparison.add(
                Bump.MAJOR if breaking else Bump.MINOR,
                rule,
                f"models.{new.name}.{now.name}",
                now.pointer,
                message,
            )
        elif was is not None and now is not None:
            _field(comparison, was, now, new.name, ways)


def _field(
    comparison: Comparison, was: Field, now: Field, model: str, ways: frozenset[Direction]
) -> None:
    symbol = f"models.{model}.{now.name}"
    if was.name != now.name:
        if was.name in former_names(now.former_names):
            comparison.add(
                Bump.MINOR,
                "field-renamed-deprecated",
                symbol,
                now.pointer,
                f"attribute renamed from `{was.name}`, "
                f"which stays a deprecated alias {UNTIL_NEXT_MAJOR}",
            )
        else:
            comparison.add(
                Bump.MAJOR,
                "field-renamed",
                symbol,
                now.pointer,
                f"attribute renamed from `{was.name}`",
            )
    _field_aliases_removed(comparison, model, was, now)
    old_type, new_type = python_type(was.annotation), python_type(now.annotation)
    if was.required != now.required:
        made = {
            "request": Bump.MAJOR if now.required else Bump.MINOR,
            "response": Bump.MINOR if now.required else Bump.MAJOR,
        }
        word = "required" if now.required else "optional"
        why = (
            "requests must now set it" if now.required else "a response may now leave it out (None)"
        )
        comparison.add(
            max(made[way] for way in ways),
            f"field-{word}",
            symbol,
            now.pointer,
            f"field now {word}: {why}",
        )
        # An optional field is typed `X | None`: the None is the optionality, reported above.
        old_type, new_type = without_none(old_type), without_none(new_type)
    comparison.type_change(ways, symbol, now.pointer, old_type, new_type)


def _field_aliases_removed(
    comparison: Comparison, model: str, was: Field, now: Field | None
) -> None:
    """The deprecated aliases of field `was` that `now` (the same field, if any) lacks."""
    kept = {now.name, *former_names(now.former_names)} if now else set()
    for name in former_names(was.former_names):
        if name not in kept:
            current = f" of `{now.name}`" if now else ""
            comparison.add(
                Bump.MAJOR,
                "alias-removed",
                f"models.{model}.{name}",
                was.pointer,
                f"deprecated alias{current} removed",
            )


def _alias(
    comparison: Comparison, old: TypeAlias, new: TypeAlias, ways: frozenset[Direction]
) -> None:
    symbol = f"models.{new.name}"
    old_type, new_type = python_type(old.annotation), python_type(new.annotation)
    old_values, new_values = literal_values(old_type), literal_values(new_type)
    if not (old_values and new_values):
        comparison.type_change(ways, symbol, new.pointer, old_type, new_type)
        return
    for value in [v for v in old_values if v not in new_values]:
        # A request can no longer send it; a response that no longer holds it is no harm.
        bump = Bump.MAJOR if "request" in ways else Bump.PATCH
        comparison.add(bump, "enum-value-removed", symbol, new.pointer, f"value {value} removed")
    for value in [v for v in new_values if v not in old_values]:
        comparison.add(
            Bump.MINOR,
            "enum-value-added",
            symbol,
            new.pointer,
            f"value {value} added (enums are open: readers already handle unknown values)",
        )


def _declared(client: Client) -> dict[str, Model | TypeAlias]:
    declared: tuple[Model | TypeAlias, ...] = (
        *client.models,
        *client.enum_aliases,
        *client.union_aliases,
    )
    return {item.name: item for item in declared}


def _kind(item: Model | TypeAlias) -> str:
    return "model" if isinstance(item, Model) else "type alias"
