"""The IR builder: naming, grouping, types and security decided from small documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import ClientSettings, CredentialSettings
from generator.diagnostics import Diagnostic, Severity
from generator.ir.build import build_client
from generator.ir.imports import ImportSections, ImportStatement
from generator.ir.model import Client, Operation
from generator.load import load_document
from generator.render.filters import decoder, decoder_notation, python_type


def build_reporting(
    tmp_path: Path, document: dict[str, object], **settings: Any
) -> tuple[Client, list[Diagnostic]]:
    source = tmp_path / "openapi.yaml"
    source.write_text(yaml.safe_dump(document))
    return build_client(load_document([source]), ClientSettings(sources=(source,), **settings))


def build(tmp_path: Path, document: dict[str, object], **settings: Any) -> Client:
    return build_reporting(tmp_path, document, **settings)[0]


def document(paths: dict[str, object], **extra: object) -> dict[str, object]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Shop API", "version": "1.0.0"},
        "paths": paths,
        **extra,
    }


def operation(client: Client, group: str, name: str) -> Operation:
    found = [op for op in client.operations if (op.group, op.name) == (group, name)]
    assert found, f"no {group}.{name} among {[(op.group, op.name) for op in client.operations]}"
    return found[0]


def statements(sections: ImportSections) -> list[ImportStatement]:
    return [statement for section in sections for statement in section]


OK = {"200": {"description": "ok"}}


def test_rest_names_without_operation_ids(tmp_path: Path) -> None:
    client = build(
        tmp_path,
        document(
            {
                "/api/v1/orders": {"get": {"responses": OK}, "post": {"responses": OK}},
                "/api/v1/orders/{id}": {
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "get": {"responses": OK},
                    "patch": {"responses": OK},
                    "delete": {"responses": OK},
                },
                "/api/v1/orders/{id}/cancel": {
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "post": {"responses": OK},
                },
            }
        ),
    )
    assert sorted(op.name for op in client.operations) == [
        "cancel",
        "create",
        "delete",
        "get",
        "list",
        "update",
    ]
    assert {op.group for op in client.operations} == {"orders"}


def test_operation_id_loses_the_group_words_and_tags_pick_the_group(tmp_path: Path) -> None:
    client = build(
        tmp_path,
        document(
            {
                "/x": {
                    "post": {"operationId": "endChat", "tags": ["Chats", "Other"], "responses": OK}
                }
            }
        ),
    )
    assert [(op.group, op.name) for op in client.operations] == [("chats", "end")]


def test_configured_names_win_and_derived_names_avoid_them(tmp_path: Path) -> None:
    paths = {
        "/a": {"get": {"operationId": "list", "tags": ["t"], "responses": OK}},
        "/b": {"get": {"operationId": "fetchAll", "tags": ["t"], "responses": OK}},
    }
    client = build(tmp_path, document(paths), operations={("get", "/b"): ("t", "list")})
    assert operation(client, "t", "list").path == "/b"
    assert operation(client, "t", "list_2").path == "/a"


def test_duplicate_operation_ids_still_give_every_operation_a_method(tmp_path: Path) -> None:
    paths = {
        f"/things/{n}": {"get": {"operationId": "getThing", "responses": OK}}
        for n in ("a", "b", "c")
    }
    client = build(tmp_path, document(paths))
    names = [op.name for op in client.operations]
    assert len(client.operations) == 3 and len(set(names)) == 3


def test_awkward_parameter_names_become_valid_distinct_arguments(tmp_path: Path) -> None:
    parameters = [
        {"name": name, "in": "query", "schema": {"type": "string"}}
        for name in ("class", "from", "2fa", "x-trace-id", "x_trace_id", "timeout", "self")
    ]
    client = build(
        tmp_path,
        document(
            {
                "/search": {
                    "get": {"operationId": "search", "parameters": parameters, "responses": OK}
                }
            }
        ),
    )
    arguments = [a.name for a in client.operations[0].keyword]
    assert len(set(arguments)) == len(arguments) == len(parameters)
    assert all(name.isidentifier() for name in arguments)
    assert {
        "class_",
        "from_",
        "param_2_fa",
        "x_trace_id",
        "x_trace_id_2",
        "timeout_",
        "self_",
    } == set(arguments)
    assert {a.wire_name for a in client.operations[0].keyword} == {p["name"] for p in parameters}


def test_operation_level_parameter_overrides_the_path_level_one(tmp_path: Path) -> None:
    paths = {
        "/items": {
            "parameters": [{"name": "limit", "in": "query", "schema": {"type": "string"}}],
            "get": {
                "operationId": "list",
                "parameters": [
                    {
                        "name": "limit",
                        "in": "query",
                        "required": True,
                        "schema": {"type": "integer"},
                    }
                ],
                "responses": OK,
            },
        }
    }
    (argument,) = build(tmp_path, document(paths)).operations[0].keyword
    assert (python_type(argument.annotation), argument.required) == ("int", True)


def test_flattened_body_and_inline_response_model_names(tmp_path: Path) -> None:
    body = {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string"},
            "id": {"type": "integer", "readOnly": True},
            "note": {"type": ["string", "null"]},
        },
    }
    response = {
        "type": "object",
        "properties": {"data": {"type": "object", "properties": {"ok": {"type": "boolean"}}}},
    }
    paths = {
        "/orders/{id}/close_order": {
            "post": {
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": body}},
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": response}},
                    }
                },
            }
        }
    }
    client = build(tmp_path, document(paths))
    op = client.operations[0]
    assert [a.name for a in op.body_arguments] == ["name", "note"]
    note = op.body_arguments[1]
    assert (python_type(note.annotation), note.default) == ("str | None | NotGiven", "NOT_GIVEN")
    assert python_type(op.return_annotation) == "CloseOrderResponse"
    assert {m.name for m in client.models} == {"CloseOrderResponse", "CloseOrderResponseData"}


def test_optional_body_keeps_its_required_properties_required_when_sent(tmp_path: Path) -> None:
    body = {
        "type": "object",
        "required": ["name"],
        "properties": {"name": {"type": "string"}, "note": {"type": "string"}},
    }
    paths = {
        "/things": {
            "post": {
                "operationId": "create",
                "requestBody": {
                    "required": False,
                    "content": {"application/json": {"schema": body}},
                },
                "responses": OK,
            }
        }
    }
    op = build(tmp_path, document(paths)).operations[0]
    assert op.body is not None and op.body.omittable
    # The method itself lets the whole body be left out...
    assert [(a.name, python_type(a.annotation), a.required) for a in op.keyword] == [
        ("name", "str | NotGiven", False),
        ("note", "str | NotGiven", False),
    ]
    assert op.required_body_fields == (("name", "name"),)
    # ...and its overloads say: no body argument at all, or every required one.
    without_body, with_body = op.overloads
    assert without_body == ()
    assert [(a.name, python_type(a.annotation), a.required) for a in with_body] == [
        ("name", "str", True),
        ("note", "str | NotGiven", False),
    ]


def test_body_without_required_properties_needs_no_overloads(tmp_path: Path) -> None:
    body = {
        "type": "object",
        "required": ["name"],
        "properties": {"name": {"type": "string"}, "note": {"type": "string"}},
    }
    optional = {"type": "object", "properties": {"note": {"type": "string"}}}
    paths = {
        "/things": {
            "post": {
                "operationId": "create",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": body}},
                },
                "responses": OK,
            }
        },
        "/notes": {
            "post": {
                "operationId": "note",
                "requestBody": {"content": {"application/json": {"schema": optional}}},
                "responses": OK,
            }
        },
    }
    client = build(tmp_path, document(paths))
    required, optional_only = (
        operation(client, "things", "create"),
        operation(client, "notes", "note"),
    )
    assert required.overloads == optional_only.overloads == ()
    assert required.body is not None and not required.body.omittable
    assert (
        optional_only.body is not None
        and optional_only.body.omittable
        and optional_only.required_body_fields == ()
    )


def test_multipart_part_types_take_the_first_concrete_declared_type(tmp_path: Path) -> None:
    parts = {
        "type": "object",
        "properties": {
            name: {"type": "string", "format": "binary"} for name in ("photo", "scan", "raw")
        },
    }
    encoding = {
        "photo": {"contentType": "image/png, image/jpeg"},
        "scan": {"contentType": "image/*"},
        "raw": {},
    }
    media = {"multipart/form-data": {"schema": parts, "encoding": encoding}}
    paths = {"/uploads": {"post": {"requestBody": {"content": media}, "responses": OK}}}
    body = build(tmp_path, document(paths)).operations[0].body
    assert body is not None
    assert body.part_content_types == (("photo", "image/png"),)


@pytest.mark.parametrize(
    ("media_type", "schema", "decoded_by", "annotation"),
    [
        (
            "*/*",
            {"$ref": "#/components/schemas/Report"},
            "by_content_type(Report)",
            "Report | str | bytes",
        ),
        ("*/*", None, "by_content_type(Any)", "Any"),
        (
            "application/*",
            {"$ref": "#/components/schemas/Report"},
            "by_content_type(Report, text=False)",
            "Report | bytes",
        ),
        ("text/*", {"type": "string"}, "TEXT", "str"),
        ("image/*", {"type": "string", "format": "binary"}, "BINARY", "bytes"),
    ],
)
def test_media_range_response_is_decoded_by_its_content_type(
    tmp_path: Path,
    media_type: str,
    schema: dict[str, object] | None,
    decoded_by: str,
    annotation: str,
) -> None:
    media = {"schema": schema} if schema else {}
    responses = {"200": {"description": "ok", "content": {media_type: media}}}
    report = {"type": "object", "properties": {"title": {"type": "string"}}}
    paths = {"/report": {"get": {"operationId": "getReport", "responses": responses}}}
    op = build(tmp_path, document(paths, components={"schemas": {"Report": report}})).operations[0]
    assert [(case.status, decoder_notation(case.decoder)) for case in op.responses] == [
        ("200", decoded_by)
    ]
    assert python_type(op.return_annotation) == annotation
    assert op.accept is None, "a range is no media type to ask for"


def test_security_header_parameters_come_from_the_client(tmp_path: Path) -> None:
    paths = {
        "/x": {
            "get": {
                "operationId": "x",
                "parameters": [
                    {
                        "name": "x-key",
                        "in": "header",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": OK,
            }
        }
    }
    schemes = {
        "securitySchemes": {
            "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
            "bearer": {"type": "http", "scheme": "bearer"},
        }
    }
    client, diagnostics = build_reporting(
        tmp_path,
        document(paths, components=schemes, security=[{"bearer": []}, {"key": []}, {}]),
        security={"key": CredentialSettings(("token",), ("SHOP_TOKEN",))},
    )
    op = client.operations[0]
    assert op.keyword == () and op.always_apply == ("key",)
    assert op.security == (("bearer",), ("key",), ())
    assert [(d.severity, d.pointer) for d in diagnostics] == [
        (Severity.WARNING, "/paths/~1x/get/parameters/0")
    ]
    assert "security scheme 'key'" in diagnostics[0].message
    by_key = {s.key: s for s in client.security_schemes}
    assert by_key["key"].required and by_key["key"].arguments[0].name == "token"
    assert by_key["key"].arguments[0].env_var == "SHOP_TOKEN"
    assert not by_key["bearer"].required, "an empty alternative makes the scheme optional"


def test_a_parameter_named_like_a_scheme_the_operation_does_not_use_stays(tmp_path: Path) -> None:
    """OpenAPI Generator's petstore: `api_key` is a scheme of other operations, a header of this."""
    api_key = {"name": "api_key", "in": "header", "schema": {"type": "string"}}
    pet_id = {"name": "petId", "in": "path", "required": True, "schema": {"type": "integer"}}
    paths = {
        "/pet/{petId}": {
            "get": {
                "operationId": "getPetById",
                "parameters": [pet_id],
                "security": [{"api_key": []}],
                "responses": OK,
            },
            "delete": {
                "operationId": "deletePet",
                "parameters": [api_key, pet_id],
                "security": [{"petstore_auth": []}],
                "responses": OK,
            },
        }
    }
    oauth = {
        "type": "oauth2",
        "flows": {"implicit": {"authorizationUrl": "https://example.com/auth", "scopes": {}}},
    }
    schemes = {
        "securitySchemes": {
            "api_key": {"type": "apiKey", "in": "header", "name": "api_key"},
            "petstore_auth": oauth,
        }
    }
    client, diagnostics = build_reporting(tmp_path, document(paths, components=schemes))
    delete = operation(client, "pet", "delete")
    assert [(a.name, a.wire_name, a.location) for a in delete.keyword] == [
        ("api_key", "api_key", "header")
    ]
    assert delete.always_apply == ()
    # Only the implicit flow, which the client does not run, is worth a word.
    assert [d.pointer for d in diagnostics] == ["/components/securitySchemes/petstore_auth"]


