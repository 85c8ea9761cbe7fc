"""What the seed operations return: typed pydantic models, None for 204, raw responses."""

from __future__ import annotations

import copy
import typing
from datetime import datetime
from typing import Any

import pydantic
import pytest
from pydantic_core import to_jsonable_python

from .recording_server import RecordingServer
from .seeds import (
    IGNORE_DEPRECATED_CALLS,
    OPERATIONS,
    OSVI,
    SNAKE_CASE,
    UPONAI,
    Operation,
    Runner,
    answer,
    each_operation,
    json_schema_of,
    resolve,
    snake_case,
)

pytestmark = IGNORE_DEPRECATED_CALLS

MODEL_OPERATIONS = [op for op in OPERATIONS if op.returns is not None]
each_model_operation = pytest.mark.parametrize("op", MODEL_OPERATIONS, ids=lambda op: op.id)
UPONAI_END, UPONAI_GET = UPONAI.operations

# The attributes docs/seed-clients.md promises on uponai's Chat.
CHAT_ATTRIBUTES = [
    "chat_id",
    "agent_id",
    "version",
    "status",
    "type",
    "metadata",
    "custom_attributes",
    "started_at",
    "ended_at",
    "transcript",
    "messages",
    "chat_cost",
    "chat_analysis",
    "collected_dynamic_variables",
    "uponai_dynamic_variables",
    "override_dynamic_variables",
]


def _success_schema(op: Operation) -> Any:
    return json_schema_of(op.seed.document(), op.spec()["responses"][str(op.status)])


def _models_in(annotation: Any) -> list[type[pydantic.BaseModel]]:
    """The model classes inside a type annotation (`list[Message] | None` -> [Message])."""
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        return [annotation]
    return [m for arg in typing.get_args(annotation) for m in _models_in(arg)]


def _literals_in(annotation: Any) -> set[object]:
    if typing.get_origin(annotation) is typing.Literal:
        return set(typing.get_args(annotation))
    return {v for arg in typing.get_args(annotation) for v in _literals_in(arg)}


def _assert_model_matches_schema(
    model: type[pydantic.BaseModel], schema: Any, document: Any, seen: set[type]
) -> None:
    """Every spec property is a snake_case field aliased to its wire name, recursively."""
    if model in seen:
        return
    seen.add(model)
    wire_to_field = {
        (field.validation_alias if isinstance(field.validation_alias, str) else name): name
        for name, field in model.model_fields.items()
    }
    assert set(wire_to_field) == set(schema["properties"]), model.__name__
    for wire, prop in schema["properties"].items():
        name = wire_to_field[wire]
        assert SNAKE_CASE.match(name), name
        assert name.rstrip("_") == snake_case(wire), (wire, name)
        field = model.model_fields[name]
        alias = field.serialization_alias or name
        assert alias == wire, (model.__name__, name, alias)
        prop = resolve(document, prop)
        nested = resolve(document, prop.get("items")) if "items" in prop else prop
        if isinstance(nested, dict) and "properties" in nested:
            (inner,) = _models_in(typing.get_type_hints(model)[name])
            _assert_model_matches_schema(inner, nested, document, seen)


@each_model_operation
def test_models_have_snake_case_attributes_aliased_to_the_wire_names(
    op: Operation,
) -> None:
    document = op.seed.document()
    _assert_model_matches_schema(op.result_class(), _success_schema(op), document, set())


@each_operation
def test_success_is_a_typed_model_that_dumps_back_to_the_wire_json(
    op: Operation, runner: Runner, server: RecordingServer
) -> None:
    answer(server, op)
    result = runner.run(op.call(runner.client(op.seed, base_url=server.url)))
    if op.returns is None:
        assert result is None
        return
    assert type(result) is op.result_class()
    assert to_jsonable_python(result.model_dump(by_alias=True)) == op.response
    assert (
        result.model_dump_json(by_alias=True)
        == pydantic.TypeAdapter(Any).dump_json(op.response).decode()
    )


def test_uponai_chat_has_the_contract_attributes(runner: Runner, server: RecordingServer) -> None:
    answer(server, UPONAI_GET)
    wire = UPONAI_GET.response
    assert isinstance(wire, dict)
    chat = runner.run(UPONAI_GET.call(runner.client(UPONAI, base_url=server.url)))
    models = UPONAI.models()
    assert isinstance(chat, models.Chat)
    by_attribute = {snake_case(name): value for name, value in wire.items()}
    assert set(CHAT_ATTRIBUTES) == set(by_attribute)
    for attribute in CHAT_ATTRIBUTES:
        value = getattr(chat, attribute)
        if attribute in ("started_at", "ended_at"):
            expected = by_attribute[attribute]
            if expected is None:
                assert value is None
            else:
                assert isinstance(value, datetime)
                assert value == datetime.fromisoformat(expected)
        elif attribute == "messages":
            assert all(isinstance(m, models.Message) for m in value)
            assert [(m.role, m.content) for m in value] == [
                (m["role"], m["content"]) for m in by_attribute["messages"]
            ]
            assert value[1].tool_calls == by_attribute["messages"][1]["tool_calls"]
        else:
            assert value == by_attribute[attribute], attribute


