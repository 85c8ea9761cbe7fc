"""Repairs between merge and validation: valid documents that openapi-pydantic would refuse."""

from __future__ import annotations

from generator.diagnostics import Severity
from generator.load import load_document
from generator.load.normalize import REPAIRS, SCHEMA_REPAIRS


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