def test_only_header_names_match_a_scheme_case_insensitively(tmp_path: Path) -> None:
    parameters = [
        {"name": name, "in": "query", "schema": {"type": "string"}} for name in ("Key", "key")
    ]
    paths = {"/x": {"get": {"operationId": "x", "parameters": parameters, "responses": OK}}}
    schemes = {"securitySchemes": {"key": {"type": "apiKey", "in": "query", "name": "key"}}}
    client, diagnostics = build_reporting(
        tmp_path, document(paths, components=schemes, security=[{"key": []}])
    )
    assert [a.wire_name for a in client.operations[0].keyword] == ["Key"]
    assert [d.pointer for d in diagnostics] == ["/paths/~1x/get/parameters/1"]


def test_a_header_parameter_no_request_can_send_is_left_out_with_a_warning(tmp_path: Path) -> None:
    parameters = [
        {"name": name, "in": "header", "schema": {"type": "string"}}
        for name in ("header param", "X-Request-Id", "caf\u00e9", "a:b")
    ]
    paths = {
        "/x": {
            "parameters": parameters[:1],
            "get": {"operationId": "x", "parameters": parameters[1:], "responses": OK},
            "put": {"responses": OK},
        }
    }
    client, diagnostics = build_reporting(tmp_path, document(paths))
    assert [[a.wire_name for a in op.keyword] for op in client.operations] == [["X-Request-Id"], []]
    assert [(d.severity, d.pointer) for d in diagnostics] == [
        (Severity.WARNING, "/paths/~1x/parameters/0"),
        (Severity.WARNING, "/paths/~1x/get/parameters/1"),
        (Severity.WARNING, "/paths/~1x/get/parameters/2"),
    ], "the path-level parameter is reported once, not once per operation"
    assert "'header param' is not a valid HTTP header name" in diagnostics[0].message