def test_uponai_message_role_is_the_spec_enum() -> None:
    document = UPONAI.document()
    role = document["components"]["schemas"]["Message"]["properties"]["role"]
    annotation = typing.get_type_hints(UPONAI.models().Message, include_extras=True)["role"]
    assert _literals_in(annotation) == set(role["enum"]) == {"assistant", "user"}


def test_unknown_enum_value_is_tolerated(runner: Runner, server: RecordingServer) -> None:
    wire = copy.deepcopy(UPONAI_GET.response)
    assert isinstance(wire, dict)
    wire["messages"][0]["role"] = "robot"
    server.set_default(200, wire)
    chat = runner.run(UPONAI_GET.call(runner.client(UPONAI, base_url=server.url)))
    assert [m.role for m in chat.messages] == ["robot", "assistant"]
    assert chat.model_dump(by_alias=True)["messages"][0]["role"] == "robot"


@each_model_operation
def test_unknown_fields_are_kept(op: Operation, runner: Runner, server: RecordingServer) -> None:
    wire = copy.deepcopy(op.response)
    assert isinstance(wire, dict)
    wire["futureField"] = {"added": "later", "n": [1, 2]}
    server.set_default(op.status, wire)
    result = runner.run(op.call(runner.client(op.seed, base_url=server.url)))
    assert result.model_extra == {"futureField": {"added": "later", "n": [1, 2]}}
    assert result.futureField == {"added": "later", "n": [1, 2]}
    assert to_jsonable_python(result.model_dump(by_alias=True)) == wire


def test_osvi_result_has_success_and_data(runner: Runner, server: RecordingServer) -> None:
    op = OSVI.operations[0]
    answer(server, op)
    result = runner.run(op.call(runner.client(OSVI, base_url=server.url)))
    wire = op.response
    assert isinstance(wire, dict)
    assert result.success is wire["success"]
    assert result.data.session_id == wire["data"]["session_id"]
    assert result.data.summary == wire["data"]["summary"]


def test_dasha_session_is_typed_throughout(runner: Runner, server: RecordingServer) -> None:
    from .seeds import DASHA

    op = DASHA.operations[0]
    answer(server, op)
    session = runner.run(op.call(runner.client(DASHA, base_url=server.url)))
    models = DASHA.models()
    wire = op.response
    assert isinstance(wire, dict)
    assert isinstance(session, models.ChatSession)
    assert session.created_time == datetime.fromisoformat(wire["created_time"])
    assert (session.ttl_seconds, session.is_final, session.final_reason) == (
        wire["ttl_seconds"],
        wire["is_final"],
        wire["final_reason"],
    )
    (message,) = session.messages
    assert isinstance(message, models.ChatMessage)
    (tool_call,) = message.tool_calls
    assert isinstance(tool_call, models.ToolCall)
    assert tool_call.arguments == wire["messages"][0]["tool_calls"][0]["arguments"]


def test_204_returns_none(runner: Runner, server: RecordingServer) -> None:
    assert "204" in UPONAI_END.spec()["responses"]
    server.set_default(204)
    client = runner.client(UPONAI, base_url=server.url)
    assert runner.run(UPONAI_END.call(client)) is None


@pytest.mark.parametrize(
    "op",
    [pytest.param(op, id=op.id) for op in OPERATIONS],
)
def test_with_raw_response_gives_status_headers_and_parse(
    op: Operation, runner: Runner, server: RecordingServer
) -> None:
    answer(server, op, headers={"X-Request-Id": "req-42"})
    raw = runner.run(op.call_raw(runner.client(op.seed, base_url=server.url)))
    assert raw.status_code == op.status
    assert raw.http_response.status_code == op.status
    assert raw.headers["x-request-id"] == "req-42"
    parsed = raw.parse()
    if op.returns is None:
        assert parsed is None
    else:
        assert type(parsed) is op.result_class()
        assert to_jsonable_python(parsed.model_dump(by_alias=True)) == op.response
        assert raw.parse() is parsed
    assert len(server.requests) == 1
