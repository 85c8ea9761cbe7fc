"""Swagger 2.0 documents are converted to OpenAPI 3.0.3 as they are read.

Each fixture under fixtures/swagger/ shows one part of the conversion; the tests assert the
converted structure (`document.raw`) and that pointers lead back into the Swagger file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.diagnostics import DiagnosticError, Severity
from generator.load import load_document, validate_documents
from generator.load.swagger import convert_swagger2

from .conftest import FIXTURES

SWAGGER = FIXTURES / "swagger"


def load(name: str) -> Any:
    return load_document([SWAGGER / name])


def convert(document: dict[str, Any]) -> Any:
    return convert_swagger2(
        {"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {}, **document}, "t"
    )


# -- the document --------------------------------------------------------------------------------


def test_a_swagger_document_loads_as_openapi_303_and_validates(fixture):
    document = load_document([fixture("swagger_20.yaml")])
    assert document.openapi.openapi == "3.0.3"
    assert document.raw["info"] == {"title": "Old", "version": "1"}
    assert "swagger" not in document.raw


def test_host_base_path_and_schemes_become_servers_https_first():
    document = load("servers.yaml")
    assert document.raw["servers"] == [
        {"url": "https://api.example.com/v2"},
        {"url": "http://api.example.com/v2"},
    ]
    legacy = document.raw["paths"]["/legacy"]["get"]
    assert legacy["servers"] == [{"url": "http://api.example.com/v2"}]
    assert "servers" not in document.raw["paths"]["/ping"]["get"]
    assert document.locate("/servers/0/url") == (str(SWAGGER / "servers.yaml"), "/host/0/url")


@pytest.mark.parametrize(
    ("fields", "servers"),
    [
        ({"host": "api.example.com"}, [{"url": "https://api.example.com"}]),
        ({"host": "api.example.com", "basePath": "/"}, [{"url": "https://api.example.com"}]),
        ({"host": "h:8080", "schemes": ["http"]}, [{"url": "http://h:8080"}]),
        ({"basePath": "/api"}, [{"url": "/api"}]),
        ({}, None),
    ],
)
def test_servers_are_relative_without_a_host(fields, servers):
    assert convert(fields).document.get("servers") == servers


def test_info_tags_external_docs_and_extensions_are_kept():
    raw = load("schemas.yaml").raw
    assert raw["info"]["x-logo"] == {"url": "logo.png"}
    assert raw["tags"][0]["externalDocs"] == {"url": "https://example.com/pets"}
    assert raw["externalDocs"] == {"url": "https://example.com/docs"}
    assert raw["x-generator"] == "hand"
    operation = raw["paths"]["/pets"]["get"]
    assert operation["tags"] == ["pets"] and operation["x-rate-limited"] is True


# -- media types, bodies and forms ---------------------------------------------------------------


def test_produces_gives_each_response_schema_its_media_types():
    paths = load("media_types.yaml").raw["paths"]
    created = paths["/reports"]["post"]["responses"]["201"]["content"]
    assert list(created) == ["application/json", "application/xml"]
    assert created["application/json"] == {
        "schema": {"$ref": "#/components/schemas/Report"},
        "example": {"id": 1},
    }
    assert created["application/xml"] == {"schema": {"$ref": "#/components/schemas/Report"}}
    report = paths["/reports"]["get"]["responses"]["200"]["content"]
    assert list(report) == ["text/csv"], "the operation's produces replaces the global one"
    assert report["text/csv"]["example"] == "id,name\n1,a\n"
    assert "content" not in paths["/reports"]["post"]["responses"]["204"]


def test_a_file_response_without_produces_is_octet_stream():
    response = load("schemas.yaml").raw["paths"]["/pets"]["get"]["responses"]["400"]
    assert response["content"] == {
        "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
    }


def test_a_body_parameter_becomes_the_request_body():
    document = load("body.yaml")
    paths, components = document.raw["paths"], document.raw["components"]
    assert components["requestBodies"]["PetBody"] == {
        "description": "the pet to store",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
        "required": True,
    }
    assert paths["/pets"]["post"]["requestBody"] == {"$ref": "#/components/requestBodies/PetBody"}
    put = paths["/pets"]["put"]["requestBody"]
    assert list(put["content"]) == ["application/json", "application/xml"], "own consumes"
    assert put["required"] is True
    patch = paths["/pets/{id}"]["patch"]["requestBody"]
    assert patch["x-internal"] is True, "a path-level body goes into each operation"
    assert [parameter["name"] for parameter in paths["/pets/{id}"]["parameters"]] == ["id"]
    file = str(SWAGGER / "body.yaml")
    assert document.locate("/paths/~1pets~1{id}/patch/requestBody") == (
        file,
        "/paths/~1pets~1{id}/parameters/1",
    )
    assert document.locate("/paths/~1pets/put/requestBody/content/application~1xml/schema") == (
        file,
        "/parameters/PetBody/schema",
    )


def test_form_data_parameters_become_a_form_body():
    paths = load("form.yaml").raw["paths"]
    login = paths["/login"]["post"]["requestBody"]
    form = login["content"]["application/x-www-form-urlencoded"]
    assert form["schema"]["required"] == ["user"]
    assert form["schema"]["properties"]["user"] == {
        "description": "the user name",
        "type": "string",
    }
    assert form["encoding"] == {"scopes": {"style": "pipeDelimited", "explode": False}}
    assert login["required"] is True
    upload = paths["/avatar"]["put"]["requestBody"]["content"]
    assert list(upload) == ["multipart/form-data"]
    assert upload["multipart/form-data"]["schema"]["properties"]["image"] == {
        "type": "string",
        "format": "binary",
    }


def test_a_file_field_is_never_sent_url_encoded():
    converted = convert(
        {
            "paths": {
                "/f": {
                    "post": {
                        "consumes": ["application/x-www-form-urlencoded"],
                        "parameters": [{"name": "f", "in": "formData", "type": "file"}],
                        "responses": {"200": {"description": "ok"}},
                    }
                }
            }
        }
    )
    body = converted.document["paths"]["/f"]["post"]["requestBody"]
    assert list(body["content"]) == ["multipart/form-data"]
    [found] = converted.diagnostics
    assert found.pointer == "/paths/~1f/post/consumes"


# -- parameters ----------------------------------------------------------------------------------


def by_name(parameters: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {parameter.get("name", parameter.get("$ref")): parameter for parameter in parameters}


def test_collection_formats_become_style_and_explode():
    document = load("parameters.yaml")
    parameters = by_name(document.raw["paths"]["/items/{ids}"]["get"]["parameters"])
    styles = {
        name: (parameter.get("style"), parameter.get("explode"))
        for name, parameter in parameters.items()
        if "name" in parameter
    }
    assert styles == {
        "ids": (None, None),
        "csv": ("form", False),
        "ssv": ("spaceDelimited", False),
        "tsv": ("form", False),
        "pipes": ("pipeDelimited", False),
        "multi": ("form", True),
        "X-Trace": (None, None),
    }
    [tsv] = document.warnings
    assert tsv.pointer == "/paths/~1items~1{ids}/get/parameters/4/collectionFormat"
    assert "'tsv'" in tsv.message


def test_parameter_fields_become_its_schema():
    document = load("parameters.yaml")
    raw = document.raw
    assert raw["components"]["parameters"]["Limit"] == {
        "name": "limit",
        "in": "query",
        "schema": {
            "type": "integer",
            "format": "int32",
            "default": 20,
            "maximum": 100,
            "minimum": 1,
        },
    }
    parameters = by_name(raw["paths"]["/items/{ids}"]["get"]["parameters"])
    assert "#/components/parameters/Limit" in parameters
    assert parameters["multi"]["schema"] == {
        "type": "array",
        "items": {"type": "string", "enum": ["a", "b"]},
    }
    trace = parameters["X-Trace"]
    assert trace["schema"] == {"type": "string", "format": "uuid", "nullable": True}
    assert trace["example"] == "3fa8"
    assert document.locate("/paths/~1items~1{ids}/get/parameters/7/schema/format") == (
        str(SWAGGER / "parameters.yaml"),
        "/paths/~1items~1{ids}/get/parameters/7/format",
    )


def test_a_parameter_without_a_type_is_read_as_a_string():
    converted = convert(
        {
            "paths": {
                "/a": {
                    "get": {
                        "parameters": [{"name": "q", "in": "query"}],
                        "responses": {"200": {"description": "ok"}},
                    }
                }
            }
        }
    )
    [parameter] = converted.document["paths"]["/a"]["get"]["parameters"]
    assert parameter["schema"] == {"type": "string"}
    [found] = converted.diagnostics
    assert found.severity is Severity.WARNING
    assert found.pointer == "/paths/~1a/get/parameters/0"


# -- components, refs and schemas ----------------------------------------------------------------


def test_definitions_parameters_and_responses_become_components_with_refs_rewritten():
    document = load("components.yaml")
    raw = document.raw
    user = raw["components"]["schemas"]["User"]["properties"]
    assert user["friends"]["items"] == {"$ref": "#/components/schemas/User"}
    assert user["error"] == {
        "$ref": "#/components/responses/NotFound/content/application~1json/schema"
    }
    assert raw["components"]["responses"]["NotFound"] == {
        "description": "no such thing",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }
    responses = raw["paths"]["/users/{id}"]["get"]["responses"]
    assert responses["404"] == {"$ref": "#/components/responses/NotFound"}
    assert responses["200"]["headers"] == {
        "X-Rate-Limit": {"description": "calls left", "schema": {"type": "integer"}},
        "X-Tags": {"schema": {"type": "array", "items": {"type": "string"}}},
    }
    assert document.resolve("#/components/schemas/User").type.value == "object"
    assert document.locate("/components/schemas/User/properties/id") == (
        str(SWAGGER / "components.yaml"),
        "/definitions/User/properties/id",
    )


def test_security_definitions_become_security_schemes():
    raw = load("security.yaml").raw
    schemes = raw["components"]["securitySchemes"]
    assert schemes["basic"] == {
        "type": "http",
        "scheme": "basic",
        "description": "user and password",
    }
    assert schemes["key"] == {"type": "apiKey", "name": "X-API-Key", "in": "header"}
    flows = {name: scheme["flows"] for name, scheme in schemes.items() if "flows" in scheme}
    assert flows == {
        "implicit": {
            "implicit": {
                "authorizationUrl": "https://auth.example.com/authorize",
                "scopes": {"read": "read things"},
            }
        },
        "password": {"password": {"tokenUrl": "https://auth.example.com/token", "scopes": {}}},
        "application": {
            "clientCredentials": {"tokenUrl": "https://auth.example.com/token", "scopes": {}}
        },
        "accessCode": {
            "authorizationCode": {
                "authorizationUrl": "https://auth.example.com/authorize",
                "tokenUrl": "https://auth.example.com/token",
                "scopes": {"write": "write things"},
            }
        },
    }
    assert schemes["accessCode"]["x-provider"] == "example"
    assert raw["security"] == [{"basic": []}, {"accessCode": ["write"]}]


def test_schema_keywords_of_swagger_become_openapi_3_ones():
    schemas = load("schemas.yaml").raw["components"]["schemas"]
    pet = schemas["Pet"]
    assert pet["discriminator"] == {"propertyName": "kind"}
    assert pet["properties"]["name"] == {"type": "string", "nullable": True}
    assert pet["properties"]["owner"] == {
        "nullable": True,
        "allOf": [{"$ref": "#/components/schemas/Owner"}],
    }
    assert pet["x-entity"] == "pet"
    assert schemas["Owner"]["properties"]["photo"] == {"type": "string", "format": "binary"}
    assert schemas["Cat"]["allOf"][0] == {"$ref": "#/components/schemas/Pet"}


# -- the pipeline: other files, merging, errors --------------------------------------------------


def test_refs_to_other_files_are_bundled_and_located_there():
    document = load("external/api.yaml")
    raw = document.raw
    assert set(raw["components"]["schemas"]) == {"Pet", "Tag", "NewPet"}
    assert raw["components"]["schemas"]["Pet"]["properties"]["tag"] == {
        "$ref": "#/components/schemas/Tag"
    }
    get = raw["paths"]["/pets"]["get"]
    assert get["parameters"] == [{"name": "limit", "in": "query", "schema": {"type": "integer"}}]
    post = raw["paths"]["/pets"]["post"]
    assert post["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/NewPet"
    }
    common = SWAGGER / "external" / "common"
    assert document.locate("/components/schemas/Tag") == (str(common / "models.yaml"), "/Tag")
    assert document.locate("/paths/~1pets/get/parameters/0/schema") == (
        str(common / "parameters.yaml"),
        "/Limit",
    )
    assert document.locate("/paths/~1pets/post/requestBody") == (
        str(common / "parameters.yaml"),
        "/PetBody",
    )


def test_swagger_sources_merge_like_openapi_ones():
    document = load_document([SWAGGER / "split_a.yaml", SWAGGER / "split_b.yaml"])
    raw = document.raw
    assert list(raw["paths"]) == ["/a", "/b"]
    assert list(raw["components"]["schemas"]) == ["Shared"]
    assert document.locate("/paths/~1b/post/parameters/0") == (
        str(SWAGGER / "split_b.yaml"),
        "/paths/~1b/post/parameters/1",
    )


def test_a_swagger_and_an_openapi_31_source_do_not_merge(fixture):
    with pytest.raises(DiagnosticError) as raised:
        load_document([fixture("version_31.yaml"), SWAGGER / "split_a.yaml"])
    [found] = raised.value.diagnostics
    assert (found.file, found.pointer) == (str(SWAGGER / "split_a.yaml"), "/swagger")
    assert "Swagger 2.0 (read as OpenAPI 3.0.3)" in found.message


def test_a_conflict_between_swagger_sources_points_into_the_second_one(tmp_path):
    other = tmp_path / "other.yaml"
    other.write_text(
        "swagger: '2.0'\ninfo: {title: Split, version: '1'}\npaths: {}\n"
        "definitions:\n  Shared: {type: string}\n"
    )
    with pytest.raises(DiagnosticError) as raised:
        load_document([SWAGGER / "split_a.yaml", other])
    [found] = raised.value.diagnostics
    assert (found.file, found.pointer) == (str(other), "/definitions/Shared")
    assert "defined differently" in found.message


def test_problems_point_into_the_swagger_file(tmp_path):
    [found] = validate_documents([SWAGGER / "dangling.yaml"])
    assert found.severity is Severity.ERROR
    assert (found.file, found.pointer) == (
        str(SWAGGER / "dangling.yaml"),
        "/paths/~1a/get/parameters/1/schema/$ref",
    )
    assert found.message == (
        "$ref '#/definitions/Mising' points to nothing: /definitions has no 'Mising' "
        "(did you mean 'Missing'?)"
    )
    source = tmp_path / "missing.yaml"
    source.write_text(
        "swagger: '2.0'\ninfo: {title: t, version: '1'}\n"
        "paths:\n  /a:\n    get:\n      parameters:\n        - $ref: 'gone.yaml#/Limit'\n"
        "      responses: {'200': {description: ok}}\n"
    )
    [found] = validate_documents([source])
    assert found.severity is Severity.ERROR
    assert (found.file, found.pointer) == (str(source), "/paths/~1a/get/parameters/0/$ref")
    assert "gone.yaml file not found" in found.message


def test_other_swagger_versions_are_refused(tmp_path):
    source = tmp_path / "old.yaml"
    source.write_text("swagger: '1.2'\ninfo: {title: t, version: '1'}\npaths: {}\n")
    [found] = validate_documents([source])
    assert found.severity is Severity.ERROR and found.pointer == "/swagger"
    assert "'1.2'" in found.message


def test_a_numeric_swagger_version_is_read_with_a_warning(tmp_path):
    source = tmp_path / "number.yaml"
    source.write_text("swagger: 2.0\ninfo: {title: t, version: '1'}\npaths: {}\n")
    document = load_document([source])
    [found] = document.warnings
    assert found.pointer == "/swagger" and "string '2.0'" in found.message


CORPUS = Path("/root/.cache/openapi-corpus/oas-examples/2.0")


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.exists(), reason="the corpus is not fetched")
def test_the_swagger_examples_of_the_corpus_load():
    for path in sorted(CORPUS.glob("*/*")):
        document = load_document([path])
        assert document.openapi.openapi == "3.0.3", path