def test_nullable_in_both_versions_and_open_enums(tmp_path: Path) -> None:
    schemas = {
        "Pet": {
            "type": "object",
            "required": ["kind", "legacy", "modern"],
            "properties": {
                "kind": {"type": "string", "enum": ["cat", "dog"]},
                "legacy": {"type": "string", "nullable": True},
                "modern": {"type": ["integer", "null"]},
                "count": {"type": "integer", "default": 3},
            },
        }
    }
    client = build(tmp_path, document({}, components={"schemas": schemas}))
    (pet,) = client.models
    fields = {f.name: f for f in pet.fields}
    assert python_type(fields["kind"].annotation) == "PetKind"
    assert python_type(fields["legacy"].annotation) == "str | None" and fields["legacy"].required
    assert python_type(fields["modern"].annotation) == "int | None"
    assert (python_type(fields["count"].annotation), fields["count"].default) == ("int", "3")
    (kind,) = client.enum_aliases
    assert python_type(kind.annotation) == 'Annotated[Literal["cat", "dog"], OpenEnum]'


def test_recursive_schemas_refer_to_themselves(tmp_path: Path) -> None:
    schemas = {
        "Node": {
            "type": "object",
            "properties": {
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                "owner": {"$ref": "#/components/schemas/Owner"},
            },
        },
        "Owner": {"type": "object", "properties": {"root": {"$ref": "#/components/schemas/Node"}}},
    }
    client = build(tmp_path, document({}, components={"schemas": schemas}))
    fields = {(m.name, f.name): python_type(f.annotation) for m in client.models for f in m.fields}
    assert fields[("Node", "children")] == "list[Node] | None"
    assert fields[("Owner", "root")] == "Node | None"


