"""objects.yaml: additionalProperties, free-form objects, recursion, readOnly / writeOnly,
defaults, formats and inline schemas."""

from __future__ import annotations

import inspect
from datetime import date, datetime, time, timezone
from decimal import Decimal

import objects_client
import objects_client.models as m
import pytest

from tests.clients.recording_server import RecordingServer

from .conftest import Call

PACKAGE = "objects_client"


def test_read_only_fields_are_no_arguments_and_write_only_fields_are(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(201, {"id": "u1", "name": "Ada"})
    user = call(PACKAGE, lambda c: c.users.create(name="Ada", password="s3cret"))
    assert server.last_request.json() == {"name": "Ada", "password": "s3cret"}
    # The response has the readOnly id and lacks the writeOnly password, both required.
    assert (user.id, user.name, user.password) == ("u1", "Ada", None)
    assert (
        "id"
        not in inspect.signature(
            objects_client.ObjectsClient(base_url="http://x").users.create
        ).parameters
    )


def test_defaulted_arguments_are_not_sent_when_omitted(call: Call, server: RecordingServer) -> None:
    server.enqueue(201, {"id": "u1", "name": "Ada"})
    call(PACKAGE, lambda c: c.users.create(name="Ada", password="pw", quota=0, active=False))
    assert server.last_request.json() == {
        "name": "Ada",
        "password": "pw",
        "quota": 0,
        "active": False,
    }


def test_scalar_defaults_apply_to_missing_response_fields(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(201, {"id": "u1", "name": "Ada"})
    user = call(PACKAGE, lambda c: c.users.create(name="Ada", password="pw"))
    assert (user.active, user.quota, user.ratio, user.nickname) == (True, 10, 0.5, "anonymous")


def test_enum_default_applies_to_a_missing_response_field(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(201, {"id": "u1", "name": "Ada"})
    user = call(PACKAGE, lambda c: c.users.create(name="Ada", password="pw"))
    assert user.role == "member"


def test_additional_properties_true_keeps_unknown_properties(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(200, {"theme": "dark", "fontSize": 12})
    settings = call(PACKAGE, lambda c: c.settings.put(theme="dark", extra_body={"fontSize": 12}))
    assert server.last_request.json() == {"theme": "dark", "fontSize": 12}
    assert settings.theme == "dark"
    assert settings.model_dump(by_alias=True) == {"theme": "dark", "fontSize": 12}


def test_additional_properties_schema_types_the_values(call: Call, server: RecordingServer) -> None:
    server.enqueue(200, {"labels": {"env": "prod"}})
    settings = call(PACKAGE, lambda c: c.settings.put(labels={"env": "prod"}))
    assert server.last_request.json() == {"labels": {"env": "prod"}}
    assert settings.labels == {"env": "prod"}
    server.enqueue(200, {"labels": {"env": ["not", "a", "string"]}})
    with pytest.raises(objects_client.APIResponseValidationError):
        call(PACKAGE, lambda c: c.settings.put(theme="x"))


def test_nested_models_free_form_objects_and_any_values_are_sent_as_json(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(200, {})
    call(
        PACKAGE,
        lambda c: c.settings.put(
            strict=m.Strict(enabled=True), extras={"a": [1, {"b": None}]}, anything=[1, "x"]
        ),
    )
    assert server.last_request.json() == {
        "strict": {"enabled": True},
        "extras": {"a": [1, {"b": None}]},
        "anything": [1, "x"],
    }


def test_free_form_response_is_a_dict(call: Call, server: RecordingServer) -> None:
    server.enqueue(200, {"a": [1, {"b": None}], "c": "d"})
    assert call(PACKAGE, lambda c: c.settings.get_metadata()) == {"a": [1, {"b": None}], "c": "d"}


def test_additional_properties_response_is_a_typed_dict(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(200, {"x": 1, "y": 2})
    assert call(PACKAGE, lambda c: c.settings.get_counters()) == {"x": 1, "y": 2}
    server.enqueue(200, {"x": "one"})
    with pytest.raises(objects_client.APIResponseValidationError):
        call(PACKAGE, lambda c: c.settings.get_counters())


def test_recursive_schema_parses_at_every_depth(call: Call, server: RecordingServer) -> None:
    server.enqueue(
        200,
        {
            "value": 1,
            "children": [{"value": 2, "children": [{"value": 3}]}],
            "parent": {"value": 0},
        },
    )
    tree = call(PACKAGE, lambda c: c.trees.get("t1"))
    grandchild = tree.children[0].children[0]
    assert type(grandchild) is m.Tree and grandchild.value == 3
    assert type(tree.parent) is m.Tree and tree.parent.value == 0


def test_mutually_recursive_schemas_parse(call: Call, server: RecordingServer) -> None:
    server.enqueue(
        200,
        {
            "name": "Ada",
            "employer": {"name": "Acme", "people": [{"name": "Bob", "employer": {"name": "Acme"}}]},
        },
    )
    person = call(PACKAGE, lambda c: c.trees.get_person("p1"))
    colleague = person.employer.people[0]
    assert type(person.employer) is m.Company and type(colleague) is m.Person
    assert (colleague.name, colleague.employer.name) == ("Bob", "Acme")


def test_formats_are_sent_as_their_json_text(call: Call, server: RecordingServer) -> None:
    server.enqueue(
        200, {"id": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "at": "2024-05-01T12:30:00Z"}
    )
    call(
        PACKAGE,
        lambda c: c.events.create(
            id="7c9e6679-7425-40de-944b-e07fc1f90ae7",
            at=datetime(2024, 5, 1, 12, 30, tzinfo=timezone.utc),
            day=date(2024, 5, 2),
            starts=time(9, 15, 30),
            amount=Decimal("12.50"),
            checksum="aGVsbG8=",
            contact="ada@example.test",
            link="https://example.test/a?b=c",
        ),
    )
    sent = server.last_request.json()
    assert sent["at"] in ("2024-05-01T12:30:00Z", "2024-05-01T12:30:00+00:00")
    assert (sent["day"], sent["starts"], sent["amount"]) == ("2024-05-02", "09:15:30", "12.50")
    assert (sent["checksum"], sent["contact"], sent["link"]) == (
        "aGVsbG8=",
        "ada@example.test",
        "https://example.test/a?b=c",
    )


def test_formats_parse_to_python_types(call: Call, server: RecordingServer) -> None:
    server.enqueue(
        200,
        {
            "id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
            "at": "2024-05-01T12:30:00+02:00",
            "day": "2024-05-02",
            "starts": "09:15:30",
            "amount": "0.10",
            "checksum": "aGVsbG8=",
        },
    )
    event = call(PACKAGE, lambda c: c.events.create(id="x", at=datetime(2024, 1, 1)))
    assert (
        event.at == datetime(2024, 5, 1, 10, 30, tzinfo=timezone.utc)
        and event.at.utcoffset() is not None
    )
    assert (event.day, event.starts) == (date(2024, 5, 2), time(9, 15, 30))
    assert event.amount == Decimal("0.10") and isinstance(event.amount, Decimal)
    assert str(event.id) == "7c9e6679-7425-40de-944b-e07fc1f90ae7"


def test_inline_request_objects_are_nested_models(call: Call, server: RecordingServer) -> None:
    server.enqueue(200, {"orderId": "o1", "lines": []})
    shipping = m.CreateOrderRequestShipping(
        street="Main St", geo=m.CreateOrderRequestShippingGeo(lat=1.5, lon=-2.0)
    )
    call(PACKAGE, lambda c: c.orders.create(item="book", shipping=shipping))
    assert server.last_request.json() == {
        "item": "book",
        "shipping": {"street": "Main St", "geo": {"lat": 1.5, "lon": -2.0}},
    }


def test_inline_response_objects_parse(call: Call, server: RecordingServer) -> None:
    server.enqueue(
        200, {"orderId": "o1", "lines": [{"sku": "b-1", "price": "9.99"}, {"sku": "b-2"}]}
    )
    order = call(
        PACKAGE,
        lambda c: c.orders.create(item="book", shipping=m.CreateOrderRequestShipping(street="x")),
    )
    assert order.order_id == "o1"
    assert [(line.sku, line.price) for line in order.lines] == [
        ("b-1", Decimal("9.99")),
        ("b-2", None),
    ]
