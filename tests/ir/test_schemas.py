"""`SchemaTyper` on its own: the Python type of each kind of schema, and the named types it makes.

Each test loads a small document whose components are the schemas under test, so references
resolve as they do in a real build; an inline schema is typed where a response would hold it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_pydantic.v3 import v3_0, v3_1

from generator.diagnostics import Diagnostic
from generator.ir.model import Field
from generator.ir.schemas import MAX_ANNOTATION_BRACKETS, SchemaTyper
from generator.load import load_document
from generator.render.filters import python_type

INLINE = "/paths/~1things/get/responses/200/content/application~1json/schema"


class Typer:
    """A `SchemaTyper` over one document's components, with the warnings it gave."""

    def __init__(self, tmp_path: Path, components: dict[str, Any], openapi: str = "3.1.0") -> None:
        source = tmp_path / "openapi.yaml"
        body = {
            "openapi": openapi,
            "info": {"title": "T", "version": "1"},
            "paths": {},
            "components": {"schemas": components},
        }
        source.write_text(yaml.safe_dump(body))
        self.openapi = openapi
        self.document = load_document([source])
        self.diagnostics: list[Diagnostic] = []
        self.typer = SchemaTyper(self.document, self.document.locate, self.diagnostics)
        self.typer.register_components(components)

    def inline(self, schema: dict[str, Any], name: str = "Thing") -> str:
        """The annotation of a schema written inline (not a component)."""
        version = v3_1 if self.openapi.startswith("3.1") else v3_0
        return python_type(
            self.typer.type_of(version.Schema.model_validate(schema), name=name, pointer=INLINE)
        )

    def component(self, name: str) -> str:
        """The annotation a reference to the component gives."""
        reference = v3_1.Reference.model_validate({"$ref": f"#/components/schemas/{name}"})
        return python_type(self.typer.type_of(reference, name=name, pointer=INLINE))

    def fields(self, model: str) -> dict[str, Field]:
        return {field.wire_name: field for field in self.typer.models[model].fields}

    def warnings(self) -> list[str]:
        return [f"{item.pointer}: {item.message}" for item in self.diagnostics]


@pytest.mark.parametrize(
    ("schema", "annotation"),
    [
        ({"type": "string"}, "str"),
        ({"type": "integer", "format": "int64"}, "int"),
        ({"type": "number"}, "float"),
        ({"type": "boolean"}, "bool"),
        ({"type": "string", "format": "date-time"}, "datetime"),
        ({"type": "string", "format": "date"}, "date"),
        ({"type": "string", "format": "binary"}, "bytes"),
        ({"type": "array", "items": {"type": "integer"}}, "list[int]"),
        ({"items": {"type": "string"}}, "list[str]"),
        ({"type": "object", "additionalProperties": {"type": "number"}}, "dict[str, float]"),
        ({"type": "object"}, "dict[str, Any]"),
        ({"type": ["string", "integer"]}, "str | int"),
        ({"type": ["string", "null"]}, "str | None"),
        ({"type": "null"}, "None"),
        ({}, "Any"),
    ],
)
def test_plain_schemas_are_python_builtins(
    tmp_path: Path, schema: dict[str, Any], annotation: str
) -> None:
    typer = Typer(tmp_path, {})
    assert typer.inline(schema) == annotation
    assert typer.typer.models == {} and typer.warnings() == []


def test_a_format_brings_its_import(tmp_path: Path) -> None:
    typer = Typer(tmp_path, {})
    built = typer.typer.type_of(
        v3_1.Schema.model_validate({"type": "string", "format": "date-time"}),
        name="At",
        pointer=INLINE,
    )
    assert built.imports == {("datetime", "datetime")}


def test_nullable_is_read_in_both_versions(tmp_path: Path) -> None:
    assert (
        Typer(tmp_path, {}, openapi="3.0.3").inline({"type": "integer", "nullable": True})
        == "int | None"
    )
    assert Typer(tmp_path, {}).inline({"type": ["integer", "null"]}) == "int | None"


