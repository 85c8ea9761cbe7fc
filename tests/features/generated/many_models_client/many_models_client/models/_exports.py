"""The names the package exports, imported for type checkers: `__init__.py` star-imports
this module under `if TYPE_CHECKING:` only, so a program that uses one model loads none of
these imports, not even as bytecode."""

from .catalog import (
    Catalog,
    Circle,
    Contact,
    Dimensions,
    Phone,
    Product,
    Rating,
    Review,
    Section,
    Shape,
    Size,
    Square,
)
from .person import Address, Color, Country, Person, Pet
from .price import Currency, Price

__all__ = [
    "Address",
    "Catalog",
    "Circle",
    "Color",
    "Contact",
    "Country",
    "Currency",
    "Dimensions",
    "Person",
    "Pet",
    "Phone",
    "Price",
    "Product",
    "Rating",
    "Review",
    "Section",
    "Shape",
    "Size",
    "Square",
]
