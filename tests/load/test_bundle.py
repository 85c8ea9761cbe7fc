"""Refs: local ones kept and checked, other files bundled, URLs refused."""

from __future__ import annotations

import pytest

from generator.diagnostics import DiagnosticError, Severity
from generator.load import load_document


@pytest.fixture
def bundled(fixture):
    return load_document([fixture("external_refs/api.yaml")])


def test_external_schemas_go_under_components_with_their_names(bundled):
    schemas = bundled.raw["components"]["schemas"]
    assert list(schemas) == ["Pet", "Error", "Tag", "Owner", "Tag2"]
    assert schemas["Pet"]["properties"]["owner"] == {"$ref": "#/components/schemas/Owner"}


def test_a_component_that_refs_a_file_takes_the_content_under_its_own_name(bundled):
    pet = bundled.raw["components"]["schemas"]["Pet"]
    assert pet["type"] == "object" and "$ref" not in pet
    response = bundled.raw["paths"]["/pets"]["get"]["responses"]["200"]
    assert response["content"]["application/json"]["schema"]["items"] == {
        "$ref": "#/components/schemas/Pet"
    }


def test_bundled_names_never_clash_with_existing_ones(bundled):
    schemas = bundled.raw["components"]["schemas"]
    assert schemas["Tag"]["type"] == "string", "the root document's Tag is untouched"
    assert schemas["Tag2"]["properties"]["parent"] == {"$ref": "#/components/schemas/Tag2"}


def test_cycles_across_files_end(bundled):
    owner = bundled.raw["components"]["schemas"]["Owner"]
    assert owner["properties"]["pets"]["items"] == {"$ref": "#/components/schemas/Pet"}


def test_a_ref_back_into_the_root_document_becomes_local(bundled):
    owner = bundled.raw["components"]["schemas"]["Owner"]
    assert owner["properties"]["lastError"] == {"$ref": "#/components/schemas/Error"}


def test_other_objects_are_copied_in_place(bundled):
    pets = bundled.raw["paths"]["/pets"]
    assert pets["get"]["operationId"] == "listPets"
    default = pets["get"]["responses"]["default"]
    assert default["description"] == "Something went wrong."
    assert default["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Error"
    }
    parameter = bundled.raw["paths"]["/owners/{id}"]["get"]["parameters"][0]
    assert parameter == {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}


def test_bundled_parts_know_their_file(bundled, fixture):
    common = fixture("external_refs/common")
    assert bundled.locate("/components/schemas/Owner/properties/pets") == (
        str(common / "models.yaml"),
        "/Owner/properties/pets",
    )
    assert bundled.locate("/paths/~1pets/get/responses/default") == (
        str(common / "responses.yaml"),
        "/Error",
    )
    assert bundled.origin("/paths/~1pets/get") == str(fixture("external_refs/paths/pets.yaml"))
    assert bundled.origin("/components/schemas/Tag2") == str(common / "Tag.yaml")


def test_no_ref_to_another_file_is_left(bundled):
    def refs(value):
        if isinstance(value, dict):
            yield from (ref for ref in [value.get("$ref")] if isinstance(ref, str))
            for item in value.values():
                yield from refs(item)
        elif isinstance(value, list):
            for item in value:
                yield from refs(item)

    found = list(refs(bundled.raw))
    assert found and all(ref.startswith("#/components/schemas/") for ref in found)


def test_missing_file_and_missing_fragment_are_errors_at_the_ref(problems, fixture):
    found = problems("external_missing/api.yaml")
    assert [item.severity for item in found] == [Severity.ERROR, Severity.ERROR]
    assert {item.file for item in found} == {str(fixture("external_missing/api.yaml"))}
    missing_file, missing_fragment = found
    assert (
        missing_file.pointer == "/paths/~1a/get/responses/200/content/application~1json/schema/$ref"
    )
    assert "nowhere.yaml" in missing_file.message and "not found" in missing_file.message
    assert "no 'Missing'" in missing_fragment.message


def test_a_cycle_of_non_schema_objects_is_an_error(problems, fixture):
    [found] = problems("external_response_cycle/api.yaml")
    assert found.file == str(fixture("external_response_cycle/responses.yaml"))
    assert found.pointer == "/Second/$ref"
    assert "circular" in found.message


def test_local_recursive_schemas_load_and_stay_refs(fixture):
    document = load_document([fixture("recursive_schemas.yaml")])
    node = document.resolve("#/components/schemas/Node")
    assert node.properties["children"].items.ref == "#/components/schemas/Node"
    person = document.resolve("#/components/schemas/Person")
    assert person.properties["favouriteNode"].ref == "#/components/schemas/Node"


def test_a_ref_written_inside_an_example_is_data_not_a_ref(tmp_path):
    source = tmp_path / "example.yaml"
    source.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    A:\n      type: object\n"
        "      example: {$ref: 'https://example.com/not-followed.json'}\n"
    )
    document = load_document([source])
    assert document.raw["components"]["schemas"]["A"]["example"] == {
        "$ref": "https://example.com/not-followed.json"
    }


