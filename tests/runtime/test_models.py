"""BaseModel: aliases, unknown fields, wire round trips; OpenEnum tolerance."""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any, Literal

import pydantic
import pytest
from pydantic import Field
from runtime_under_test._models import BaseModel, OpenEnum, current_names

Role = Annotated[Literal["assistant", "user"], OpenEnum]


class Message(BaseModel):
    role: Role
    tool_calls: list[str] | None = Field(
        default=None, validation_alias="toolCalls", serialization_alias="toolCalls"
    )


class Chat(BaseModel):
    chat_id: str = Field(validation_alias="chatId", serialization_alias="chatId")
    started_at: datetime | None = Field(
        default=None, validation_alias="startedAt", serialization_alias="startedAt"
    )
    ended_at: datetime | None = Field(
        default=None, validation_alias="endedAt", serialization_alias="endedAt"
    )
    messages: list[Message] = []
    metadata: dict[str, str] | None = None


WIRE = {
    "chatId": "c-1",
    "startedAt": "2024-05-01T10:00:00Z",
    "endedAt": None,
    "messages": [
        {"role": "user", "toolCalls": ["lookup"], "latencyMs": 12},
        {"role": "assistant"},
    ],
    "chatCost": {"total": 0.25, "currency": "USD"},
}


def test_model_dump_by_alias_gives_back_the_wire_json() -> None:
    chat = Chat.model_validate(WIRE)
    assert chat.model_dump(mode="json", by_alias=True) == WIRE
    assert json.loads(chat.model_dump_json(by_alias=True)) == WIRE


def test_fields_are_snake_case_attributes() -> None:
    chat = Chat.model_validate(WIRE)
    assert chat.chat_id == "c-1"
    assert chat.started_at == datetime.fromisoformat("2024-05-01T10:00:00+00:00")
    assert chat.messages[0].tool_calls == ["lookup"]


def test_unknown_fields_are_kept_at_every_level() -> None:
    chat = Chat.model_validate(WIRE)
    assert chat.model_extra == {"chatCost": {"total": 0.25, "currency": "USD"}}
    assert chat.messages[0].model_extra == {"latencyMs": 12}


def test_explicit_null_is_kept_and_absent_fields_stay_absent() -> None:
    dumped = Chat.model_validate(WIRE).model_dump(by_alias=True)
    assert "endedAt" in dumped and dumped["endedAt"] is None
    assert "metadata" not in dumped
    assert "toolCalls" not in dumped["messages"][1]


def test_models_can_be_built_by_attribute_name_or_by_wire_name() -> None:
    by_name = Chat(chat_id="c-2", metadata={"k": "v"})
    by_alias = Chat.model_validate({"chatId": "c-2", "metadata": {"k": "v"}})
    assert by_name == by_alias
    assert by_name.model_dump(by_alias=True) == {"chatId": "c-2", "metadata": {"k": "v"}}


def test_a_field_set_to_its_default_is_still_dumped() -> None:
    # Setting a field is what puts it on the wire, even when the value equals the default.
    assert Chat(chat_id="c", metadata=None).model_dump(by_alias=True) == {
        "chatId": "c",
        "metadata": None,
    }


def test_dump_without_aliases_uses_attribute_names_and_still_drops_unset_fields() -> None:
    chat = Chat.model_validate({"chatId": "c", "messages": [{"role": "user"}]})
    assert chat.model_dump() == {"chat_id": "c", "messages": [{"role": "user"}]}


def test_explicit_dump_options_still_apply() -> None:
    chat = Chat.model_validate(WIRE)
    dumped = chat.model_dump(by_alias=True, exclude={"messages"})
    assert "messages" not in dumped and dumped["chatId"] == "c-1"


def test_open_enum_keeps_a_value_the_spec_does_not_list() -> None:
    message = Message.model_validate({"role": "system"})
    assert message.role == "system"
    assert message.model_dump(by_alias=True) == {"role": "system"}


