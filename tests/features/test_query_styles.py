"""query_styles.yaml: parameters serialised as the style tables of the OpenAPI specification say.

The values are the specification's own examples: color = ["blue", "black", "brown"] and
color = {"R": 100, "G": 200, "B": 150} (OpenAPI 3.0.3, "Style Examples").
"""

from __future__ import annotations

from datetime import datetime, timezone
from urllib.parse import unquote

import pytest
import query_styles_client.models as m

from tests.clients.recording_server import RecordingServer

from .conftest import Call

PACKAGE = "query_styles_client"
COLOURS = ["blue", "black", "brown"]


def rgb() -> m.Rgb:
    return m.Rgb(r=100, g=200, b=150)


def raw_pairs(query_string: str) -> list[tuple[str, str]]:
    """The query's name=value pairs as sent, still percent-encoded."""
    return [tuple(pair.split("=", 1)) for pair in query_string.split("&")]  # type: ignore[misc]


@pytest.mark.parametrize(
    ("argument", "value", "expected"),
    [
        ("colors", COLOURS, [("colors", "blue"), ("colors", "black"), ("colors", "brown")]),
        ("colors_csv", COLOURS, [("colorsCsv", "blue,black,brown")]),
        ("rgb", None, [("R", "100"), ("G", "200"), ("B", "150")]),
        ("rgb_csv", None, [("rgbCsv", "R,100,G,200,B,150")]),
        ("spaced", COLOURS, [("spaced", "blue%20black%20brown")]),
        ("piped", COLOURS, [("piped", "blue|black|brown")]),
        ("piped_rgb", None, [("pipedRgb", "R|100|G|200|B|150")]),
        ("deep", None, [("deep[R]", "100"), ("deep[G]", "200"), ("deep[B]", "150")]),
        ("flag", True, [("flag", "true")]),
        ("word", "a b&c=d/é", [("word", "a%20b%26c%3Dd%2F%C3%A9")]),
        (
            "since",
            datetime(2024, 5, 1, 12, 30, tzinfo=timezone.utc),
            [("since", "2024-05-01T12:30:00Z")],
        ),
    ],
)
def test_query_styles(
    call: Call,
    server: RecordingServer,
    argument: str,
    value: object,
    expected: list[tuple[str, str]],
) -> None:
    server.enqueue(204)
    call(PACKAGE, lambda c: c.styles.query(**{argument: rgb() if value is None else value}))
    assert [lenient(pair) for pair in raw_pairs(server.last_request.query_string)] == expected


def lenient(pair: tuple[str, str]) -> tuple[str, str]:
    """A raw pair with the brackets of a name and the pipes and colons of a value decoded.

    RFC 3986 wants `[`, `]` and `|` percent-encoded in a query, the OpenAPI examples show them
    bare, and `:` may go either way; each is accepted both ways. Every other character must be
    exactly as expected.
    """
    name, value = pair
    for encoded, bare in (("%5B", "["), ("%5D", "]")):
        name = name.replace(encoded, bare).replace(encoded.lower(), bare)
    for encoded, bare in (("%7C", "|"), ("%3A", ":")):
        value = value.replace(encoded, bare).replace(encoded.lower(), bare)
    return name, value


def test_delimiters_inside_values_are_escaped(call: Call, server: RecordingServer) -> None:
    server.enqueue(204)
    call(PACKAGE, lambda c: c.styles.query(colors_csv=["a,b", "c"], piped=["x|y", "z"]))
    pairs = dict(raw_pairs(server.last_request.query_string))
    assert pairs["colorsCsv"].upper() == "A%2CB,C"
    assert pairs["piped"].upper() == "X%7CY|Z"


def test_omitted_query_parameters_are_not_sent(call: Call, server: RecordingServer) -> None:
    server.enqueue(204)
    call(PACKAGE, lambda c: c.styles.query(word="w"))
    assert server.last_request.query_string == "word=w"


def test_label_path_style(call: Call, server: RecordingServer) -> None:
    server.enqueue(204)
    call(PACKAGE, lambda c: c.styles.label(COLOURS, COLOURS, rgb(), rgb()))
    assert (
        server.last_request.path
        == "/label/.blue,black,brown/.blue.black.brown/.R,100,G,200,B,150/.R=100.G=200.B=150"
    )


def test_matrix_path_style(call: Call, server: RecordingServer) -> None:
    server.enqueue(204)
    call(PACKAGE, lambda c: c.styles.matrix("blue", COLOURS, COLOURS, rgb(), rgb()))
    assert server.last_request.path == (
        "/matrix/;color=blue/;array=blue,black,brown"
        "/;arrayExploded=blue;arrayExploded=black;arrayExploded=brown"
        "/;object=R,100,G,200,B,150/;R=100;G=200;B=150"
    )


def test_simple_path_style(call: Call, server: RecordingServer) -> None:
    server.enqueue(204)
    call(PACKAGE, lambda c: c.styles.simple(["a/b", "c,d"], rgb(), rgb()))
    assert server.last_request.path == "/simple/a%2Fb,c%2Cd/R,100,G,200,B,150/R=100,G=200,B=150"


def test_header_parameters_use_simple_style(call: Call, server: RecordingServer) -> None:
    server.enqueue(204)
    call(
        PACKAGE,
        lambda c: c.styles.headers(
            x_colours=COLOURS, x_rgb=rgb(), x_rgb_exploded=rgb(), x_flag=False, x_count=5
        ),
    )
    headers = server.last_request.headers
    assert headers["X-Colours"] == "blue,black,brown"
    assert headers["X-Rgb"] == "R,100,G,200,B,150"
    assert headers["X-Rgb-Exploded"] == "R=100,G=200,B=150"
    assert (headers["X-Flag"], headers["X-Count"]) == ("false", "5")


def test_omitted_header_parameters_are_not_sent(call: Call, server: RecordingServer) -> None:
    server.enqueue(204)
    call(PACKAGE, lambda c: c.styles.headers(x_count=0))
    headers = server.last_request.headers
    assert headers["X-Count"] == "0"
    assert not any(name in headers for name in ("X-Colours", "X-Rgb", "X-Rgb-Exploded", "X-Flag"))


def test_cookie_parameters(call: Call, server: RecordingServer) -> None:
    server.enqueue(204)
    call(PACKAGE, lambda c: c.styles.cookies(session="abc 1", count=5, colours=COLOURS))
    (cookie_header,) = server.last_request.headers.get_all("cookie")
    cookies = [tuple(item.split("=", 1)) for item in cookie_header.split("; ")]
    assert [(name, unquote(value)) for name, value in cookies] == [
        ("session", "abc 1"),
        ("count", "5"),
        ("colours", "blue,black,brown"),
    ]
    assert " " not in cookie_header.replace("; ", "")  # a space is no cookie-octet


def test_no_cookie_header_without_cookie_parameters(call: Call, server: RecordingServer) -> None:
    server.enqueue(204)
    call(PACKAGE, lambda c: c.styles.cookies())
    assert "cookie" not in server.last_request.headers
