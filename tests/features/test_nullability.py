"""nullability_30.yaml / nullability_31.yaml: 3.0 `nullable`, 3.1 type arrays and const, enums.

Both documents describe the same API, so most tests run against both clients.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

import pytest

from tests.clients.recording_server import RecordingServer

from .conftest import Call

PACKAGES = ["nullability_30_client", "nullability_31_client"]
PROFILE: dict[str, Any] = {"kind": "profile", "id": "p1", "nickname": "Jo", "status": "active"}


@pytest.fixture(params=PACKAGES)
def package(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def models(package: str) -> ModuleType:
    return importlib.import_module(f"{package}.models")


def errors(package: str) -> ModuleType:
    return importlib.import_module(package)


def test_omitted_optional_fields_are_not_sent(
    call: Call, server: RecordingServer, package: str
) -> None:
    server.enqueue(200, PROFILE)
    call(package, lambda c: c.profiles.update("p1", age=41))
    assert server.last_request.json() == {"age": 41}


def test_explicit_none_is_sent_as_null(call: Call, server: RecordingServer, package: str) -> None:
    server.enqueue(200, PROFILE)
    call(package, lambda c: c.profiles.update("p1", nickname=None, colour=None, address=None))
    assert server.last_request.json() == {"nickname": None, "colour": None, "address": None}


def test_a_nested_model_is_sent_with_its_fields(
    call: Call, server: RecordingServer, package: str
) -> None:
    server.enqueue(200, PROFILE)
    address = models(package).Address(city="Oslo")
    call(package, lambda c: c.profiles.update("p1", address=address, status="suspended"))
    assert server.last_request.json() == {"address": {"city": "Oslo"}, "status": "suspended"}


def test_required_nullable_field_accepts_null(
    call: Call, server: RecordingServer, package: str
) -> None:
    server.enqueue(
        200,
        {**PROFILE, "nickname": None, "age": None, "colour": None, "address": None, "tags": None},
    )
    profile = call(package, lambda c: c.profiles.get("p1"))
    assert profile.nickname is None and profile.age is None
    assert profile.colour is None and profile.address is None and profile.tags is None


def test_required_nullable_field_must_still_be_present(
    call: Call, server: RecordingServer, package: str
) -> None:
    body = {key: value for key, value in PROFILE.items() if key != "nickname"}
    server.enqueue(200, body)
    with pytest.raises(errors(package).APIResponseValidationError):
        call(package, lambda c: c.profiles.get("p1"))


def test_non_nullable_field_rejects_null(call: Call, server: RecordingServer, package: str) -> None:
    server.enqueue(200, {**PROFILE, "status": None})
    with pytest.raises(errors(package).APIResponseValidationError):
        call(package, lambda c: c.profiles.get("p1"))


@pytest.mark.parametrize(
    "package",
    [
        "nullability_30_client",
        "nullability_31_client",
    ],
)
def test_nullable_reference_parses_to_the_referenced_model(
    call: Call, server: RecordingServer, package: str
) -> None:
    server.enqueue(200, {**PROFILE, "address": {"city": "Oslo"}})
    profile = call(package, lambda c: c.profiles.get("p1"))
    assert type(profile.address) is models(package).Address
    assert profile.address.city == "Oslo"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("status", "suspended"),
        ("level", 3),
        ("mixed", "auto"),
        ("mixed", 0),
        ("mixed", True),
        ("colour", "green"),
    ],
)
def test_enum_values_parse_as_themselves(
    call: Call, server: RecordingServer, package: str, field: str, value: object
) -> None:
    server.enqueue(200, {**PROFILE, field: value})
    profile = call(package, lambda c: c.profiles.get("p1"))
    parsed = getattr(profile, field)
    assert parsed == value and type(parsed) is type(value)


@pytest.mark.parametrize("value", [False, 1])
def test_mixed_enum_does_not_turn_one_listed_value_into_another(
    call: Call, server: RecordingServer, package: str, value: object
) -> None:
    server.enqueue(200, {**PROFILE, "mixed": value})
    profile = call(package, lambda c: c.profiles.get("p1"))
    assert profile.mixed == value and type(profile.mixed) is type(value)


def test_unlisted_enum_value_is_kept(call: Call, server: RecordingServer, package: str) -> None:
    server.enqueue(200, {**PROFILE, "status": "archived", "level": 9})
    profile = call(package, lambda c: c.profiles.get("p1"))
    assert (profile.status, profile.level) == ("archived", 9)


def test_enum_query_parameters_are_sent_as_their_values(
    call: Call, server: RecordingServer, package: str
) -> None:
    server.enqueue(200, [PROFILE])
    profiles = call(package, lambda c: c.profiles.list(status="suspended", level=2))
    assert server.last_request.query == [("status", "suspended"), ("level", "2")]
    assert [p.id for p in profiles] == ["p1"]


# 3.1 only: const and multi-type arrays.

PACKAGE_31 = "nullability_31_client"


def test_const_fields_parse_and_round_trip(call: Call, server: RecordingServer) -> None:
    server.enqueue(200, {**PROFILE, "version": 2})
    profile = call(PACKAGE_31, lambda c: c.profiles.get("p1"))
    assert (profile.kind, profile.version) == ("profile", 2)
    assert profile.model_dump(by_alias=True)["kind"] == "profile"


@pytest.mark.parametrize("score", [1.5, "high", None])
def test_type_array_keeps_each_type(call: Call, server: RecordingServer, score: object) -> None:
    server.enqueue(200, {**PROFILE, "score": score})
    profile = call(PACKAGE_31, lambda c: c.profiles.get("p1"))
    assert profile.score == score and type(profile.score) is type(score)


def test_type_array_rejects_a_type_it_does_not_list(call: Call, server: RecordingServer) -> None:
    server.enqueue(200, {**PROFILE, "score": [1]})
    with pytest.raises(errors(PACKAGE_31).APIResponseValidationError):
        call(PACKAGE_31, lambda c: c.profiles.get("p1"))