def test_a_method_named_like_a_builtin_qualifies_that_builtin_in_its_class_only(
    tmp_path: Path,
) -> None:
    pets = {
        "oneOf": [{"$ref": "#/components/schemas/Short"}, {"$ref": "#/components/schemas/Full"}]
    }
    pets["discriminator"] = {
        "propertyName": "kind",
        "mapping": {
            "short-list": "#/components/schemas/Short",
            "list": "#/components/schemas/Full",
        },
    }
    kinds = {
        "name": "kinds",
        "in": "query",
        "schema": {"type": "array", "items": {"type": "string"}},
    }
    paths = {
        "/pets": {
            "get": {
                "operationId": "list",
                "tags": ["pets"],
                "parameters": [kinds],
                "responses": _json_response({"type": "array", "items": pets}),
            }
        },
        "/owners": {
            "get": {
                "operationId": "all",
                "tags": ["owners"],
                "responses": _json_response({"type": "array", "items": {"type": "string"}}),
            }
        },
    }
    model = {"type": "object", "properties": {"kind": {"type": "string"}}}
    client = build(
        tmp_path, document(paths, components={"schemas": {"Short": model, "Full": model}})
    )
    listed = operation(client, "pets", "list")
    # The mapping keys are string literals: `list` in them is no name to qualify.
    union = (
        'Annotated[Annotated[Short, Tag("Short")] | Annotated[Full, Tag("Full")]'
        ' | Annotated[UnknownVariant, Tag("UnknownVariant")],'
        ' Discriminator(by_property("kind", {"short-list": "Short", "list": "Full"},'
        ' fallback="UnknownVariant"))]'
    )
    assert python_type(listed.return_annotation) == f"builtins.list[{union}]"
    assert decoder_notation(listed.responses[0].decoder) == f"json_body(builtins.list[{union}])"
    assert [python_type(a.annotation) for a in listed.keyword] == ["builtins.list[str] | NotGiven"]
    assert python_type(operation(client, "owners", "all").return_annotation) == "list[str]"
    imports = {group.attribute: statements(group.imports) for group in client.groups}
    assert (
        ImportStatement("builtins") in imports["pets"]
        and ImportStatement("builtins") not in imports["owners"]
    )


