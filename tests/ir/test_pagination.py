"""Which operations are paginated, by what, and what the configuration and x-pagination change."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import PaginationSettings, load_config
from generator.diagnostics import DiagnosticError

from .test_build import _json_response, build, build_reporting, document, operation

_PAGE = {
    "type": "object",
    "properties": {
        "results": {"type": "array", "items": {"type": "string"}},
        "next": {"type": "string"},
    },
}


def _listing(*parameters: str, method: str = "get", **operation_extra: object) -> dict[str, object]:
    query = [{"name": name, "in": "query", "schema": {"type": "string"}} for name in parameters]
    return {
        "/things": {
            method: {
                "operationId": "listThings",
                "tags": ["things"],
                "parameters": query,
                "responses": _json_response(_PAGE),
                **operation_extra,
            }
        }
    }


def test_a_list_without_a_paging_parameter_is_not_paginated(tmp_path: Path) -> None:
    assert operation(build(tmp_path, document(_listing("q"))), "things", "list").pagination is None


def test_only_get_operations_are_detected(tmp_path: Path) -> None:
    assert (
        operation(
            build(tmp_path, document(_listing("cursor", method="post"))), "things", "list"
        ).pagination
        is None
    )


def test_a_cursor_is_fed_by_the_response_field(tmp_path: Path) -> None:
    pagination = operation(
        build(tmp_path, document(_listing("cursor"))), "things", "list"
    ).pagination
    assert pagination is not None
    assert pagination.rule == (
        'CursorPages("cursor", items=lambda body: body.results or [], '
        "cursor=lambda body: body.next)"
    )


def test_x_pagination_names_what_detection_would_miss(tmp_path: Path) -> None:
    spec = document(_listing("from", **{"x-pagination": {"style": "offset", "parameter": "from"}}))
    pagination = operation(build(tmp_path, spec), "things", "list").pagination
    assert (
        pagination is not None
        and pagination.rule == 'OffsetPages("from", items=lambda body: body.results or [])'
    )


def test_a_bad_x_pagination_is_a_warning_and_no_pagination(tmp_path: Path) -> None:
    spec = document(_listing("cursor", **{"x-pagination": {"style": "sideways"}}))
    client, diagnostics = build_reporting(tmp_path, spec)
    assert operation(client, "things", "list").pagination is None
    assert any(
        "x-pagination: style 'sideways'" in d.message and d.pointer.endswith("/x-pagination")
        for d in diagnostics
    )


def test_the_configuration_turns_detection_off(tmp_path: Path) -> None:
    client = build(
        tmp_path,
        document(_listing("cursor")),
        pagination={("get", "/things"): PaginationSettings("none")},
    )
    assert operation(client, "things", "list").pagination is None


def test_clients_yaml_pagination_is_checked(tmp_path: Path) -> None:
    (tmp_path / "clients.yaml").write_text(
        "clients:\n  x:\n    sources: [a.yaml]\n    pagination:\n"
        "      'GET /a': {style: cursor, colour: red}\n      'FETCH /b': none\n"
    )
    with pytest.raises(DiagnosticError) as raised:
        load_config(tmp_path)
    messages = [d.message for d in raised.value.diagnostics]
    assert any("unknown key 'colour'" in m for m in messages) and any(
        "'FETCH /b' is not 'METHOD /path'" in m for m in messages
    )
