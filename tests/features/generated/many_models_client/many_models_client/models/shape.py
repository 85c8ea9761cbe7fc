"""The `Shape` type of the Many Models Fixture."""

from .circle import Circle
from .square import Square

__all__ = ["Shape"]

Shape = Circle | Square
"""A circle or a square."""
