"""The document Prism serves for `benchmarks/wire.py`: the spec, with what Prism cannot model
said in a way it can, each change one the spec allows.

    served = served_document(document.raw)
    served.document      # None when Prism can serve the spec as it is
    served.routes        # spec path key -> the prefix Prism knows its operations under

- A path key with a fragment (AWS: `/#X-Amz-Target=Service.Action`, `/v1/tag#resourceArn`)
  tells apart operations on one URL; Prism routes by the whole key, and no request carries a
  fragment (RFC 3986 section 3.5), so it finds no route. Each such key is served under a
  prefix of its own (`/wire-route-1/`...), without the fragment, and the benchmark sends the
  call of its operations there: every parameter, header and body is still Prism's to judge.
- A success answer declared as a range (`*/*`, `application/*`) of an object or array schema
  is a 500 in Prism, which writes objects only as JSON, XML or text (NO_COMPLEX_OBJECT_TEXT):
  it is served as `application/json`, one type the range admits, which the client decodes by
  the answer's Content-Type.
- A form body's array field is read by Prism only when the media type's `encoding` names it:
  the default the spec leaves implicit (style form, explode true, OpenAPI 3 "Encoding Object")
  is written out.
- A schema with `nullable: true` and no `type` (GitHub's `oneOf`s) stops Prism's validator
  from checking any answer that holds it, and it says nothing of it (as with a null in an
  enum, stoplightio/prism#1931): such a schema is served as the choice of null or the rest of
  it, as clientgen reads it.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from benchmarks.synthesis import resolve

ROUTE_PREFIX = "/wire-route-"
_RANGES = ("*/*", "application/*")
_FORM = "application/x-www-form-urlencoded"
_DATA = ("example", "examples", "default", "enum", "const", "x-example")
"""The keywords whose values are data, not schemas."""


@dataclass(frozen=True)
class ServedDocument:
    document: dict[str, Any] | None
    """The adapted document; None when the spec needs no change."""
    routes: Mapping[str, str] = field(default_factory=dict)
    """Path key of the spec -> the prefix its operations are served under."""


def served_document(raw: Mapping[str, Any]) -> ServedDocument:
    """What Prism is to serve for the loaded document `raw`."""
    document = copy.deepcopy(dict(raw))
    changed = False
    paths: dict[str, Any] = document["paths"] if isinstance(document.get("paths"), dict) else {}
    routes: dict[str, str] = {}
    for key in [key for key in paths if "#" in key]:
        routes[key] = f"{ROUTE_PREFIX}{len(routes) + 1}"
        paths[f"{routes[key]}{key.split('#', 1)[0]}"] = paths.pop(key)
    for item in paths.values():
        for operation in item.values() if isinstance(item, dict) else ():
            if isinstance(operation, dict):
                changed |= _json_for_ranges(document, operation)
                changed |= _form_encoding(document, operation)
    if str(document.get("openapi", "")).startswith("3.0"):
        changed |= _untyped_nullables_spelled_out(document)
    return ServedDocument(document if routes or changed else None, routes)


def _untyped_nullables_spelled_out(document: dict[str, Any]) -> bool:
    changed = False
    pending: list[Any] = [document]
    while pending:
        node = pending.pop()
        if isinstance(node, list):
            pending.extend(node)
        elif isinstance(node, dict):
            if node.get("nullable") is True and "type" not in node and "$ref" not in node:
                rest = {key: value for key, value in node.items() if key != "nullable"}
                node.clear()
                node["anyOf"] = [rest, {"enum": [None]}]
                changed = True
            pending.extend(value for key, value in node.items() if key not in _DATA)
    return changed


def _json_for_ranges(document: Mapping[str, Any], operation: dict[str, Any]) -> bool:
    changed = False
    for status, response in (operation.get("responses") or {}).items():
        content = _deref(document, response).get("content")
        if (
            not str(status).startswith("2")
            or not isinstance(content, dict)
            or "application/json" in content
        ):
            continue
        for media_type in [media_type for media_type in content if media_type in _RANGES]:
            media = content[media_type]
            if isinstance(media, dict) and _deref(document, media.get("schema")).get("type") in (
                "object",
                "array",
                None,
            ):
                content["application/json"] = content.pop(media_type)
                changed = True
    return changed


def _form_encoding(document: Mapping[str, Any], operation: dict[str, Any]) -> bool:
    media = (_deref(document, operation.get("requestBody")).get("content") or {}).get(_FORM)
    if not isinstance(media, dict):
        return False
    properties = _deref(document, media.get("schema")).get("properties") or {}
    encoding = media.get("encoding") or {}
    arrays = [
        name
        for name, schema in properties.items()
        if _deref(document, schema).get("type") == "array" and name not in encoding
    ]
    if arrays:
        media["encoding"] = {
            **encoding,
            **{name: {"style": "form", "explode": True} for name in arrays},
        }
    return bool(arrays)


def _deref(document: Mapping[str, Any], node: Any) -> Any:
    """`node` with its local refs followed; {} for what is no mapping or cannot be found."""
    target = resolve(document, node, "")[0]
    return target if isinstance(target, Mapping) else {}