def test_builtins_is_imported_when_an_untyped_argument_makes_the_types_any(tmp_path: Path) -> None:
    """`list[str] | Any` is `Any`: the import must come from each type, not from their union."""
    untyped = {"name": "page", "in": "query", "schema": {}}
    paths = {
        "/pets": {
            "get": {
                "operationId": "list",
                "tags": ["pets"],
                "parameters": [untyped],
                "responses": _json_response({"type": "array", "items": {"type": "string"}}),
            }
        }
    }
    client = build(tmp_path, document(paths))
    assert python_type(operation(client, "pets", "list").return_annotation) == "builtins.list[str]"
    assert ImportStatement("builtins") in statements(client.groups[0].imports)


def test_a_union_collapsed_to_any_imports_nothing_its_dropped_members_needed(
    tmp_path: Path,
) -> None:
    """`datetime | Any` is `Any`: models.py must not import datetime for it, while a group whose
    other argument is a `datetime` still imports it."""
    stamp = {"type": "string", "format": "date-time"}
    loose = {"type": "object", "properties": {"at": {"anyOf": [stamp, {}]}}}
    since = {"name": "since", "in": "query", "schema": stamp}
    untyped = {"name": "page", "in": "query", "schema": {}}
    paths = {
        "/events": {
            "get": {
                "operationId": "list",
                "tags": ["events"],
                "parameters": [since, untyped],
                "responses": _json_response({"$ref": "#/components/schemas/Loose"}),
            }
        }
    }
    client = build(tmp_path, document(paths, components={"schemas": {"Loose": loose}}))
    assert [python_type(f.annotation) for m in client.models for f in m.fields] == ["Any | None"]
    assert ImportStatement("datetime", ("datetime",)) not in statements(
        client.models_modules[0].imports
    )
    assert ImportStatement("datetime", ("datetime",)) in statements(client.groups[0].imports)


