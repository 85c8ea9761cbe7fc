"""swagger2.yaml: a Swagger 2.0 document, converted to OpenAPI 3 as it is loaded."""

from __future__ import annotations

import pytest
import swagger2_client
import swagger2_client.models as m

from tests.clients.recording_server import RecordingServer

from .conftest import Call
from .multipart import parse_multipart

PACKAGE = "swagger2_client"
NOTE = {"id": "n1", "text": "hello", "pinned": None}


def test_body_parameter_becomes_a_json_body(call: Call, server: RecordingServer) -> None:
    server.enqueue(200, NOTE)
    note = call(PACKAGE, lambda c: c.notes.update("n1", text="hello", pinned=None))
    request = server.last_request
    assert (request.method, request.path, request.headers["content-type"]) == (
        "PUT",
        "/notes/n1",
        "application/json",
    )
    # `id` is readOnly, so no argument; `x-nullable` makes `pinned` accept null.
    assert request.json() == {"text": "hello", "pinned": None}
    assert type(note) is m.Note and note.pinned is None


def test_collection_format_csv_becomes_form_without_explode(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(200, [NOTE])
    notes = call(PACKAGE, lambda c: c.notes.list(tag=["a", "b"], limit=5))
    assert server.last_request.query_string == "tag=a,b&limit=5"
    assert [note.id for note in notes] == ["n1"]


def test_form_data_file_parameter_becomes_a_multipart_upload(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(204)
    assert (
        call(PACKAGE, lambda c: c.notes.attach("n1", file=("a.txt", b"data"), label="doc")) is None
    )
    request = server.last_request
    parts = parse_multipart(request.headers["content-type"], request.body)
    assert [(p.name, p.filename, p.content) for p in parts] == [
        ("file", "a.txt", b"data"),
        ("label", None, b"doc"),
    ]


def test_host_base_path_and_scheme_become_the_default_server(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SWAGGER2_BASE_URL", raising=False)
    client = swagger2_client.Swagger2Client()
    assert "https://api.example.test/v1" in repr(client)
    client.close()
