"""Hostile input gives exit code 2 and a message naming the file and the JSON pointer: never a
traceback, an internal error, a crash or a hang, and never the content of a file it must not read.

Each case runs the command line in a subprocess, so that a crash of the interpreter (a C stack
overflow) fails the test instead of killing pytest.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.diagnostics import DiagnosticError
from generator.load import load_document, validate_documents
from generator.load.files import MAX_FILE_BYTES, parse_data
from tests.cli.test_cli import clientgen

SECRET = "hunter2-do-not-print"
SPEC_30 = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
SWAGGER = "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n"
OPERATION = {
    "operationId": "getThing",
    "responses": {
        "200": {
            "description": "ok",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/S"}}},
        }
    },
}


def refusal(tmp_path: Path, source: Path, *messages: str) -> str:
    """Run validate and generate on source; both exit with 2, name the source and the messages."""
    for args in (("validate",), ("generate", "--output", "out")):
        result = clientgen(*args, str(source), cwd=tmp_path)
        output = result.stdout + result.stderr
        assert result.returncode == 2, output
        assert "Traceback" not in output and "internal error" not in output
        assert SECRET not in output
        assert str(source) in output
        for message in messages:
            assert message in output
    assert not (tmp_path / "out").exists()
    return output


def json_spec(tmp_path: Path, **schemas: object) -> Path:
    """A JSON document with one operation returning schema S, and the given schemas."""
    source = tmp_path / "api" / "api.json"
    source.parent.mkdir(exist_ok=True)
    document = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"get": OPERATION}},
        "components": {"schemas": {"S": {"type": "string"}, **schemas}},
    }
    source.write_text(json.dumps(document))
    return source


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """A file next to the folder of the source documents, which refs must not read."""
    (tmp_path / "secret").mkdir()
    creds = tmp_path / "secret" / "creds.json"
    creds.write_text(json.dumps({"password": SECRET}))
    (tmp_path / "api").mkdir()
    return creds


# -- refs to files: only regular files inside the folders of the sources -------------------------


@pytest.mark.parametrize(
    "head, place",
    [(SPEC_30, "components:\n  schemas:\n"), (SWAGGER, "definitions:\n")],
    ids=["openapi-3.0", "swagger-2.0"],
)
def test_a_ref_out_of_the_sources_folder_is_refused_unread(tmp_path, secret, head, place):
    source = tmp_path / "api" / "api.yaml"
    source.write_text(f"{head}{place}    A: {{$ref: '../secret/creds.json'}}\n")
    output = refusal(tmp_path, source, "/A/$ref", "outside the folders of the source documents")
    assert "--allow-refs" in output


def test_an_absolute_ref_to_a_system_file_is_refused_unread(tmp_path):
    source = tmp_path / "api.yaml"
    source.write_text(SPEC_30 + "components:\n  schemas:\n    P: {$ref: '/etc/passwd'}\n")
    output = refusal(tmp_path, source, "#/components/schemas/P/$ref", "outside the folders")
    assert "root:" not in output


def test_a_symlink_inside_the_folder_does_not_lead_out_of_it(tmp_path, secret):
    (tmp_path / "api" / "link.json").symlink_to(secret)
    source = tmp_path / "api" / "api.yaml"
    source.write_text(SPEC_30 + "components:\n  schemas:\n    A: {$ref: 'link.json'}\n")
    refusal(tmp_path, source, "#/components/schemas/A/$ref", "outside the folders")


def test_a_ref_to_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    os.mkfifo(tmp_path / "pipe.yaml")
    source = tmp_path / "api.yaml"
    source.write_text(SPEC_30 + "components:\n  schemas:\n    A: {$ref: 'pipe.yaml'}\n")
    refusal(tmp_path, source, "#/components/schemas/A/$ref", "not a regular file")


def test_a_ref_to_a_device_in_an_allowed_folder_is_refused_unread(tmp_path):
    source = tmp_path / "api.yaml"
    source.write_text(SPEC_30 + "components:\n  schemas:\n    A: {$ref: '/dev/zero'}\n")
    [found] = validate_documents([source], allow_refs=[Path("/dev")])
    assert found.pointer == "/components/schemas/A/$ref"
    assert "not a regular file" in found.message


def test_a_ref_to_a_file_too_large_is_refused(tmp_path):
    with open(tmp_path / "huge.yaml", "wb") as huge:
        huge.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk space used
    source = tmp_path / "api.yaml"
    source.write_text(SPEC_30 + "components:\n  schemas:\n    A: {$ref: 'huge.yaml'}\n")
    [found] = validate_documents([source])
    assert found.pointer == "/components/schemas/A/$ref"
    assert "larger than 64 MiB" in found.message


def test_allow_refs_widens_the_folders_refs_may_read(tmp_path, secret):
    (tmp_path / "secret" / "pet.yaml").write_text(
        "type: object\nproperties: {name: {type: string}}\n"
    )
    source = tmp_path / "api" / "api.yaml"
    source.write_text(SPEC_30 + "components:\n  schemas:\n    Pet: {$ref: '../secret/pet.yaml'}\n")
    document = load_document([source], allow_refs=[secret.parent])
    assert document.raw["components"]["schemas"]["Pet"]["type"] == "object"


# -- nesting and aliases ------------------------------------------------------------------------


def test_a_deep_yaml_flow_sequence_is_refused(tmp_path):
    source = tmp_path / "deep.yaml"
    source.write_text(SPEC_30 + "x-deep: " + "[" * 40_000 + "]" * 40_000 + "\n")
    refusal(tmp_path, source, "nest")


def test_a_deep_json_document_is_refused(tmp_path):
    source = tmp_path / "deep.json"
    source.write_text('{"openapi": "3.0.3", "x-deep": ' + "[" * 40_000 + "]" * 40_000 + "}")
    refusal(tmp_path, source, "nest more than about 1000 levels deep")


def test_nesting_made_deep_by_aliases_is_refused_at_the_alias(tmp_path):
    lines = ["x-chain:", "  a0: &a0 " + "[" * 100 + "]" * 100]
    lines += [f"  a{i}: &a{i} " + "[" * 100 + f"*a{i - 1}" + "]" * 100 for i in range(1, 400)]
    source = tmp_path / "chain.yaml"
    source.write_text(SPEC_30 + "\n".join(lines) + "\n")
    refusal(tmp_path, source, "#/x-chain/a9/0/0", "nest more than 1000 levels deep")


def test_an_alias_bomb_is_refused_at_the_alias(tmp_path):
    lines = ["components:", "  schemas:", "    A0: {enum: &a0 [x, x, x, x, x, x, x, x, x, x]}"]
    lines += [f"    A{i}: {{enum: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]}}" for i in range(1, 10)]
    lines += ["    S: {type: string, enum: *a9, example: *a9}"]
    source = tmp_path / "bomb.yaml"
    source.write_text(SPEC_30 + "\n".join(lines) + "\n")
    refusal(tmp_path, source, "#/components/schemas/A5/enum/", "aliases expand to more than")


def test_a_document_300_levels_deep_still_generates(tmp_path):
    deep = "[" * 300 + "]" * 300
    schema = "{type: string}"
    for level in range(100):
        schema = f"{{type: object, properties: {{p{level}: {schema}}}}}"
    source = tmp_path / "deep.yaml"
    source.write_text(
        SPEC_30.replace("paths: {}\n", "")
        + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n"
        + "          content:\n            application/json:\n"
        + "              schema: {$ref: '#/components/schemas/S'}\n"
        + f"components:\n  schemas:\n    S: {schema}\n    E: {{type: array, example: {deep}}}\n"
    )
    result = clientgen("generate", str(source), "--output", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr


# -- values no generated code can hold ------------------------------------------------------------


@pytest.mark.parametrize(
    "schema, pointer",
    [
        ({"type": "string", "title": "a\ud800b"}, "/components/schemas/B/title"),
        ({"type": "string", "description": "a\udfffb"}, "/components/schemas/B/description"),
        ({"$ref": "#/components/schemas/S\ud800"}, "/components/schemas/B/$ref"),
        ({"$ref": "other\u0000.yaml"}, "/components/schemas/B/$ref"),
    ],
)
def test_a_value_no_code_can_hold_is_refused_at_its_pointer(tmp_path, schema, pointer):
    source = json_spec(tmp_path, B=schema)
    refusal(tmp_path, source, f"api.json#{pointer}: error")


@pytest.mark.parametrize(
    "written", ["NaN", "Infinity", "-Infinity", "1e400", "1" + "0" * 400 + ".5"]
)
def test_a_number_that_is_not_finite_is_left_out_with_a_warning(tmp_path, written):
    source = json_spec(
        tmp_path, B={"type": "number", "default": 0, "maximum": 0, "enum": [1.5, 0, 2.5]}
    )
    source.write_text(
        source.read_text()
        .replace('"default": 0', f'"default": {written}')
        .replace("[1.5, 0, 2.5]", f"[1.5, {written}, 2.5]")
    )
    result = clientgen("generate", str(source), "--output", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "api.json#/components/schemas/B/default: warning" in result.stderr
    assert "api.json#/components/schemas/B/enum/1: warning" in result.stderr
    imported = subprocess.run(
        [sys.executable, "-c", "import t_client.models"],
        cwd=tmp_path / "out",
        capture_output=True,
        text=True,
    )
    assert imported.returncode == 0, imported.stderr


@pytest.mark.parametrize("escape", ["\\ud800", "\\uDBFF", "\\uDc00"])
def test_a_lone_surrogate_is_refused_however_its_escape_is_spelled(escape):
    with pytest.raises(DiagnosticError) as refused:
        parse_data(f'{{"info": {{"title": "a{escape}b"}}}}', "api.json", as_json=True)
    assert "lone surrogate" in refused.value.diagnostics[0].message
    assert refused.value.diagnostics[0].pointer == "/info/title"


def test_a_number_that_is_not_finite_under_a_yaml_alias_is_left_out_once():
    """An alias makes one mapping (and its list) reachable from two places; each value that is
    not finite goes once, with a warning at each place, and the other values stay."""
    text = "A: &shared {type: number, default: .inf, enum: [1.5, .nan, 2.5, .inf]}\nB: *shared\n"
    data, warnings = parse_data(text, "api.yaml", as_json=False)
    assert data["A"] is data["B"]
    assert data["A"] == {"type": "number", "enum": [1.5, 2.5]}
    assert sorted(diagnostic.pointer for diagnostic in warnings) == [
        "/A/default", "/A/enum/1", "/A/enum/3", "/B/default", "/B/enum/1", "/B/enum/3",
    ]  # fmt: skip


@pytest.mark.parametrize("name, text", [("big.json", '{"a": 1%s}'), ("big.yaml", "a: 1%s\n")])
def test_an_integer_too_long_for_python_is_refused(tmp_path, name, text):
    source = tmp_path / name
    source.write_text(text % ("0" * 5000))
    refusal(tmp_path, source, "an integer of more than 4300 digits")


@pytest.mark.parametrize(
    "ref, problem",
    [("#/components/schemas/S", "a schema"), ("#/info", "a field of the document")],
)
def test_a_ref_to_the_wrong_kind_of_object_is_refused_at_the_ref(tmp_path, ref, problem):
    source = json_spec(tmp_path)
    document = json.loads(source.read_text())
    document["paths"]["/a"]["get"]["parameters"] = [{"$ref": ref}]
    source.write_text(json.dumps(document))
    refusal(
        tmp_path,
        source,
        "#/paths/~1a/get/parameters/0/$ref",
        f"points to {problem}, not to a parameter",
    )


@pytest.mark.parametrize("place", ["title", "tag"])
def test_a_very_long_title_or_tag_gives_bounded_file_names(tmp_path, place):
    source = json_spec(tmp_path)
    document = json.loads(source.read_text())
    if place == "title":
        document["info"]["title"] = "a" * 300
    else:
        document["paths"]["/a"]["get"]["tags"] = ["b" * 300]
    source.write_text(json.dumps(document))
    result = clientgen("generate", str(source), "--output", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    names = [path.name for path in (tmp_path / "out").rglob("*")]
    assert max(len(name) for name in names) <= 104


def test_a_schema_nested_300_levels_deep_gives_a_client_that_imports(tmp_path):
    schema: dict[str, object] = {"type": "string"}
    for _ in range(300):
        schema = {"type": "object", "properties": {"child": schema}}
    source = json_spec(tmp_path, S=schema)
    result = clientgen("generate", str(source), "--output", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    every_model = "import t_client.models as m; [getattr(m, name) for name in dir(m)]"
    imported = subprocess.run(
        [sys.executable, "-c", every_model], cwd=tmp_path / "out", capture_output=True, text=True
    )
    assert imported.returncode == 0, imported.stderr[-2000:]


def test_lists_nested_deeper_than_python_parses_are_typed_any_with_a_warning(tmp_path):
    schema: dict[str, object] = {"type": "string"}
    for _ in range(150):
        schema = {"type": "array", "items": schema}
    source = json_spec(tmp_path, S=schema)
    result = clientgen("generate", str(source), "--output", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "more than Python's parser reads; it is typed Any" in result.stderr
    imported = subprocess.run(
        [sys.executable, "-c", "import t_client"],
        cwd=tmp_path / "out",
        capture_output=True,
        text=True,
    )
    assert imported.returncode == 0, imported.stderr


def test_an_integer_default_beyond_a_float_on_a_number_is_left_out(tmp_path):
    source = json_spec(tmp_path, B={"type": "number", "default": 0})
    source.write_text(source.read_text().replace('"default": 0', '"default": 1' + "0" * 400))
    result = clientgen("generate", str(source), "--output", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]


def test_a_deep_schema_in_a_document_whose_components_are_no_mapping_is_refused(tmp_path):
    schema: dict[str, object] = {"type": "string"}
    for _ in range(150):
        schema = {"allOf": [schema]}
    source = json_spec(tmp_path)
    document = json.loads(source.read_text())
    document["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = (
        schema
    )
    document["components"] = "text"
    source.write_text(json.dumps(document))
    refusal(tmp_path, source, "api.json#/components")
