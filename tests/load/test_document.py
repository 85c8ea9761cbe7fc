"""LoadedDocument: resolving refs by wire names, and how the parsed objects look."""

from __future__ import annotations

import pytest
from openapi_pydantic.v3.v3_1 import Parameter, Reference, Schema

from generator.diagnostics import DiagnosticError
from generator.load import LoadedDocument, load_document


@pytest.fixture
def document(fixture) -> LoadedDocument:
    return load_document([fixture("nullable_31.yaml")])


def test_resolve_a_component(document):
    parameter = document.resolve("#/components/parameters/ChatIdPath")
    assert isinstance(parameter, Parameter)
    assert parameter.name == "chatId" and parameter.param_in.value == "path"


def test_resolve_walks_wire_names_not_python_names(document):
    media = "#/paths/~1chats~1{chatId}/get/responses/200/content/application~1json"
    assert document.resolve(media + "/schema").ref == "#/components/schemas/Chat"
    assert document.resolve("#/components/parameters/ChatIdPath/in").value == "path"
    with pytest.raises(DiagnosticError):
        document.resolve(media + "/media_type_schema")


def test_resolve_reaches_extension_fields(document):
    assert document.resolve("#/components/schemas/Chat/properties/endedAt/nullable") is True


def test_dangling_resolve_is_a_diagnostic(document, fixture):
    with pytest.raises(DiagnosticError) as raised:
        document.resolve("#/components/schemas/Missing")
    [found] = raised.value.diagnostics
    assert found.file == str(fixture("nullable_31.yaml"))
    assert "'#/components/schemas/Missing' points to nothing" in found.message


def test_resolve_refuses_refs_to_other_documents(document):
    with pytest.raises(DiagnosticError):
        document.resolve("other.yaml#/components/schemas/Chat")


def test_nullable_in_31_is_kept_in_model_extra(document):
    ended = document.resolve("#/components/schemas/Chat").properties["endedAt"]
    assert isinstance(ended, Schema)
    assert ended.model_extra == {"nullable": True}


def test_31_type_lists_are_lists_of_data_types(document):
    note = document.resolve("#/components/schemas/Chat").properties["note"]
    assert [item.value for item in note.type] == ["string", "null"]


def test_a_ref_with_only_a_description_is_a_reference(document):
    agent = document.resolve("#/components/schemas/Chat").properties["agent"]
    assert isinstance(agent, Reference)
    assert (
        agent.ref == "#/components/schemas/Agent" and agent.description == "The agent of the chat."
    )


def test_a_ref_with_schema_keywords_beside_it_is_a_schema_with_the_ref_in_all_of(document):
    owner = document.resolve("#/components/schemas/Chat").properties["owner"]
    assert isinstance(owner, Schema)
    assert owner.required == ["id"]
    [ref] = owner.allOf
    assert isinstance(ref, Reference) and ref.ref == "#/components/schemas/Agent"


def test_raw_is_what_openapi_was_validated_from(document):
    assert document.raw["components"]["schemas"]["Chat"]["properties"]["note"]["type"] == [
        "string",
        "null",
    ]
    assert document.openapi.info.title == document.raw["info"]["title"]


def test_a_ref_to_data_the_models_keep_as_data_resolves_to_a_model(tmp_path):
    source = tmp_path / "api.yaml"
    source.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "x-shared:\n  Color: {type: string, enum: [red]}\n"
        "components:\n  schemas:\n"
        "    Item:\n      type: object\n"
        "      definitions:\n        kind: {type: string, enum: [a, b]}\n"
        "      properties:\n"
        "        kind: {$ref: '#/components/schemas/Item/definitions/kind'}\n"
        "        color: {$ref: '#/x-shared/Color'}\n"
    )
    document = load_document([source])
    kind = document.resolve("#/components/schemas/Item/definitions/kind")
    assert isinstance(kind, Schema) and kind.enum == ["a", "b"]
    assert isinstance(document.resolve("#/x-shared/Color"), Schema)