def test_an_inline_object_becomes_a_model_named_after_where_it_is(tmp_path: Path) -> None:
    typer = Typer(tmp_path, {})
    schema = {
        "type": "object",
        "description": "A thing.",
        "required": ["id"],
        "properties": {
            "id": {"type": "string"},
            "displayName": {"type": "string", "description": "Shown."},
        },
    }
    assert typer.inline(schema, name="ListThingsResponse") == "ListThingsResponse"
    model = typer.typer.models["ListThingsResponse"]
    assert model.description == "A thing."
    fields = typer.fields("ListThingsResponse")
    assert (
        fields["id"].name,
        python_type(fields["id"].annotation),
        fields["id"].required,
        fields["id"].default,
    ) == ("id", "str", True, None)
    shown = fields["displayName"]
    assert (
        shown.name,
        python_type(shown.annotation),
        shown.required,
        shown.default,
        shown.description,
    ) == ("display_name", "str | None", False, "None", "Shown.")


def test_the_same_schema_is_typed_once(tmp_path: Path) -> None:
    typer = Typer(tmp_path, {})
    schema = v3_1.Schema.model_validate({"type": "object", "properties": {"a": {"type": "string"}}})
    first = typer.typer.type_of(schema, name="First", pointer=INLINE)
    again = typer.typer.type_of(schema, name="Second", pointer=INLINE)
    assert first == again and list(typer.typer.models) == ["First"]


def test_field_names_are_python_and_leave_pydantic_and_the_annotations_alone(
    tmp_path: Path,
) -> None:
    typer = Typer(tmp_path, {})
    properties = {
        name: {"type": "string"}
        for name in ("class", "model_config", "schema", "str", "2fa", "a-b", "a_b")
    }
    typer.inline({"type": "object", "properties": properties}, name="Odd")
    names = {wire: field.name for wire, field in typer.fields("Odd").items()}
    assert names == {
        "class": "class_",
        "model_config": "model_config_",
        "schema": "schema_",
        "str": "str_",
        "2fa": "field_2_fa",
        "a-b": "a_b",
        "a_b": "a_b_2",
    }


def test_components_are_named_up_front_whatever_order_they_are_used_in(tmp_path: Path) -> None:
    components = {
        "pet": {"type": "object", "properties": {"a": {"type": "string"}}},
        "Pet": {"type": "object", "properties": {"b": {"type": "string"}}},
    }
    (tmp_path / "forward").mkdir()
    (tmp_path / "backward").mkdir()
    forward, backward = (
        Typer(tmp_path / "forward", components),
        Typer(tmp_path / "backward", components),
    )
    used_forward = (forward.component("pet"), forward.component("Pet"))
    used_backward = (backward.component("Pet"), backward.component("pet"))
    assert used_forward == used_backward[::-1]
    assert sorted(used_forward) == ["Pet", "Pet2"]


def test_a_component_named_like_an_import_of_the_models_module_is_renamed(tmp_path: Path) -> None:
    typer = Typer(
        tmp_path,
        {
            "Field": {"type": "object", "properties": {"a": {"type": "string"}}},
            "Any": {"type": "string", "enum": ["x"]},
        },
    )
    assert typer.component("Field") == "FieldModel"
    assert typer.component("Any") == "AnyModel"


def test_an_enum_is_an_open_literal_alias(tmp_path: Path) -> None:
    typer = Typer(
        tmp_path, {"Color": {"type": "string", "enum": ["red", "green"], "description": "Paint."}}
    )
    assert typer.component("Color") == "Color"
    alias = typer.typer.enum_aliases["Color"]
    assert (python_type(alias.annotation), alias.description) == (
        'Annotated[Literal["red", "green"], OpenEnum]',
        "Paint.",
    )
    assert ("typing", "Literal") in alias.imports


def test_a_nullable_enum_admits_none_and_its_literal_leaves_null_out(tmp_path: Path) -> None:
    typer = Typer(tmp_path, {"Size": {"type": ["string", "null"], "enum": ["s", "m", None]}})
    assert typer.component("Size") == "Size | None"
    assert (
        python_type(typer.typer.enum_aliases["Size"].annotation)
        == 'Annotated[Literal["s", "m"], OpenEnum]'
    )


