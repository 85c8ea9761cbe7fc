"""How `benchmarks/wire.py` has Prism serve a spec (`prism_document`) and reads its answers
(`prism_answers`): checked on small documents, without a server."""

from __future__ import annotations

import decimal
from typing import Any

import httpx
import pytest
from pydantic import BaseModel, TypeAdapter, ValidationError

from benchmarks.prism_answers import answer_source, spec_cause, unchecked_formats
from benchmarks.prism_document import served_document

_OBJECT = {"type": "object", "properties": {"id": {"type": "string"}}}


def _document(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Serving", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas or {}},
    }


def _answer(body: Any, status: int = 200, media_type: str = "application/json") -> httpx.Response:
    return httpx.Response(status, json=body, headers={"content-type": media_type})


def test_a_spec_prism_can_serve_is_served_as_it_is() -> None:
    document = _document(
        {
            "/items": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "OK.",
                            "content": {"application/json": {"schema": _OBJECT}},
                        }
                    }
                }
            }
        }
    )
    assert served_document(document).document is None


def test_a_path_key_with_a_fragment_is_served_under_a_route_of_its_own() -> None:
    operation = {"responses": {"204": {"description": "Done."}}}
    document = _document(
        {
            "/#X-Amz-Target=Tags.Add": {"post": operation},
            "/#X-Amz-Target=Tags.Remove": {"post": operation},
            "/tags": {"get": operation},
        }
    )

    served = served_document(document)

    assert served.routes == {
        "/#X-Amz-Target=Tags.Add": "/wire-route-1",
        "/#X-Amz-Target=Tags.Remove": "/wire-route-2",
    }
    assert served.document is not None
    assert sorted(served.document["paths"]) == ["/tags", "/wire-route-1/", "/wire-route-2/"]


def test_a_range_answer_of_an_object_is_served_as_json_and_a_form_array_gets_its_encoding() -> None:
    form = {"schema": {"$ref": "#/components/schemas/Form"}}
    document = _document(
        {
            "/report": {
                "get": {
                    "responses": {
                        "200": {"description": "OK.", "content": {"*/*": {"schema": _OBJECT}}}
                    }
                }
            },
            "/page": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "OK.",
                            "content": {"*/*": {"schema": {"type": "string"}}},
                        }
                    }
                }
            },
            "/roles": {
                "post": {
                    "requestBody": {"content": {"application/x-www-form-urlencoded": form}},
                    "responses": {"204": {"description": "Done."}},
                }
            },
        },
        {
            "Form": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "permission": {"type": "array", "items": {"type": "string"}},
                },
            }
        },
    )

    served = served_document(document).document

    assert served is not None
    assert list(served["paths"]["/report"]["get"]["responses"]["200"]["content"]) == [
        "application/json"
    ]
    assert list(served["paths"]["/page"]["get"]["responses"]["200"]["content"]) == ["*/*"]
    media = served["paths"]["/roles"]["post"]["requestBody"]["content"][
        "application/x-www-form-urlencoded"
    ]
    assert media["encoding"] == {"permission": {"style": "form", "explode": True}}
    assert (
        "encoding"
        not in document["paths"]["/roles"]["post"]["requestBody"]["content"][
            "application/x-www-form-urlencoded"
        ]
    )


_REPORT = {
    "type": "object",
    "required": ["id", "host"],
    "properties": {
        "id": {"type": "string", "pattern": "^RP[0-9]{4}$"},
        "size": {"allOf": [{"$ref": "#/components/schemas/Size"}]},
        "gender": {"type": "string", "maxLength": 1, "enum": ["MALE", "FEMALE"]},
        "owner": {"type": "object", "properties": {"name": {"type": "string", "example": 7}}},
    },
}
_SCHEMA = "/paths/~1reports/get/responses/200/content/application~1json/schema"


def _reports(media: dict[str, Any]) -> dict[str, Any]:
    responses = {
        "200": {
            "description": "OK.",
            "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/Report"}, **media}
            },
        }
    }
    document = _document(
        {"/reports": {"get": {"responses": responses}}},
        {"Report": _REPORT, "Size": {"type": "integer", "minimum": 1}},
    )
    document["components"]["examples"] = {"full": {"value": {"id": "RP0001"}}}
    return document


