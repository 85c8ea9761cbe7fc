"""Reading YAML, JSON and documentation pages into documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diagnostics import DiagnosticError, Severity
from generator.load import load_document
from generator.load.markdown import fenced_blocks, openapi_blocks


def test_yaml_file_loads(fixture):
    document = load_document([fixture("minimal.yaml")])
    assert document.raw["info"]["title"] == "Minimal"
    assert document.openapi.openapi == "3.0.3"
    assert document.warnings == ()


def test_json_file_loads_as_openapi_31(fixture):
    document = load_document([fixture("minimal.json")])
    assert type(document.openapi).__module__.startswith("openapi_pydantic.v3.v3_1")
    assert document.openapi.paths is not None and "/ping" in document.openapi.paths


def test_yaml_is_read_with_yaml_12_scalars_and_string_keys(fixture):
    document = load_document([fixture("yaml12_scalars.yaml")])
    assert document.raw["info"]["version"] == "2024-01-31"
    operation = document.raw["paths"]["/switch"]["get"]
    assert operation["parameters"][0]["schema"]["enum"] == ["on", "off", "yes", "no"]
    assert list(operation["responses"]) == ["200"]


def test_duplicate_yaml_key_is_a_warning_with_its_line(problems):
    [found] = problems("duplicate_key.yaml")
    assert found.severity is Severity.WARNING
    assert "'title'" in found.message and "line 5" in found.message


def test_page_with_one_block_loads(fixture):
    document = load_document([fixture("page_chats_get.txt")])
    assert list(document.raw["paths"]) == ["/api/chats/{chatId}"]
    assert document.origin("/paths/~1api~1chats~1{chatId}") == str(fixture("page_chats_get.txt"))


def test_page_blocks_are_all_sources_and_other_code_blocks_are_ignored(fixture):
    document = load_document([fixture("page_two_blocks.md")])
    assert set(document.raw["paths"]["/pets"]) == {"get", "post"}


def test_page_with_a_json_block_loads(fixture):
    document = load_document([fixture("page_json_block.md")])
    assert document.raw["info"]["title"] == "Status"


def test_page_without_openapi_block_is_an_error(fixture):
    with pytest.raises(DiagnosticError) as raised:
        load_document([fixture("page_without_openapi.md")])
    [found] = raised.value.diagnostics
    assert found.file == str(fixture("page_without_openapi.md"))
    assert "no OpenAPI document found" in found.message
    assert found.hint


def test_fenced_blocks_keep_the_line_where_each_starts():
    page = (
        "# Title\n\n````yaml /openapi.json get /a\nopenapi: 3.1.0\n````\n\n  ~~~\n  a: 1\n  ~~~\n"
    )
    blocks = fenced_blocks(page)
    assert [(block.first_line, block.text, block.info) for block in blocks] == [
        (4, "openapi: 3.1.0\n", "yaml /openapi.json get /a"),
        (8, "a: 1\n", ""),
    ]


def test_unclosed_fence_runs_to_the_end_of_the_page():
    [block] = openapi_blocks("text\n```yaml\nopenapi: 3.0.0\ninfo: {}\n")
    assert block.text == "openapi: 3.0.0\ninfo: {}\n"


def test_only_blocks_with_a_top_level_openapi_key_count():
    page = '```yaml\nschema:\n  openapi: 3.0.0\n```\n```json\n{"openapi": "3.0.0"}\n```\n'
    assert [block.first_line for block in openapi_blocks(page)] == [6]


def test_a_page_that_is_itself_a_document_loads(tmp_path):
    page = tmp_path / "api.txt"
    page.write_text("openapi: 3.0.3\ninfo: {title: Plain, version: '1'}\npaths: {}\n")
    assert load_document([page]).raw["info"]["title"] == "Plain"


def test_missing_file_is_an_error(tmp_path):
    with pytest.raises(DiagnosticError) as raised:
        load_document([tmp_path / "absent.yaml"])
    [found] = raised.value.diagnostics
    assert found.file == str(tmp_path / "absent.yaml")
    assert "not found" in found.message


def test_binary_file_is_an_error_not_a_crash(tmp_path):
    binary = tmp_path / "api.yaml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(DiagnosticError) as raised:
        load_document([binary])
    assert "UTF-8" in raised.value.diagnostics[0].message


def test_no_sources_is_an_error():
    with pytest.raises(DiagnosticError) as raised:
        load_document([])
    assert "no OpenAPI documents" in raised.value.diagnostics[0].message


def test_every_file_is_read_before_giving_up(fixture):
    with pytest.raises(DiagnosticError) as raised:
        load_document([fixture("yaml_syntax_error.yaml"), fixture("json_syntax_error.json")])
    assert [Path(found.file).name for found in raised.value.diagnostics] == [
        "yaml_syntax_error.yaml",
        "json_syntax_error.json",
    ]
