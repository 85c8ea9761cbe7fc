"""Merging several sources into one document."""

from __future__ import annotations

import pytest

from generator.diagnostics import DiagnosticError, Severity
from generator.load import load_document


def test_two_pages_of_one_api_merge(fixture):
    end, get = fixture("page_chats_end.txt"), fixture("page_chats_get.txt")
    document = load_document([end, get])
    assert list(document.raw["paths"]) == ["/api/chats/{chatId}/end", "/api/chats/{chatId}"]
    assert set(document.raw["components"]) == {"parameters", "securitySchemes", "schemas"}
    assert document.resolve("#/components/schemas/Chat").type.value == "object"


def test_first_source_gives_info_servers_and_security(fixture):
    document = load_document([fixture("page_chats_end.txt"), fixture("page_chats_get.txt")])
    assert document.raw["info"]["title"] == "Chat API"
    assert [server["url"] for server in document.raw["servers"]] == ["https://api.example.com"]
    assert document.raw["security"] == [{"bearerAuth": []}]


def test_tags_are_united_by_name_first_description_wins(fixture):
    document = load_document([fixture("page_chats_end.txt"), fixture("page_chats_get.txt")])
    assert document.raw["tags"] == [
        {"name": "Chats", "description": "Start and manage chats."},
        {"name": "Agents"},
    ]
    assert document.origin("/tags/1") == str(fixture("page_chats_get.txt"))


def test_origin_names_the_file_that_defined_each_part(fixture):
    end, get = fixture("page_chats_end.txt"), fixture("page_chats_get.txt")
    document = load_document([end, get])
    assert document.origin("/paths/~1api~1chats~1{chatId}~1end/post") == str(end)
    assert document.origin("/paths/~1api~1chats~1{chatId}/get/responses/200") == str(get)
    assert document.origin("/components/schemas/Chat/properties/endedAt") == str(get)
    assert document.origin("/components/parameters/ChatIdPath") == str(end)
    assert document.origin("/info/title") == str(end)
    assert document.origin("#/components/schemas/Chat") == str(get)


def test_merge_order_decides_the_first_source(fixture):
    end, get = fixture("page_chats_end.txt"), fixture("page_chats_get.txt")
    document = load_document([get, end])
    assert document.raw["info"]["title"] == "Chat API (get page)"
    assert document.origin("/components/parameters/ChatIdPath") == str(get)


def test_different_definitions_under_one_name_are_an_error_naming_both_files(fixture):
    first, second = fixture("conflict_a.yaml"), fixture("conflict_b.yaml")
    with pytest.raises(DiagnosticError) as raised:
        load_document([first, second])
    [found] = raised.value.diagnostics
    assert (found.file, found.pointer) == (str(second), "/components/schemas/Chat")
    assert str(first) in found.message and str(second) in found.message
    assert found.hint


def test_the_same_source_twice_merges_cleanly(fixture):
    document = load_document([fixture("conflict_a.yaml"), fixture("conflict_a.yaml")])
    assert list(document.raw["components"]["schemas"]) == ["Chat"]


def test_different_openapi_versions_are_an_error(fixture, problems):
    [found] = problems("version_30.yaml", "version_31.yaml")
    assert found.severity is Severity.ERROR
    assert found.file == str(fixture("version_31.yaml")) and found.pointer == "/openapi"
    assert "3.1.0" in found.message and "3.0.3" in found.message


def test_one_path_in_two_files_gets_the_operations_of_both(fixture):
    get, post = fixture("split_path_get.yaml"), fixture("split_path_post.yaml")
    document = load_document([get, post])
    item = document.raw["paths"]["/items/{id}"]
    assert set(item) == {"get", "post"}, "path-level parameters that differ move into operations"
    assert [parameter["name"] for parameter in item["get"]["parameters"]] == ["id"]
    assert [parameter["name"] for parameter in item["post"]["parameters"]] == ["id", "X-Trace"]
    assert document.origin("/paths/~1items~1{id}/get") == str(get)
    assert document.origin("/paths/~1items~1{id}/post") == str(post)
    assert document.locate("/paths/~1items~1{id}/post/parameters/1") == (
        str(post),
        "/paths/~1items~1{id}/parameters/1",
    )


def test_the_same_operation_defined_differently_is_an_error(fixture):
    with pytest.raises(DiagnosticError) as raised:
        load_document([fixture("split_path_get.yaml"), fixture("same_operation_differs.yaml")])
    [found] = raised.value.diagnostics
    assert found.pointer == "/paths/~1items~1{id}/get"
    assert "split_path_get.yaml" in found.message and "same_operation_differs.yaml" in found.message


def test_blocks_of_one_page_are_named_by_their_line_in_conflicts(tmp_path):
    page = tmp_path / "page.md"
    block = (
        "```yaml\nopenapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\n"
        "components: {{schemas: {{A: {{type: {kind}}}}}}}\n```\n"
    )
    page.write_text(block.format(kind="string") + "\n" + block.format(kind="integer"))
    with pytest.raises(DiagnosticError) as raised:
        load_document([page])
    [found] = raised.value.diagnostics
    assert "block at line 2" in found.message and "block at line 9" in found.message
