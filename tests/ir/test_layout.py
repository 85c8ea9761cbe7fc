"""Which module declares each named type, and what the lazy `__init__.py` files export."""

from __future__ import annotations

from generator.ir import pytypes
from generator.ir.imports import ImportStatement
from generator.ir.layout import MAX_IMPORT_CHAIN, SPLIT_MODELS_ABOVE, models_modules
from generator.ir.model import Field, Model, ModelsModule, TypeAlias


def model(name: str, *refers_to: str) -> Model:
    annotation = (
        pytypes.union(pytypes.model(name) for name in refers_to) if refers_to else pytypes.STR
    )
    field = Field("link", "link", annotation, True, None, "")
    return Model(name, "", (field,), f"/components/schemas/{name}")


def fillers(count: int) -> list[Model]:
    return [model(f"Filler{index:02d}") for index in range(count)]


def paths(modules: tuple[ModelsModule, ...]) -> list[str]:
    return [module.path for module in modules]


def test_up_to_the_threshold_every_type_is_in_one_models_py() -> None:
    modules = models_modules("Shop API", [], fillers(SPLIT_MODELS_ABOVE), [])
    assert paths(modules) == ["models.py"]
    assert len(modules[0].names) == SPLIT_MODELS_ABOVE


def test_above_it_each_type_has_a_module_and_a_cycle_shares_one() -> None:
    pet, person = model("Pet", "Person"), model("Person", "Pet", "Address")
    status = TypeAlias("Status", pytypes.literal(["a"]), "", "/s")
    types = [pet, person, model("Address"), model("Office", "Address")]
    modules = models_modules("Shop API", [status], [*types, *fillers(SPLIT_MODELS_ABOVE)], [])
    by_path = {module.path: module for module in modules}
    assert by_path["models/person.py"].names == ["Person", "Pet"]
    assert ImportStatement(".address", ("Address",)) in by_path["models/person.py"].imports[-1]
    assert by_path["models/status.py"].enum_aliases == (status,)
    assert (ImportStatement("typing", ("Literal",)),) in by_path["models/status.py"].imports
    assert len(modules) == SPLIT_MODELS_ABOVE + 4


def test_module_names_are_unique_and_leave_the_lazy_init_its_names() -> None:
    modules = models_modules(
        "Shop API",
        [],
        [model("HTTPError"), model("HttpError"), model("Importlib"), *fillers(SPLIT_MODELS_ABOVE)],
        [],
    )
    named = {
        module.names[0]: module.path
        for module in modules
        if not module.names[0].startswith("Filler")
    }
    # The lazy `models/__init__.py` imports `importlib`; a submodule of that name would replace it.
    assert named == {
        "HTTPError": "models/http_error.py",
        "HttpError": "models/http_error_2.py",
        "Importlib": "models/importlib_2.py",
    }


def test_a_chain_of_references_too_long_to_import_keeps_one_models_py() -> None:
    """Each module of a chain is imported inside the import of the one before it. Each link
    here but the first is used by two (the one before, and a user of its own), so each keeps
    a module of its own."""
    for length, expected in (
        (MAX_IMPORT_CHAIN, 2 * MAX_IMPORT_CHAIN - 1 + SPLIT_MODELS_ABOVE),
        (MAX_IMPORT_CHAIN + 1, 1),
    ):
        chain = [
            model(f"Link{index:03d}", *([f"Link{index + 1:03d}"] if index + 1 < length else []))
            for index in range(length)
        ]
        chain += [model(f"User{index:03d}", f"Link{index:03d}") for index in range(1, length)]
        assert (
            len(models_modules("Shop API", [], [*chain, *fillers(SPLIT_MODELS_ABOVE)], []))
            == expected
        )


def test_a_type_only_one_type_uses_is_declared_in_that_types_module() -> None:
    """And so is one only such a type uses."""

    def enum(name: str) -> TypeAlias:
        return TypeAlias(name, pytypes.literal(["a"]), "", f"/components/schemas/{name}")

    enums = [enum("Color"), enum("Mood"), enum("Shared"), enum("Unused")]
    types = [
        model("Pen", "Color", "Shared", "Inner"),
        model("Inner", "Deep"),
        model("Deep"),
        model("Pet", "Person", "Mood"),
        model("Person", "Pet", "Shared"),
        *fillers(SPLIT_MODELS_ABOVE),
    ]
    modules = models_modules("Shop API", enums, types, [])
    by_path = {module.path: module for module in modules}
    assert by_path["models/pen.py"].names == ["Color", "Deep", "Inner", "Pen"]
    assert by_path["models/person.py"].names == ["Mood", "Person", "Pet"]
    assert by_path["models/shared.py"].names == ["Shared"]
    assert by_path["models/unused.py"].names == ["Unused"]
    assert ImportStatement(".shared", ("Shared",)) in by_path["models/pen.py"].imports[-1]
    assert not {"models/color.py", "models/mood.py", "models/inner.py"} & by_path.keys()
    assert by_path["models/pen.py"].docstring == (
        "The `Pen` type of the Shop API, with the types only it uses."
    )
