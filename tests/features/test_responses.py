"""responses.yaml: several content types, media ranges (`*/*`, `application/*`), text and binary
bodies, `default`, `2XX` ranges, 204."""

from __future__ import annotations

import pytest
import responses_client
import responses_client.models as m

from tests.clients.recording_server import RecordingServer

from .conftest import Call

PACKAGE = "responses_client"


def test_json_is_chosen_among_several_response_types(call: Call, server: RecordingServer) -> None:
    server.enqueue(200, {"title": "Q1"})
    report = call(PACKAGE, lambda c: c.responses.get_report())
    assert type(report) is m.Report and report.title == "Q1"


def test_the_client_asks_for_the_type_it_decodes(call: Call, server: RecordingServer) -> None:
    server.enqueue(200, {"title": "Q1"})
    call(PACKAGE, lambda c: c.responses.get_report())
    accepted = [
        item.split(";")[0].strip()
        for item in server.last_request.headers.get("accept", "").split(",")
    ]
    assert "application/json" in accepted and "*/*" not in accepted


def test_text_response_is_a_str(call: Call, server: RecordingServer) -> None:
    server.enqueue(200, "grüße\nline two", headers={"Content-Type": "text/plain; charset=utf-8"})
    text = call(PACKAGE, lambda c: c.responses.get_text())
    assert type(text) is str and text == "grüße\nline two"


@pytest.mark.parametrize(
    ("operation", "media_type"),
    [("get_image", "image/png"), ("download", "application/octet-stream")],
)
def test_binary_response_is_bytes(
    call: Call, server: RecordingServer, operation: str, media_type: str
) -> None:
    payload = b"\x89PNG\r\n\x1a\n\x00\xff"
    server.enqueue(200, payload, headers={"Content-Type": media_type})
    data = call(PACKAGE, lambda c: getattr(c.responses, operation)())
    assert type(data) is bytes and data == payload


def test_204_gives_none(call: Call, server: RecordingServer) -> None:
    server.enqueue(204)
    assert call(PACKAGE, lambda c: c.responses.delete_thing("t1")) is None
    assert (server.last_request.method, server.last_request.path) == ("DELETE", "/things/t1")


def test_204_that_declares_content_gives_none_for_the_empty_answer_it_gets(
    call: Call, server: RecordingServer
) -> None:
    # AWS's specs give 204s a JSON schema; servers answer 204 without a body, as HTTP says.
    server.enqueue(204)
    assert call(PACKAGE, lambda c: c.responses.archive_thing("t1")) is None


def test_default_response_describes_the_errors(call: Call, server: RecordingServer) -> None:
    server.enqueue(404, {"code": 44, "message": "gone"})
    with pytest.raises(responses_client.NotFoundError) as caught:
        call(PACKAGE, lambda c: c.responses.delete_thing("t1"))
    assert type(caught.value.body) is m.Error and caught.value.body.code == 44


def test_default_only_response_decodes_a_success(call: Call, server: RecordingServer) -> None:
    server.enqueue(200, {"title": "anything"})
    report = call(PACKAGE, lambda c: c.responses.get_fallback())
    assert type(report) is m.Report and report.title == "anything"


def test_default_only_response_still_raises_for_an_error_status(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(500, {"title": "broken"})
    with pytest.raises(responses_client.InternalServerError) as caught:
        call(PACKAGE, lambda c: c.responses.get_fallback())
    assert type(caught.value.body) is m.Report


@pytest.mark.parametrize("status", [200, 201, 203])
def test_2xx_range_decodes_every_success(call: Call, server: RecordingServer, status: int) -> None:
    server.enqueue(status, {"title": f"made {status}"})
    report = call(PACKAGE, lambda c: c.responses.create_ranged())
    assert type(report) is m.Report and report.title == f"made {status}"


def test_4xx_range_parses_the_error_body(call: Call, server: RecordingServer) -> None:
    server.enqueue(422, {"code": 1, "message": "bad"})
    with pytest.raises(responses_client.UnprocessableEntityError) as caught:
        call(PACKAGE, lambda c: c.responses.create_ranged())
    assert type(caught.value.body) is m.Error and caught.value.body.message == "bad"


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [(200, {"title": "done"}, m.Report), (202, {"jobId": "j1"}, m.Job)],
)
def test_each_success_status_decodes_with_its_own_schema(
    call: Call, server: RecordingServer, status: int, body: dict[str, str], expected: type
) -> None:
    server.enqueue(status, body)
    result = call(PACKAGE, lambda c: c.responses.start_job())
    assert type(result) is expected


@pytest.mark.parametrize("operation", ["get_anything", "get_document"])
def test_media_range_response_in_json_is_the_model(
    call: Call, server: RecordingServer, operation: str
) -> None:
    server.enqueue(
        200, {"title": "Q1"}, headers={"Content-Type": "application/json; charset=utf-8"}
    )
    report = call(PACKAGE, lambda c: getattr(c.responses, operation)())
    assert type(report) is m.Report and report.title == "Q1"


def test_any_type_response_in_text_is_a_str(call: Call, server: RecordingServer) -> None:
    server.enqueue(200, "all fine", headers={"Content-Type": "text/plain; charset=utf-8"})
    text = call(PACKAGE, lambda c: c.responses.get_anything())
    assert type(text) is str and text == "all fine"


@pytest.mark.parametrize(
    ("operation", "media_type"),
    [("get_anything", "application/pdf"), ("get_document", "application/xml")],
)
def test_media_range_response_of_another_type_is_bytes(
    call: Call, server: RecordingServer, operation: str, media_type: str
) -> None:
    server.enqueue(200, b"%PDF-1.7 <x/>", headers={"Content-Type": media_type})
    data = call(PACKAGE, lambda c: getattr(c.responses, operation)())
    assert type(data) is bytes and data == b"%PDF-1.7 <x/>"


def test_application_range_response_in_text_is_bytes(call: Call, server: RecordingServer) -> None:
    # `application/*` admits no text/* answer: one that comes anyway is kept as it is.
    server.enqueue(200, "stray text", headers={"Content-Type": "text/plain"})
    assert call(PACKAGE, lambda c: c.responses.get_document()) == b"stray text"


def test_any_type_error_in_json_parses_the_error_model(call: Call, server: RecordingServer) -> None:
    server.enqueue(404, {"code": 4, "message": "no such report"})
    with pytest.raises(responses_client.NotFoundError) as caught:
        call(PACKAGE, lambda c: c.responses.get_anything())
    assert type(caught.value.body) is m.Error and caught.value.body.code == 4
