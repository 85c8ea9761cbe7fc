"""A valid call of every operation, built from the spec itself: for `benchmarks/wire.py` and tests.

    calls = synthesise_calls(document, client)     # LoadedDocument, the IR's Client
    for call in calls:
        getattr(getattr(sdk, call.group), call.method)(*call.args, **call.kwargs)

Each operation of the IR is matched to its spec operation by method and path, and each of its
arguments to the spec's parameter or body property by location and wire name, so the values
reach the generated method the way a user would pass them. Only what the operation needs is
given: required parameters, and the required fields of a body that is required or of one that
has required fields. A value is the spec's own example (the parameter's, the media type's, the
schema's), its default, const or first enum member; otherwise one that satisfies the schema's
type, format, pattern, length and range; of a `oneOf`, one that fits exactly one option. A
body example that lacks required properties gets them filled in. `Call.examples` names the
JSON pointer of every example used, so a request that breaks the spec only because of one can
be blamed on the spec; `Call.contradictions` what the spec says against itself on the way
(such an example, a required header no request can carry).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.diagnostics import join_pointer, split_pointer
from generator.ir.model import Argument, Client, Operation
from generator.ir.operations import HEADER_NAME
from generator.load import LoadedDocument

FILE_CONTENT = b"wire benchmark file\n"
"""What a binary body or file part carries."""

# Values for string formats whose syntax a validator checks.
_FORMATS: dict[str, Any] = {
    "date": "2024-01-02",
    "date-time": "2024-01-02T03:04:05Z",
    "time": "03:04:05Z",
    "duration": "P1D",
    "email": "wire@example.com",
    "idn-email": "wire@example.com",
    "hostname": "example.com",
    "idn-hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "uri": "https://example.com/wire",
    "url": "https://example.com/wire",
    "iri": "https://example.com/wire",
    "uri-reference": "https://example.com/wire",
    "uri-template": "https://example.com/{wire}",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "byte": "d2lyZQ==",
    "binary": FILE_CONTENT,
    "json-pointer": "/wire",
    "regex": "wire",
}
_DEPTH = 12
"""How deep required properties are followed; a schema that requires itself stops here."""


@dataclass(frozen=True)
class Call:
    """One synthesised call of a generated method."""

    operation: Operation
    pointer: str
    """The spec operation, e.g. `/paths/~1pets~1{id}/get`."""
    group: str
    """The client attribute the method is reached through."""
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    examples: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Argument name -> JSON pointers of the spec examples its value came from."""
    unsendable: Mapping[str, str] = field(default_factory=dict)
    """Name -> JSON pointer of each required header parameter whose name is no HTTP token."""
    contradictions: tuple[str, ...] = ()
    """`pointer: what is wrong` for each place the spec contradicts itself that the call met."""

    @property
    def method(self) -> str:
        return self.operation.name

    @property
    def label(self) -> str:
        return f"{self.operation.http_method} {self.operation.path}"


def synthesise_calls(document: LoadedDocument, client: Client) -> list[Call]:
    """A call for every operation of `client`, in the order of its groups."""
    sampler = _Sampler(document.raw)
    calls = []
    for group in client.groups:
        for operation in group.operations:
            pointer = join_pointer("/paths", operation.path, operation.http_method.lower())
            calls.append(sampler.call(operation, pointer, group.attribute))
    return calls


def credentials(client: Client) -> dict[str, str]:
    """A value for every credential argument of the client's constructor."""
    return {
        argument.name: "wire-credential"
        for scheme in client.security_schemes
        for argument in scheme.arguments
    }


def node_at(raw: Mapping[str, Any], pointer: str) -> Any:
    """What the JSON pointer names in the document `raw`; None when nothing is there."""
    return member(raw, split_pointer(pointer), None)


def member(node: Any, tokens: list[str], missing: Any) -> Any:
    """What the tokens (keys, list indices) lead to from `node`; `missing` when nothing is there."""
    for token in tokens:
        if isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        elif isinstance(node, Mapping) and token in node:
            node = node[token]
        else:
            return missing
    return node


def resolve(raw: Mapping[str, Any], node: Any, pointer: str) -> tuple[Any, str]:
    """`node` (found at `pointer`) with its local refs followed, and where it ends; {} for a
    ref that leads nowhere or in a circle."""
    seen = set()
    while (
        isinstance(node, Mapping)
        and isinstance(node.get("$ref"), str)
        and node["$ref"].startswith("#")
    ):
        ref = node["$ref"][1:]
        if ref in seen:
            return {}, pointer
        seen.add(ref)
        node, pointer = node_at(raw, ref), ref
    return (node if node is not None else {}), pointer


