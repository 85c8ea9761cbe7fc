"""operations.yaml / operations_empty.yaml: path- and operation-level parameters, colliding
names, missing and duplicate operationIds, no tags, many tags, empty `paths`."""

from __future__ import annotations

import importlib

import pytest

from tests.clients.recording_server import RecordingServer

from .conftest import Call
from .packages import client_classes

PACKAGE = "operations_client"


def test_operation_level_parameter_wins_over_the_path_level_one(
    call: Call, server: RecordingServer
) -> None:
    # The path level says `format` is a required integer; the operation, an optional enum.
    server.enqueue(200, {"id": "r1"})
    call(PACKAGE, lambda c: c.reports.get("r1"))
    assert (server.last_request.path, server.last_request.query) == ("/reports/r1", [])
    server.enqueue(200, {"id": "r1"})
    call(PACKAGE, lambda c: c.reports.get("r1", format="csv"))
    assert server.last_request.query == [("format", "csv")]


def test_path_level_parameter_applies_to_the_operation(call: Call, server: RecordingServer) -> None:
    server.enqueue(200, {"id": "r1"})
    call(PACKAGE, lambda c: c.reports.get("r1", x_request_id="req-9"))
    assert server.last_request.headers["X-Request-Id"] == "req-9"


def test_colliding_names_each_reach_their_own_wire_name(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(200, {"id": "r1"})
    call(
        PACKAGE,
        lambda c: c.reports.search(
            "in-path",
            id_2="in-query",
            class_="c",
            from_="f",
            self_="s",
            timeout_=5,
            page_size=10,
            page_size_2=20,
            extra_headers_="h",
            body_id="in-body",
            body_class_="bc",
            body_timeout=1.5,
            extra_headers={"X-Extra": "e"},
            timeout=10.0,
        ),
    )
    request = server.last_request
    assert request.path == "/search/in-path"
    assert sorted(request.query) == sorted(
        [
            ("id", "in-query"),
            ("class", "c"),
            ("from", "f"),
            ("self", "s"),
            ("timeout", "5"),
            ("page-size", "10"),
            ("page_size", "20"),
        ]
    )
    assert (request.headers["extra_headers"], request.headers["X-Extra"]) == ("h", "e")
    assert request.json() == {"id": "in-body", "class": "bc", "timeout": 1.5}


def test_operations_without_operation_id_are_named_from_the_path(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(200, ["a", "b"])
    assert call(PACKAGE, lambda c: c.widgets.list()) == ["a", "b"]
    server.enqueue(204)
    assert call(PACKAGE, lambda c: c.widgets.create()) is None
    server.enqueue(200, "gadget")
    assert call(PACKAGE, lambda c: c.widgets.get("w 1")) == "gadget"
    assert [(r.method, r.path) for r in server.requests] == [
        ("GET", "/widgets"),
        ("POST", "/widgets"),
        ("GET", "/widgets/w%201"),
    ]


def test_duplicate_operation_ids_get_distinct_methods(call: Call, server: RecordingServer) -> None:
    server.enqueue(200, "one")
    server.enqueue(200, "two")
    first = call(PACKAGE, lambda c: c.dupes.fetch())
    second = call(PACKAGE, lambda c: c.dupes.fetch_2())
    assert (first, second) == ("one", "two")
    assert [r.path for r in server.requests] == ["/first", "/second"]


def test_operation_with_many_tags_is_in_its_first_tag_group(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(204)
    assert call(PACKAGE, lambda c: c.alpha.many_tags()) is None
    assert server.last_request.path == "/tagged"


def test_empty_paths_still_make_a_usable_package(
    server: RecordingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EMPTY_PATHS_BASE_URL", raising=False)
    package = importlib.import_module("operations_empty_client")
    sync_class, async_class = client_classes(package)
    assert importlib.import_module("operations_empty_client.models").__all__ == ["Unused"]
    with sync_class(base_url=server.url) as client:
        assert not [
            name
            for name in vars(client)
            if not name.startswith("_")
            and name not in ("with_raw_response", "with_streaming_response")
        ]
    # With no `servers`, the server is "/": there is no usable default base URL.
    with pytest.raises(package.MissingBaseURLError):
        async_class()


def test_keyword_and_pydantic_property_names_round_trip(
    call: Call, server: RecordingServer
) -> None:
    wire = {
        "id": "r1",
        "class": "c",
        "from": "f",
        "self": "s",
        "json": "j",
        "model_config": "m",
        "2fa": True,
        "with-dash": 3,
    }
    server.enqueue(200, wire)
    report = call(PACKAGE, lambda c: c.reports.get("r1"))
    assert (report.class_, report.from_, report.self_, report.json_, report.model_config_) == (
        "c",
        "f",
        "s",
        "j",
        "m",
    )
    assert (report.field_2_fa, report.with_dash) == (True, 3)
    assert report.model_dump(by_alias=True) == wire
    models = importlib.import_module("operations_client.models")
    assert models.Report(class_="x", with_dash=1).model_dump(by_alias=True) == {
        "class": "x",
        "with-dash": 1,
    }


def test_a_fragment_in_the_path_key_is_not_sent_and_keeps_no_query(
    call: Call, server: RecordingServer
) -> None:
    # AWS's `/labels#resourceArn`: a URL's fragment never reaches the server (RFC 3986
    # section 3.5), and a query string written after it would be part of it.
    server.enqueue(200, {"id": "r1"})
    call(PACKAGE, lambda c: c.labels.list(resource_arn="arn:wire", max_results=5))
    assert (server.last_request.path, server.last_request.query) == (
        "/labels",
        [("resourceArn", "arn:wire"), ("maxResults", "5")],
    )
    server.enqueue(204)
    call(PACKAGE, lambda c: c.labels.add(x_amz_target="Labels.AddLabel"))
    assert (server.last_request.path, server.last_request.headers["X-Amz-Target"]) == (
        "/",
        "Labels.AddLabel",
    )