def test_a_property_named_ref_is_not_a_ref(tmp_path):
    source = tmp_path / "property.yaml"
    source.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    A: {type: object, properties: {$ref: {type: string}}}\n"
    )
    assert (
        load_document([source]).resolve("#/components/schemas/A/properties/$ref").type.value
        == "string"
    )


def test_broken_discriminator_mapping_entries_are_dropped_with_a_warning(fixture, problems):
    document = load_document([fixture("discriminator_mapping_broken.yaml")])
    mapping = document.raw["components"]["schemas"]["Pet"]["discriminator"]["mapping"]
    assert mapping == {"cat": "#/components/schemas/Cat"}
    found = problems("discriminator_mapping_broken.yaml")
    assert {item.pointer for item in found} == {
        "/components/schemas/Pet/discriminator/mapping/dog",
        "/components/schemas/Pet/discriminator/mapping/bird",
    }
    assert all(item.severity is Severity.WARNING for item in found)
    assert set(document.warnings) == set(found)


def test_discriminator_mapping_to_another_file_is_bundled(tmp_path):
    (tmp_path / "dog.yaml").write_text("type: object\nproperties: {kind: {type: string}}\n")
    source = tmp_path / "api.yaml"
    source.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    Pet:\n      oneOf: [{$ref: 'dog.yaml'}]\n"
        "      discriminator: {propertyName: kind, mapping: {dog: 'dog.yaml'}}\n"
    )
    pet = load_document([source]).raw["components"]["schemas"]["Pet"]
    assert pet["oneOf"] == [{"$ref": "#/components/schemas/dog"}]
    assert pet["discriminator"]["mapping"] == {"dog": "#/components/schemas/dog"}


def test_anchor_refs_are_given_up_with_a_warning(tmp_path):
    source = tmp_path / "anchor.yaml"
    source.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    A: {$ref: '#node', description: a node}\n"
    )
    document = load_document([source])
    assert document.raw["components"]["schemas"]["A"] == {"description": "a node"}
    [found] = document.warnings
    assert "uses an anchor" in found.message
    assert found.pointer == "/components/schemas/A/$ref"


def test_refs_to_urls_are_given_up_and_their_objects_left_out(tmp_path):
    source = tmp_path / "api.yaml"
    source.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n"
        "      parameters:\n"
        "        - {$ref: 'https://example.com/parameters.yaml#/Page'}\n"
        "        - {name: q, in: query, schema: {type: string}}\n"
        "        - {$ref: 'https://example.com/parameters.yaml#/Limit'}\n"
        "      requestBody: {$ref: 'https://example.com/bodies.yaml#/Pet'}\n"
        "      responses:\n"
        "        '200': {$ref: 'https://example.com/responses.yaml#/Ok', description: fine}\n"
    )
    document = load_document([source])
    operation = document.raw["paths"]["/a"]["get"]
    assert operation["parameters"] == [{"name": "q", "in": "query", "schema": {"type": "string"}}]
    assert "requestBody" not in operation
    assert operation["responses"] == {"200": {"description": "fine"}}
    assert sorted(item.pointer for item in document.warnings) == [
        "/paths/~1a/get/parameters/0/$ref",
        "/paths/~1a/get/parameters/2/$ref",
        "/paths/~1a/get/requestBody/$ref",
        "/paths/~1a/get/responses/200/$ref",
    ]
    assert all("never fetches URLs" in item.message for item in document.warnings)


def test_a_component_that_cannot_be_followed_is_an_error(tmp_path):
    source = tmp_path / "api.yaml"
    source.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components:\n  parameters:\n    Limit: {$ref: 'https://example.com/p.yaml#/Limit'}\n"
    )
    with pytest.raises(DiagnosticError) as raised:
        load_document([source])
    [found] = raised.value.diagnostics
    assert found.pointer == "/components/parameters/Limit/$ref"
    assert "never fetches URLs" in found.message


def test_a_schema_ref_to_a_parameter_or_response_means_its_schema(tmp_path):
    source = tmp_path / "api.yaml"
    source.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n"
        "paths:\n  /a:\n    get:\n"
        "      parameters: [{name: id, in: query, schema: {type: integer}}]\n"
        "      responses:\n        '200':\n          description: ok\n"
        "          content:\n            application/json:\n              schema:\n"
        "                type: object\n                properties:\n"
        "                  id: {$ref: '#/paths/~1a/get/parameters/0'}\n"
        "                  status: {$ref: '#/components/responses/Status'}\n"
        "                  empty: {$ref: '#/components/responses/Empty'}\n"
        "components:\n  responses:\n"
        "    Status:\n      description: s\n"
        "      content: {application/json: {schema: {type: string}}}\n"
        "    Empty: {description: nothing}\n"
    )
    document = load_document([source])
    schema = document.raw["paths"]["/a"]["get"]["responses"]["200"]["content"]
    properties = schema["application/json"]["schema"]["properties"]
    assert properties["id"] == {"$ref": "#/paths/~1a/get/parameters/0/schema"}
    assert properties["status"] == {
        "$ref": "#/components/responses/Status/content/application~1json/schema"
    }
    assert properties["empty"] == {}
    assert len(document.warnings) == 3
    assert all(item.pointer.endswith("/$ref") for item in document.warnings)
