"""`compare_clients` over pairs of small specs: one pair per rule a publisher relies on.

Each case edits a base API the way a spec author would, and states what a user of the
previously published client experiences: what breaks their code is `major`, what only adds
is `minor`, what they cannot notice in their code is `patch`.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import ClientSettings, CredentialSettings
from generator.diff import RECORD_NAME, Bump, Change, api_record, compare_clients, required_bump
from generator.ir.model import Client
from generator.pipeline import build_ir

Document = dict[str, Any]

BASE: Document = {
    "openapi": "3.1.0",
    "info": {"title": "Pets API", "version": "1.0.0"},
    "servers": [{"url": "https://api.pets.example", "description": "production"}],
    "security": [{"token": []}],
    "paths": {
        "/pets": {
            "get": {
                "operationId": "listPets",
                "tags": ["pets"],
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                    {
                        "name": "sort",
                        "in": "query",
                        "required": True,
                        "schema": {"$ref": "#/components/schemas/Sort"},
                    },
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "array",
                                    "items": {"$ref": "#/components/schemas/Pet"},
                                }
                            }
                        },
                    },
                    "404": {
                        "description": "none",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
                        },
                    },
                },
            },
            "post": {
                "operationId": "createPets",
                "tags": ["pets"],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "array",
                                "items": {"$ref": "#/components/schemas/NewPet"},
                            }
                        }
                    },
                },
                "responses": {"204": {"description": "created"}},
            },
        },
        "/pets/{petId}": {
            "get": {
                "operationId": "getPet",
                "tags": ["pets"],
                "parameters": [
                    {"name": "petId", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"type": "number"}}},
                    }
                },
            },
        },
    },
    "components": {
        "securitySchemes": {"token": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Pet": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "tag": {"type": "string"},
                    "weight": {"type": "number"},
                    "status": {"$ref": "#/components/schemas/Status"},
                },
            },
            "NewPet": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}, "tag": {"type": "string"}},
            },
            "Status": {"type": "string", "enum": ["available", "sold"]},
            "Sort": {"type": "string", "enum": ["name", "age"]},
            "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
        },
    },
}


def build(
    tmp_path: Path, document: Document, name: str, project: Path | None = None, **settings: Any
) -> Client:
    source = tmp_path / f"{name}.yaml"
    source.write_text(yaml.safe_dump(document))
    return build_ir(ClientSettings(sources=(source,), **settings), project)[0]


def generated_into(tmp_path: Path, previous: Client, document: Document, **settings: Any) -> Client:
    """The client `document` gives when generated into the project `previous` was generated in."""
    project = tmp_path / "project"
    project.mkdir(exist_ok=True)
    (project / RECORD_NAME).write_text(api_record(previous))
    return build(tmp_path, document, "next", project, **settings)


def edited(edit: Callable[[Document], object]) -> Document:
    document = copy.deepcopy(BASE)
    edit(document)
    return document


def schemas(document: Document) -> Document:
    return document["components"]["schemas"]


def list_pets(document: Document) -> Document:
    return document["paths"]["/pets"]["get"]


def get_pet(document: Document) -> Document:
    return document["paths"]["/pets/{petId}"]["get"]


def move_pet_id_to_query(document: Document) -> None:
    """`GET /pets/{petId}` become `GET /pets/by-id?petId=`: the method keeps its name."""
    operation = document["paths"].pop("/pets/{petId}")["get"]
    operation["parameters"] = [
        {"name": "petId", "in": "query", "required": True, "schema": {"type": "string"}}
    ]
    document["paths"]["/pets/by-id"] = {"get": operation}


def compare(tmp_path: Path, new: Document, old: Document = BASE, **settings: Any) -> list[Change]:
    return compare_clients(
        build(tmp_path, old, "old", **settings), build(tmp_path, new, "new", **settings)
    )


# (what the user sees, the edit, the symbol the report must name, its bump)
CASES: list[tuple[str, Callable[[Document], object], str, Bump]] = [
    # methods
    (
        "a new operation is a new method",
        lambda d: d["paths"].update(
            {
                "/toys": {
                    "get": {
                        "operationId": "listToys",
                        "tags": ["toys"],
                        "responses": {"204": {"description": "ok"}},
                    }
                }
            }
        ),
        "client.toys.list()",
        Bump.MINOR,
    ),
    (
        "a removed operation removes its method",
        lambda d: d["paths"].pop("/pets/{petId}"),
        "client.pets.get()",
        Bump.MAJOR,
    ),
    (
        "a path moved under the same Python name is invisible to callers",
        lambda d: d["paths"].update({"/animals/{petId}": d["paths"].pop("/pets/{petId}")}),
        "client.pets.get()",
        Bump.PATCH,
    ),
    (
        "a deprecated operation still works but warns",
        lambda d: get_pet(d).update(deprecated=True),
        "client.pets.get()",
        Bump.MINOR,
    ),
    # arguments
    (
        "a required argument added breaks every call",
        lambda d: list_pets(d)["parameters"].append(
            {"name": "owner", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        "client.pets.list(owner=)",
        Bump.MAJOR,
    ),
    (
        "an optional argument added breaks no call",
        lambda d: list_pets(d)["parameters"].append(
            {"name": "owner", "in": "query", "schema": {"type": "string"}}
        ),
        "client.pets.list(owner=)",
        Bump.MINOR,
    ),
    (
        "a removed argument breaks the calls that pass it",
        lambda d: list_pets(d)["parameters"].pop(0),
        "client.pets.list(limit=)",
        Bump.MAJOR,
    ),
    (
        "an optional argument made required breaks calls without it",
        lambda d: list_pets(d)["parameters"][0].update(required=True),
        "client.pets.list(limit=)",
        Bump.MAJOR,
    ),
    (
        "a required argument made optional breaks no call",
        lambda d: list_pets(d)["parameters"][1].update(required=False),
        "client.pets.list(sort=)",
        Bump.MINOR,
    ),
    (
        "an argument accepting more types breaks no call",
        lambda d: list_pets(d)["parameters"][0].update(schema={"type": ["integer", "string"]}),
        "client.pets.list(limit=)",
        Bump.MINOR,
    ),
    (
        "an argument accepting fewer types breaks calls passing the others",
        lambda d: get_pet(d)["parameters"][0].update(schema={"type": "string", "enum": ["a", "b"]}),
        "client.pets.get(pet_id=)",
        Bump.MAJOR,
    ),
    (
        "a positional argument become keyword-only breaks positional calls",
        lambda d: move_pet_id_to_query(d),
        "client.pets.get(pet_id=)",
        Bump.MAJOR,
    ),
    # return values
    (
        "a return type that may hold more breaks readers",
        lambda d: get_pet(d)["responses"]["200"]["content"]["application/json"].update(
            schema={"type": ["number", "string"]}
        ),
        "client.pets.get() -> return",
        Bump.MAJOR,
    ),
    (
        "a return type that holds less breaks no reader",
        lambda d: get_pet(d)["responses"]["200"]["content"]["application/json"].update(
            schema={"type": "integer"}
        ),
        "client.pets.get() -> return",
        Bump.PATCH,
    ),
    (
        "a body become a stream of events is another return type",
        lambda d: get_pet(d)["responses"]["200"].update(
            content={"text/event-stream": {"schema": {"type": "number"}}}
        ),
        "client.pets.get()",
        Bump.MAJOR,
    ),
    (
        "a method that returned None now returning a value breaks no caller",
        lambda d: d["paths"]["/pets"]["post"].update(
            responses={
                "201": {
                    "description": "ok",
                    "content": {"application/json": {"schema": {"type": "string"}}},
                }
            }
        ),
        "client.pets.create()",
        Bump.MINOR,
    ),
    # response models: only reads
    (
        "a required field added to a response model is one more attribute",
        lambda d: (
            schemas(d)["Pet"]["properties"].update(age={"type": "integer"})
            or schemas(d)["Pet"]["required"].append("age")
        ),
        "models.Pet.age",
        Bump.MINOR,
    ),
    (
        "a field removed from a response model breaks readers of it",
        lambda d: schemas(d)["Pet"]["properties"].pop("tag"),
        "models.Pet.tag",
        Bump.MAJOR,
    ),
    (
        "a response field made optional may now be None for readers",
        lambda d: schemas(d)["Pet"].update(required=[]),
        "models.Pet.name",
        Bump.MAJOR,
    ),
    (
        "a response field made required is always there for readers",
        lambda d: schemas(d)["Pet"]["required"].append("tag"),
        "models.Pet.tag",
        Bump.MINOR,
    ),
    (
        "a response field made nullable may now be None for readers",
        lambda d: schemas(d)["Pet"]["properties"].update(name={"type": ["string", "null"]}),
        "models.Pet.name",
        Bump.MAJOR,
    ),
    (
        "a response field whose type holds less breaks no reader",
        lambda d: schemas(d)["Pet"]["properties"].update(weight={"type": "integer"}),
        "models.Pet.weight",
        Bump.PATCH,
    ),
    # request models: only writes
    (
        "a required field added to a request model breaks code building it",
        lambda d: (
            schemas(d)["NewPet"]["properties"].update(age={"type": "integer"})
            or schemas(d)["NewPet"]["required"].append("age")
        ),
        "models.NewPet.age",
        Bump.MAJOR,
    ),
    (
        "an optional field added to a request model breaks no code",
        lambda d: schemas(d)["NewPet"]["properties"].update(age={"type": "integer"}),
        "models.NewPet.age",
        Bump.MINOR,
    ),
    (
        "a request field made required breaks code that leaves it out",
        lambda d: schemas(d)["NewPet"]["required"].append("tag"),
        "models.NewPet.tag",
        Bump.MAJOR,
    ),
    (
        "a request field made optional breaks no code",
        lambda d: schemas(d)["NewPet"].update(required=[]),
        "models.NewPet.name",
        Bump.MINOR,
    ),
    (
        "a request field made nullable accepts more",
        lambda d: schemas(d)["NewPet"]["properties"].update(name={"type": ["string", "null"]}),
        "models.NewPet.name",
        Bump.MINOR,
    ),
    # enums (Literal aliases)
    (
        "a value added to a response enum: enums are open, readers already handle unknown values",
        lambda d: schemas(d)["Status"]["enum"].append("lost"),
        "models.Status",
        Bump.MINOR,
    ),
    (
        "a value removed from a response enum breaks no reader",
        lambda d: schemas(d)["Status"]["enum"].pop(),
        "models.Status",
        Bump.PATCH,
    ),
    (
        "a value added to a request enum breaks no caller",
        lambda d: schemas(d)["Sort"]["enum"].append("id"),
        "models.Sort",
        Bump.MINOR,
    ),
    (
        "a value removed from a request enum breaks callers passing it",
        lambda d: schemas(d)["Sort"]["enum"].pop(),
        "models.Sort",
        Bump.MAJOR,
    ),
    # declarations
    (
        "a new model is a new import",
        lambda d: schemas(d).update(
            Toy={"type": "object", "properties": {"name": {"type": "string"}}}
        ),
        "models.Toy",
        Bump.MINOR,
    ),
    (
        "a removed model breaks its imports",
        lambda d: schemas(d).pop("Error") and list_pets(d)["responses"].pop("404"),
        "models.Error",
        Bump.MAJOR,
    ),
    # errors
    (
        "a newly documented error status changes no call",
        lambda d: get_pet(d)["responses"].update({"404": {"description": "none"}}),
        "client.pets.get()",
        Bump.MINOR,
    ),
    (
        "an error status no longer documented changes no call",
        lambda d: list_pets(d)["responses"].pop("404"),
        "client.pets.list()",
        Bump.PATCH,
    ),
    (
        "an error body of another type breaks isinstance checks on APIStatusError.body",
        lambda d: list_pets(d)["responses"]["404"]["content"]["application/json"].update(
            schema={"type": "string"}
        ),
        "client.pets.list()",
        Bump.MAJOR,
    ),
    # auth and environments
    (
        "a removed security scheme removes its constructor argument",
        lambda d: d.pop("security") and d["components"].pop("securitySchemes"),
        "PetsClient(api_key=)",
        Bump.MAJOR,
    ),
    (
        "a new environment is a new choice",
        lambda d: d["servers"].append(
            {"url": "https://sandbox.pets.example", "description": "sandbox"}
        ),
        "PetsClient(environment=)",
        Bump.MINOR,
    ),
    (
        "the default environment changing sends unchanged code elsewhere",
        lambda d: d["servers"].insert(
            0, {"url": "https://sandbox.pets.example", "description": "sandbox"}
        ),
        "PetsClient(environment=)",
        Bump.MAJOR,
    ),
    (
        "a server moved to another URL under the same name changes no code",
        lambda d: d["servers"][0].update(url="https://v2.pets.example"),
        "PetsClient(environment=)",
        Bump.PATCH,
    ),
    (
        "a new server variable is a new optional argument",
        lambda d: d["servers"][0].update(
            url="https://{region}.pets.example", variables={"region": {"default": "eu"}}
        ),
        "PetsClient(region=)",
        Bump.MINOR,
    ),
    (
        "a new title renames the client class",
        lambda d: d["info"].update(title="Animals API"),
        "AnimalsClient",
        Bump.MAJOR,
    ),
]


# Renames, compared as two new clients (`clientgen diff OLD NEW`) and as the new spec generated
# into the old one's project, whose former names stay as deprecated aliases where they can:
# (what the user sees, the edit, the new side's settings, the symbol, its bump as new clients,
# into the project)
RENAMES: list[tuple[str, Callable[[Document], object], dict[str, Any], str, Bump, Bump]] = [
    (
        "a new operationId on the same path and method renames the method",
        lambda d: get_pet(d).update(operationId="fetchPet"),
        {}, "client.pets.fetch()", Bump.MAJOR, Bump.MINOR,
    ),
    (
        "a response model's attribute renamed in clients.yaml",
        lambda d: None,
        {"fields": {("Pet", "tag"): "label"}}, "models.Pet.label", Bump.MAJOR, Bump.MINOR,
    ),
    (
        "a request model's attribute renamed in clients.yaml",
        lambda d: None,
        {"fields": {("NewPet", "tag"): "label"}}, "models.NewPet.label", Bump.MAJOR, Bump.MINOR,
    ),
    (
        "a method renamed where another method now has its old name",
        lambda d: get_pet(d).update(operationId="fetchPet") or d["paths"].update(
            {"/pets/{petId}/owner": {"get": {**copy.deepcopy(get_pet(d)), "operationId": "getPet"}}}
        ),
        {}, "client.pets.fetch()", Bump.MAJOR, Bump.MAJOR,
    ),
    (
        "a method moved to another group",
        lambda d: get_pet(d).update(tags=["animals"]),
        {}, "client.animals.get_pet()", Bump.MAJOR, Bump.MAJOR,
    ),
    (
        "an attribute renamed to the name another one had",
        lambda d: None,
        {"fields": {("Pet", "tag"): "name"}}, "models.Pet.name_2", Bump.MAJOR, Bump.MAJOR,
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("edit", "settings", "symbol", "as_new", "into_project"),
    [case[1:] for case in RENAMES],
    ids=[case[0] for case in RENAMES],
)
def test_a_rename_is_compatible_where_the_old_name_stays_an_alias(
    tmp_path: Path,
    edit: Callable[[Document], object],
    settings: dict[str, Any],
    symbol: str,
    as_new: Bump,
    into_project: Bump,
) -> None:
    old = build(tmp_path, BASE, "old")
    new = build(tmp_path, edited(edit), "new", **settings)
    generated = generated_into(tmp_path, old, edited(edit), **settings)
    for changes, bump in (
        (compare_clients(old, new), as_new),
        (compare_clients(old, generated), into_project),
    ):
        named = [change for change in changes if change.symbol == symbol]
        assert named, f"no change names {symbol}: {changes}"
        assert "renamed from" in named[0].message
        assert max(change.bump for change in named) is bump, named
        assert required_bump(changes) is bump, changes


def test_an_alias_a_release_drops_is_a_break_naming_it(tmp_path: Path) -> None:
    old = build(tmp_path, BASE, "old")
    with_alias = generated_into(
        tmp_path, old, edited(lambda d: get_pet(d).update(operationId="fetchPet"))
    )
    changes = compare_clients(
        with_alias,
        build(tmp_path, edited(lambda d: get_pet(d).update(operationId="fetchPet")), "new"),
    )
    assert [(c.symbol, c.rule, c.bump) for c in changes] == [
        ("client.pets.get()", "alias-removed", Bump.MAJOR)
    ]
    assert "client.pets.fetch()" in changes[0].message


@pytest.mark.parametrize(
    ("edit", "symbol", "bump"), [case[1:] for case in CASES], ids=[case[0] for case in CASES]
)
def test_each_change_is_named_and_classified(
    tmp_path: Path, edit: Callable[[Document], object], symbol: str, bump: Bump
) -> None:
    changes = compare(tmp_path, edited(edit))
    named = [change for change in changes if change.symbol == symbol]
    assert named, f"no change names {symbol}: {changes}"
    assert max(change.bump for change in named) is bump, named
    # A release is as large as its largest change: none is reported larger than the one checked.
    assert required_bump(changes) is bump, changes


@pytest.mark.parametrize(
    ("old", "new", "bump"), [("integer", "number", Bump.MAJOR), ("number", "integer", Bump.PATCH)]
)
def test_the_data_of_a_streams_events_is_read_like_a_return_value(
    tmp_path: Path, old: str, new: str, bump: Bump
) -> None:
    def streaming(data_type: str) -> Document:
        return edited(
            lambda d: get_pet(d)["responses"]["200"].update(
                content={"text/event-stream": {"schema": {"type": data_type}}}
            )
        )

    changes = compare(tmp_path, streaming(new), streaming(old))
    assert [(change.symbol, change.bump) for change in changes] == [
        ("client.pets.get() -> event data", bump)
    ]


def regional(document: Document) -> None:
    document["servers"][0].update(
        url="https://{region}.pets.example", variables={"region": {"default": "eu"}}
    )


@pytest.mark.parametrize(
    ("edit", "rule"),
    [
        (
            lambda d: d["servers"][0]["variables"]["region"].update(default="us"),
            "server-variable-default-changed",
        ),
        (lambda d: d["servers"][0].update(url="https://pets.example"), "server-variable-removed"),
    ],
    ids=[
        "a new default sends unchanged code elsewhere",
        "a removed variable breaks the calls that pass it",
    ],
)
def test_a_server_variable_changed_or_removed_breaks_callers(
    tmp_path: Path, edit: Callable[[Document], object], rule: str
) -> None:
    old = edited(regional)
    new = copy.deepcopy(old)
    edit(new)
    [change] = [
        change for change in compare(tmp_path, new, old) if change.symbol == "PetsClient(region=)"
    ]
    assert (change.rule, change.bump, change.pointer) == (
        rule,
        Bump.MAJOR,
        "/servers/0/variables/region",
    )


def test_every_change_points_into_the_spec(tmp_path: Path) -> None:
    """A report line leads to the spec: the new spec's pointer, the old one's for what is gone."""
    added = compare(
        tmp_path,
        edited(lambda d: schemas(d)["NewPet"]["properties"].update(age={"type": "integer"})),
    )
    assert [c.pointer for c in added] == ["/components/schemas/NewPet/properties/age"]
    removed = compare(tmp_path, edited(lambda d: list_pets(d)["parameters"].pop(0)))
    assert [c.pointer for c in removed] == ["/paths/~1pets/get/parameters/0"]


def test_a_model_sent_and_received_takes_the_stricter_rule(tmp_path: Path) -> None:
    """A required field added to a model used both ways breaks the code that builds it."""

    def send_pet_too(document: Document) -> None:
        document["paths"]["/pets"]["post"]["requestBody"]["content"]["application/json"]["schema"][
            "items"
        ] = {"$ref": "#/components/schemas/Pet"}

    old = edited(send_pet_too)
    new = copy.deepcopy(old)
    schemas(new)["Pet"]["properties"]["age"] = {"type": "integer"}
    schemas(new)["Pet"]["required"].append("age")
    changes = compare(tmp_path, new, old)
    assert [(c.symbol, c.bump) for c in changes] == [("models.Pet.age", Bump.MAJOR)]


def test_an_unchanged_api_needs_only_a_patch_release(tmp_path: Path) -> None:
    changes = compare(
        tmp_path, edited(lambda d: d["info"].update(description="Now with a description."))
    )
    assert changes == []
    assert required_bump(changes) is Bump.PATCH


def test_a_credential_read_from_another_variable_breaks_deployments(tmp_path: Path) -> None:
    old = build(
        tmp_path,
        BASE,
        "old",
        security={"token": CredentialSettings(("api_key",), ("PETS_KEY",), None)},
    )
    new = build(
        tmp_path,
        BASE,
        "new",
        security={"token": CredentialSettings(("api_key",), ("PETS_TOKEN",), None)},
    )
    changes = compare_clients(old, new)
    assert [(c.symbol, c.bump) for c in changes] == [("PetsClient(api_key=)", Bump.MAJOR)]
    assert "PETS_TOKEN" in changes[0].message


def test_a_renamed_method_names_its_old_name(tmp_path: Path) -> None:
    changes = compare(tmp_path, edited(lambda d: get_pet(d).update(operationId="fetchPet")))
    assert "client.pets.get()" in changes[0].message
