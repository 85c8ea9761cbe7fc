"""The names of generated model classes and their fields, kept apart from the names a generated
module imports, from pydantic's own attributes and from each other."""

from __future__ import annotations

import pydantic

from generator.ir import naming

# Names a generated module imports; a model of the same name would shadow them.
RESERVED_CLASS_NAMES = frozenset(
    {
        "Any",
        "Literal",
        "Annotated",
        "Field",
        "BaseModel",
        "OpenEnum",
        "Decimal",
        "Mapping",
        "Endpoint",
        "SyncAPIClient",
        "AsyncAPIClient",
        "NotGiven",
        "Headers",
        "Query",
        "Body",
        "FileTypes",
        "FileContent",
        "RawResponse",
        "Environment",
        "Tag",
        "Discriminator",
        "UnknownVariant",
        "PagedEndpoint",
        "RequestArguments",
        "SyncPage",
        "AsyncPaginator",
        "CursorPages",
        "ItemCursorPages",
        "OffsetPages",
        "PageNumberPages",
        "LinkHeaderPages",
        "StreamEndpoint",
        "EventStream",
        "AsyncEventStream",
        "TEXT_EVENTS",
    }
)
_MODEL_ATTRIBUTES = frozenset(name for name in dir(pydantic.BaseModel) if not name.startswith("_"))
# Type names the model annotations use: a field of the same name would shadow them in the class.
_FIELD_SHADOWS = frozenset(
    {"str", "int", "float", "bool", "bytes", "list", "dict", "date", "time", "datetime"}
)


def field_name(wanted: str, taken: set[str]) -> str:
    """`wanted` (a wire name made a Python name, or a configured one) kept apart from
    pydantic's own attributes, the types annotations use and the fields in `taken`."""
    name = (
        f"{wanted}_"
        if wanted in _MODEL_ATTRIBUTES or wanted in _FIELD_SHADOWS or wanted.startswith("model_")
        else wanted
    )
    return naming.unique_name(name, taken)


def claim_class_name(wanted: str, taken: set[str]) -> str:
    """A class name for `wanted`, apart from the reserved names and those in `taken`, which
    it joins."""
    name = naming.class_name(wanted, fallback="Model")
    if name in RESERVED_CLASS_NAMES:
        name = f"{name}Model"
    return naming.unique_class_name(name, taken)
