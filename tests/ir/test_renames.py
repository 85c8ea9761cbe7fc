"""Former names built into the IR: which renames keep an alias, and how the aliases are spelled.

Each test builds a client, then the next version of it with the first as its previous
generation, as `clientgen generate` does in the project folder.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.config import ClientSettings, load_config
from generator.diagnostics import DiagnosticError
from generator.ir.build import build_client
from generator.ir.imports import ImportStatement
from generator.ir.model import Client, FormerName, Model, Operation
from generator.ir.renames import PreviousAPI
from generator.load import load_document
from generator.render.filters import python_type

OK = {"200": {"description": "ok"}}
PET = {"type": "object", "properties": {"name": {"type": "string"}, "petTag": {"type": "string"}}}


def document(
    operation_ids: dict[str, str], version: str = "1.0.0", pet: dict[str, Any] = PET
) -> dict[str, Any]:
    """An API whose `GET /pets/{id}` and `GET /pets` have the given operationIds (tag `pets`)."""
    paths = {
        path: {"get": {"operationId": operation_id, "tags": ["pets"], "responses": OK}}
        for path, operation_id in operation_ids.items()
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Pets API", "version": version},
        "paths": paths,
        "components": {"schemas": {"Pet": pet}},
    }


def build(
    tmp_path: Path,
    spec: dict[str, Any],
    previous: Client | None = None,
    major: int | None = None,
    **settings: Any,
) -> Client:
    source = tmp_path / "openapi.json"
    source.write_text(json.dumps(spec))
    before = PreviousAPI(previous, major) if previous is not None else None
    return build_client(
        load_document([source]), ClientSettings(sources=(source,), **settings), before
    )[0]


def method(client: Client, name: str) -> Operation:
    (found,) = [op for op in client.operations if op.name == name]
    return found


def pet(client: Client) -> Model:
    (found,) = [model for model in client.models if model.name == "Pet"]
    return found


def test_a_renamed_operation_keeps_its_former_name_with_the_major_version(tmp_path: Path) -> None:
    v1 = build(tmp_path, document({"/pets/{id}": "getPet"}))
    v2 = build(tmp_path, document({"/pets/{id}": "fetchPet"}), v1)
    assert method(v2, "fetch").former_names == (FormerName("get", 1),)
    # Carried on while the major version lasts, also when renamed once more.
    v3 = build(tmp_path, document({"/pets/{id}": "readPet"}), v2)
    assert method(v3, "read").former_names == (FormerName("get", 1), FormerName("fetch", 1))


def test_a_release_of_another_major_version_drops_the_former_names(tmp_path: Path) -> None:
    v1 = build(tmp_path, document({"/pets/{id}": "getPet"}))
    v2 = build(tmp_path, document({"/pets/{id}": "fetchPet"}), v1)
    assert (
        method(
            build(tmp_path, document({"/pets/{id}": "fetchPet"}), v2, major=2), "fetch"
        ).former_names
        == ()
    )
    # A fixed version says the major version itself.
    assert (
        method(
            build(tmp_path, document({"/pets/{id}": "fetchPet"}, version="2.0.0"), v2), "fetch"
        ).former_names
        == ()
    )


def test_a_name_another_method_now_has_is_no_alias(tmp_path: Path) -> None:
    v1 = build(tmp_path, document({"/pets/{id}": "getPet"}))
    v2 = build(tmp_path, document({"/pets/{id}": "fetchPet", "/pets": "getPet"}), v1)
    assert [(op.name, op.former_names) for op in v2.operations] == [("fetch", ()), ("get", ())]


def test_a_method_moved_to_another_group_keeps_no_alias(tmp_path: Path) -> None:
    v1 = build(tmp_path, document({"/pets/{id}": "getPet"}))
    moved = document({"/pets/{id}": "fetchPet"})
    moved["paths"]["/pets/{id}"]["get"]["tags"] = ["animals"]
    assert build(tmp_path, moved, v1).operations[0].former_names == ()


def test_an_alias_named_like_a_builtin_qualifies_that_builtin_in_its_class(tmp_path: Path) -> None:
    listing = {
        "200": {
            "description": "ok",
            "content": {
                "application/json": {"schema": {"type": "array", "items": {"type": "string"}}}
            },
        }
    }
    v1_spec = document({"/pets": "list"})
    v1_spec["paths"]["/pets"]["get"]["responses"] = listing
    v1 = build(tmp_path, v1_spec)
    assert python_type(method(v1, "list").return_annotation) == "builtins.list[str]"
    v2_spec = document({"/pets": "all"})
    v2_spec["paths"]["/pets"]["get"]["responses"] = listing
    v2 = build(tmp_path, v2_spec, v1)
    assert python_type(method(v2, "all").return_annotation) == "builtins.list[str]"
    assert ImportStatement("builtins") in [
        statement for section in v2.groups[0].imports for statement in section
    ]


def test_configured_field_names_win_and_derived_names_avoid_them(tmp_path: Path) -> None:
    client = build(
        tmp_path, document({}), fields={("Pet", "petTag"): "name", ("Pet", "name"): "model_dump"}
    )
    assert [(field.wire_name, field.name) for field in pet(client).fields] == [
        ("name", "model_dump_"),
        ("petTag", "name"),
    ]


def test_a_renamed_field_keeps_its_former_name_as_a_property_and_a_keyword(tmp_path: Path) -> None:
    v1 = build(tmp_path, document({}))
    v2 = build(
        tmp_path, document({}), v1, fields={("Pet", "petTag"): "label", ("Pet", "name"): "title"}
    )
    renamed = [(former.name, field.name) for former, field in pet(v2).renamed_fields]
    assert renamed == [("name", "title"), ("pet_tag", "label")]
    # `Pet(name=...)` is accepted by its wire name already; `pet_tag` is no wire name.
    assert pet(v2).former_keywords == (("pet_tag", "label"),)
    assert ("pydantic", "model_validator") in pet(v2).imports
    assert (
        python_type(pet(v2).decorator("property")),
        python_type(pet(v2).decorator("deprecated")),
    ) == ("property", "deprecated")


def test_a_field_named_like_a_decorator_makes_the_aliases_spell_it_qualified(
    tmp_path: Path,
) -> None:
    fields = {
        "deprecated": {"type": "boolean"},
        "property": {"type": "string"},
        "petTag": {"type": "string"},
    }
    v1 = build(tmp_path, document({}, pet={"type": "object", "properties": fields}))
    v2 = build(
        tmp_path,
        document({}, pet={"type": "object", "properties": fields}),
        v1,
        fields={("Pet", "petTag"): "label"},
    )
    model = pet(v2)
    decorators = ("property", "deprecated", "classmethod")
    assert tuple(python_type(model.decorator(name)) for name in decorators) == (
        "builtins.property",
        "typing_extensions.deprecated",
        "classmethod",
    )
    assert {("builtins", ""), ("typing_extensions", "")} <= model.imports
    assert ("typing_extensions", "deprecated") not in model.imports


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ("'Pet tag': label", "'Pet tag' is not 'Model.property'"),
        ("Pet.tag: 2nd", "'2nd' is not a public Python attribute name"),
        ("Pet.tag: _hidden", "'_hidden' is not"),
    ],
)
def test_a_fields_setting_must_name_a_model_property_and_an_attribute(
    tmp_path: Path, entry: str, problem: str
) -> None:
    (tmp_path / "clients.yaml").write_text(
        f"clients:\n  pets:\n    sources: [api.yaml]\n    fields:\n      {entry}\n"
    )
    with pytest.raises(DiagnosticError) as raised:
        load_config(tmp_path)
    (found,) = raised.value.diagnostics
    assert found.pointer.startswith("/clients/pets/fields/") and problem in found.message


def test_a_fields_setting_reads_as_model_and_wire_name(tmp_path: Path) -> None:
    (tmp_path / "clients.yaml").write_text(
        "clients:\n  pets:\n    sources: [api.yaml]\n    fields:\n      Pet.pet.tag: label\n"
    )
    assert load_config(tmp_path)[0].fields == {("Pet", "pet.tag"): "label"}
