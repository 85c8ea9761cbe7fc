"""A method argument for a parameter or a request body, with its default when not required."""

from __future__ import annotations

from generator.ir import pytypes
from generator.ir.model import NOT_GIVEN, Argument, Location


def build_argument(
    name: str,
    wire_name: str,
    location: Location,
    annotation: pytypes.PyType,
    required: bool,
    description: str,
    style: tuple[str, bool] | None,
    pointer: str,
) -> Argument:
    """A required argument, or an optional one that defaults to `NOT_GIVEN` (sends nothing)."""
    if required:
        return Argument(
            name, wire_name, location, annotation, True, None, description, style, pointer=pointer
        )
    return Argument(
        name,
        wire_name,
        location,
        annotation.followed_by(NOT_GIVEN),
        False,
        "NOT_GIVEN",
        description,
        style,
        pointer=pointer,
    )
