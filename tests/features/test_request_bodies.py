"""request_bodies.yaml / request_bodies_31.yaml: JSON, form, multipart, octet-stream and text
bodies; a body offered in several content types; 3.1 uploads by contentMediaType."""

from __future__ import annotations

import io
from urllib.parse import parse_qsl

import pytest
import request_bodies_client.models as m

from tests.clients.recording_server import RecordingServer

from .conftest import Call
from .multipart import parse_multipart

PACKAGE = "request_bodies_client"
PACKAGE_31 = "request_bodies_31_client"


def test_json_object_body(call: Call, server: RecordingServer) -> None:
    server.enqueue(204)
    call(PACKAGE, lambda c: c.bodies.send_json(text="hi", priority=2))
    request = server.last_request
    assert request.headers["content-type"] == "application/json"
    assert request.json() == {"text": "hi", "priority": 2}


def test_json_array_body_of_models(call: Call, server: RecordingServer) -> None:
    server.enqueue(204)
    call(
        PACKAGE,
        lambda c: c.bodies.send_json_array(
            body=[m.Message(text="a"), m.Message(text="b", priority=1)]
        ),
    )
    assert server.last_request.json() == [{"text": "a"}, {"text": "b", "priority": 1}]


def test_form_body_is_url_encoded(call: Call, server: RecordingServer) -> None:
    server.enqueue(204)
    call(
        PACKAGE,
        lambda c: c.bodies.send_form(
            name="Ada & Co=1", age=36, subscribed=True, colours=["red", "dark blue"]
        ),
    )
    request = server.last_request
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    # Form style, explode true (the default for form bodies): an array repeats its name.
    assert parse_qsl(request.text, keep_blank_values=True, strict_parsing=True) == [
        ("name", "Ada & Co=1"),
        ("age", "36"),
        ("subscribed", "true"),
        ("colours", "red"),
        ("colours", "dark blue"),
    ]


def test_form_body_leaves_out_omitted_fields(call: Call, server: RecordingServer) -> None:
    server.enqueue(204)
    call(PACKAGE, lambda c: c.bodies.send_form(name="Ada"))
    assert parse_qsl(server.last_request.text, strict_parsing=True) == [("name", "Ada")]


def test_multipart_body_with_a_file_upload(call: Call, server: RecordingServer) -> None:
    server.enqueue(204)
    call(
        PACKAGE,
        lambda c: c.bodies.upload(
            file=("notes.txt", b"hello\x00world", "text/plain"), description="my notes", count=3
        ),
    )
    request = server.last_request
    parts = parse_multipart(request.headers["content-type"], request.body)
    assert [(p.name, p.filename, p.content) for p in parts] == [
        ("file", "notes.txt", b"hello\x00world"),
        ("description", None, b"my notes"),
        ("count", None, b"3"),
    ]
    assert parts[0].content_type == "text/plain"


