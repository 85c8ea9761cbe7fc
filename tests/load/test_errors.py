"""Broken documents give error diagnostics naming the file and the JSON pointer, never exceptions."""

from __future__ import annotations

import pytest

from generator.diagnostics import DiagnosticError, Severity
from generator.load import load_document


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
    assert "'3.2.0'" in found.message and "3.0.x and 3.1.x" in found.message


def test_swagger_20_is_refused_with_a_way_out(problems):
    found = only_error(problems, "swagger_20.yaml")
    assert found.pointer == "/swagger"
    assert "Swagger 2.0" in found.message
    assert "swagger2openapi" in found.hint


def test_dangling_ref_points_at_the_ref_and_suggests_a_name(problems, fixture):
    found = only_error(problems, "dangling_ref.yaml")
    assert found.file == str(fixture("dangling_ref.yaml"))
    assert found.pointer == "/paths/~1a/get/responses/200/content/application~1json/schema/$ref"
    assert "'#/components/schemas/Chta' points to nothing" in found.message
    assert "did you mean 'Chat'" in found.message


def test_url_ref_is_never_fetched(problems):
    found = only_error(problems, "url_ref.yaml")
    assert found.pointer.endswith("/schema/$ref")
    assert "never fetches URLs" in found.message
    assert "download the file" in found.hint


def test_wrong_types_give_one_diagnostic_per_problem_at_real_pointers(problems):
    found = problems("wrong_types.yaml", severity=Severity.ERROR)
    by_pointer = {item.pointer: item for item in found}
    assert sorted(by_pointer) == [
        "/info/version",
        "/paths/~1a/get/parameters/0/in",
        "/paths/~1a/get/responses/200/content/application~1json/schema/required",
        "/paths/~1a/get/responses/404",
    ]
    assert len(found) == 4
    assert "got 1.0" in by_pointer["/info/version"].message
    assert "'1.0'" in by_pointer["/info/version"].hint
    assert "'query', 'header', 'path' or 'cookie'" in by_pointer["/paths/~1a/get/parameters/0/in"].message
    assert "[id]" in by_pointer["/paths/~1a/get/responses/200/content/application~1json/schema/required"].hint
    assert "'description' is missing" in by_pointer["/paths/~1a/get/responses/404"].message


def test_union_branch_names_never_reach_a_pointer(problems):
    for found in problems("wrong_types.yaml"):
        for class_name in ("Reference", "Schema", "Response", "Parameter", "3.0.3"):
            assert f"/{class_name}" not in found.pointer


def test_31_type_error_is_reported_once_with_the_allowed_values(tmp_path):
    source = tmp_path / "bad_type.yaml"
    source.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    A: {type: object, properties: {b: {type: strin}}}\n"
    )
    with pytest.raises(DiagnosticError) as raised:
        load_document([source])
    [found] = raised.value.diagnostics
    assert found.pointer == "/components/schemas/A/properties/b/type"
    assert "'string'" in found.message and "got 'strin'" in found.message


def test_a_value_that_fits_no_branch_names_what_was_expected(tmp_path):
    source = tmp_path / "bad_items.yaml"
    source.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    A: {type: array, items: 5}\n"
    )
    with pytest.raises(DiagnosticError) as raised:
        load_document([source])
    [found] = raised.value.diagnostics
    assert found.pointer == "/components/schemas/A/items"
    assert found.message == "'items' must be a Schema object (a mapping), got 5"


def test_load_document_raises_only_errors_and_validate_returns_everything(fixture, problems):
    with pytest.raises(DiagnosticError) as raised:
        load_document([fixture("wrong_types.yaml")])
    assert all(item.severity is Severity.ERROR for item in raised.value.diagnostics)
    assert len(raised.value.diagnostics) == len(problems("wrong_types.yaml"))


def test_recursive_yaml_alias_is_a_diagnostic(tmp_path):
    source = tmp_path / "alias.yaml"
    source.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    A: &a {type: object, properties: {self: *a}}\n"
    )
    with pytest.raises(DiagnosticError) as raised:
        load_document([source])
    assert raised.value.diagnostics[0].file == str(source)


def test_a_value_that_fits_no_branch_of_a_union_names_every_branch(tmp_path):
    source = tmp_path / "bad_additional.yaml"
    source.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    A: {type: object, additionalProperties: 5}\n"
    )
    with pytest.raises(DiagnosticError) as raised:
        load_document([source])
    [found] = raised.value.diagnostics
    assert found.pointer == "/components/schemas/A/additionalProperties"
    assert found.message == "'additionalProperties' must be a Schema object or a boolean, got 5"
