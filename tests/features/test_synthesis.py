"""The calls `benchmarks/synthesis.py` builds from a spec, checked without a server."""

from __future__ import annotations

from pathlib import Path

import yaml

from benchmarks.synthesis import Call, synthesise_calls
from generator.config import ClientSettings
from generator.ir.build import build_client
from generator.load import load_document

FIXTURES = Path(__file__).resolve().parent / "specs"

_SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Synthesis", "version": "1.0.0"},
    "paths": {
        "/items": {
            "get": {
                "operationId": "listItems",
                "tags": ["items"],
                "parameters": [
                    {
                        "name": "key",
                        "in": "query",
                        "required": True,
                        "schema": {"oneOf": [{"type": "integer"}, {"type": "string"}]},
                    },
                    {
                        "name": "when",
                        "in": "query",
                        "required": True,
                        "schema": {
                            "oneOf": [{"type": "string", "format": "date"}, {"type": "string"}]
                        },
                    },
                ],
                "responses": {"204": {"description": "Done."}},
            },
            "post": {
                "operationId": "createItem",
                "tags": ["items"],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/Item"},
                            "example": {"name": "kept", "owner": {}},
                        }
                    },
                },
                "responses": {"204": {"description": "Done."}},
            },
        }
    },
    "components": {
        "schemas": {
            "Item": {
                "type": "object",
                "required": ["name", "size", "owner"],
                "properties": {
                    "name": {"type": "string"},
                    "size": {"type": "integer", "minimum": 3},
                    "owner": {
                        "type": "object",
                        "required": ["id"],
                        "properties": {"id": {"type": "string", "format": "uuid"}},
                    },
                },
            }
        }
    },
}


def _calls(spec: Path) -> dict[str, Call]:
    document = load_document([spec])
    client, _ = build_client(document, ClientSettings(sources=(spec,), package="synthesis_client"))
    return {call.label: call for call in synthesise_calls(document, client)}


def test_a_one_of_gets_a_value_only_one_option_accepts(tmp_path: Path) -> None:
    spec = tmp_path / "synthesis.yaml"
    spec.write_text(yaml.safe_dump(_SPEC))
    # 1 would fit both options once it is a query string, and so would a date.
    assert _calls(spec)["GET /items"].kwargs == {"key": "wire", "when": "wire"}


def test_an_example_lacking_required_properties_is_filled_in_and_the_contradiction_named(
    tmp_path: Path,
) -> None:
    spec = tmp_path / "synthesis.yaml"
    spec.write_text(yaml.safe_dump(_SPEC))
    call = _calls(spec)["POST /items"]
    assert call.kwargs == {
        "name": "kept",
        "size": 3,
        "owner": {"id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"},
    }
    example = "/paths/~1items/post/requestBody/content/application~1json/example"
    assert call.contradictions == (
        f"{example}: the example lacks required properties of its schema: size",
        f"{example}/owner: the example lacks required properties of its schema: id",
    )
    assert call.examples == {name: (example,) for name in ("name", "size", "owner")}


def test_a_required_header_http_cannot_carry_is_named_with_its_pointer() -> None:
    call = _calls(FIXTURES / "header_names.yaml")["GET /notes"]
    assert call.unsendable == {"header param": "/paths/~1notes/get/parameters/0"}
    assert call.kwargs == {}