def test_a_group_imports_a_union_alias_and_not_its_members(tmp_path: Path) -> None:
    """The operation's module prints `Shape`; only models.py spells out `Circle | Square`.

    It names `Shape` for type checkers only: its decoder looks the alias up in the `models`
    package on the first response, so importing the module imports no model."""
    shape = {
        "oneOf": [{"$ref": "#/components/schemas/Circle"}, {"$ref": "#/components/schemas/Square"}]
    }
    model = {"type": "object", "properties": {"side": {"type": "number"}}}
    schemas = {"Shape": shape, "Circle": model, "Square": model}
    paths = {
        "/shapes": {
            "get": {
                "operationId": "get",
                "tags": ["shapes"],
                "responses": _json_response({"$ref": "#/components/schemas/Shape"}),
            }
        }
    }
    client = build(tmp_path, document(paths, components={"schemas": schemas}))
    group = client.groups[0]
    assert group.type_checking_imports == (ImportStatement("..models", ("Shape",)),)
    assert ImportStatement("..", ("models",)) in statements(group.imports)
    assert not any(statement.module == "..models" for statement in statements(group.imports))
    assert decoder(group.operations[0].responses[0].decoder) == "json_body(lambda: models.Shape)"


def test_models_without_classes_import_no_base_model(tmp_path: Path) -> None:
    client = build(
        tmp_path,
        document({}, components={"schemas": {"Size": {"type": "string", "enum": ["s", "m"]}}}),
    )
    assert [m.name for m in client.models] == [] and [a.name for a in client.enum_aliases] == [
        "Size"
    ]
    assert not any(
        "BaseModel" in statement.names for statement in statements(client.models_modules[0].imports)
    )


def _json_response(schema: dict[str, object]) -> dict[str, object]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def test_warnings_while_typing_a_swagger_document_point_into_the_swagger_file(
    tmp_path: Path,
) -> None:
    source = tmp_path / "swagger.yaml"
    weight = {"type": "number", "enum": [0.5, 1.5]}
    swagger = {
        "swagger": "2.0",
        "info": {"title": "Scales", "version": "1"},
        "paths": {
            "/pets": {
                "get": {
                    "parameters": [{"name": "ratio", "in": "query", **weight}],
                    "responses": {"200": {"description": "ok", "schema": weight}},
                }
            }
        },
        "definitions": {"Pet": {"type": "object", "properties": {"weight": weight}}},
    }
    source.write_text(yaml.safe_dump(swagger))
    _, diagnostics = build_client(load_document([source]), ClientSettings(sources=(source,)))
    assert sorted((d.file, d.pointer) for d in diagnostics) == [
        (str(source), "/definitions/Pet/properties/weight"),
        (str(source), "/paths/~1pets/get/parameters/0"),
        (str(source), "/paths/~1pets/get/responses/200/schema"),
    ]


