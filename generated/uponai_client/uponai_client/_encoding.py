"""Turning argument values into request text: parameters by OpenAPI style, bodies by media type.

Parameters follow the OpenAPI `style` / `explode` rules (RFC 6570 expansions). Every value is
first made plain JSON data (`to_jsonable`), so dates, UUIDs, enums and models are written the
way the JSON body would write them. `NOT_GIVEN` values are left out everywhere; `None` is an
empty value (`name=` in a query), booleans are `true` / `false`.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal, Protocol, TypeAlias, TypeGuard, runtime_checkable
from urllib.parse import quote

import pydantic
from pydantic_core import to_jsonable_python

from ._types import NOT_GIVEN, FileTypes, NotGiven

Style: TypeAlias = Literal[
    "simple", "label", "matrix", "form", "spaceDelimited", "pipeDelimited", "deepObject"
]
StyleSpec: TypeAlias = tuple[Style, bool]
"""A parameter's (style, explode)."""

BodyEncoding: TypeAlias = Literal["json", "form", "multipart", "binary", "text"]

_PATH_DEFAULT: StyleSpec = ("simple", False)
_QUERY_DEFAULT: StyleSpec = ("form", True)
_HEADER_DEFAULT: StyleSpec = ("simple", False)
_COOKIE_DEFAULT: StyleSpec = ("form", True)

# RFC 6570 operators per path style: (prefix, separator between exploded items, named).
_PATH_OPERATORS: dict[Style, tuple[str, str, bool]] = {
    "simple": ("", ",", False),
    "label": (".", ".", False),
    "matrix": (";", ";", True),
}

# What joins the items of a non-exploded array or object in a query.
_QUERY_DELIMITERS: dict[Style, str] = {"spaceDelimited": "%20", "pipeDelimited": "|"}

# RFC 6265 cookie-octets, minus "%" which starts an escape.
_COOKIE_SAFE = "!#$&'()*+-./:<=>?@[]^_`{|}~"

_PATH_TEMPLATE = re.compile(r"\{([^{}]+)\}")

# The characters `quote` never escapes (RFC 3986 unreserved): most values hold nothing else.
_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]*")

# The types of plain JSON scalars, which need no conversion.
_JSON_SCALARS = frozenset({str, int, float, bool, type(None)})

Quote: TypeAlias = Callable[[str], str]


def _quote_all(text: str) -> str:
    return text if _UNRESERVED.fullmatch(text) else quote(text, safe="")


def _quote_cookie(text: str) -> str:
    return quote(text, safe=_COOKIE_SAFE)


def _verbatim(text: str) -> str:
    return text


@runtime_checkable
class _Readable(Protocol):
    def read(self) -> bytes: ...


def _is_mapping(value: object) -> TypeGuard[Mapping[object, object]]:
    return isinstance(value, Mapping)


def _is_array(value: object) -> TypeGuard[list[object] | tuple[object, ...]]:
    return isinstance(value, (list, tuple))


def _is_object(value: object) -> TypeGuard[dict[object, object]]:
    """Whether JSON data (what `to_jsonable` gives) is an object: a dict, cheaper to check
    than any Mapping."""
    return isinstance(value, dict)


def _without_not_given(value: object) -> object:
    """`value` with every NOT_GIVEN entry of its mappings and arrays removed."""
    if _is_mapping(value):
        return {
            key: _without_not_given(item)
            for key, item in value.items()
            if not isinstance(item, NotGiven)
        }
    if _is_array(value):
        return [_without_not_given(item) for item in value if not isinstance(item, NotGiven)]
    return value


def to_jsonable(value: object) -> object:
    """`value` as plain JSON data: models dumped by alias, dates as ISO text, NOT_GIVEN dropped."""
    if type(value) in _JSON_SCALARS:
        return value
    return to_jsonable_python(_without_not_given(value), by_alias=True)


