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

from collections.abc import Iterable

from generator.diff.client_changes import client_changes
from generator.diff.comparison import Bump, Change, Comparison
from generator.diff.declaration_changes import declaration_changes
from generator.diff.operation_changes import operation_changes
from generator.ir.model import Client


def required_bump(changes: Iterable[Change]) -> Bump:
    """The release a set of changes needs; no change at all is still a (patch) release."""
    return max((change.bump for change in changes), default=Bump.PATCH)


def compare_clients(old: Client, new: Client) -> list[Change]:
    """Every difference between the Python APIs of `old` and `new`, most severe first."""
    comparison = Comparison(old, new)
    client_changes(comparison)
    operation_changes(comparison)
    declaration_changes(comparison)
    return sorted(comparison.changes, key=lambda c: (-c.bump, c.symbol, c.rule))
