"""What Prism's answers are made of, for `benchmarks/wire.py`: a value the spec gave (an
example, a default, an enum member) that breaks its schema is the spec's fault; a value Prism
made up for a schema that gives none is Prism's.

Prism's static mode answers with the media type's example when there is one; else it builds
the answer from the schema (openapi-sampler), taking at each place the schema's `example`,
`default`, `const` or first `enum` member, else a placeholder of its own: "string" (repeated to
the minimum length), 0, true, a format's sample. It writes those whatever the pattern, and loses
bounds such as `minimum` behind an `allOf` (stoplightio/prism#2243).

    source = answer_source(raw, operation_pointer, response)
    source.example                      # the media type's example Prism answered with, or None
    spec_cause(raw, source.schema, problem)  # pointer of what in the spec broke it there, or None
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx
from pydantic import ValidationError

from benchmarks.synthesis import member, node_at, resolve
from generator.diagnostics import join_pointer

_GIVING = ("example", "examples", "default", "const", "enum", "x-example")
"""The keywords of a schema whose value Prism's static mode writes instead of its own."""
_COMBINED = ("allOf", "oneOf", "anyOf")
_SUBTREE_LIMIT = 2000
"""How many schemas under a value are searched for one that gives a value."""
# What Prism's static mode writes for a string of these formats without example.
_SAMPLED_FORMATS = {
    "user@example.com", "2019-08-24T14:15:22Z", "2019-08-24", "14:15:22Z", "192.168.0.1",
    "example.com", "http://example.com", "095be615-a8ad-4c33-8e9d-c44bd3a34b6f", "pa$$word",
    "U3dhZ2dlciByb2Nrcw==",
}  # fmt: skip
ABSENT = object()
"""What `answered` gives for a problem about no value of the body."""
# The formats Prism's validator (ajv-formats and ajv-oai) checks; it lets any value of another
# format pass, and its dynamic mode writes a random string for one.
_CHECKED_FORMATS = {
    "date", "time", "date-time", "iso-time", "iso-date-time", "duration", "uri", "uri-reference",
    "uri-template", "url", "email", "hostname", "ipv4", "ipv6", "regex", "uuid", "json-pointer",
    "json-pointer-uri-fragment", "relative-json-pointer", "byte", "int32", "int64", "float",
    "double", "password", "binary",
}  # fmt: skip


@dataclass(frozen=True)
class AnswerSource:
    schema: str | None
    """The pointer of the schema of the media type Prism answered with; None when not found."""
    example: str | None
    """The pointer of the media type's example Prism answered with; None when it has none."""
    declared: str
    """The pointer of the response declared for the answer's status (else of all responses)."""


def answer_source(raw: Mapping[str, Any], operation: str, response: httpx.Response) -> AnswerSource:
    """What in the document at `operation` (a JSON pointer) Prism built `response` from."""
    responses = join_pointer(operation, "responses")
    statuses = (str(response.status_code), f"{response.status_code // 100}XX", "default")
    status = next(
        (key for key in statuses if node_at(raw, join_pointer(responses, key)) is not None), None
    )
    if status is None:
        return AnswerSource(None, None, responses)
    declared, at = resolve(
        raw, node_at(raw, join_pointer(responses, status)), join_pointer(responses, status)
    )
    content = declared.get("content") if isinstance(declared, Mapping) else None
    answered_type = response.headers.get("content-type", "").split(";")[0].strip()
    # The served document names a range (`*/*`) as one type it admits (`prism_document`).
    ranges = (answered_type, f"{answered_type.split('/')[0]}/*", "*/*")
    media_type = next(
        (
            key
            for key in ranges
            if isinstance(content, Mapping) and isinstance(content.get(key), Mapping)
        ),
        None,
    )
    if media_type is None or not isinstance(content, Mapping):
        return AnswerSource(None, None, at)
    media, media_at = content[media_type], join_pointer(at, "content", media_type)
    schema = join_pointer(media_at, "schema") if "schema" in media else None
    if "example" in media:
        return AnswerSource(schema, join_pointer(media_at, "example"), at)
    examples = media.get("examples")
    for name, example in examples.items() if isinstance(examples, Mapping) else ():
        return AnswerSource(
            schema,
            join_pointer(
                resolve(raw, example, join_pointer(media_at, "examples", name))[1], "value"
            ),
            at,
        )
    return AnswerSource(schema, None, at)


def spec_cause(raw: Mapping[str, Any], schema: str, problem: Mapping[str, Any]) -> str | None:
    """The pointer of what in the spec makes the answer Prism built from `schema` break it
    where `problem` says: a value the spec gives (an example, a default, an enum member) on
    the way there or under it, or a `oneOf` that no object can satisfy. None when the value is
    Prism's own."""
    level = _parts(raw, node_at(raw, schema), schema)
    for token in location(problem)[2:]:
        giving = _giving(level)
        if giving is not None:
            return giving
        level = [found for part, at in level for found in _children(raw, part, at, token)]
    giving = _giving(level)
    if giving is not None or problem.get("code") == "required":
        # Prism writes every property the schema declares: one it leaves out is declared
        # nowhere, or left out by an example on the way.
        return giving
    if problem.get("code") == "oneOf":
        overlapping = _overlapping_options(raw, level)
        if overlapping is not None:
            return overlapping
    return _giving_under(raw, level)