class _Sampler:
    def __init__(self, raw: Mapping[str, Any]) -> None:
        self._raw = raw
        self._examples: list[str] = []
        self._contradictions: list[str] = []

    def call(self, operation: Operation, pointer: str, group: str) -> Call:
        spec = self._node(pointer)
        parameters = self._parameters(operation.path, pointer, spec)
        self._contradictions = []
        # The generator leaves such a header out of the method, so the call cannot send it.
        unsendable = {
            parameter["name"]: at
            for (location, _), (parameter, at) in parameters.items()
            if location == "header"
            and parameter.get("required")
            and not HEADER_NAME.fullmatch(str(parameter["name"]))
        }
        self._contradictions.extend(
            f"{at}: required header {name!r} is no HTTP header name (RFC 9110 token), "
            "so no request can carry it"
            for name, at in unsendable.items()
        )
        values: dict[str, Any] = {}
        examples: dict[str, tuple[str, ...]] = {}
        for argument in (*operation.positional, *operation.keyword):
            if argument.location != "body" and argument.required:
                found = parameters.get(
                    (argument.location, _fold(argument.location, argument.wire_name))
                )
                if found is not None:
                    self._examples = []
                    values[argument.name] = self._parameter_value(*found)
                    examples[argument.name] = tuple(self._examples)
        self._examples = []
        body = self._body_values(operation, pointer, spec)
        values.update(body)
        examples.update({name: tuple(self._examples) for name in body})
        args = tuple(
            values.pop(argument.name)
            for argument in operation.positional
            if argument.name in values
        )
        used = {name: pointers for name, pointers in examples.items() if pointers}
        return Call(
            operation, pointer, group, args, values, used, unsendable, tuple(self._contradictions)
        )

    # -- the document ------------------------------------------------------------------------

    def _node(self, pointer: str) -> Any:
        return node_at(self._raw, pointer)

    def _deref(self, node: Any, pointer: str) -> tuple[Any, str]:
        return resolve(self._raw, node, pointer)

    def _parameters(
        self, path: str, pointer: str, spec: Mapping[str, Any]
    ) -> dict[tuple[str, str], tuple[Any, str]]:
        """(location, folded name) -> (parameter, pointer); the operation's win over the path's."""
        found: dict[tuple[str, str], tuple[Any, str]] = {}
        path_pointer = join_pointer("/paths", path)
        item = self._node(path_pointer) or {}
        for where, holder in ((path_pointer, item), (pointer, spec)):
            for index, node in enumerate(holder.get("parameters") or []):
                parameter, at = self._deref(node, join_pointer(where, "parameters", index))
                if isinstance(parameter, Mapping) and "name" in parameter and "in" in parameter:
                    found[(parameter["in"], _fold(parameter["in"], parameter["name"]))] = (
                        parameter,
                        at,
                    )
        return found

    def _parameter_value(self, parameter: Mapping[str, Any], pointer: str) -> Any:
        example = self._example_of(parameter, pointer)
        if example is not _NONE:
            return example
        schema = parameter.get("schema")
        schema_pointer = join_pointer(pointer, "schema")
        if (
            schema is None
            and isinstance(parameter.get("content"), Mapping)
            and parameter["content"]
        ):
            media_type, media = next(iter(parameter["content"].items()))
            schema, schema_pointer = (
                media.get("schema"),
                join_pointer(pointer, "content", media_type, "schema"),
            )
        # An empty object serialises to nothing, which a path or a required query cannot carry.
        return self.value(schema or {}, schema_pointer, every_property=True)

    def _example_of(self, holder: Mapping[str, Any], pointer: str) -> Any:
        """The `example` or first of the `examples` of a parameter or media type; _NONE if none."""
        if "example" in holder:
            self._examples.append(join_pointer(pointer, "example"))
            return holder["example"]
        for name, node in (
            (holder.get("examples") or {}).items()
            if isinstance(holder.get("examples"), Mapping)
            else ()
        ):
            example, at = self._deref(node, join_pointer(pointer, "examples", name))
            if isinstance(example, Mapping) and "value" in example:
                self._examples.append(join_pointer(at, "value"))
                return example["value"]
        return _NONE

    # -- bodies ------------------------------------------------------------------------------

    def _body_values(
        self, operation: Operation, pointer: str, spec: Mapping[str, Any]
    ) -> dict[str, Any]:
        body = operation.body
        if body is None:
            return {}
        node, body_pointer = self._deref(
            spec.get("requestBody"), join_pointer(pointer, "requestBody")
        )
        media = (node.get("content") or {}).get(body.content_type) or {}
        media_pointer = join_pointer(body_pointer, "content", body.content_type)
        arguments = operation.body_arguments
        needed = body.required or any(a.required_in_body for a in arguments)
        if not needed:
            return {}
        if body.encoding == "binary":
            return {arguments[0].name: FILE_CONTENT}
        example = self._example_of(media, media_pointer)
        schema_pointer = join_pointer(media_pointer, "schema")
        if example is _NONE:
            value = self.value(
                media.get("schema") or {}, schema_pointer, files=body.encoding == "multipart"
            )
        else:
            at, before, known = self._examples[-1], len(self._examples), len(self._contradictions)
            value = self._completed(
                example,
                self.value(
                    media.get("schema") or {}, schema_pointer, files=body.encoding == "multipart"
                ),
                at,
            )
            if (
                len(self._contradictions) == known
            ):  # the example was whole: nothing synthesised is sent
                del self._examples[before:]
        if body.encoding == "text" and not isinstance(value, str):
            value = str(value)
        if not body.flattened:
            return {arguments[0].name: value}
        given = value if isinstance(value, Mapping) else {}
        return {
            a.name: _as_file(given[a.wire_name], a)
            if body.encoding == "multipart"
            else given[a.wire_name]
            for a in arguments
            if a.wire_name in given
        }

    def _completed(self, example: Any, synthesised: Any, pointer: str) -> Any:
        """`example` with the required properties it lacks taken from `synthesised` (a value of
        its schema holding just the required ones), each lack noted as a contradiction."""
        if not isinstance(example, Mapping) or not isinstance(synthesised, Mapping):
            return example
        missing = [name for name in synthesised if name not in example]
        if missing:
            self._contradictions.append(
                f"{pointer}: the example lacks required properties of its schema: "
                + ", ".join(missing)
            )
        completed = {name: synthesised[name] for name in missing}
        for name, item in example.items():
            completed[name] = (
                self._completed(item, synthesised[name], join_pointer(pointer, name))
                if name in synthesised
                else item
            )
        return completed

    # -- schemas -----------------------------------------------------------------------------

    def value(
        self,
        schema: Any,
        pointer: str,
        *,
        files: bool = False,
        every_property: bool = False,
        depth: int = 0,
    ) -> Any:
        """A value `schema` accepts; `files`: binary strings are file contents (multipart);
        `every_property`: an object has all its properties, not only the required ones."""
        schema, pointer = self._deref(schema, pointer)
        if not isinstance(schema, Mapping) or depth > _DEPTH:
            return None
        for keyword in ("const", "example", "default"):
            if keyword in schema:
                if keyword == "example":
                    self._examples.append(join_pointer(pointer, keyword))
                return schema[keyword]
        if isinstance(schema.get("examples"), list) and schema["examples"]:
            self._examples.append(join_pointer(pointer, "examples", 0))
            return schema["examples"][0]
        enum = [member for member in schema.get("enum") or [] if member is not None]
        if enum:
            return enum[0]
        if isinstance(schema.get("allOf"), list) and schema["allOf"]:
            return self._all_of(schema, pointer, files, depth)
        for keyword in ("oneOf", "anyOf"):
            options = schema.get(keyword)
            if isinstance(options, list) and options:
                return self._option(schema, keyword, pointer, files, depth)
        kind = _type_of(schema)
        if kind == "object":
            return self._object(schema, pointer, files, depth, every_property)
        if kind == "array":
            item = self.value(
                schema.get("items") or {},
                join_pointer(pointer, "items"),
                files=files,
                depth=depth + 1,
            )
            return [item] * max(1, int(schema.get("minItems") or 0))
        if kind in ("integer", "number"):
            return _number(schema, kind)
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        return _string(schema, files)

    def _option(
        self, schema: Mapping[str, Any], keyword: str, pointer: str, files: bool, depth: int
    ) -> Any:
        """A value of the first non-null option; of a `oneOf`, of the first whose value fits no
        other option (`[integer, string]` gets a string that is no number), as it must to pass."""
        options = schema[keyword]
        resolved = [self._deref(option, "")[0] for option in options]
        indices = [
            i
            for i, option in enumerate(resolved)
            if not (isinstance(option, Mapping) and option.get("type") == "null")
        ] or [0]
        start = len(self._examples)
        candidates = []  # (value, the examples it came from), the one to send first
        for index in indices if keyword == "oneOf" else indices[:1]:
            value = _tagged(
                self.value(
                    options[index],
                    join_pointer(pointer, keyword, index),
                    files=files,
                    depth=depth + 1,
                ),
                schema.get("discriminator"),
                options[index],
            )
            candidates.append((value, self._examples[start:]))
            del self._examples[start:]
            if sum(_fits(value, option) for option in resolved) == 1:
                candidates.insert(0, candidates.pop())
                break
        value, used = candidates[0]
        self._examples.extend(used)
        return value

    def _all_of(self, schema: Mapping[str, Any], pointer: str, files: bool, depth: int) -> Any:
        """The parts merged: an object of the union of their properties, else the first's value."""
        merged: dict[str, Any] = {
            "properties": dict(schema.get("properties") or {}),
            "required": list(schema.get("required") or []),
        }
        parts = [
            self._deref(part, join_pointer(pointer, "allOf", index))
            for index, part in enumerate(schema["allOf"])
        ]
        if not all(_type_of(part) in ("object", None) for part, _ in parts):
            part, at = parts[0]
            return self.value(part, at, files=files, depth=depth + 1)
        values: dict[str, Any] = {}
        for part, at in parts:
            value = self.value(part, at, files=files, depth=depth + 1)
            if isinstance(value, Mapping):
                values.update(value)
        values.update(self._object(merged, pointer, files, depth))
        return values

    def _object(
        self,
        schema: Mapping[str, Any],
        pointer: str,
        files: bool,
        depth: int,
        every_property: bool = False,
    ) -> dict[str, Any]:
        properties = schema.get("properties") or {}
        value = {}
        for name in properties if every_property else schema.get("required") or []:
            prop, at = self._deref(
                properties.get(name, {}), join_pointer(pointer, "properties", name)
            )
            if isinstance(prop, Mapping) and prop.get("readOnly"):
                continue
            value[name] = self.value(prop, at, files=files, depth=depth + 1)
        return value


