"""The IR's structured types and decoders as the generated code writes them."""

from __future__ import annotations

import ast

import pytest

from generator.ir import pytypes
from generator.ir.model import NOT_GIVEN, Decoder
from generator.render.filters import decoder, decoder_notation, python_type

PET = pytypes.model("Pet")
TAGGED_LIST = pytypes.subscript(
    "Annotated", pytypes.subscript("list", pytypes.INT), pytypes.Code('Tag("list")')
)


@pytest.mark.parametrize(
    ("annotation", "spelled"),
    [
        (pytypes.NONE, "None"),
        (
            pytypes.subscript("dict", pytypes.STR, pytypes.subscript("list", PET)).or_none(),
            "dict[str, list[Pet]] | None",
        ),
        (pytypes.union([pytypes.NONE, pytypes.STR, PET]), "str | Pet | None"),
        (pytypes.union([PET, pytypes.ANY]), "Any"),
        (pytypes.literal(["it's", 1, True, 2.5e-08]), 'Literal["it\'s", 1, True, 2.5e-08]'),
        (TAGGED_LIST, 'Annotated[list[int], Tag("list")]'),
        (pytypes.STR.or_none().followed_by(NOT_GIVEN), "str | None | NotGiven"),
        (pytypes.STR.or_none().followed_by(NOT_GIVEN).without(NOT_GIVEN), "str | None"),
        (pytypes.forward_reference(PET.or_none()), '"Pet | None"'),
    ],
)
def test_a_type_is_spelled_as_python_source(annotation: pytypes.PyType, spelled: str) -> None:
    assert python_type(annotation) == spelled
    ast.parse(spelled, mode="eval")


def test_qualifying_writes_the_hidden_builtins_through_builtins_at_any_depth() -> None:
    annotation = pytypes.subscript(
        "dict", pytypes.STR, pytypes.subscript("list", pytypes.INT)
    ).or_none()
    qualified = annotation.qualified({"list", "int"})
    assert python_type(qualified) == "dict[str, builtins.list[builtins.int]] | None"
    assert ("builtins", "") in qualified.imports
    assert qualified.names == annotation.names


def test_qualifying_leaves_values_alone() -> None:
    """Only names are qualified: the word `list` inside a Tag's string stays as it is."""
    assert (
        python_type(TAGGED_LIST.qualified({"list"})) == 'Annotated[builtins.list[int], Tag("list")]'
    )


def test_a_type_without_a_hidden_builtin_is_left_as_it_is() -> None:
    annotation = pytypes.subscript("list", PET)
    assert annotation.qualified({"dict"}) is annotation


def test_a_forward_reference_quotes_the_qualified_type() -> None:
    assert (
        python_type(pytypes.forward_reference(pytypes.subscript("list", PET)).qualified({"list"}))
        == '"builtins.list[Pet]"'
    )


_DECODERS = [
    Decoder("EMPTY"),
    Decoder("json_body", pytypes.subscript("list", PET).qualified({"list"})),
    Decoder("by_content_type", PET),
    Decoder("by_content_type", PET, text=False),
]


@pytest.mark.parametrize(
    ("value", "spelled"),
    list(
        zip(
            _DECODERS,
            [
                "EMPTY",
                "json_body(lambda: builtins.list[models.Pet])",
                "by_content_type(lambda: models.Pet)",
                "by_content_type(lambda: models.Pet, text=False)",
            ],
            strict=True,
        )
    ),
)
def test_a_decoder_is_spelled_as_the_runtime_expression_that_looks_its_models_up(
    value: Decoder, spelled: str
) -> None:
    assert decoder(value) == spelled


@pytest.mark.parametrize(
    ("value", "noted"),
    list(
        zip(
            _DECODERS,
            [
                "EMPTY",
                "json_body(builtins.list[Pet])",
                "by_content_type(Pet)",
                "by_content_type(Pet, text=False)",
            ],
            strict=True,
        )
    ),
)
def test_a_decoders_notation_names_its_types_as_annotations_do(value: Decoder, noted: str) -> None:
    assert decoder_notation(value) == noted
