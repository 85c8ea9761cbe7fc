"""Repairs: valid documents openapi-pydantic would refuse, and sloppy ones loaded with warnings."""

from __future__ import annotations

import pytest

from generator.diagnostics import Severity
from generator.load import load_document
from generator.load.repairs import REPAIRS, SCHEMA_REPAIRS


def test_repairs_are_listed_in_one_place():
    assert [repair.__name__ for repair in REPAIRS] == [
        "pin_version",
        "drop_path_extensions",
        "inline_callback_refs",
        "repair_schemas",
    ]
    assert [repair.__name__ for repair in SCHEMA_REPAIRS] == [
        "subschema_shapes",
        "boolean_subschemas",
        "wrap_refs_with_siblings",
        "schema_types",
        "property_required_flags",
        "keyword_values",
        "exclusive_bounds",
    ]


def test_a_version_without_patch_is_read_as_the_newest_known_one(fixture, problems):
    document = load_document([fixture("version_without_patch.yaml")])
    assert document.openapi.openapi == "3.1.2"
    [found] = problems("version_without_patch.yaml")
    assert found.severity is Severity.WARNING and found.pointer == "/openapi"


def test_extensions_in_paths_are_not_paths(fixture):
    document = load_document([fixture("path_extensions.yaml")])
    assert list(document.raw["paths"]) == ["/a"]


def test_callback_refs_in_30_operations_are_copied_in(fixture):
    document = load_document([fixture("callback_ref_30.yaml")])
    callback = document.raw["paths"]["/subscribe"]["post"]["callbacks"]["onEvent"]
    assert list(callback) == ["{$request.body#/url}"]
    assert (
        document.openapi.paths["/subscribe"].post.callbacks["onEvent"]["{$request.body#/url}"].post
    )


def test_boolean_subschemas_in_31_become_objects(fixture):
    document = load_document([fixture("boolean_subschemas_31.yaml")])
    payment = document.raw["components"]["schemas"]["Payment"]
    assert payment["additionalProperties"] is False, "openapi-pydantic reads this one as it is"
    assert payment["unevaluatedProperties"] == {"not": {}}
    assert payment["properties"]["anything"] == {}


def test_a_ref_with_schema_keywords_beside_it_moves_into_all_of(fixture):
    document = load_document([fixture("nullable_31.yaml")])
    owner = document.raw["components"]["schemas"]["Chat"]["properties"]["owner"]
    assert owner == {"required": ["id"], "allOf": [{"$ref": "#/components/schemas/Agent"}]}
    agent = document.raw["components"]["schemas"]["Chat"]["properties"]["agent"]
    assert agent == {"$ref": "#/components/schemas/Agent", "description": "The agent of the chat."}


def test_30_keeps_annotations_beside_a_ref_and_drops_other_keywords(tmp_path):
    source = tmp_path / "siblings_30.yaml"
    source.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    A: {type: string}\n"
        "    B:\n      type: object\n      properties:\n"
        "        a: {$ref: '#/components/schemas/A', nullable: true, type: application/json}\n"
        "        b: {$ref: '#/components/schemas/A', format: uuid}\n"
        "        c: {$ref: '#/components/schemas/A', description: kept as a Reference}\n"
    )
    document = load_document([source])
    properties = document.raw["components"]["schemas"]["B"]["properties"]
    assert properties["a"] == {"nullable": True, "allOf": [{"$ref": "#/components/schemas/A"}]}
    assert properties["b"] == {"$ref": "#/components/schemas/A"}
    assert properties["c"] == {
        "$ref": "#/components/schemas/A",
        "description": "kept as a Reference",
    }
    assert [(item.pointer, item.message) for item in document.warnings] == [
        (
            "/components/schemas/B/properties/a",
            "OpenAPI 3.0 ignores keywords beside $ref: 'type' dropped",
        ),
        (
            "/components/schemas/B/properties/b",
            "OpenAPI 3.0 ignores keywords beside $ref: 'format' dropped",
        ),
    ]


# -- sloppy documents: every repair is a warning that names the pointer it changed --------------


def warnings_by_pointer(document):
    found: dict[str, list[str]] = {}
    for item in document.warnings:
        assert item.severity is Severity.WARNING
        found.setdefault(item.pointer, []).append(item.message)
    return found


