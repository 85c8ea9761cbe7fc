"""The names the package exports, imported for type checkers: `__init__.py` star-imports
this module under `if TYPE_CHECKING:` only, so a program that uses one model loads none of
these imports, not even as bytecode."""

from .address import Address, Country
from .catalog import Catalog
from .circle import Circle
from .contact import Contact
from .dimensions import Dimensions
from .person import Color, Person, Pet
from .phone import Phone
from .price import Currency, Price
from .product import Product, Size
from .review import Rating, Review
from .section import Section
from .shape import Shape
from .square import Square

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
