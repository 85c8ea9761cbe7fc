"""Data models of the Composition Fixture."""

from typing import Annotated

from pydantic import Discriminator, Field, Tag

from ._models import BaseModel, UnknownVariant, by_property

__all__ = [
    "AnyVehicle",
    "Bike",
    "Book",
    "Car",
    "Cat",
    "Circle",
    "Dog",
    "Film",
    "GetLabelledResponse",
    "Identifier",
    "Pet",
    "PetBase",
    "Shape",
    "Square",
    "Vehicle",
]


class Bike(BaseModel):
    vehicle_type: str = Field(validation_alias="vehicleType", serialization_alias="vehicleType")
    wheels: int
    gears: int | None = None


class Car(BaseModel):
    vehicle_type: str = Field(validation_alias="vehicleType", serialization_alias="vehicleType")
    wheels: int
    doors: int | None = None


class Vehicle(BaseModel):
    vehicle_type: str = Field(validation_alias="vehicleType", serialization_alias="vehicleType")
    wheels: int


AnyVehicle = Annotated[
    Annotated[Vehicle, Tag("Vehicle")] | Annotated[Bike, Tag("Bike")] | Annotated[Car, Tag("Car")],
    Discriminator(
        by_property(
            "vehicleType", {"bike": "Bike", "car": "Car", "Vehicle": "Vehicle"}, fallback="Vehicle"
        )
    ),
]
"""Any kind of Vehicle, told apart by `vehicleType`."""


class Book(BaseModel):
    title: str
    pages: int


class Cat(BaseModel):
    """A cat."""

    name: str
    pet_type: str = Field(validation_alias="petType", serialization_alias="petType")
    meows: bool


class Circle(BaseModel):
    kind: str
    radius: float


class Dog(BaseModel):
    """A dog."""

    name: str
    pet_type: str = Field(validation_alias="petType", serialization_alias="petType")
    bark_volume: int = Field(validation_alias="barkVolume", serialization_alias="barkVolume")


class Film(BaseModel):
    title: str
    minutes: int


class GetLabelledResponse(BaseModel):
    title: str
    pages: int
    label: str


Identifier = int | str

Pet = Annotated[
    Annotated[Cat, Tag("Cat")]
    | Annotated[Dog, Tag("Dog")]
    | Annotated[UnknownVariant, Tag("UnknownVariant")],
    Discriminator(by_property("petType", {"cat": "Cat", "dog": "Dog"}, fallback="UnknownVariant")),
]


class PetBase(BaseModel):
    name: str
    pet_type: str = Field(validation_alias="petType", serialization_alias="petType")


class Square(BaseModel):
    kind: str
    side: float


Shape = Annotated[
    Annotated[Circle, Tag("Circle")]
    | Annotated[Square, Tag("Square")]
    | Annotated[UnknownVariant, Tag("UnknownVariant")],
    Discriminator(
        by_property("kind", {"Circle": "Circle", "Square": "Square"}, fallback="UnknownVariant")
    ),
]