def test_a_sloppy_30_document_loads_with_a_warning_per_repair(fixture):
    document = load_document([fixture("sloppy_30.yaml")])
    raw, warned = document.raw, warnings_by_pointer(document)
    assert raw["openapi"] == "3.0.4" and "/openapi" in warned
    assert raw["info"]["version"] == "1.0" and "/info/version" in warned
    assert raw["info"]["license"] == {"name": "MIT"}
    pets = raw["paths"]["/pets"]
    assert pets["get"]["tags"] == ["pets"] and pets["get"]["operationId"] == "17"
    assert [parameter["name"] for parameter in pets["get"]["parameters"]] == ["limit", "verbose"]
    assert pets["get"]["parameters"][0]["in"] == "query"
    assert pets["get"]["parameters"][0]["schema"] == {"type": "integer"}
    for dropped in ("/paths/~1pets/get/parameters/2", "/paths/~1pets/get/parameters/3"):
        assert "ignored" in warned[dropped][0]
    ok = pets["get"]["responses"]["200"]["content"]["application/json"]
    assert ok["schema"]["items"] == {"$ref": "#/components/schemas/Pet"}
    assert ok["examples"] == {"example1": {"value": [{"name": "a"}]}}
    assert pets["get"]["responses"]["404"] == {"description": "Not found"}
    assert pets["post"]["requestBody"] == {
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
        "required": True,
    }
    assert pets["post"]["parameters"] == []
    assert pets["post"]["responses"] == {"default": {"description": ""}}
    assert pets["delete"]["responses"]["204"] == {"description": ""}
    assert raw["paths"]["/pets/{id}"]["get"]["responses"]["200"]["description"] == ""
    pet = raw["components"]["schemas"]["Pet"]
    assert pet["discriminator"] == {"propertyName": "kind"}
    assert pet["required"] == ["name"]
    properties = pet["properties"]
    assert properties["name"] == {"type": "string", "maxLength": "10"}
    assert properties["nick"] == {"type": "string", "nullable": True}
    assert properties["age"] == {"type": "integer", "minimum": 0, "exclusiveMinimum": True}
    assert properties["size"]["format"] == "7"
    assert properties["tags"]["items"] == {"type": "string"}
    assert properties["any"] == {}
    assert properties["extra"]["additionalProperties"] is True
    assert warned["/components/schemas/Pet/properties/name/pattern"] == [
        "pattern 0 is not a regular expression; ignored"
    ]
    assert document.openapi.paths["/pets"].post.requestBody.required is True


def test_a_sloppy_31_document_loads_with_a_warning_per_repair(fixture):
    document = load_document([fixture("sloppy_31.yaml")])
    raw, warned = document.raw, warnings_by_pointer(document)
    assert raw["info"]["version"] == "" and "/info/version" in warned
    a = raw["components"]["schemas"]["A"]
    assert a["examples"] == [{"n": 1}] and "/components/schemas/A/examples" in warned
    assert a["properties"]["n"]["exclusiveMinimum"] == 1 and "minimum" not in a["properties"]["n"]
    assert "exclusiveMaximum" not in a["properties"]["m"]
    examples = raw["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]
    assert examples["examples"] == {"first": {"value": 1}, "second": {"value": 2}}


def test_the_known_corpus_breaks_are_repaired(tmp_path):
    source = tmp_path / "api.yaml"
    source.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    Pick: {type: object, properties: {timecode: {type: string, pattern: 0}}}\n"
        "    Status:\n      type: object\n"
        "      examples: {Example 1: {value: {ok: true}}, Example 2: {ok: false}}\n"
    )
    document = load_document([source])
    schemas = document.raw["components"]["schemas"]
    assert schemas["Pick"]["properties"]["timecode"] == {"type": "string"}
    assert schemas["Status"]["examples"] == [{"ok": True}, {"ok": False}]
    assert [item.pointer for item in document.warnings] == [
        "/components/schemas/Pick/properties/timecode/pattern",
        "/components/schemas/Status/examples",
    ]


def test_repairs_of_the_wrong_types_fixture_name_their_pointers(fixture):
    document = load_document([fixture("wrong_types.yaml")])
    assert sorted(warnings_by_pointer(document)) == [
        "/info/version",
        "/paths/~1a/get/parameters/0/in",
        "/paths/~1a/get/responses/200/content/application~1json/schema/required",
        "/paths/~1a/get/responses/404/description",
    ]


