"""`OperationBuilder` on its own: an operation of a small document to arguments, body, responses.

The builder is set up as `build_client` sets it up; each operation is built into the group
`things` as the method `call`, so what a test checks is the builder's, not the naming's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diagnostics import Diagnostic
from generator.ir.model import Operation, RequestBody
from generator.ir.operations import OperationBuilder
from generator.ir.schemas import SchemaTyper
from generator.ir.spec_operations import OperationPlan, collect_operations
from generator.load import load_document
from generator.render.filters import decoder_notation, python_type

PLAN = OperationPlan(group="things", name="call", type_prefix="ThingsCall")
OK = {"200": {"description": "ok"}}


def query(name: str, schema: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": schema or {"type": "string"}, **extra}


def path_parameter(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}


def header(name: str, **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": "header", "schema": {"type": "string"}, **extra}


def json_content(schema: dict[str, Any], media_type: str = "application/json") -> dict[str, Any]:
    return {"content": {media_type: {"schema": schema}}}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


class Builder:
    """An `OperationBuilder` over one document, with the warnings it gave."""

    def __init__(
        self,
        tmp_path: Path,
        paths: dict[str, Any],
        components: dict[str, Any] | None = None,
        idempotency_header: str | None = None,
        **top: Any,
    ) -> None:
        source = tmp_path / "openapi.yaml"
        body = {
            "openapi": "3.1.0",
            "info": {"title": "T", "version": "1"},
            "paths": paths,
            "components": components or {},
            **top,
        }
        source.write_text(yaml.safe_dump(body))
        document = load_document([source])
        self.diagnostics: list[Diagnostic] = []
        typer = SchemaTyper(document, document.locate, self.diagnostics)
        typer.register_components((components or {}).get("schemas", {}))
        schemes = (
            dict(document.openapi.components.securitySchemes or {})
            if document.openapi.components
            else {}
        )
        self.builder = OperationBuilder(
            typer,
            document,
            document.origin,
            self.diagnostics,
            document.openapi.security,
            schemes,
            idempotency_header,
            {},
        )
        self.specs = {
            (spec.method, spec.path): spec for spec in collect_operations(document.openapi.paths)
        }

    def operation(self, method: str, path: str) -> Operation:
        return self.builder.build(self.specs[(method, path)], PLAN, constant="_CALL")

    def warnings(self) -> list[str]:
        return [f"{item.pointer}: {item.message}" for item in self.diagnostics]


def one(
    tmp_path: Path,
    operation: dict[str, Any],
    path: str = "/things",
    method: str = "get",
    **options: Any,
) -> Builder:
    return Builder(tmp_path, {path: {method: {"responses": OK, **operation}}}, **options)


def signature(operation: Operation) -> list[tuple[str, str, str | None]]:
    return [
        (argument.name, python_type(argument.annotation), argument.default)
        for argument in (*operation.positional, *operation.keyword)
    ]


def decoders(operation: Operation) -> list[tuple[str, str]]:
    """(status, decoder) of each response, the decoder as the generated code writes it."""
    return [(case.status, decoder_notation(case.decoder)) for case in operation.responses]


def test_path_parameters_come_first_in_path_order_then_required_keywords(tmp_path: Path) -> None:
    parameters = [
        query("limit", {"type": "integer"}),
        path_parameter("item"),
        query("q", required=True),
        path_parameter("shop"),
    ]
    operation = one(
        tmp_path, {"parameters": parameters}, path="/shops/{shop}/items/{item}"
    ).operation("get", "/shops/{shop}/items/{item}")
    assert signature(operation) == [
        ("shop", "str", None),
        ("item", "str", None),
        ("q", "str", None),
        ("limit", "int | NotGiven", "NOT_GIVEN"),
    ]
    assert [argument.location for argument in operation.positional] == ["path", "path"]
    assert operation.example_call == 'things.call("shop", "item", q="q")'


def test_an_operation_parameter_replaces_the_path_level_one_of_the_same_name(
    tmp_path: Path,
) -> None:
    paths = {
        "/things": {
            "parameters": [query("format", {"type": "integer"}, required=True), header("X-Trace")],
            "get": {
                "parameters": [query("format", {"type": "string", "enum": ["csv", "json"]})],
                "responses": OK,
            },
        }
    }
    builder = Builder(tmp_path, paths)
    merged = builder.builder.parameters(builder.specs[("get", "/things")])
    assert [(parameter.name, pointer) for parameter, pointer in merged] == [
        ("format", "/paths/~1things/get/parameters/0"),
        ("X-Trace", "/paths/~1things/parameters/1"),
    ]
    assert signature(builder.operation("get", "/things")) == [
        ("format", "ThingsCallFormat | NotGiven", "NOT_GIVEN"),
        ("x_trace", "str | NotGiven", "NOT_GIVEN"),
    ]


def test_a_parameter_named_like_an_argument_every_method_has_is_renamed(tmp_path: Path) -> None:
    operation = one(
        tmp_path,
        {"parameters": [query("timeout", required=True), query("extra_headers", required=True)]},
    ).operation("get", "/things")
    assert [(argument.name, argument.wire_name) for argument in operation.keyword] == [
        ("timeout_", "timeout"),
        ("extra_headers_", "extra_headers"),
    ]


@pytest.mark.parametrize(
    ("declared", "style"),
    [
        ({}, None),
        ({"style": "form", "explode": True}, None),
        ({"style": "form", "explode": False}, ("form", False)),
        ({"style": "deepObject", "explode": True}, ("deepObject", True)),
        ({"style": "pipeDelimited"}, ("pipeDelimited", False)),
    ],
)
def test_a_query_style_other_than_the_default_is_kept(
    tmp_path: Path, declared: dict[str, Any], style: tuple[str, bool] | None
) -> None:
    operation = one(
        tmp_path,
        {"parameters": [query("ids", {"type": "array", "items": {"type": "string"}}, **declared)]},
    ).operation("get", "/things")
    assert operation.keyword[0].style == style


def test_a_json_object_body_becomes_keyword_arguments(tmp_path: Path) -> None:
    body = {
        "type": "object",
        "required": ["name"],
        "properties": {
            "id": {"type": "string", "readOnly": True},
            "tag": {"type": "string"},
            "name": {"type": "string", "description": "Its name."},
        },
    }
    operation = one(
        tmp_path,
        {"parameters": [query("name")], "requestBody": {"required": True, **json_content(body)}},
        method="post",
    ).operation("post", "/things")
    assert operation.body == RequestBody("json", "application/json", flattened=True, required=True)
    # The query parameter came first, so the body property of the same name gives way; the
    # read-only `id` is the server's to set.
    assert signature(operation) == [
        ("body_name", "str", None),
        ("name", "str | NotGiven", "NOT_GIVEN"),
        ("tag", "str | NotGiven", "NOT_GIVEN"),
    ]
    body_name = operation.keyword[0]
    assert (body_name.location, body_name.wire_name, body_name.description) == (
        "body",
        "name",
        "Its name.",
    )


def test_a_required_property_of_an_optional_body_is_required_only_when_the_body_is_sent(
    tmp_path: Path,
) -> None:
    body = {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}
    operation = one(tmp_path, {"requestBody": json_content(body)}, method="post").operation(
        "post", "/things"
    )
    assert operation.body is not None and operation.body.omittable
    [name] = operation.keyword
    assert (name.required, name.required_in_body, name.default) == (False, True, "NOT_GIVEN")
    sent = name.as_required()
    assert (python_type(sent.annotation), sent.required, sent.default) == ("str", True, None)


@pytest.mark.parametrize(
    ("content", "encoding", "annotation"),
    [
        (
            {
                "application/xml": {"schema": {"type": "string"}},
                "application/json": {"schema": {"type": "array", "items": {"type": "integer"}}},
            },
            "json",
            "list[int]",
        ),
        ({"text/plain": {"schema": {"type": "string"}}}, "text", "str"),
        (
            {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
            "binary",
            "FileContent",
        ),
        ({"image/png": {}}, "binary", "FileContent"),
    ],
)
def test_a_body_that_is_no_object_is_one_body_argument(
    tmp_path: Path, content: dict[str, Any], encoding: str, annotation: str
) -> None:
    operation = one(
        tmp_path, {"requestBody": {"required": True, "content": content}}, method="put"
    ).operation("put", "/things")
    assert operation.body is not None and (operation.body.encoding, operation.body.flattened) == (
        encoding,
        False,
    )
    assert signature(operation) == [("body", annotation, None)]


def test_a_multipart_file_part_is_a_file_argument(tmp_path: Path) -> None:
    form = {
        "type": "object",
        "properties": {
            "photo": {"type": "string", "format": "binary"},
            "pages": {"type": "array", "items": {"type": "string", "format": "binary"}},
            "note": {"type": "string"},
        },
    }
    operation = one(
        tmp_path,
        {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": form}}}},
        method="post",
    ).operation("post", "/things")
    assert operation.body is not None and operation.body.encoding == "multipart"
    assert {name: annotation for name, annotation, _ in signature(operation)} == {
        "photo": "FileTypes | NotGiven",
        "pages": "list[FileTypes] | NotGiven",
        "note": "str | NotGiven",
    }


def test_each_status_gets_its_decoder_and_the_successes_make_the_return_type(
    tmp_path: Path,
) -> None:
    components = {
        "schemas": {
            name: {"type": "object", "properties": {"id": {"type": "string"}}}
            for name in ("Pet", "Job", "Error")
        }
    }
    responses = {
        "200": {"description": "ok", **json_content(ref("Pet"))},
        "202": {"description": "later", **json_content(ref("Job"))},
        "204": {"description": "nothing"},
        "404": {"description": "missing", **json_content(ref("Error"))},
        "default": {
            "description": "other",
            "content": {"text/plain": {"schema": {"type": "string"}}},
        },
    }
    builder = Builder(tmp_path, {"/things": {"get": {"responses": responses}}}, components)
    operation = builder.operation("get", "/things")
    assert decoders(operation) == [
        ("200", "json_body(Pet)"),
        ("202", "json_body(Job)"),
        ("204", "EMPTY"),
        ("404", "json_body(Error)"),
        ("default", "TEXT"),
    ]
    assert python_type(operation.return_annotation) == "Pet | Job | None"
    assert operation.accept == "application/json"
    annotated = {name for printed in operation.printed_types for name in printed.models}
    # Error is only decoded: its decoder looks it up through `models`, so no name is imported.
    assert {"Pet", "Job"} <= annotated and "Error" not in annotated
    assert operation.looks_up_models


@pytest.mark.parametrize(
    ("responses", "annotation"),
    [
        (
            {
                "400": {"description": "bad"},
                "default": {"description": "other", **json_content({"type": "integer"})},
            },
            "int",
        ),
        ({"400": {"description": "bad"}}, "None"),
        ({"200": {"description": "ok", "content": {"application/octet-stream": {}}}}, "bytes"),
    ],
)
def test_without_a_success_body_the_return_type_falls_back(
    tmp_path: Path, responses: dict[str, Any], annotation: str
) -> None:
    assert (
        python_type(
            one(tmp_path, {"responses": responses}).operation("get", "/things").return_annotation
        )
        == annotation
    )


def test_a_response_any_media_type_may_answer_is_decoded_by_its_content_type(
    tmp_path: Path,
) -> None:
    responses = {
        "200": {"description": "ok", **json_content({"type": "integer"}, media_type="*/*")}
    }
    operation = one(tmp_path, {"responses": responses}).operation("get", "/things")
    assert decoders(operation) == [("200", "by_content_type(int)")]
    assert python_type(operation.return_annotation) == "int | str | bytes"
    assert operation.accept is None


def test_content_on_a_status_that_has_none_is_ignored_with_a_warning(tmp_path: Path) -> None:
    responses = {"204": {"description": "done", **json_content({"type": "object"})}}
    builder = one(tmp_path, {"responses": responses}, method="delete")
    operation = builder.operation("delete", "/things")
    assert (decoders(operation), python_type(operation.return_annotation), operation.accept) == (
        [("204", "EMPTY")],
        "None",
        None,
    )
    assert builder.warnings() == [
        "/paths/~1things/delete/responses/204/content: "
        "a 204 response has no content (RFC 9110 section 15.3.5):"
        " what the spec declares here is never sent, so it is ignored"
    ]


def test_a_parameter_the_security_scheme_sends_is_left_to_the_client(tmp_path: Path) -> None:
    components = {"securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}}}
    paths = {
        "/things": {
            "get": {
                "parameters": [header("x-key", required=True), query("X-Key")],
                "responses": OK,
            },
            "post": {"security": [], "parameters": [header("X-Key")], "responses": OK},
        }
    }
    builder = Builder(tmp_path, paths, components, security=[{"key": []}])
    secured = builder.operation("get", "/things")
    # Header names are case-insensitive; the query parameter of the same name is another one.
    assert [(argument.wire_name, argument.location) for argument in secured.keyword] == [
        ("X-Key", "query")
    ]
    assert (secured.security, secured.always_apply) == ((("key",),), ("key",))
    assert builder.warnings() == [
        "/paths/~1things/get/parameters/0: "
        "header parameter 'x-key' is sent by the operation's security scheme 'key':"
        " the client supplies it from its credentials, so the method does not take it"
    ]
    # An operation that uses no scheme takes the header itself.
    unsecured = builder.operation("post", "/things")
    assert [argument.wire_name for argument in unsecured.keyword] == ["X-Key"]
    assert (unsecured.security, unsecured.always_apply) == ((), ())


def test_content_type_and_unsendable_headers_are_no_arguments(tmp_path: Path) -> None:
    paths = {
        "/things": {
            "parameters": [header("Bad Header")],
            "get": {"parameters": [header("Content-Type")], "responses": OK},
            "delete": {"responses": OK},
        }
    }
    builder = Builder(tmp_path, paths)
    assert builder.operation("get", "/things").keyword == ()
    assert builder.operation("delete", "/things").keyword == ()
    # The path-level parameter is met by both operations and reported once.
    assert builder.warnings() == [
        "/paths/~1things/parameters/0: "
        "header parameter 'Bad Header' is not a valid HTTP header name (an RFC 9110 token):"
        " no request can send it, so the method does not take it"
    ]


def test_the_idempotency_header_is_the_spec_parameter_else_the_configured_one_for_writes(
    tmp_path: Path,
) -> None:
    paths = {
        "/things": {
            "get": {"responses": OK},
            "post": {"responses": OK},
            "patch": {"responses": OK},
            "put": {"responses": OK},
        },
        "/orders": {"get": {"parameters": [header("idempotency-key")], "responses": OK}},
    }
    builder = Builder(tmp_path, paths, idempotency_header="X-Once")
    assert {
        method: builder.operation(method, "/things").idempotency_header
        for method in ("get", "post", "patch", "put")
    } == {
        "get": None,
        "post": "X-Once",
        "patch": "X-Once",
        "put": None,
    }
    assert builder.operation("get", "/orders").idempotency_header == "idempotency-key"


def test_a_deprecated_operation_says_so(tmp_path: Path) -> None:
    operation = one(tmp_path, {"deprecated": True, "summary": "Old way."}).operation(
        "get", "/things"
    )
    assert (operation.deprecated, operation.deprecation_message) == (
        True,
        "things.call() is deprecated.",
    )
    assert operation.docstring.startswith("Old way.")
    assert (operation.http_method, operation.path, operation.constant) == (
        "GET",
        "/things",
        "_CALL",
    )