@pytest.mark.parametrize(
    ("servers", "expected"),
    [
        (
            [
                {"url": "https://a.example.com", "description": "Production"},
                {"url": "https://b.example.com", "description": "Sandbox"},
            ],
            ("production", "sandbox"),
        ),
        (
            [{"url": "https://{region}.example.com", "variables": {"region": {"default": "eu"}}}],
            ("eu",),
        ),
    ],
)
def test_environments_from_servers(
    tmp_path: Path, servers: list[dict[str, object]], expected: tuple[str, ...]
) -> None:
    client = build(tmp_path, document({}, servers=servers))
    assert client.environment_names == expected
    assert all("{" not in environment.url for environment in client.environments)


def test_server_variables_become_constructor_arguments(tmp_path: Path) -> None:
    servers = [
        {
            "url": "https://{region}.example.com/{environment}/{base-path}",
            "variables": {
                "region": {
                    "default": "us",
                    "enum": ["us", "eu"],
                    "description": "Where the data lives.",
                },
                "environment": {"default": "live"},
                "base-path": {"default": "v1"},
            },
        },
        {"url": "https://{region}.example.cn", "variables": {"region": {"default": "cn"}}},
    ]
    client = build(tmp_path, document({}, servers=servers))
    variables = [(v.name, v.wire_name, v.default, v.description) for v in client.server_variables]
    assert variables == [
        ("region", "region", None, "Where the data lives."),
        (
            "server_environment",
            "environment",
            "live",
            "The environment variable of the server URL.",
        ),
        ("base_path", "base-path", "v1", "The base-path variable of the server URL."),
    ]
    first, second = client.environments
    assert (first.url, first.template) == (
        "https://us.example.com/live/v1",
        "https://{region}.example.com/{environment}/{base-path}",
    )
    assert first.variable_defaults == (
        ("region", "us"),
        ("environment", "live"),
        ("base-path", "v1"),
    )
    assert second.variable_defaults == (("region", "cn"),)
    arguments = {
        argument.name: (python_type(argument.annotation), argument.default)
        for argument in client.constructor_arguments
    }
    assert arguments["region"] == ("str | None", "None")
    assert arguments["server_environment"] == ("str", '"live"')


def test_an_oauth2_client_credentials_scheme_gets_a_client_id_and_secret_and_the_scopes(
    tmp_path: Path,
) -> None:
    flows = {
        "clientCredentials": {
            "tokenUrl": "https://auth.example.com/token",
            "scopes": {"a": "", "b": ""},
        }
    }
    paths = {
        "/x": {"get": {"operationId": "x", "security": [{"oauth": ["b", "a"]}], "responses": OK}}
    }
    client, diagnostics = build_reporting(
        tmp_path,
        document(
            paths, components={"securitySchemes": {"oauth": {"type": "oauth2", "flows": flows}}}
        ),
    )
    assert diagnostics == []
    [scheme] = client.security_schemes
    assert (scheme.kind, scheme.token_url) == ("oauth2", "https://auth.example.com/token")
    assert [argument.name for argument in scheme.arguments] == ["client_id", "client_secret"]
    assert client.operations[0].scopes == (("oauth", ("a", "b")),)


