"""The changes to the operations: methods added, removed or renamed, their arguments, return
types and documented errors."""

from __future__ import annotations

from generator.diagnostics import join_pointer
from generator.diff.comparison import UNTIL_NEXT_MAJOR, Bump, Comparison, former_names, ordered_keys
from generator.diff.surface import operation_pointer
from generator.ir.model import Argument, Operation
from generator.render.filters import decoder_notation, python_type


def operation_changes(comparison: Comparison) -> None:
    old_ops = {(op.http_method, op.path): op for op in comparison.old.operations}
    new_ops = {(op.http_method, op.path): op for op in comparison.new.operations}
    pairs = [(old_ops[key], new_ops[key]) for key in old_ops.keys() & new_ops.keys()]
    gone = [op for key, op in old_ops.items() if key not in new_ops]
    added = {_method(op): op for key, op in new_ops.items() if key not in old_ops}
    for op in gone:
        moved = added.pop(_method(op), None)
        if moved is None:
            comparison.add(
                Bump.MAJOR,
                "method-removed",
                _method(op),
                operation_pointer(op),
                f"method removed ({op.http_method} {op.path})",
            )
            _aliases_removed(comparison, op, None)
        else:
            # The Python name stayed: users see the same method, sent somewhere else.
            message = f"now sends {moved.http_method} {moved.path} (was {op.http_method} {op.path})"
            comparison.add(
                Bump.PATCH,
                "method-endpoint-changed",
                _method(moved),
                operation_pointer(moved),
                message,
            )
            pairs.append((op, moved))
    for op in added.values():
        comparison.add(
            Bump.MINOR,
            "method-added",
            _method(op),
            operation_pointer(op),
            f"method added ({op.http_method} {op.path})",
        )
    for before, after in pairs:
        _operation(comparison, before, after)


def _operation(comparison: Comparison, old: Operation, new: Operation) -> None:
    symbol, pointer = _method(new), operation_pointer(new)
    if _method(old) != symbol:
        was = f"renamed from {_method(old)} ({new.http_method} {new.path})"
        if old.group == new.group and old.name in former_names(new.former_names):
            comparison.add(
                Bump.MINOR,
                "method-renamed-deprecated",
                symbol,
                pointer,
                f"{was}, which stays a deprecated alias {UNTIL_NEXT_MAJOR}",
            )
        else:
            comparison.add(Bump.MAJOR, "method-renamed", symbol, pointer, was)
    _aliases_removed(comparison, old, new)
    if not old.deprecated and new.deprecated:
        comparison.add(
            Bump.MINOR, "method-deprecated", symbol, pointer, "now deprecated: calling it warns"
        )
    _arguments(comparison, old, new, symbol)
    _returns(comparison, old, new, symbol, pointer)
    _errors(comparison, old, new, symbol, pointer)


def _aliases_removed(comparison: Comparison, old: Operation, new: Operation | None) -> None:
    """The deprecated aliases of `old` that `new` (the same operation, if any) no longer has."""
    kept = (
        {(new.group, name) for name in (new.name, *former_names(new.former_names))}
        if new
        else set()
    )
    for name in former_names(old.former_names):
        if (old.group, name) not in kept:
            current = f" of {_method(new)}" if new else ""
            comparison.add(
                Bump.MAJOR,
                "alias-removed",
                f"client.{old.group}.{name}()",
                operation_pointer(old),
                f"deprecated alias{current} removed",
            )


