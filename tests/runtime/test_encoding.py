"""Parameter serialisation by OpenAPI style, and request body encoding."""

from __future__ import annotations

import enum
import io
import json
import uuid
from datetime import date, datetime, timezone
from email.message import Message
from email.parser import BytesParser
from urllib.parse import parse_qsl, unquote

import httpx
import pytest
from pydantic import Field
from runtime_under_test._encoding import (
    EncodedBody,
    StyleSpec,
    encode_body,
    encode_cookies,
    encode_headers,
    encode_path,
    encode_query,
    optional_body,
)
from runtime_under_test._models import BaseModel
from runtime_under_test._types import NOT_GIVEN, NotGiven

# The values of the OpenAPI specification's "Style Examples" table (parameter `color`).
STRING = "blue"
ARRAY = ["blue", "black", "brown"]
OBJECT = {"R": 100, "G": 200, "B": 150}

# Rows of that table for path styles: (style, explode) -> (empty, string, array, object).
# Label with explode=false follows RFC 6570 `{.color}` (".blue,black,brown"), as the table
# does since OpenAPI 3.0.4 / 3.1.1 (earlier tables printed ".blue.black.brown").
PATH_TABLE: list[tuple[StyleSpec, str | None, str, str, str]] = [
    (
        ("matrix", False),
        ";color",
        ";color=blue",
        ";color=blue,black,brown",
        ";color=R,100,G,200,B,150",
    ),
    (
        ("matrix", True),
        ";color",
        ";color=blue",
        ";color=blue;color=black;color=brown",
        ";R=100;G=200;B=150",
    ),
    (("label", False), None, ".blue", ".blue,black,brown", ".R,100,G,200,B,150"),
    (("label", True), None, ".blue", ".blue.black.brown", ".R=100.G=200.B=150"),
    (("simple", False), None, "blue", "blue,black,brown", "R,100,G,200,B,150"),
    (("simple", True), None, "blue", "blue,black,brown", "R=100,G=200,B=150"),
]

# Rows of the table for query styles: (style, explode) -> (empty, string, array, object).
QUERY_TABLE: list[tuple[StyleSpec, str, str | None, str, str | None]] = [
    (("form", False), "color=", "color=blue", "color=blue,black,brown", "color=R,100,G,200,B,150"),
    (
        ("form", True),
        "color=",
        "color=blue",
        "color=blue&color=black&color=brown",
        "R=100&G=200&B=150",
    ),
    (
        ("spaceDelimited", False),
        "color=",
        None,
        "color=blue%20black%20brown",
        "color=R%20100%20G%20200%20B%20150",
    ),
    (("pipeDelimited", False), "color=", None, "color=blue|black|brown", "color=R|100|G|200|B|150"),
    (
        ("deepObject", True),
        "color=",
        None,
        "color=blue&color=black&color=brown",
        "color[R]=100&color[G]=200&color[B]=150",
    ),
]


@pytest.mark.parametrize(
    ("spec", "empty", "string", "array", "object_"), PATH_TABLE, ids=lambda v: str(v)
)
def test_path_styles_match_the_openapi_examples(
    spec: StyleSpec, empty: str | None, string: str, array: str, object_: str
) -> None:
    styles = {"color": spec}
    assert encode_path("/x/{color}", {"color": STRING}, styles) == f"/x/{string}"
    assert encode_path("/x/{color}", {"color": ARRAY}, styles) == f"/x/{array}"
    assert encode_path("/x/{color}", {"color": OBJECT}, styles) == f"/x/{object_}"
    if empty is not None:
        assert encode_path("/x/{color}", {"color": ""}, styles) == f"/x/{empty}"


@pytest.mark.parametrize(
    ("spec", "empty", "string", "array", "object_"), QUERY_TABLE, ids=lambda v: str(v)
)
def test_query_styles_match_the_openapi_examples(
    spec: StyleSpec, empty: str, string: str | None, array: str, object_: str | None
) -> None:
    styles = {"color": spec}
    assert encode_query({"color": ""}, styles) == empty
    assert encode_query({"color": ARRAY}, styles) == array
    if string is not None:
        assert encode_query({"color": STRING}, styles) == string
    if object_ is not None:
        assert encode_query({"color": OBJECT}, styles) == object_