def test_enum_values_a_literal_cannot_hold_fall_back_to_their_type_with_a_warning(
    tmp_path: Path,
) -> None:
    typer = Typer(tmp_path, {})
    assert typer.inline({"type": "number", "enum": [1.5, 2.5]}) == "float"
    assert typer.warnings() == [
        f"{INLINE}: enum values that Python's Literal cannot hold are typed by their base type"
    ]


def test_a_union_component_is_an_alias_of_its_members(tmp_path: Path) -> None:
    components = {
        "Cat": {"type": "object", "properties": {"meow": {"type": "boolean"}}},
        "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"type": "string"}]},
    }
    typer = Typer(tmp_path, components)
    assert typer.component("Pet") == "Pet"
    alias = typer.typer.union_aliases["Pet"]
    assert python_type(alias.annotation) == "Cat | str"
    assert "Cat" in alias.refers_to


def test_a_discriminated_union_is_told_apart_by_the_property(tmp_path: Path) -> None:
    components = {
        "Cat": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}}},
        "Dog": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}}},
        "Pet": {
            "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
            "discriminator": {
                "propertyName": "kind",
                "mapping": {"cat": "#/components/schemas/Cat", "dog": "Dog"},
            },
        },
    }
    typer = Typer(tmp_path, components)
    typer.component("Pet")
    annotation = python_type(typer.typer.union_aliases["Pet"].annotation)
    assert annotation.startswith(
        'Annotated[Annotated[Cat, Tag("Cat")] | Annotated[Dog, Tag("Dog")]'
        ' | Annotated[UnknownVariant, Tag("UnknownVariant")]'
    )
    # The bare schema name in the mapping means the same as the full reference.
    mapping = '{"cat": "Cat", "dog": "Dog"}'
    discriminator = f'Discriminator(by_property("kind", {mapping}, fallback="UnknownVariant"))'
    assert discriminator in annotation


def test_a_discriminator_over_members_that_are_not_models_gives_a_plain_union_and_a_warning(
    tmp_path: Path,
) -> None:
    typer = Typer(tmp_path, {})
    schema = {
        "oneOf": [{"type": "string"}, {"type": "integer"}],
        "discriminator": {"propertyName": "kind"},
    }
    assert typer.inline(schema) == "str | int"
    assert typer.warnings() == [
        f"{INLINE}: a discriminator over members that are not all models is parsed as a plain union"
    ]


def test_a_reference_to_a_base_with_subtypes_means_any_of_them(tmp_path: Path) -> None:
    components = {
        "Animal": {
            "type": "object",
            "required": ["kind"],
            "properties": {"kind": {"type": "string"}},
            "discriminator": {"propertyName": "kind"},
        },
        "Bird": {
            "allOf": [
                {"$ref": "#/components/schemas/Animal"},
                {"type": "object", "properties": {"wings": {"type": "integer"}}},
            ]
        },
    }
    typer = Typer(tmp_path, components)
    assert typer.component("Animal") == "AnyAnimal"
    alias = typer.typer.union_aliases["AnyAnimal"]
    assert alias.annotation.models == {"Animal", "Bird"}
    # A kind no subtype claims parses as the base, so a subtype added later breaks nothing.
    assert (
        'by_property("kind", {"Bird": "Bird", "Animal": "Animal"}, fallback="Animal")'
        in python_type(alias.annotation)
    )
    assert set(typer.fields("Bird")) == {"kind", "wings"}


def test_a_recursive_model_refers_to_itself(tmp_path: Path) -> None:
    typer = Typer(
        tmp_path,
        {
            "Node": {
                "type": "object",
                "properties": {
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}
                },
            }
        },
    )
    assert typer.component("Node") == "Node"
    assert python_type(typer.fields("Node")["children"].annotation) == "list[Node] | None"