def test_multipart_arrays_repeat_the_part_and_objects_are_json_parts(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(204)
    call(
        PACKAGE,
        lambda c: c.bodies.upload(
            file=b"x", tags=["a", "b c"], meta=m.UploadRequestMeta(source="cam")
        ),
    )
    request = server.last_request
    parts = parse_multipart(request.headers["content-type"], request.body)
    assert [(p.name, p.content) for p in parts[1:]] == [
        ("tags", b"a"),
        ("tags", b"b c"),
        ("meta", b'{"source":"cam"}'),
    ]
    assert parts[3].content_type == "application/json"


def test_multipart_part_content_type_comes_from_the_encoding_object(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(204)
    call(PACKAGE, lambda c: c.bodies.upload(file=b"x", thumbnail=b"\x89PNG"))
    request = server.last_request
    parts = {p.name: p for p in parse_multipart(request.headers["content-type"], request.body)}
    assert parts["thumbnail"].content == b"\x89PNG"
    assert parts["thumbnail"].content_type == "image/png"


def test_multipart_upload_of_bare_bytes_or_a_file_is_still_a_file_part(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(204)
    server.enqueue(204)
    call(PACKAGE, lambda c: c.bodies.upload(file=b"\x89PNG"))
    call(PACKAGE, lambda c: c.bodies.upload(file=io.BytesIO(b"from a file")))
    for request, content in zip(server.requests, (b"\x89PNG", b"from a file"), strict=True):
        (part,) = parse_multipart(request.headers["content-type"], request.body)
        assert (part.name, part.content) == ("file", content)
        assert part.filename  # a part without a filename is a plain field to most servers


def test_octet_stream_body_is_sent_as_it_is(call: Call, server: RecordingServer) -> None:
    server.enqueue(204)
    server.enqueue(204)
    call(PACKAGE, lambda c: c.bodies.put_blob(body=b"\x00\x01\xfe\xff"))
    call(PACKAGE, lambda c: c.bodies.put_blob(body=io.BytesIO(b"streamed")))
    first, second = server.requests
    assert (first.method, first.headers["content-type"], first.body) == (
        "PUT",
        "application/octet-stream",
        b"\x00\x01\xfe\xff",
    )
    assert second.body == b"streamed"


def test_text_body_is_sent_as_utf8_text(call: Call, server: RecordingServer) -> None:
    server.enqueue(204)
    call(PACKAGE, lambda c: c.bodies.send_note(body="héllo, wörld"))
    request = server.last_request
    assert request.headers["content-type"].split(";")[0] == "text/plain"
    assert request.body == "héllo, wörld".encode()


def test_text_body_declares_the_charset_it_is_encoded_in(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(204)
    call(PACKAGE, lambda c: c.bodies.send_note(body="héllo"))
    content_type = server.last_request.headers["content-type"].replace(" ", "").lower()
    assert content_type == "text/plain;charset=utf-8"


def test_body_offered_in_several_types_is_sent_as_json(call: Call, server: RecordingServer) -> None:
    server.enqueue(204)
    call(PACKAGE, lambda c: c.bodies.send_either(text="hi"))
    request = server.last_request
    assert request.headers["content-type"] == "application/json"
    assert request.json() == {"text": "hi"}


def test_31_upload_by_content_media_type_is_a_file_part(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(204)
    call(
        PACKAGE_31,
        lambda c: c.bodies.upload(image=("dot.png", b"\x89PNG\r\n", "image/png"), caption="a dot"),
    )
    request = server.last_request
    parts = parse_multipart(request.headers["content-type"], request.body)
    assert [(p.name, p.filename, p.content_type, p.content) for p in parts] == [
        ("image", "dot.png", "image/png", b"\x89PNG\r\n"),
        ("caption", None, None, b"a dot"),
    ]


def test_31_octet_stream_without_schema_is_sent_as_it_is(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(204)
    call(PACKAGE_31, lambda c: c.bodies.put_blob(body=b"\xff\x00"))
    request = server.last_request
    assert (request.headers["content-type"], request.body) == (
        "application/octet-stream",
        b"\xff\x00",
    )


def test_optional_body_is_sent_with_its_required_property(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(204)
    call(PACKAGE, lambda c: c.bodies.create_thing(name="lamp", note="red"))
    request = server.last_request
    assert request.headers["content-type"] == "application/json"
    assert request.json() == {"name": "lamp", "note": "red"}


def test_a_required_property_the_schema_does_not_declare_is_an_argument(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(204)
    call(PACKAGE, lambda c: c.bodies.create_listener(name="web", host={"ip": "0.0.0.0"}))
    assert server.last_request.json() == {"name": "web", "host": {"ip": "0.0.0.0"}}


def test_optional_body_without_any_of_its_arguments_is_not_sent(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(204)
    call(PACKAGE, lambda c: c.bodies.create_thing())
    request = server.last_request
    assert request.body == b"" and "content-type" not in request.headers


def test_optional_body_is_never_sent_without_its_required_property(
    call: Call, server: RecordingServer
) -> None:
    # What a caller without a type checker can still write: the overloads reject it statically.
    with pytest.raises(
        TypeError, match=r"POST /things: missing `name`, required whenever the request body is sent"
    ):
        call(PACKAGE, lambda c: c.bodies.create_thing(note="red"))
    assert server.requests == []