def test_query_default_is_form_explode() -> None:
    assert encode_query({"color": ARRAY}, {}) == "color=blue&color=black&color=brown"


def test_path_default_is_simple() -> None:
    assert encode_path("/x/{color}", {"color": ARRAY}, {}) == "/x/blue,black,brown"


@pytest.mark.parametrize(
    ("spec", "expected"),
    [(("simple", False), "R,100,G,200,B,150"), (("simple", True), "R=100,G=200,B=150")],
)
def test_header_objects_follow_simple_style(spec: StyleSpec, expected: str) -> None:
    assert encode_headers({"X-Color": OBJECT}, {"X-Color": spec}) == {"X-Color": expected}


def test_header_arrays_and_scalars() -> None:
    assert encode_headers({"X-Color": ARRAY, "X-Flag": True, "X-Id": 7}, {}) == {
        "X-Color": "blue,black,brown",
        "X-Flag": "true",
        "X-Id": "7",
    }


def test_header_values_are_not_percent_encoded() -> None:
    assert encode_headers({"X-Note": "a b/c"}, {}) == {"X-Note": "a b/c"}


def test_cookie_form_style() -> None:
    assert encode_cookies({"color": STRING, "size": 3}, {}) == "color=blue; size=3"
    assert encode_cookies({"color": ARRAY}, {"color": ("form", False)}) == "color=blue,black,brown"


def test_cookie_values_cannot_break_the_header() -> None:
    cookie = encode_cookies({"session": "a; admin=true, x"}, {})
    name, value = cookie.split("=", 1)
    assert ";" not in value and "," not in value and " " not in value
    assert (name, unquote(value)) == ("session", "a; admin=true, x")


# Reserved characters and percent-encoding


AWKWARD = "a&b=c,d e+f/g?h#i%j ü"


def test_query_values_round_trip_through_a_standard_parser() -> None:
    query = encode_query({"q": AWKWARD, "tags": [AWKWARD, "plain"]}, {})
    assert parse_qsl(query) == [("q", AWKWARD), ("tags", AWKWARD), ("tags", "plain")]


def test_delimiters_inside_values_are_escaped_so_items_stay_apart() -> None:
    cases: list[tuple[StyleSpec, str]] = [(("form", False), ","), (("pipeDelimited", False), "|")]
    for spec, delimiter in cases:
        query = encode_query({"tags": ["a,b|c", "d"]}, {"tags": spec})
        raw_items = query.split("=", 1)[1].split(delimiter)
        assert [unquote(item) for item in raw_items] == ["a,b|c", "d"]


def test_path_values_are_percent_encoded_as_one_segment() -> None:
    path = encode_path("/files/{name}/meta", {"name": AWKWARD}, {})
    prefix, segment, suffix = path.split("/")[1:]
    assert (prefix, suffix) == ("files", "meta")
    assert unquote(segment) == AWKWARD


@pytest.mark.parametrize("value", [".", ".."])
def test_dot_segments_cannot_climb_the_path(value: str) -> None:
    path = encode_path("/chats/{id}/end", {"id": value}, {})
    url = httpx.URL("https://api.example.com" + path)
    assert url.path.startswith("/chats/") and url.path.endswith("/end")
    assert path.split("/")[2] not in (".", "..")


def test_missing_or_empty_path_values_are_refused() -> None:
    with pytest.raises(ValueError, match="id"):
        encode_path("/chats/{id}", {}, {})
    with pytest.raises(ValueError, match="id"):
        encode_path("/chats/{id}", {"id": NOT_GIVEN}, {})
    with pytest.raises(ValueError, match="id"):
        encode_path("/chats/{id}", {"id": ""}, {})


# Value kinds


class Colour(enum.Enum):
    RED = "red"


class Point(BaseModel):
    x_pos: int = Field(validation_alias="xPos", serialization_alias="xPos")
    label: str | None = None


def test_scalars_are_written_as_their_json_text() -> None:
    moment = datetime(2024, 5, 1, 10, 0, tzinfo=timezone.utc)
    ident = uuid.UUID("12345678-1234-5678-1234-567812345678")
    query = encode_query(
        {
            "flag": False,
            "on": True,
            "n": 3,
            "ratio": 0.5,
            "at": moment,
            "day": date(2024, 5, 1),
            "id": ident,
            "c": Colour.RED,
        },
        {},
    )
    values = dict(parse_qsl(query))
    assert datetime.fromisoformat(values.pop("at").replace("Z", "+00:00")) == moment
    assert values == {
        "flag": "false",
        "on": "true",
        "n": "3",
        "ratio": "0.5",
        "day": "2024-05-01",
        "id": str(ident),
        "c": "red",
    }