def test_open_enum_still_accepts_listed_values() -> None:
    assert Message.model_validate({"role": "assistant"}).role == "assistant"


def test_open_enum_still_rejects_values_of_another_kind() -> None:
    with pytest.raises(pydantic.ValidationError):
        Message.model_validate({"role": {"name": "user"}})


def test_open_enum_works_for_integer_enums_and_inside_lists() -> None:
    class Levels(BaseModel):
        levels: list[Annotated[Literal[1, 2], OpenEnum]]

    assert Levels.model_validate({"levels": [1, 7]}).levels == [1, 7]


def _outcome(validate: Callable[[Any], object], data: object) -> object:
    """What validating `data` gives: the value with its type, or each error's type, place and
    message."""
    try:
        value = validate(data)
    except pydantic.ValidationError as error:
        return [(problem["type"], problem["loc"], problem["msg"]) for problem in error.errors()]
    return value, [type(item) for item in value] if isinstance(value, list) else type(value)


JSON_VALUES = [
    '"a"',
    '"c"',
    "1",
    "3",
    "1.0",
    "1.5",
    "true",
    "false",
    "0",
    "null",
    "[]",
    "{}",
    "1e400",
]


@pytest.mark.parametrize(
    "listed", [Literal["a", "b"], Literal[1, 2], Literal["auto", 0, True], Literal[None, "x"]]
)
def test_open_enum_decides_json_as_it_decides_the_values_json_parses_to(listed: Any) -> None:
    # JSON is validated without calling `_keep_unlisted`; it must come to the same outcome.
    adapter = pydantic.TypeAdapter(list[Annotated[listed, OpenEnum]])
    for text in JSON_VALUES:
        from_json = _outcome(adapter.validate_json, f"[{text}]")
        assert from_json == _outcome(adapter.validate_python, [json.loads(text)]), text


def test_an_open_enum_is_described_by_its_listed_values() -> None:
    schema = pydantic.TypeAdapter(Role).json_schema()
    assert schema == pydantic.TypeAdapter(Literal["assistant", "user"]).json_schema()


def test_validators_are_built_on_first_use_not_at_class_creation() -> None:
    class Lazy(BaseModel):
        value: int

    assert Lazy.__pydantic_complete__ is False
    assert Lazy.model_validate({"value": 1}).value == 1
    assert Lazy.__pydantic_complete__ is True


def test_fields_named_like_pydantic_namespaces_do_not_warn() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")

        class Model(BaseModel):
            model_id: str

    assert Model(model_id="m").model_id == "m"


class Pet(BaseModel):
    """A model whose `label` was called `pet_tag` before."""

    label: str | None = Field(default=None, validation_alias="petTag", serialization_alias="petTag")

    @pydantic.model_validator(mode="before")
    @classmethod
    def _accept_former_names(cls, data: object) -> object:
        return current_names(data, {"pet_tag": "label"}, "Pet")


def test_a_former_keyword_builds_the_field_it_became_and_warns_at_the_caller() -> None:
    with pytest.warns(
        DeprecationWarning, match=r"`Pet\(pet_tag=\)` is deprecated; use `Pet\(label=\)`"
    ) as caught:
        pet = Pet(pet_tag="good")
    assert pet.label == "good"
    assert pet.model_dump(by_alias=True) == {"petTag": "good"}
    assert [w.filename for w in caught] == [__file__]


def test_the_current_name_wins_over_a_former_one_given_too() -> None:
    with pytest.warns(DeprecationWarning):
        assert Pet(pet_tag="old", label="new").label == "new"


def test_data_without_former_names_parses_without_a_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert Pet.model_validate({"petTag": "wire"}).label == "wire"
        assert current_names(["not", "a", "mapping"], {"pet_tag": "label"}, "Pet") == [
            "not",
            "a",
            "mapping",
        ]
