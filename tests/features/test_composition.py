"""composition.yaml: allOf merged into one model, oneOf / anyOf unions, discriminators."""

from __future__ import annotations

import composition_client.models as m
import pytest
from composition_client._models import UnknownVariant

from tests.clients.recording_server import RecordingServer

from .conftest import Call

PACKAGE = "composition_client"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"name": "Tom", "petType": "cat", "meows": True}, m.Cat),
        ({"name": "Rex", "petType": "dog", "barkVolume": 7}, m.Dog),
        # Fits both members: only the discriminator's mapping can tell it is a dog.
        ({"name": "Odd", "petType": "dog", "meows": False, "barkVolume": 1}, m.Dog),
        ({"name": "Odd", "petType": "cat", "meows": False, "barkVolume": 1}, m.Cat),
    ],
)
def test_discriminator_with_mapping_picks_the_mapped_class(
    call: Call, server: RecordingServer, body: dict[str, object], expected: type
) -> None:
    server.enqueue(200, body)
    pet = call(PACKAGE, lambda c: c.pets.get("p1"))
    assert type(pet) is expected
    assert pet.name == body["name"] and pet.pet_type == body["petType"]
    assert server.last_request.path == "/pets/p1"


def test_discriminator_keeps_a_value_of_an_unknown_kind(
    call: Call, server: RecordingServer
) -> None:
    """A kind the API added after the client was generated parses as UnknownVariant, data kept."""
    body = {"name": "Nemo", "petType": "fish", "fins": 2}
    server.enqueue(200, body)
    pet = call(PACKAGE, lambda c: c.pets.get("p1"))
    assert isinstance(pet, UnknownVariant)
    assert pet.raw == body
    assert pet.model_dump(by_alias=True) == body


def test_discriminator_without_mapping_keeps_an_unknown_kind(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(200, {"kind": "Hexagon", "side": 1.0})
    shape = call(PACKAGE, lambda c: c.shapes.get("s1"))
    assert isinstance(shape, UnknownVariant)
    assert shape.raw == {"kind": "Hexagon", "side": 1.0}


@pytest.mark.parametrize(("value", "expected"), [("kitty", m.Cat), ("doggo", m.Dog)])
def test_discriminator_mapping_by_schema_name(
    call: Call, server: RecordingServer, value: str, expected: type
) -> None:
    server.enqueue(200, {"name": "Tom", "petType": value, "meows": True, "barkVolume": 1})
    pet = call(PACKAGE, lambda c: c.pets.get_pet_by_name("p1"))
    assert type(pet) is expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"kind": "Circle", "radius": 1.5}, m.Circle),
        ({"kind": "Square", "side": 2.0}, m.Square),
        # Fits both members: without a mapping the schema name is the discriminator value.
        ({"kind": "Square", "radius": 1.0, "side": 2.0}, m.Square),
        ({"kind": "Circle", "radius": 1.0, "side": 2.0}, m.Circle),
    ],
)
def test_discriminator_without_mapping_uses_the_schema_names(
    call: Call, server: RecordingServer, body: dict[str, object], expected: type
) -> None:
    server.enqueue(200, body)
    shape = call(PACKAGE, lambda c: c.shapes.get("s1"))
    assert type(shape) is expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"vehicleType": "car", "wheels": 4, "doors": 5}, "Car"),
        ({"vehicleType": "bike", "wheels": 2, "gears": 21}, "Bike"),
    ],
)
def test_discriminator_on_a_base_schema_picks_the_subtype(
    call: Call, server: RecordingServer, body: dict[str, object], expected: str
) -> None:
    server.enqueue(200, body)
    vehicle = call(PACKAGE, lambda c: c.vehicles.get("v1"))
    assert type(vehicle).__name__ == expected


def test_union_request_body_sends_the_member_with_its_wire_names(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(201, {"name": "Rex", "petType": "dog", "barkVolume": 3})
    created = call(
        PACKAGE, lambda c: c.pets.create(body=m.Cat(name="Tom", pet_type="cat", meows=True))
    )
    request = server.last_request
    assert (request.method, request.path) == ("POST", "/pets")
    assert request.headers["content-type"] == "application/json"
    assert request.json() == {"name": "Tom", "petType": "cat", "meows": True}
    assert isinstance(created, m.Dog) and created.bark_volume == 3


def test_all_of_is_one_model_with_every_part(call: Call, server: RecordingServer) -> None:
    server.enqueue(200, {"name": "Tom", "petType": "cat", "meows": True})
    cat = call(PACKAGE, lambda c: c.pets.get_cat("c1"))
    assert type(cat) is m.Cat
    assert (cat.name, cat.pet_type, cat.meows) == ("Tom", "cat", True)
    assert set(m.Cat.model_fields) == {"name", "pet_type", "meows"}


def test_all_of_part_requirements_are_kept(call: Call, server: RecordingServer) -> None:
    # `name` is required by the PetBase part of Cat's allOf.
    server.enqueue(200, {"petType": "cat", "meows": True})
    package = __import__(PACKAGE)
    with pytest.raises(package.APIResponseValidationError):
        call(PACKAGE, lambda c: c.pets.get_cat("c1"))


def test_inline_all_of_merges_a_ref_and_inline_properties(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(200, {"title": "Dune", "pages": 412, "label": "sf"})
    labelled = call(PACKAGE, lambda c: c.unions.get_labelled())
    assert (labelled.title, labelled.pages, labelled.label) == ("Dune", 412, "sf")


def test_one_of_scalars_keeps_each_value_its_own_type(call: Call, server: RecordingServer) -> None:
    server.enqueue(200, [1, "two", "3"])
    identifiers = call(PACKAGE, lambda c: c.unions.list_identifiers())
    assert identifiers == [1, "two", "3"]
    assert [type(value) for value in identifiers] == [int, str, str]


def test_any_of_models_parse_to_the_member_that_fits(call: Call, server: RecordingServer) -> None:
    server.enqueue(200, [{"title": "Dune", "pages": 412}, {"title": "Alien", "minutes": 117}])
    results = call(PACKAGE, lambda c: c.unions.search())
    assert [type(result) for result in results] == [m.Book, m.Film]
    assert results[1].minutes == 117