@pytest.mark.parametrize(
    ("scheme", "says"),
    [
        (
            {
                "type": "oauth2",
                "flows": {"implicit": {"authorizationUrl": "https://a.example/auth", "scopes": {}}},
            },
            "this OAuth2 flow",
        ),
        (
            {
                "type": "openIdConnect",
                "openIdConnectUrl": "https://a.example/.well-known/openid-configuration",
            },
            "openIdConnect discovery",
        ),
    ],
)
def test_other_oauth2_flows_and_openid_connect_take_a_static_token_with_a_warning(
    tmp_path: Path, scheme: dict[str, object], says: str
) -> None:
    paths = {"/x": {"get": {"operationId": "x", "responses": OK}}}
    client, diagnostics = build_reporting(
        tmp_path,
        document(paths, components={"securitySchemes": {"sso": scheme}}, security=[{"sso": []}]),
    )
    assert client.security_schemes[0].kind == "bearer"
    assert [(d.severity, d.pointer) for d in diagnostics] == [
        (Severity.WARNING, "/components/securitySchemes/sso")
    ]
    assert says in diagnostics[0].message and "static bearer token" in diagnostics[0].message


def test_the_idempotency_key_header_is_the_spec_parameter_else_the_configured_one_for_writes(
    tmp_path: Path,
) -> None:
    key = {"name": "Idempotency-Key", "in": "header", "schema": {"type": "string"}}
    paths = {
        "/a": {
            "post": {"operationId": "own", "parameters": [key], "responses": OK},
            "put": {"operationId": "put", "responses": OK},
        },
        "/b": {
            "patch": {"operationId": "configured", "responses": OK},
            "get": {"operationId": "read", "responses": OK},
        },
    }
    by_name = {
        op.name: op.idempotency_header
        for op in build(tmp_path, document(paths), idempotency_header="X-Key").operations
    }
    assert by_name == {"own": "Idempotency-Key", "put": None, "configured": "X-Key", "read": None}
    assert {op.name: op.idempotency_header for op in build(tmp_path, document(paths)).operations}[
        "configured"
    ] is None


def test_an_api_key_in_no_place_http_has_is_sent_as_a_header_with_a_warning(tmp_path: Path) -> None:
    schemes = {"securitySchemes": {"key": {"type": "apiKey", "in": "body", "name": "X-Key"}}}
    source = tmp_path / "openapi.yaml"
    source.write_text(
        yaml.safe_dump(
            document({"/a": {"get": {"responses": OK}}}, components=schemes, security=[{"key": []}])
        )
    )
    client, diagnostics = build_client(load_document([source]), ClientSettings(sources=(source,)))
    assert [(scheme.location, scheme.parameter_name) for scheme in client.security_schemes] == [
        ("header", "X-Key")
    ]
    assert [d.pointer for d in diagnostics if "cannot be sent in 'body'" in d.message] == [
        "/components/securitySchemes/key/in"
    ]


def test_what_http_and_json_schema_say_wins_over_what_the_spec_declares(tmp_path: Path) -> None:
    body = {
        "type": "object",
        "required": ["name", "host"],
        "properties": {"name": {"type": "string"}},
    }
    client, diagnostics = build_reporting(
        tmp_path,
        document(
            {
                "/x": {
                    "post": {
                        "requestBody": {
                            "required": True,
                            "content": {"application/json": {"schema": body}},
                        },
                        "responses": {
                            "204": {
                                "description": "Done.",
                                "content": {"application/json": {"schema": {"type": "object"}}},
                            }
                        },
                    }
                }
            }
        ),
    )
    created = client.operations[0]
    # A required property JSON Schema requires even undeclared; a 204 that never has content.
    assert [(a.name, python_type(a.annotation), a.required) for a in created.body_arguments] == [
        ("name", "str", True),
        ("host", "Any", True),
    ]
    assert (
        python_type(created.return_annotation),
        [decoder_notation(case.decoder) for case in created.responses],
    ) == ("None", ["EMPTY"])
    assert [(d.severity, d.pointer) for d in diagnostics] == [
        (Severity.WARNING, "/paths/~1x/post/requestBody/content/application~1json/schema/required"),
        (Severity.WARNING, "/paths/~1x/post/responses/204/content"),
    ]