def unchecked_formats(
    raw: Mapping[str, Any], schema: str, error: BaseException
) -> list[str] | None:
    """The pointers of the formats Prism does not check (`decimal`...) at each place where the
    client refused an answer of `schema` (`error`: the APIResponseValidationError raised from
    pydantic's); None when some refusal is elsewhere, or `error` names no place."""
    refusals = error.__cause__.errors() if isinstance(error.__cause__, ValidationError) else []
    found = []
    for refusal in refusals:
        level = _parts(raw, node_at(raw, schema), schema)
        for token in (str(part) for part in refusal.get("loc", ())):
            # A token that is no member (a union's option, pydantic's wrapper) keeps the level.
            level = [
                child for part, at in level for child in _children(raw, part, at, token)
            ] or level
        unchecked = next(
            (
                join_pointer(at, "format")
                for part, at in level
                if str(part.get("format", "")) not in ("", *_CHECKED_FORMATS)
            ),
            None,
        )
        if unchecked is None:
            return None
        found.append(unchecked)
    return list(dict.fromkeys(found)) or None


def answered(response: httpx.Response, problem: Mapping[str, Any]) -> Any:
    """The value in the answer's body a problem is about; ABSENT when there is none."""
    where = location(problem)
    if where[:2] != ["response", "body"]:
        return ABSENT
    try:
        body = response.json()
    except ValueError:
        return ABSENT
    return member(body, where[2:], ABSENT)


def described(response: httpx.Response, problems: list[dict[str, Any]]) -> str:
    """The first problems of an answer, each with the value it is about."""
    shown = []
    for problem in problems[:3]:
        value = answered(response, problem)
        with_value = "" if value is ABSENT else f" (answered {json.dumps(value)[:80]})"
        shown.append(f"{'.'.join(location(problem))}: {problem.get('message')}{with_value}")
    return "; ".join(shown)


def holds_placeholder(response: httpx.Response) -> bool:
    """Whether a JSON answer holds a string Prism writes for a string schema without example."""
    try:
        body = response.json()
    except ValueError:
        return False
    pending = [body]
    while pending:
        item = pending.pop()
        if isinstance(item, str) and (
            item in _SAMPLED_FORMATS or (item != "" and item == ("string" * len(item))[: len(item)])
        ):
            return True
        pending.extend(
            item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        )
    return False


def location(problem: Mapping[str, Any]) -> list[str]:
    return [str(part) for part in problem.get("location") or []]


def _parts(raw: Mapping[str, Any], node: Any, pointer: str) -> list[tuple[Mapping[str, Any], str]]:
    """A schema and the schemas it combines (allOf, oneOf, anyOf), refs followed."""
    found: list[tuple[Mapping[str, Any], str]] = []
    pending = [(node, pointer)]
    seen: set[str] = set()
    while pending:
        schema, at = resolve(raw, *pending.pop())
        if not isinstance(schema, Mapping) or at in seen:
            continue
        seen.add(at)
        found.append((schema, at))
        for keyword in _COMBINED:
            parts = schema.get(keyword)
            pending.extend(
                (part, join_pointer(at, keyword, index))
                for index, part in enumerate(parts if isinstance(parts, list) else ())
            )
    return found


def _children(
    raw: Mapping[str, Any], schema: Mapping[str, Any], at: str, token: str
) -> list[tuple[Mapping[str, Any], str]]:
    """The schemas of a value's member `token` (a property name or an item index)."""
    properties = schema.get("properties")
    if isinstance(properties, Mapping) and token in properties:
        return _parts(raw, properties[token], join_pointer(at, "properties", token))
    if token.isdigit() and isinstance(schema.get("items"), Mapping):
        return _parts(raw, schema["items"], join_pointer(at, "items"))
    if isinstance(schema.get("additionalProperties"), Mapping):
        return _parts(raw, schema["additionalProperties"], join_pointer(at, "additionalProperties"))
    return []


def _overlapping_options(
    raw: Mapping[str, Any], level: list[tuple[Mapping[str, Any], str]]
) -> str | None:
    """The pointer of a `oneOf` of which two options take any object (no required property,
    no closed set of them), so that no object matches exactly one."""
    for schema, at in level:
        options = schema.get("oneOf")
        open_options = (
            [option for option in options if _takes_any_object(resolve(raw, option, "")[0])]
            if isinstance(options, list)
            else []
        )
        if len(open_options) > 1:
            return join_pointer(at, "oneOf")
    return None


def _takes_any_object(schema: Any) -> bool:
    return (
        isinstance(schema, Mapping)
        and schema.get("type") in ("object", None)
        and not schema.get("required")
        and schema.get("additionalProperties", True) is not False
        and not any(
            keyword in schema for keyword in (*_COMBINED, "enum", "const", "not", "minProperties")
        )
    )


def _giving(level: list[tuple[Mapping[str, Any], str]]) -> str | None:
    return next(
        (
            join_pointer(at, keyword)
            for schema, at in level
            for keyword in _GIVING
            if keyword in schema
        ),
        None,
    )


def _giving_under(raw: Mapping[str, Any], level: list[tuple[Mapping[str, Any], str]]) -> str | None:
    """A value the spec gives somewhere under the schemas of `level`; the first found."""
    pending, seen = list(level), {at for _, at in level}
    while pending and len(seen) < _SUBTREE_LIMIT:
        schema, at = pending.pop(0)
        giving = _giving([(schema, at)])
        if giving is not None:
            return giving
        members = [
            (node, join_pointer(at, "properties", name))
            for name, node in (schema.get("properties") or {}).items()
        ]
        members += [
            (schema[key], join_pointer(at, key))
            for key in ("items", "additionalProperties")
            if isinstance(schema.get(key), Mapping)
        ]
        for node, pointer in members:
            for part in _parts(raw, node, pointer):
                if part[1] not in seen:
                    seen.add(part[1])
                    pending.append(part)
    return None
