"""The base of every generated model, and what keeps enums and unions forward compatible."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping
from typing import Any, Final, cast

import pydantic
from pydantic import (
    ConfigDict,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    SerializerFunctionWrapHandler,
    ValidationError,
    ValidatorFunctionWrapHandler,
    model_serializer,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, core_schema


class BaseModel(pydantic.BaseModel):
    """A model of API data: snake_case attributes, wire names as aliases.

    Unknown fields are kept, and dumping leaves out the fields that were never set, so
    `model_dump(by_alias=True)` of a parsed model gives back the JSON it was parsed from.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
        # Large clients define hundreds of models; build each one's validator on first use.
        defer_build=True,
        # API fields such as `model_id` are common and must not trigger pydantic's warning.
        protected_namespaces=(),
    )

    @model_serializer(mode="wrap")
    def _dump_set_fields(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        """Dump like pydantic does, minus the declared fields that were never set."""
        # pydantic's own dump of a model is always a dict of its keys.
        dumped = cast("dict[str, object]", handler(self))
        for name, field in type(self).model_fields.items():
            if name in self.model_fields_set:
                continue
            # Either key may be the one in use (by_alias or not). Neither can belong to an
            # unknown field: validation by name and by alias routes both keys to this field.
            dumped.pop(name, None)
            if field.serialization_alias is not None:
                dumped.pop(field.serialization_alias, None)
        return dumped


def _keep_unlisted(value: object, handler: ValidatorFunctionWrapHandler) -> object:
    """Validate an enum value, keeping a scalar the schema does not list as it is."""
    try:
        validated = handler(value)
    except ValidationError:
        if isinstance(value, (str, int, float)):
            return value
        raise
    # Literal matching compares with ==, so 1 would become True and False would become 0.
    if isinstance(value, int) and type(validated) is not type(value):
        return value
    return validated


class _OpenEnum:
    """What `OpenEnum` is: validation by `_keep_unlisted`, which JSON needs no Python call for.

    Every enum value of a response would otherwise call `_keep_unlisted`. For a JSON value
    the outcome is known without it: a string, integer or boolean is kept as it is (listed or
    not), a number may match a listed value as Python compares them (1.0 is the listed 1),
    and anything else must be listed; the error for a value that is not is the Literal's own.
    """

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        listed = handler(source)
        keep_unlisted = core_schema.no_info_wrap_validator_function(_keep_unlisted, listed)
        if listed["type"] != "literal":
            return keep_unlisted
        json_value = core_schema.union_schema(
            [
                core_schema.str_schema(strict=True),
                core_schema.int_schema(strict=True),
                core_schema.bool_schema(strict=True),
                listed,
                core_schema.float_schema(strict=True),
            ],
            mode="left_to_right",
            custom_error_type="literal_error",
            custom_error_context={"expected": _listing(listed["expected"])},
            # Written as the value it holds, as the Literal writes a value it does not list.
            serialization=core_schema.simple_ser_schema("any"),
        )
        return core_schema.json_or_python_schema(json_value, keep_unlisted)

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        # The listed values, as for the Literal, not the union that validates JSON.
        return handler(schema["python_schema"] if schema["type"] == "json-or-python" else schema)


def _listing(values: list[Any]) -> str:
    """The listed values as pydantic's Literal error names them: `'a', 'b' or 'c'`."""
    shown = [repr(value) for value in values]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} or {shown[-1]}"


OpenEnum: Final = _OpenEnum()
"""Marker for `Annotated[Literal[...], OpenEnum]`: a value the spec does not list still parses.

Servers add enum values over time; an older client keeps the new value (a plain `str` or
number) instead of failing. Values of another kind (objects, arrays) still fail.
"""


class UnknownVariant(BaseModel):
    """A member of a discriminated union that this client does not know, kept as it was sent.

    Servers add kinds over time; an older client gets this in place of a validation error.
    Every field is an unknown one, so `raw` (and `model_dump()`) give the data back.
    """

    @property
    def raw(self) -> dict[str, object]:
        """The object as the server sent it."""
        return dict(self.model_extra or {})


# Where a validator's warning is raised from the frame that built the model: the frames of this
# function, of the model's validator and of pydantic's `__init__` or `model_validate` come first.
_CALLER = 4


def current_names(data: object, renamed: Mapping[str, str], model: str) -> object:
    """`data` with the former names of renamed fields (`renamed`: former -> current) replaced
    by the current ones, warning for each: a before-validator of a model whose fields were
    renamed calls this, so code that builds it with the former keywords keeps working.

    A current name given too wins over the former one.
    """
    if not isinstance(data, dict):
        return data
    given = cast("dict[str, object]", data)
    found = [name for name in renamed if name in given]
    if not found:
        return given
    updated = dict(given)
    for former in found:
        current = renamed[former]
        message = (
            f"`{model}({former}=)` is deprecated; use `{model}({current}=)`;"
            " it will be removed in the next major version"
        )
        warnings.warn(message, DeprecationWarning, stacklevel=_CALLER)
        value = updated.pop(former)
        updated.setdefault(current, value)
    return updated


def by_property(
    property_name: str, tags: Mapping[str, str], *, fallback: str | None = None
) -> Callable[[object], str | None]:
    """Discriminator for `Annotated[A | B, Discriminator(by_property(...))]` unions.

    `tags` maps the values the property takes on the wire to the member's tag (its class
    name); a value it does not list gets the `fallback` tag, if any. A model instance, met
    when dumping, is tagged by its own class.
    """
    known = frozenset([*tags.values(), *([fallback] if fallback is not None else [])])

    def tag_of(value: object) -> str | None:
        if isinstance(value, dict):
            wire_value = cast("dict[str, object]", value).get(property_name)
            return tags.get(str(wire_value), fallback)
        name = type(value).__name__
        return name if name in known else None

    return tag_of
