"""The release phase on its own: the API record reads back as the API, semver bumps, sections."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from generator.config import ClientSettings
from generator.diagnostics import DiagnosticError
from generator.diff import Bump, Change, compare_clients
from generator.diff.changelog import changelog_header, release_section, with_section
from generator.diff.record import RECORD_NAME, api_record, read_record
from generator.diff.versions import bumped
from generator.pipeline import build_ir
from tests.diff.test_compare import BASE, build, edited, generated_into, get_pet
from tests.golden.goldens import GOLDEN_SETS, SEED_GOLDENS

CASES = [
    pytest.param(settings, golden.project(settings), id=str(settings.package))
    for golden in GOLDEN_SETS
    for settings in golden.clients()
]


@pytest.mark.parametrize(("settings", "project"), CASES)
def test_the_committed_record_is_the_api_the_specs_give(
    settings: ClientSettings, project: Path
) -> None:
    recorded = read_record(project)
    assert recorded is not None
    client = build_ir(settings, project)[0]
    assert compare_clients(recorded, client) == []
    assert api_record(recorded) == api_record(client) == (project / RECORD_NAME).read_text()


@pytest.mark.parametrize(("settings", "project"), CASES)
def test_the_record_is_printed_as_json_prints_it(settings: ClientSettings, project: Path) -> None:
    text = api_record(build_ir(settings, project)[0])
    assert text == json.dumps(json.loads(text), indent=1, ensure_ascii=False) + "\n"


def test_the_record_keeps_text_beyond_ascii_as_it_is(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        'openapi: 3.0.3\ninfo: {title: "Café ☕ \\"API\\"", version: "1.0"}\npaths: {}\n',
        encoding="utf-8",
    )
    text = api_record(build_ir(ClientSettings(sources=(spec,), package="cafe"))[0])
    assert '"title": "Café ☕ \\"API\\""' in text
    assert text == json.dumps(json.loads(text), indent=1, ensure_ascii=False) + "\n"


def test_a_record_written_before_the_ir_gained_a_field_reads_with_its_default(
    tmp_path: Path,
) -> None:
    settings, project = next(
        (case.values[0], case.values[1]) for case in CASES if case.id == "dasha_client"
    )
    assert isinstance(settings, ClientSettings) and isinstance(project, Path)
    # Event streams came after this record's format: a record of then has no `event_stream`.
    text = (project / RECORD_NAME).read_text()
    (tmp_path / RECORD_NAME).write_text(text.replace(',\n      "event_stream": null', ""))
    assert "event_stream" not in (tmp_path / RECORD_NAME).read_text()
    recorded = read_record(tmp_path)
    assert recorded is not None and compare_clients(recorded, build_ir(settings)[0]) == []


def test_a_folder_without_a_record_has_no_previous_api(tmp_path: Path) -> None:
    assert read_record(tmp_path) is None


def test_a_record_from_before_a_field_was_added_reads_with_its_default(tmp_path: Path) -> None:
    settings = SEED_GOLDENS.clients()[0]
    client = build_ir(settings)[0]
    record = json.loads(api_record(client))
    del record["client"]["server_variables"], record["client"]["log_env_var"]
    (tmp_path / RECORD_NAME).write_text(json.dumps(record))
    recorded = read_record(tmp_path)
    assert recorded is not None
    assert (recorded.server_variables, recorded.log_env_var) == ((), "")
    assert compare_clients(recorded, client) == []


def test_former_names_read_back_and_a_record_without_them_has_none(tmp_path: Path) -> None:
    old = build(tmp_path, BASE, "old")
    renamed = generated_into(
        tmp_path,
        old,
        edited(lambda d: get_pet(d).update(operationId="fetchPet")),
        fields={("Pet", "tag"): "label"},
    )
    (tmp_path / RECORD_NAME).write_text(api_record(renamed))
    recorded = read_record(tmp_path)
    assert recorded is not None and recorded.has_former_names
    assert api_record(recorded) == api_record(renamed)
    # Written only where there are some: the record of a client without renames has none.
    assert '"former_names"' not in api_record(old)


@pytest.mark.parametrize(
    "text",
    ["{not json", '{"format": 99, "client": {}}', '{"format": 1, "client": {"package": "x"}}'],
)
def test_an_unreadable_record_is_bad_input_naming_the_file(tmp_path: Path, text: str) -> None:
    (tmp_path / RECORD_NAME).write_text(text)
    with pytest.raises(DiagnosticError) as raised:
        read_record(tmp_path)
    (problem,) = raised.value.diagnostics
    assert problem.file == str(tmp_path / RECORD_NAME)
    assert "version control" in problem.hint


@pytest.mark.parametrize("annotation", ["str |", "1 + 2", '"Pet"'])
def test_a_record_whose_type_is_no_annotation_is_bad_input(tmp_path: Path, annotation: str) -> None:
    recorded = (SEED_GOLDENS.generated / "uponai_client" / RECORD_NAME).read_text()
    (tmp_path / RECORD_NAME).write_text(
        recorded.replace('"annotation": "str"', f'"annotation": {json.dumps(annotation)}', 1)
    )
    with pytest.raises(DiagnosticError) as raised:
        read_record(tmp_path)
    assert "cannot be read" in raised.value.diagnostics[0].message


@pytest.mark.parametrize(
    ("version", "bump", "expected"),
    [
        ("1.4.2", Bump.MAJOR, "2.0.0"),
        ("1.4.2", Bump.MINOR, "1.5.0"),
        ("1.4.2", Bump.PATCH, "1.4.3"),
        ("0.1.0", Bump.MAJOR, "1.0.0"),
        ("2", Bump.MINOR, "2.1.0"),
        ("1.0.0rc1", Bump.PATCH, "1.0.1"),
        ("3.1.4.post2", Bump.PATCH, "3.1.5"),
    ],
)
def test_bumped_follows_semver(version: str, bump: Bump, expected: str) -> None:
    assert bumped(version, bump) == expected


def test_a_section_goes_above_the_releases_and_lists_breaking_changes_first() -> None:
    day = datetime.date(2026, 3, 1)
    first = with_section(changelog_header("pets_client"), release_section("1.0.0", day, None))
    changes = [
        Change(
            Bump.MAJOR,
            "field-removed",
            "models.Pet.name",
            "/components/schemas/Pet/properties/name",
            "field `name` removed",
        ),
        Change(
            Bump.PATCH,
            "error-removed",
            "client.pets.get()",
            "/paths/~1pets/get/responses/404",
            "error response 404 no longer documented",
        ),
    ]
    second = with_section(first, release_section("2.0.0", day, changes))
    assert second == changelog_header("pets_client") + (
        "\n## 2.0.0 (2026-03-01)\n\n"
        "### Breaking\n\n- `models.Pet.name`: field `name` removed\n\n"
        "### Compatible\n\n- `client.pets.get()`: error response 404 no longer documented\n\n"
        "## 1.0.0 (2026-03-01)\n\nFirst release.\n"
    )