def test_form_data_parameters_in_an_openapi_3_document_become_a_form_body(tmp_path):
    source = tmp_path / "api.yaml"
    source.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /upload:\n    post:\n"
        "      parameters:\n"
        "        - {name: id, in: query, schema: {type: string}}\n"
        "        - {name: file, in: formData, type: file, required: true}\n"
        "        - {name: note, in: formData, schema: {type: string}}\n"
        "      responses: {'204': {description: done}}\n"
    )
    document = load_document([source])
    operation = document.raw["paths"]["/upload"]["post"]
    assert [parameter["name"] for parameter in operation["parameters"]] == ["id"]
    assert operation["requestBody"] == {
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "file": {"type": "string", "format": "binary"},
                        "note": {"type": "string"},
                    },
                    "required": ["file"],
                }
            }
        },
        "required": True,
    }
    assert document.locate("/paths/~1upload/post/requestBody") == (
        str(source),
        "/paths/~1upload/post/parameters/1",
    )
    assert [item.pointer for item in document.warnings] == [
        "/paths/~1upload/post/parameters/2",
        "/paths/~1upload/post/parameters/1",
    ]


@pytest.mark.parametrize(
    ("written", "read", "version"),
    [
        ("String", {"type": "string"}, "3.0.3"),
        ("int64", {"type": "integer", "format": "int64"}, "3.0.3"),
        ("datetime", {"type": "string", "format": "date-time"}, "3.1.0"),
        ("[integer, 'null']", {"type": "integer", "nullable": True}, "3.0.3"),
        ("[string, integer]", {"anyOf": [{"type": "string"}, {"type": "integer"}]}, "3.0.3"),
        ("[Integer, 'null']", {"type": ["integer", "null"]}, "3.1.0"),
        ("strin", {}, "3.1.0"),
    ],
)
def test_type_names_are_read_as_meant(tmp_path, written, read, version):
    source = tmp_path / "api.yaml"
    source.write_text(
        f"openapi: {version}\ninfo: {{title: t, version: '1'}}\npaths: {{}}\n"
        f"components:\n  schemas:\n    A: {{type: {written}}}\n"
    )
    document = load_document([source])
    assert document.raw["components"]["schemas"]["A"] == read
    [found] = document.warnings
    assert found.pointer == "/components/schemas/A/type"


def test_a_property_marked_required_is_listed_in_required(tmp_path):
    source = tmp_path / "api.yaml"
    source.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    A:\n      type: object\n      required: [a]\n      properties:\n"
        "        a: {type: string}\n        b: {type: string, required: true}\n"
        "        c: {type: string, required: false}\n"
    )
    document = load_document([source])
    schema = document.raw["components"]["schemas"]["A"]
    assert schema["required"] == ["a", "b"]
    assert schema["properties"]["b"] == {"type": "string"}
    assert [item.pointer for item in document.warnings] == [
        "/components/schemas/A/properties/b/required",
        "/components/schemas/A/properties/c/required",
    ]


def test_schemas_in_callbacks_are_repaired_too(tmp_path):
    source = tmp_path / "api.yaml"
    source.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /s:\n    post:\n"
        "      callbacks:\n        done:\n          '{$request.body#/url}':\n            post:\n"
        "              requestBody:\n                content:\n"
        "                  application/json:\n"
        "                    schema: {type: String}\n"
        "              responses: {'200': {description: ok}}\n"
        "      responses: {'200': {description: ok}}\n"
    )
    document = load_document([source])
    [found] = document.warnings
    assert found.pointer.endswith("/requestBody/content/application~1json/schema/type")


def test_a_ref_into_keywords_a_repair_dropped_is_read_as_any_value(tmp_path):
    source = tmp_path / "api.yaml"
    source.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    Monster: {type: object}\n"
        "    Page:\n      $ref: '#/components/schemas/Monster'\n"
        "      properties: {damage: {type: integer}}\n"
        "    Hit:\n      type: object\n"
        "      properties: {damage: {$ref: '#/components/schemas/Page/properties/damage'}}\n"
    )
    document = load_document([source])
    assert document.raw["components"]["schemas"]["Hit"]["properties"]["damage"] == {}
    assert [item.pointer for item in document.warnings] == [
        "/components/schemas/Page",
        "/components/schemas/Hit/properties/damage/$ref",
    ]