@pytest.mark.parametrize("openapi", ["3.0.3", "3.1.0"])
def test_a_component_that_is_a_reference_is_the_type_it_refers_to(
    tmp_path: Path, openapi: str
) -> None:
    components = {
        "Pet": {"type": "object", "properties": {"a": {"type": "string"}}},
        "Alias": {"$ref": "#/components/schemas/Pet"},
    }
    typer = Typer(tmp_path, components, openapi=openapi)
    assert typer.component("Alias") == "Pet"
    assert list(typer.typer.models) == ["Pet"]


@pytest.mark.parametrize("openapi", ["3.0.3", "3.1.0"])
def test_a_component_that_only_refers_to_itself_is_any_with_a_warning(
    tmp_path: Path, openapi: str
) -> None:
    typer = Typer(tmp_path, {"Loop": {"$ref": "#/components/schemas/Loop"}}, openapi=openapi)
    assert typer.component("Loop") == "Any"
    assert typer.warnings() == [
        "/components/schemas/Loop: a schema that only refers to itself is typed Any"
    ]


def test_an_all_of_around_one_reference_is_that_type_not_a_new_model(tmp_path: Path) -> None:
    components = {
        "Owner": {"type": "object", "properties": {"name": {"type": "string"}}},
        "Pet": {
            "type": "object",
            "properties": {
                "owner": {
                    "allOf": [{"$ref": "#/components/schemas/Owner"}],
                    "description": "Who feeds it.",
                }
            },
        },
    }
    typer = Typer(tmp_path, components, openapi="3.0.3")
    typer.component("Pet")
    owner = typer.fields("Pet")["owner"]
    assert (python_type(owner.annotation), owner.description) == ("Owner | None", "Who feeds it.")
    assert set(typer.typer.models) == {"Owner", "Pet"}


def test_all_of_parts_merge_into_one_model(tmp_path: Path) -> None:
    components = {
        "Named": {
            "type": "object",
            "required": ["name"],
            "properties": {"name": {"type": "string"}},
        },
        "Pet": {
            "allOf": [
                {"$ref": "#/components/schemas/Named"},
                {"type": "object", "required": ["age"], "properties": {"age": {"type": "integer"}}},
            ]
        },
    }
    typer = Typer(tmp_path, components)
    typer.component("Pet")
    assert {
        wire: (python_type(field.annotation), field.required)
        for wire, field in typer.fields("Pet").items()
    } == {"name": ("str", True), "age": ("int", True)}


def test_a_required_property_that_is_not_declared_is_any_with_a_warning(tmp_path: Path) -> None:
    typer = Typer(
        tmp_path,
        {
            "Pet": {
                "type": "object",
                "required": ["id", "tag"],
                "properties": {"id": {"type": "string"}},
            }
        },
    )
    typer.component("Pet")
    tag = typer.fields("Pet")["tag"]
    assert (python_type(tag.annotation), tag.required) == ("Any", True)
    assert typer.warnings() == [
        "/components/schemas/Pet/required: "
        "required property 'tag' not among the properties: typed Any"
    ]


def test_a_read_only_or_write_only_property_is_never_required(tmp_path: Path) -> None:
    properties = {
        "id": {"type": "string", "readOnly": True},
        "secret": {"type": "string", "writeOnly": True},
        "name": {"type": "string"},
    }
    typer = Typer(
        tmp_path,
        {
            "User": {
                "type": "object",
                "required": ["id", "secret", "name"],
                "properties": properties,
            }
        },
    )
    typer.component("User")
    assert {wire: field.required for wire, field in typer.fields("User").items()} == {
        "id": False,
        "secret": False,
        "name": True,
    }