def test_models_in_parameters_are_objects_with_wire_names() -> None:
    query = encode_query({"point": Point(x_pos=1)}, {"point": ("deepObject", True)})
    assert parse_qsl(query) == [("point[xPos]", "1")]


def test_omitted_values_vanish_but_none_is_sent_empty() -> None:
    query = encode_query({"a": NOT_GIVEN, "b": None, "c": "x"}, {})
    assert parse_qsl(query, keep_blank_values=True) == [("b", ""), ("c", "x")]
    assert encode_headers({"X-A": NOT_GIVEN, "X-B": None}, {}) == {"X-B": ""}
    assert encode_cookies({"a": NOT_GIVEN}, {}) == ""


def test_nested_deep_objects_nest_brackets() -> None:
    query = encode_query(
        {"filter": {"user": {"id": 5}, "tags": ["a", "b"]}}, {"filter": ("deepObject", True)}
    )
    assert parse_qsl(query) == [
        ("filter[user][id]", "5"),
        ("filter[tags]", "a"),
        ("filter[tags]", "b"),
    ]


# Bodies


def _json(encoded: EncodedBody) -> object:
    assert encoded.content is not None
    return json.loads(encoded.content)


def test_json_body_drops_omitted_fields_and_keeps_nulls() -> None:
    encoded = encode_body(
        {"note": None, "tag": NOT_GIVEN, "n": 1}, encoding="json", content_type="application/json"
    )
    assert _json(encoded) == {"note": None, "n": 1}
    assert encoded.content_type == "application/json"


def test_json_body_writes_models_with_wire_names_and_only_set_fields() -> None:
    encoded = encode_body(
        {"point": Point(x_pos=2), "when": date(2024, 1, 2)}, encoding="json", content_type=None
    )
    assert _json(encoded) == {"point": {"xPos": 2}, "when": "2024-01-02"}


def test_a_model_can_be_the_whole_body() -> None:
    assert _json(encode_body(Point(x_pos=1, label=None), encoding="json", content_type=None)) == {
        "xPos": 1,
        "label": None,
    }


def test_extra_body_is_merged_and_wins() -> None:
    encoded = encode_body(
        {"a": 1, "b": 2}, encoding="json", content_type=None, extra_body={"b": 3, "c": 4}
    )
    assert _json(encoded) == {"a": 1, "b": 3, "c": 4}
    model_body = encode_body(
        Point(x_pos=1), encoding="json", content_type=None, extra_body={"extra": True}
    )
    assert _json(model_body) == {"xPos": 1, "extra": True}


def test_extra_body_alone_is_sent_even_where_no_body_is_declared() -> None:
    assert _json(encode_body(NOT_GIVEN, encoding=None, content_type=None, extra_body={"x": 1})) == {
        "x": 1
    }


def test_extra_body_cannot_merge_into_a_non_object_body() -> None:
    with pytest.raises(TypeError):
        encode_body([1, 2], encoding="json", content_type=None, extra_body={"x": 1})


def test_no_body_means_no_content_but_none_means_json_null() -> None:
    assert encode_body(NOT_GIVEN, encoding="json", content_type=None) == EncodedBody()
    assert encode_body(None, encoding="json", content_type=None).content == b"null"


def test_json_body_refuses_nan_which_json_cannot_carry() -> None:
    with pytest.raises(ValueError):
        encode_body({"x": float("nan")}, encoding="json", content_type=None)


def test_declared_media_type_is_kept() -> None:
    encoded = encode_body({"a": 1}, encoding="json", content_type="application/merge-patch+json")
    assert encoded.content_type == "application/merge-patch+json"