def _problem(code: str, *where: str) -> dict[str, Any]:
    return {"location": ["response", "body", *where], "code": code, "message": f"{code} problem"}


def test_the_answer_is_traced_to_the_example_prism_took_or_else_to_the_schema() -> None:
    answer = _answer({"id": "RP0001"})
    with_example = answer_source(
        _reports({"examples": {"first": {"$ref": "#/components/examples/full"}}}),
        "/paths/~1reports/get",
        answer,
    )
    without = answer_source(_reports({}), "/paths/~1reports/get", answer)

    assert (with_example.example, with_example.schema) == (
        "/components/examples/full/value",
        _SCHEMA,
    )
    assert (without.example, without.schema) == (None, _SCHEMA)


def test_a_value_the_spec_gives_is_its_fault_and_one_prism_made_up_is_prism_s() -> None:
    document = _reports({})

    # The spec's own: an enum member longer than maxLength, an example of the wrong type.
    assert (
        spec_cause(document, _SCHEMA, _problem("maxLength", "gender"))
        == "/components/schemas/Report/properties/gender/enum"
    )
    assert (
        spec_cause(document, _SCHEMA, _problem("type", "owner", "name"))
        == "/components/schemas/Report/properties/owner/properties/name/example"
    )
    # Prism's: "string" for a pattern, 0 for a minimum behind an allOf, a required property
    # that no schema declares.
    assert spec_cause(document, _SCHEMA, _problem("pattern", "id")) is None
    assert spec_cause(document, _SCHEMA, _problem("minimum", "size")) is None
    assert spec_cause(document, _SCHEMA, _problem("required")) is None


def test_a_one_of_that_no_object_can_satisfy_is_the_spec_s_fault() -> None:
    options = {
        "oneOf": [
            {"type": "object", "properties": {"status": _OBJECT}},
            {"type": "object", "properties": {"store": _OBJECT}},
        ]
    }
    closed = {
        "oneOf": [
            {"type": "object", "required": ["status"]},
            {"type": "object", "required": ["store"]},
        ]
    }
    document = _document({}, {"Either": options, "Closed": closed})

    assert (
        spec_cause(document, "/components/schemas/Either", _problem("oneOf"))
        == "/components/schemas/Either/oneOf"
    )
    assert spec_cause(document, "/components/schemas/Closed", _problem("oneOf")) is None


def test_a_nullable_without_type_is_served_as_the_choice_of_null() -> None:
    either = {
        "nullable": True,
        "oneOf": [{"type": "string"}, {"type": "integer"}],
        "description": "Either.",
    }
    typed = {"type": "string", "nullable": True}
    document = _document(
        {},
        {
            "Either": either,
            "Typed": typed,
            "Example": {"type": "object", "example": {"nullable": True}},
        },
    )

    served = served_document(document).document

    assert served is not None
    assert served["components"]["schemas"]["Either"] == {
        "anyOf": [{"oneOf": either["oneOf"], "description": "Either."}, {"enum": [None]}]
    }
    assert served["components"]["schemas"]["Typed"] == typed
    assert served["components"]["schemas"]["Example"]["example"] == {"nullable": True}


class _Line(BaseModel):
    price: decimal.Decimal
    sku: int


def _refusal(body: object) -> BaseException:
    """The error a client raises for an answer its model refuses: raised from pydantic's."""
    try:
        TypeAdapter(list[_Line]).validate_python(body)
    except ValidationError as error:
        try:
            raise ValueError("does not fit") from error
        except ValueError as refusal:
            return refusal
    pytest.fail("the answer fits")


def test_a_refusal_only_where_a_format_prism_does_not_check_is_told_apart() -> None:
    line = {
        "type": "object",
        "properties": {
            "price": {"type": "string", "format": "decimal"},
            "sku": {"type": "integer"},
        },
    }
    document = _document(
        {},
        {"Lines": {"type": "array", "items": {"$ref": "#/components/schemas/Line"}}, "Line": line},
    )

    assert unchecked_formats(
        document, "/components/schemas/Lines", _refusal([{"price": "lorem", "sku": 1}])
    ) == ["/components/schemas/Line/properties/price/format"]
    assert (
        unchecked_formats(
            document, "/components/schemas/Lines", _refusal([{"price": "lorem", "sku": "x"}])
        )
        is None
    )