def _arguments(comparison: Comparison, old: Operation, new: Operation, method: str) -> None:
    before = {(a.location, a.wire_name): a for a in (*old.positional, *old.keyword)}
    after = {(a.location, a.wire_name): a for a in (*new.positional, *new.keyword)}
    call = method.removesuffix("()")
    pairs = [
        (before[key], after[key])
        for key in ordered_keys(before, after)
        if key in before and key in after
    ]
    added = {a.name: a for key, a in after.items() if key not in before}
    for key, was in before.items():
        if key in after:
            continue
        moved = added.pop(was.name, None)
        if moved is None:
            comparison.add(
                Bump.MAJOR,
                "argument-removed",
                f"{call}({was.name}=)",
                was.pointer,
                f"argument `{was.name}` removed",
            )
        else:
            # Same Python name, sent elsewhere (a query parameter become a path one): the
            # caller sees no difference.
            comparison.add(
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
        comparison.add(
            bump,
            rule,
            f"{call}({now.name}=)",
            now.pointer,
            f"{'required' if now.required else 'optional'} argument `{now.name}` added",
        )
    for was, now in pairs:
        _argument(
            comparison,
            was,
            now,
            f"{call}({now.name}=)",
            positional=(was in old.positional, now in new.positional),
        )
    old_order = [a.name for a in old.positional if (a.location, a.wire_name) in after]
    new_order = [a.name for a in new.positional if (a.location, a.wire_name) in before]
    if old_order != new_order and sorted(old_order) == sorted(new_order):
        comparison.add(
            Bump.MAJOR,
            "arguments-reordered",
            method,
            operation_pointer(new),
            f"positional arguments now ({', '.join(new_order)}), were ({', '.join(old_order)})",
        )


def _argument(
    comparison: Comparison, was: Argument, now: Argument, symbol: str, positional: tuple[bool, bool]
) -> None:
    if was.name != now.name:
        comparison.add(
            Bump.MAJOR,
            "argument-renamed",
            symbol,
            now.pointer,
            f"argument renamed from `{was.name}`",
        )
    if positional == (True, False):
        comparison.add(
            Bump.MAJOR,
            "argument-now-keyword",
            symbol,
            now.pointer,
            "now keyword-only: a positional call fails",
        )
    elif positional == (False, True):
        # Positional parameters are not positional-only, so keyword calls still work.
        comparison.add(
            Bump.MINOR, "argument-now-positional", symbol, now.pointer, "now also positional"
        )
    if was.required != now.required:
        bump, word = (Bump.MAJOR, "required") if now.required else (Bump.MINOR, "optional")
        comparison.add(
            bump, f"argument-{word}", symbol, now.pointer, f"argument `{now.name}` now {word}"
        )
    comparison.type_change(
        frozenset({"request"}),
        symbol,
        now.pointer,
        python_type(was.annotation),
        python_type(now.annotation),
    )


def _returns(
    comparison: Comparison, old: Operation, new: Operation, symbol: str, pointer: str
) -> None:
    returned, returns = python_type(old.return_annotation), python_type(new.return_annotation)
    if old.call_helper != new.call_helper:
        # A page or an event stream in place of a body, or the other way round.
        was, now = python_type(old.returns(False)), python_type(new.returns(False))
        comparison.add(
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
        comparison.type_change(
            frozenset({"response"}),
            f"{symbol} -> event data",
            join_pointer(pointer, "responses"),
            was_data,
            now_data,
        )
    elif not old.returns_value and new.returns_value:
        # A caller of a method that returned nothing ignores its result.
        comparison.add(
            Bump.MINOR,
            "returns-value",
            symbol,
            join_pointer(pointer, "responses"),
            f"now returns `{returns}` (returned None)",
        )
    else:
        comparison.type_change(
            frozenset({"response"}),
            f"{symbol} -> return",
            join_pointer(pointer, "responses"),
            returned,
            returns,
        )


def _errors(
    comparison: Comparison, old: Operation, new: Operation, symbol: str, pointer: str
) -> None:
    before = {
        case.status: decoder_notation(case.decoder)
        for case in old.responses
        if not case.status.startswith("2")
    }
    after = {
        case.status: decoder_notation(case.decoder)
        for case in new.responses
        if not case.status.startswith("2")
    }
    for status in sorted(before.keys() | after.keys()):
        where = join_pointer(pointer, "responses", status)
        if status not in after:
            comparison.add(
                Bump.PATCH,
                "error-removed",
                symbol,
                join_pointer(operation_pointer(old), "responses", status),
                f"error response {status} no longer documented",
            )
        elif status not in before:
            comparison.add(
                Bump.MINOR,
                "error-added",
                symbol,
                where,
                f"error response {status} documented: "
                f"APIStatusError.body decoded by {after[status]}",
            )
        elif before[status] != after[status]:
            # `APIStatusError.body` is typed `object`: readers tell its type by isinstance.
            comparison.add(
                Bump.MAJOR,
                "error-body-changed",
                symbol,
                where,
                f"error {status}'s body now {after[status]} (was {before[status]})",
            )


def _method(op: Operation) -> str:
    return f"client.{op.group}.{op.name}()"