_NONE = object()
_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")


def _tagged(value: Any, discriminator: Any, option: Any) -> Any:
    """`value` of a discriminated union's `option`, its tag property naming that option."""
    ref = option.get("$ref") if isinstance(option, Mapping) else None
    if (
        not isinstance(discriminator, Mapping)
        or not isinstance(value, dict)
        or not isinstance(ref, str)
    ):
        return value
    mapping = discriminator.get("mapping") or {}
    # A mapping value is a ref or a bare schema name; without an entry the tag is the name.
    tag = next(
        (key for key, target in mapping.items() if target in (ref, ref.rsplit("/", 1)[-1])),
        ref.rsplit("/", 1)[-1],
    )
    return {**value, discriminator.get("propertyName", ""): tag}


def _fits(value: Any, schema: Any) -> bool:
    """Roughly whether a schema accepts `value`: by type, enum, the required properties of an
    object, and the format or pattern of a string only for what `_string` writes for it. A value
    fits what it reads as in a query string or header too ("1" an integer, 1 a string), since
    parameters travel as text."""
    if not isinstance(schema, Mapping):
        return True
    if "enum" in schema and value not in schema["enum"]:
        return False
    kind = _type_of(schema)
    text = value if isinstance(value, str) else None
    if kind is None:
        return True
    if kind == "string":
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            return False
        return not ("format" in schema or "pattern" in schema) or value == _string(
            schema, files=False
        )
    if kind in ("integer", "number"):
        numeric = _INTEGER if kind == "integer" else _NUMBER
        wanted = int if kind == "integer" else (int, float)
        return (isinstance(value, wanted) and not isinstance(value, bool)) or (
            text is not None and numeric.fullmatch(text) is not None
        )
    if kind == "boolean":
        return isinstance(value, bool) or text in ("true", "false")
    if kind == "null":
        return value is None
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, Mapping) and all(
            name in value for name in schema.get("required") or []
        )
    return True