def _atom(value: object) -> str:
    """The text of one JSON value inside a parameter."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if type(value) is int:
        return str(value)  # what json.dumps writes, without the cost of its encoder
    # Floats, and arrays or objects nested deeper than the style has syntax for.
    return json.dumps(value, separators=(",", ":"))


def _pairs(value: Mapping[object, object]) -> list[tuple[str, str]]:
    return [(str(key), _atom(item)) for key, item in value.items()]


# Path and header parameters


def _expand(name: str, value: object, spec: StyleSpec, quote_text: Quote) -> str:
    """Expand one simple / label / matrix parameter (RFC 6570 `{x}`, `{.x}`, `{;x}`)."""
    style, explode = spec
    prefix, separator, named = _PATH_OPERATORS[style]

    def with_name(text: str) -> str:
        if not named:
            return text
        quoted_name = quote_text(name)
        return f"{quoted_name}={text}" if text else quoted_name

    if _is_array(value):
        items = [quote_text(_atom(item)) for item in value]
        if explode:
            return prefix + separator.join(with_name(item) for item in items)
        return prefix + with_name(",".join(items))
    if _is_object(value):
        pairs = [(quote_text(key), quote_text(item)) for key, item in _pairs(value)]
        if explode:
            return prefix + separator.join(f"{key}={item}" for key, item in pairs)
        return prefix + with_name(",".join(f"{key},{item}" for key, item in pairs))
    return prefix + with_name(quote_text(_atom(value)))


def encode_path(
    template: str, params: Mapping[str, object], styles: Mapping[str, StyleSpec]
) -> str:
    """Fill the `{name}` placeholders of a path template with percent-encoded values.

    Raises ValueError for a missing or empty value (it would silently address another
    resource). Segments that come out as `.` or `..` are escaped so no URL normaliser
    resolves them.
    """

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        value = params.get(name, NOT_GIVEN)
        if isinstance(value, NotGiven):
            raise ValueError(f"Missing value for path parameter {name!r}.")
        expanded = _expand(name, to_jsonable(value), styles.get(name, _PATH_DEFAULT), _quote_all)
        if not expanded:
            raise ValueError(f"Path parameter {name!r} must not be empty.")
        return expanded

    path = _PATH_TEMPLATE.sub(substitute, template)
    if "." not in path:
        return path
    return "/".join(
        segment.replace(".", "%2E") if segment in {".", ".."} else segment
        for segment in path.split("/")
    )


def encode_headers(params: Mapping[str, object], styles: Mapping[str, StyleSpec]) -> dict[str, str]:
    """Header parameters as header values (style simple; not percent-encoded)."""
    return {
        name: _expand(name, to_jsonable(value), styles.get(name, _HEADER_DEFAULT), _verbatim)
        for name, value in params.items()
        if not isinstance(value, NotGiven)
    }


# Query and cookie parameters, and form bodies


def _form_pairs(
    name: str, value: object, spec: StyleSpec, quote_text: Quote
) -> list[tuple[str, str]]:
    """One form / spaceDelimited / pipeDelimited / deepObject parameter as encoded name=value pairs."""
    style, explode = spec
    if style == "deepObject" and _is_object(value):
        return _deep_object_pairs(quote_text(name), value, quote_text)
    delimiter = _QUERY_DELIMITERS.get(style, ",")
    quoted_name = quote_text(name)
    if _is_array(value):
        items = [quote_text(_atom(item)) for item in value]
        if explode:
            return [(quoted_name, item) for item in items]
        return [(quoted_name, delimiter.join(items))]
    if _is_object(value):
        pairs = [(quote_text(key), quote_text(item)) for key, item in _pairs(value)]
        if explode:
            return pairs
        return [(quoted_name, delimiter.join(text for pair in pairs for text in pair))]
    return [(quoted_name, quote_text(_atom(value)))]


def _deep_object_pairs(
    prefix: str, value: Mapping[object, object], quote_text: Quote
) -> list[tuple[str, str]]:
    """`prefix[key]=value` pairs, nesting brackets for nested objects and repeating for arrays."""
    pairs: list[tuple[str, str]] = []
    for key, item in value.items():
        name = f"{prefix}[{quote_text(str(key))}]"
        if _is_object(item):
            pairs.extend(_deep_object_pairs(name, item, quote_text))
        elif _is_array(item):
            pairs.extend((name, quote_text(_atom(element))) for element in item)
        else:
            pairs.append((name, quote_text(_atom(item))))
    return pairs


def _all_form_pairs(
    params: Mapping[str, object],
    styles: Mapping[str, StyleSpec],
    default: StyleSpec,
    quote_text: Quote,
) -> list[tuple[str, str]]:
    return [
        pair
        for name, value in params.items()
        if not isinstance(value, NotGiven)
        for pair in _form_pairs(name, to_jsonable(value), styles.get(name, default), quote_text)
    ]


def encode_query(params: Mapping[str, object], styles: Mapping[str, StyleSpec]) -> str:
    """Query parameters as a percent-encoded query string (no leading `?`)."""
    return "&".join(
        f"{name}={value}"
        for name, value in _all_form_pairs(params, styles, _QUERY_DEFAULT, _quote_all)
    )


def encode_cookies(params: Mapping[str, object], styles: Mapping[str, StyleSpec]) -> str:
    """Cookie parameters as the value of a `Cookie` header (style form)."""
    return "; ".join(
        f"{name}={value}"
        for name, value in _all_form_pairs(params, styles, _COOKIE_DEFAULT, _quote_cookie)
    )


# Request bodies


@dataclass(frozen=True)
class EncodedBody:
    """A request body ready for httpx: raw `content`, or multipart `files` (httpx adds the boundary)."""

    content: bytes | None = None
    files: list[tuple[str, FileTypes]] | None = None
    content_type: str | None = None


_NO_BODY = EncodedBody()


def encode_body(
    body: object,
    *,
    encoding: BodyEncoding | None,
    content_type: str | None,
    extra_body: Mapping[str, object] | None = None,
    part_content_types: Mapping[str, str] | None = None,
) -> EncodedBody:
    """Encode a request body; `extra_body` fields are merged into an object body.

    `body` is NOT_GIVEN (no body), a mapping (NOT_GIVEN values dropped), a model, any other
    JSON value, bytes or a binary file (binary), a str (text), or a mapping whose values may
    be uploads (multipart). Form bodies write nested objects as deepObject and arrays as
    repeated fields. An endpoint that declares no body sends `extra_body` as JSON.
    """
    merged = _merged(body, extra_body)
    if isinstance(merged, NotGiven):
        return _NO_BODY
    if encoding is None or encoding == "json":
        text = json.dumps(
            to_jsonable(merged), separators=(",", ":"), ensure_ascii=False, allow_nan=False
        )
        return EncodedBody(
            content=text.encode("utf-8"), content_type=content_type or "application/json"
        )
    if encoding == "form":
        form = to_jsonable(merged)
        if not _is_mapping(form):
            raise TypeError("A form body must be an object.")
        fields = {str(key): value for key, value in form.items()}
        # Form style would spread a nested object's keys among the top-level fields and lose
        # its name; deepObject (`address[city]=...`) keeps it and is what form APIs accept.
        styles: dict[str, StyleSpec] = {name: ("deepObject", True) for name in fields}
        return EncodedBody(
            content=encode_query(fields, styles).encode("ascii"),
            content_type=content_type or "application/x-www-form-urlencoded",
        )
    if encoding == "multipart":
        return EncodedBody(files=_multipart_parts(merged, part_content_types or {}))
    if encoding == "binary":
        return EncodedBody(
            content=_binary(merged), content_type=content_type or "application/octet-stream"
        )
    return EncodedBody(
        content=str(merged).encode("utf-8"), content_type=_with_charset(content_type)
    )


def optional_body(body: object, *, required: Mapping[str, str], operation: str) -> object:
    """An optional body given as its fields: NOT_GIVEN (no body) when none of them is given.

    Raises TypeError when some are given but not every `required` one (wire name -> argument
    name): type checkers catch that through the method's overloads, this catches the rest
    before a body the server would reject is sent.
    """
    if not _is_mapping(body):
        return body
    if all(isinstance(value, NotGiven) for value in body.values()):
        return NOT_GIVEN
    missing = [
        f"`{argument}`"
        for wire_name, argument in required.items()
        if isinstance(body.get(wire_name, NOT_GIVEN), NotGiven)
    ]
    if missing:
        them = "it" if len(missing) == 1 else "them"
        raise TypeError(
            f"{operation}: missing {', '.join(missing)}, required whenever the request body is"
            f" sent; give {them} too, or none of the body's arguments to send no body."
        )
    return body


def _with_charset(content_type: str | None) -> str:
    """The text content type naming UTF-8, the encoding the body is written in."""
    if content_type is None:
        return "text/plain; charset=utf-8"
    if "charset=" in content_type.lower():
        return content_type
    return f"{content_type}; charset=utf-8"


def _merged(body: object, extra_body: Mapping[str, object] | None) -> object:
    """`body` with the `extra_body` fields added (they win on a clash)."""
    if not extra_body:
        return body
    if isinstance(body, NotGiven):
        return extra_body
    if isinstance(body, pydantic.BaseModel):
        body = to_jsonable(body)
    if not _is_mapping(body):
        raise TypeError("extra_body can only be merged into an object body.")
    merged: dict[object, object] = dict(body)
    merged.update(extra_body.items())
    return merged


def _binary(body: object) -> bytes:
    # Read files up front: a retry must be able to send the same bytes again.
    if isinstance(body, bytes):
        return body
    if isinstance(body, _Readable):
        return body.read()
    raise TypeError(f"A binary body must be bytes or a binary file, not {type(body).__name__}.")


def _is_file(value: object) -> TypeGuard[FileTypes]:
    if isinstance(value, (bytes, _Readable)):
        return True
    if not (_is_array(value) and isinstance(value, tuple)):
        return False
    return len(value) in (2, 3) and isinstance(value[1], (bytes, _Readable))


def _multipart_parts(body: object, content_types: Mapping[str, str]) -> list[tuple[str, FileTypes]]:
    """Multipart parts: uploads as files, scalars as text, objects as JSON; arrays repeat the name.

    An upload given as bare bytes or a file goes with the content type the spec declares
    for its part (`content_types`, by field name), if any.
    """
    if isinstance(body, pydantic.BaseModel):
        body = body.model_dump(by_alias=True)
    if not _is_mapping(body):
        raise TypeError("A multipart body must be an object.")
    parts: list[tuple[str, FileTypes]] = []
    for key, value in body.items():
        if isinstance(value, NotGiven):
            continue
        values = value if _is_array(value) and not _is_file(value) else (value,)
        declared = content_types.get(str(key))
        parts.extend(
            (str(key), _part(item, declared)) for item in values if not isinstance(item, NotGiven)
        )
    return parts


def _part(value: object, content_type: str | None) -> FileTypes:
    if _is_file(value):
        if isinstance(value, tuple) or content_type is None:
            return value
        return (os.path.basename(str(getattr(value, "name", "upload"))), value, content_type)
    data = to_jsonable(value)
    if _is_mapping(data) or _is_array(data):
        return (None, json.dumps(data, separators=(",", ":")).encode("utf-8"), "application/json")
    return (None, _atom(data).encode("utf-8"))
