"""refs.yaml (+ refs_shared.yaml): $ref to parameters, responses, request bodies, headers and
schemas, in the same document and in another local file."""

from __future__ import annotations

import pytest
import refs_client
import refs_client.models as m

from tests.clients.recording_server import RecordingServer

from .conftest import Call

PACKAGE = "refs_client"
ITEM = {
    "id": "i1",
    "name": "Lamp",
    "status": "published",
    "owner": {"id": 7, "name": "Ann", "contact": {"email": "ann@x.test"}},
}


def test_referenced_parameters_are_sent_where_they_say(call: Call, server: RecordingServer) -> None:
    server.enqueue(200, [ITEM])
    call(PACKAGE, lambda c: c.items.list(page_size=5, cursor="abc", x_trace_id="t-1"))
    request = server.last_request
    assert sorted(request.query) == [("cursor", "abc"), ("page_size", "5")]
    assert request.headers["X-Trace-Id"] == "t-1"


def test_referenced_response_and_schemas_from_the_other_file_parse(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(200, [ITEM])
    items = call(PACKAGE, lambda c: c.items.list())
    item = items[0]
    assert (
        type(item) is m.Item
        and type(item.owner) is m.Owner
        and type(item.owner.contact) is m.Contact
    )
    assert (item.status, item.owner.id, item.owner.contact.email) == ("published", 7, "ann@x.test")


def test_referenced_error_response_from_the_other_file_parses(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(404, {"detail": "no such page"})
    with pytest.raises(refs_client.NotFoundError) as caught:
        call(PACKAGE, lambda c: c.items.list(cursor="zzz"))
    assert type(caught.value.body) is m.Problem and caught.value.body.detail == "no such page"


def test_referenced_request_body_and_path_level_parameter(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(201, ITEM)
    item = call(
        PACKAGE, lambda c: c.items.create(name="Lamp", owner=m.Owner(id=7, name="Ann"), page_size=3)
    )
    request = server.last_request
    assert (request.method, request.path, request.query) == ("POST", "/items", [("page_size", "3")])
    assert request.json() == {"name": "Lamp", "owner": {"id": 7, "name": "Ann"}}
    assert item.id == "i1"


def test_path_parameter_and_body_referenced_from_the_other_file(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(204)
    result = call(
        PACKAGE,
        lambda c: c.owners.replace(7, id=7, name="Ann", contact=m.Contact(email="a@x.test")),
    )
    request = server.last_request
    assert (request.method, request.path) == ("PUT", "/owners/7")
    assert request.json() == {"id": 7, "name": "Ann", "contact": {"email": "a@x.test"}}
    assert result is None


def test_schema_referenced_from_the_other_file_parses(call: Call, server: RecordingServer) -> None:
    server.enqueue(200, {"id": 7, "name": "Ann"})
    owner = call(PACKAGE, lambda c: c.owners.get(7))
    assert server.last_request.path == "/owners/7"
    assert type(owner) is m.Owner and (owner.id, owner.name, owner.contact) == (7, "Ann", None)


def test_referenced_response_headers_reach_the_raw_response(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(201, ITEM, headers={"Location": "/items/i1"})
    raw = call(PACKAGE, lambda c: c.with_raw_response.items.create(name="Lamp"))
    assert raw.status_code == 201 and raw.headers["location"] == "/items/i1"
    assert type(raw.parse()) is m.Item