def _fold(location: str, name: str) -> str:
    return name.lower() if location == "header" else name


def _type_of(schema: Mapping[str, Any]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None:
        if "properties" in schema or "additionalProperties" in schema:
            return "object"
        if "items" in schema:
            return "array"
    return kind


def _number(schema: Mapping[str, Any], kind: str) -> int | float:
    low, high = schema.get("minimum"), schema.get("maximum")
    exclusive_low, exclusive_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    # 3.0 spells an exclusive bound as a boolean beside it, 3.1 as the bound itself.
    step = 1 if kind == "integer" else 0.5
    if isinstance(exclusive_low, (int, float)) and not isinstance(exclusive_low, bool):
        low = exclusive_low + step
    elif exclusive_low is True and low is not None:
        low += step
    if isinstance(exclusive_high, (int, float)) and not isinstance(exclusive_high, bool):
        high = exclusive_high - step
    elif exclusive_high is True and high is not None:
        high -= step
    value: float = low if low is not None else (min(1, high) if high is not None else 1)
    multiple = schema.get("multipleOf")
    if isinstance(multiple, (int, float)) and multiple > 0:
        value = -(-value // multiple) * multiple
    return int(value) if kind == "integer" else float(value)


def _string(schema: Mapping[str, Any], files: bool) -> Any:
    form = schema.get("format")
    if form == "binary" or schema.get("contentMediaType"):
        return FILE_CONTENT if files or form == "binary" else "wire"
    text = _FORMATS.get(form, "wire") if isinstance(form, str) else "wire"
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        text = sample_pattern(pattern) or text
    low, high = int(schema.get("minLength") or 0), schema.get("maxLength")
    if len(text) < low:
        text += "w" * (low - len(text))
    if isinstance(high, int) and len(text) > high:
        text = text[:high]
    return text


def _as_file(value: Any, argument: Argument) -> Any:
    """A file part as a user passes it: (file name, content, type); other parts as they are."""
    if "FileTypes" not in argument.annotation.names:
        return value
    if isinstance(value, list):
        return [("wire.bin", FILE_CONTENT, "application/octet-stream") for _ in value]
    return ("wire.bin", FILE_CONTENT, "application/octet-stream")


# -- patterns ----------------------------------------------------------------------------------

# The regular expression parser of the `re` module (`sre_parse` before Python 3.11, whose name
# is deprecated since).
_PARSER: Any = getattr(re, "_parser", None) or importlib.import_module("sre_parse")
_CATEGORIES = {
    "CATEGORY_DIGIT": "1",
    "CATEGORY_WORD": "a",
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_DIGIT": "a",
    "CATEGORY_NOT_WORD": "-",
    "CATEGORY_NOT_SPACE": "a",
}


def sample_pattern(pattern: str) -> str | None:
    """A short string `re.search(pattern, ...)` matches, or None when none is found."""
    try:
        text = _emit(_PARSER.parse(pattern))
    except (re.error, ValueError, TypeError, RecursionError):
        return None
    try:
        return text if re.search(pattern, text) else None
    except re.error:
        return None


def _emit(parsed: Any) -> str:
    out = []
    for op, argument in parsed:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(argument))
        elif name == "NOT_LITERAL":
            out.append("a" if chr(argument) != "a" else "b")
        elif name == "ANY":
            out.append("a")
        elif name == "IN":
            out.append(_emit_class(argument))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _high, item = argument
            out.append(_emit(item) * max(low, 1 if _high else 0))
        elif name == "SUBPATTERN":
            out.append(_emit(argument[-1]))
        elif name == "ATOMIC_GROUP":
            out.append(_emit(argument))
        elif name == "BRANCH":
            out.append(_emit(argument[1][0]))
        elif name == "CATEGORY":
            out.append(_CATEGORIES.get(str(argument), "a"))
        elif name in ("AT", "ASSERT", "ASSERT_NOT", "GROUPREF"):
            continue
        else:
            raise ValueError(name)
    return "".join(out)


def _emit_class(items: Any) -> str:
    negated = any(str(op) == "NEGATE" for op, _ in items)
    if negated:
        excluded = {chr(a) for op, a in items if str(op) == "LITERAL"}
        return next(c for c in "aB1-" if c not in excluded)
    for op, argument in items:
        name = str(op)
        if name == "LITERAL":
            return chr(argument)
        if name == "RANGE":
            return chr(argument[0])
        if name == "CATEGORY":
            return _CATEGORIES.get(str(argument), "a")
    return "a"
