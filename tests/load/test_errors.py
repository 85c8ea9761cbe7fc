"""Broken documents give error diagnostics naming the file and JSON pointer, never exceptions."""

from __future__ import annotations

import pytest
import yaml

from generator.diagnostics import DiagnosticError, Severity
from generator.load import load_document
from generator.load.origins import Origins
from generator.load.validate import parse_document


def only_error(problems, name):
    found = problems(name, severity=Severity.ERROR)
    assert len(found) == 1, [item.render() for item in found]
    return found[0]


def test_yaml_syntax_error_names_the_line(problems, fixture):
    found = only_error(problems, "yaml_syntax_error.yaml")
    assert found.file == str(fixture("yaml_syntax_error.yaml"))
    assert "YAML syntax error at line 5" in found.message


def test_yaml_syntax_error_in_a_page_names_the_line_of_the_page(problems):
    found = only_error(problems, "page_yaml_syntax_error.md")
    assert "line 8, column 16" in found.message
    assert "mapping values are not allowed" in found.message


def test_json_syntax_error_names_the_line(problems):
    found = only_error(problems, "json_syntax_error.json")
    assert "JSON syntax error at line 4" in found.message


def test_missing_openapi_field(problems, fixture):
    found = only_error(problems, "missing_openapi.yaml")
    assert (found.file, found.pointer) == (str(fixture("missing_openapi.yaml")), "")
    assert "`openapi` field is missing" in found.message
    assert "openapi: 3.1.0" in found.hint


def test_not_an_object(problems):
    found = only_error(problems, "not_an_object.yaml")
    assert "mapping" in found.message and "a list" in found.message


def test_unsupported_version(problems):
    found = only_error(problems, "unsupported_version.yaml")
    assert found.pointer == "/openapi"
    assert "'4.0.0'" in found.message and "3.0.x and 3.1.x" in found.message


def test_a_later_3x_version_is_read_as_31_with_a_warning(tmp_path):
    source = tmp_path / "api.yaml"
    source.write_text("openapi: 3.2.0\ninfo: {title: t, version: '1'}\npaths: {}\n")
    document = load_document([source])
    assert document.openapi.openapi == "3.1.2"
    [found] = document.warnings
    assert found.pointer == "/openapi" and "read as OpenAPI 3.1" in found.message


def test_dangling_ref_points_at_the_ref_and_suggests_a_name(problems, fixture):
    found = only_error(problems, "dangling_ref.yaml")
    assert found.file == str(fixture("dangling_ref.yaml"))
    assert found.pointer == "/paths/~1a/get/responses/200/content/application~1json/schema/$ref"
    assert "'#/components/schemas/Chta' points to nothing" in found.message
    assert "did you mean 'Chat'" in found.message


def test_url_ref_is_never_fetched_and_read_as_any_value(problems):
    [found] = problems("url_ref.yaml")
    assert found.severity is Severity.WARNING
    assert found.message.endswith("the schema is read as any value")
    assert found.pointer.endswith("/schema/$ref")
    assert "never fetches URLs" in found.message
    assert "download the file" in found.hint


def test_what_no_repair_can_read_gives_one_error_per_problem_at_real_pointers(problems):
    found = problems("unrepairable.yaml", severity=Severity.ERROR)
    by_pointer = {item.pointer: item for item in found}
    assert list(by_pointer) == [
        "/components/parameters/Limit/in",
        "/components/parameters/Page",
        "/components/headers/Rate",
        "/components/securitySchemes/key",
    ]
    assert len(found) == 4
    limit = by_pointer["/components/parameters/Limit/in"]
    assert "'query', 'header', 'path' or 'cookie'" in limit.message
    assert "components/requestBodies" in limit.hint
    assert by_pointer["/components/parameters/Page"].message == (
        "'Page' must be a Parameter object (a mapping), got 5"
    )
    assert "'type' is missing" in by_pointer["/components/securitySchemes/key"].message


def test_union_branch_names_never_reach_a_pointer(problems):
    for name in ("unrepairable.yaml", "wrong_types.yaml"):
        for found in problems(name):
            for class_name in ("Reference", "Schema", "Response", "Parameter", "3.0.3"):
                assert f"/{class_name}" not in found.pointer


def parse(text: str) -> list[str]:
    """The messages validation alone (no repairs) gives for a document."""
    document = yaml.safe_load(text)
    return [item.message for item in parse_document(document, Origins("api.yaml"))[1]]


def test_a_value_that_fits_no_branch_names_what_was_expected():
    assert parse(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    A: {type: array, items: 5}\n"
    ) == ["'items' must be a Schema object (a mapping), got 5"]


def test_a_value_that_fits_no_branch_of_a_union_names_every_branch():
    assert parse(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    A: {type: object, additionalProperties: 5}\n"
    ) == ["'additionalProperties' must be a Schema object or a boolean, got 5"]


def test_31_type_error_is_reported_once_with_the_allowed_values():
    [message] = parse(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    A: {type: object, properties: {b: {type: strin}}}\n"
    )
    assert "'string'" in message and "got 'strin'" in message


def test_load_document_raises_only_errors_and_validate_returns_everything(fixture, problems):
    with pytest.raises(DiagnosticError) as raised:
        load_document([fixture("unrepairable.yaml")])
    assert all(item.severity is Severity.ERROR for item in raised.value.diagnostics)
    assert len(raised.value.diagnostics) == len(problems("unrepairable.yaml"))


def test_recursive_yaml_alias_is_a_diagnostic(tmp_path):
    source = tmp_path / "alias.yaml"
    source.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    A: &a {type: object, properties: {self: *a}}\n"
    )
    with pytest.raises(DiagnosticError) as raised:
        load_document([source])
    assert raised.value.diagnostics[0].file == str(source)


def test_validation_errors_name_the_merged_source_they_came_from(fixture, tmp_path):
    broken = tmp_path / "broken_component.yaml"
    broken.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components:\n  parameters:\n    Limit: {name: limit, in: body}\n"
    )
    with pytest.raises(DiagnosticError) as raised:
        load_document([fixture("page_chats_end.txt"), broken])
    [found] = raised.value.diagnostics
    assert (found.file, found.pointer) == (str(broken), "/components/parameters/Limit/in")


def test_validation_errors_in_a_page_block_point_into_the_block(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("# Page\n\n```yaml\nopenapi: 3.0.3\ninfo: [t]\npaths: {}\n```\n")
    with pytest.raises(DiagnosticError) as raised:
        load_document([page])
    [found] = raised.value.diagnostics
    assert (found.file, found.pointer) == (str(page), "/info")
    assert found.message == "'info' must be a Info object (a mapping), got a list"


def test_syntax_error_in_a_referenced_file_names_that_file_and_line(tmp_path):
    (tmp_path / "models.yaml").write_text(
        "Pet:\n  type: object\n  properties: {name: {type: string}\n"
    )
    source = tmp_path / "api.yaml"
    source.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    Pet: {$ref: 'models.yaml#/Pet'}\n"
    )
    with pytest.raises(DiagnosticError) as raised:
        load_document([source])
    [found] = raised.value.diagnostics
    assert found.file == str(tmp_path / "models.yaml")
    assert "YAML syntax error at line 4" in found.message