def test_form_body_round_trips_and_nests_objects() -> None:
    encoded = encode_body(
        {
            "name": AWKWARD,
            "tags": ["a", "b"],
            "active": True,
            "address": {"city": "Oslo"},
            "skip": NOT_GIVEN,
        },
        encoding="form",
        content_type=None,
    )
    assert encoded.content is not None
    assert encoded.content_type == "application/x-www-form-urlencoded"
    assert parse_qsl(encoded.content.decode()) == [
        ("name", AWKWARD),
        ("tags", "a"),
        ("tags", "b"),
        ("active", "true"),
        ("address[city]", "Oslo"),
    ]


def _multipart_parts(encoded: EncodedBody) -> list[Message]:
    request = httpx.Request("POST", "https://api.example.com/upload", files=encoded.files)
    raw = f"Content-Type: {request.headers['Content-Type']}\r\n\r\n".encode() + request.read()
    message = BytesParser().parsebytes(raw)
    assert message.is_multipart()
    parts = message.get_payload()
    assert isinstance(parts, list)
    return [part for part in parts if isinstance(part, Message)]


def test_multipart_sends_files_and_fields() -> None:
    encoded = encode_body(
        {
            "file": ("report.csv", b"a,b\n1,2\n", "text/csv"),
            "raw": b"\x00\x01",
            "stream": io.BytesIO(b"streamed"),
            "title": "Q1",
            "count": 2,
            "ids": [1, 2],
            "meta": {"k": "v"},
            "skip": NOT_GIVEN,
        },
        encoding="multipart",
        content_type="multipart/form-data",
    )
    assert encoded.content_type is None  # httpx writes it, with the boundary
    parts = _multipart_parts(encoded)
    by_name = [(part.get_param("name", header="content-disposition"), part) for part in parts]
    assert [name for name, _ in by_name] == [
        "file",
        "raw",
        "stream",
        "title",
        "count",
        "ids",
        "ids",
        "meta",
    ]
    file_part = by_name[0][1]
    assert file_part.get_filename() == "report.csv"
    assert file_part.get_content_type() == "text/csv"
    assert file_part.get_payload(decode=True) == b"a,b\n1,2\n"
    assert by_name[1][1].get_payload(decode=True) == b"\x00\x01" and by_name[1][1].get_filename()
    assert by_name[2][1].get_payload(decode=True) == b"streamed"
    assert [part.get_payload() for _, part in by_name[3:7]] == ["Q1", "2", "1", "2"]
    assert by_name[3][1].get_filename() is None
    meta = by_name[7][1]
    assert meta.get_content_type() == "application/json"
    assert json.loads(meta.get_payload()) == {"k": "v"}


def test_binary_body_sends_bytes_or_a_file_read_up_front() -> None:
    assert encode_body(b"\x89PNG", encoding="binary", content_type="image/png") == EncodedBody(
        content=b"\x89PNG", content_type="image/png"
    )
    from_file = encode_body(io.BytesIO(b"data"), encoding="binary", content_type=None)
    assert from_file.content == b"data"
    assert from_file.content_type == "application/octet-stream"
    with pytest.raises(TypeError):
        encode_body(12, encoding="binary", content_type=None)


def test_text_body_is_utf8() -> None:
    encoded = encode_body("grüße", encoding="text", content_type="text/plain")
    assert encoded.content is not None and encoded.content.decode("utf-8") == "grüße"
    assert encoded.content_type == "text/plain; charset=utf-8"
    declared = encode_body("x", encoding="text", content_type="text/csv; charset=UTF-8")
    assert declared.content_type == "text/csv; charset=UTF-8"


REQUIRED_NAME = {"name": "name"}


def test_optional_body_with_none_of_its_fields_is_left_out() -> None:
    fields = {"name": NOT_GIVEN, "note": NOT_GIVEN}
    body = optional_body(fields, required=REQUIRED_NAME, operation="POST /things")
    assert isinstance(body, NotGiven)


def test_optional_body_with_its_required_fields_is_sent() -> None:
    fields = {"name": "lamp", "note": NOT_GIVEN}
    assert optional_body(fields, required=REQUIRED_NAME, operation="POST /things") is fields


def test_optional_body_without_a_required_field_names_its_argument() -> None:
    required = {"displayName": "display_name", "kind": "kind"}
    fields = {"displayName": NOT_GIVEN, "kind": NOT_GIVEN, "note": None}
    with pytest.raises(TypeError, match=r"^POST /things: missing `display_name`, `kind`, required"):
        optional_body(fields, required=required, operation="POST /things")
