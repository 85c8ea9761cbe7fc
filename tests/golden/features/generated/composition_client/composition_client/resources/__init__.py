"""The client's operations, one module per group."""

from .pets import AsyncPets, Pets
from .shapes import AsyncShapes, Shapes
from .unions import AsyncUnions, Unions
from .vehicles import AsyncVehicles, Vehicles

__all__ = [
    "Pets",
    "AsyncPets",
    "Shapes",
    "AsyncShapes",
    "Unions",
    "AsyncUnions",
    "Vehicles",
    "AsyncVehicles",
]