@pytest.mark.parametrize(
    ("schema", "annotation", "default"),
    [
        ({"type": "integer", "default": 3}, "int", "3"),
        ({"type": "number", "default": 1}, "float", "1.0"),
        ({"type": "string", "default": "x"}, "str", '"x"'),
        ({"type": "boolean", "default": False}, "bool", "False"),
        ({"type": "string", "enum": ["a", "b"], "default": "b"}, "PetMode", '"b"'),
        # A default that does not fit the type is no default: the field is optional instead.
        ({"type": "integer", "default": "three"}, "int | None", "None"),
        ({"type": "integer", "default": True}, "int | None", "None"),
        ({"type": "array", "items": {"type": "string"}, "default": []}, "list[str] | None", "None"),
    ],
)
def test_an_optional_field_takes_its_default_when_the_value_fits(
    tmp_path: Path, schema: dict[str, Any], annotation: str, default: str
) -> None:
    typer = Typer(tmp_path, {"Pet": {"type": "object", "properties": {"mode": schema}}})
    typer.component("Pet")
    mode = typer.fields("Pet")["mode"]
    assert (python_type(mode.annotation), mode.default) == (annotation, default)


def test_a_type_nested_deeper_than_python_parses_is_any_with_a_warning(tmp_path: Path) -> None:
    schema: dict[str, Any] = {"type": "string"}
    for _ in range(MAX_ANNOTATION_BRACKETS + 1):
        schema = {"type": "array", "items": schema}
    typer = Typer(tmp_path, {})
    assert typer.inline(schema) == "Any"
    assert len(typer.warnings()) == 1 and "more than 100 lists and maps deep" in typer.warnings()[0]


def test_something_that_is_not_a_schema_is_any_with_a_warning(tmp_path: Path) -> None:
    typer = Typer(tmp_path, {})
    assert typer.typer.type_of(
        v3_1.Example(value=1), name="X", pointer=INLINE
    ) == typer.typer.type_of(None, name="X", pointer=INLINE)
    assert python_type(typer.typer.type_of(None, name="X", pointer=INLINE)) == "Any"
    assert typer.warnings() == [
        f"{INLINE}: this is not a schema "
        "(a $ref may point at an example or another kind of object); typed Any"
    ]


def test_object_shape_of_a_body_flattens_its_parts(tmp_path: Path) -> None:
    components = {
        "Base": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
        "Body": {
            "allOf": [{"$ref": "#/components/schemas/Base"}],
            "properties": {"note": {"type": "string"}},
        },
    }
    typer = Typer(tmp_path, components)
    shape = typer.typer.object_shape_of(
        v3_1.Reference.model_validate({"$ref": "#/components/schemas/Body"}), INLINE
    )
    assert shape is not None
    assert list(shape.properties) == ["id", "note"] and shape.required == {"id"}
    assert (
        typer.typer.object_shape_of(v3_1.Schema.model_validate({"type": "string"}), INLINE) is None
    )


SHAPES: dict[str, Any] = {
    "Plain": {"type": "object", "properties": {"id": {"type": "integer"}}},
    "Empty": {"description": "anything"},
    "Extended": {"allOf": [{"$ref": "#/components/schemas/Plain"}, {"required": ["id"]}]},
    "Annotated": {"allOf": [{"$ref": "#/components/schemas/Empty"}]},
    "Mixed": {"allOf": [{"$ref": "#/components/schemas/Plain"}, {"type": "string"}]},
    "Choice": {"oneOf": [{"$ref": "#/components/schemas/Plain"}], "properties": {"a": {}}},
    "Listed": {"enum": ["a"], "properties": {"a": {}}},
    "Looped": {"allOf": [{"$ref": "#/components/schemas/Looped"}, {"properties": {"a": {}}}]},
}


def _loaded_shapes(typer: Typer) -> dict[str, Any]:
    components = typer.document.openapi.components
    assert components is not None and components.schemas is not None
    return dict(components.schemas)


@pytest.mark.parametrize("name", SHAPES)
def test_an_object_is_told_as_merging_it_tells_it(tmp_path: Path, name: str) -> None:
    typer = Typer(tmp_path, SHAPES)
    schema = _loaded_shapes(typer)[name]
    shapes = typer.typer._shapes
    assert shapes.is_object(schema) == (shapes.merged(schema, "") is not None)


def test_objects_are_told_from_other_schemas(tmp_path: Path) -> None:
    typer = Typer(tmp_path, SHAPES)
    schemas = _loaded_shapes(typer)
    objects = {name for name in SHAPES if typer.typer._shapes.is_object(schemas[name])}
    assert objects == {"Plain", "Extended"}
