"""The cycle collector while `generate_client` runs, as `clientgen generate` calls it: off while
the IR is built, on while the files are printed and formatted but blind to the IR (frozen), and
on again afterwards with nothing left frozen, whether or not the document was good; and that
building the IR leaves none of its objects in reference cycles, which only the collector frees."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest

from generator import pipeline
from generator.config import ClientSettings
from generator.diagnostics import DiagnosticError
from generator.progress import Progress

SPEC = """\
openapi: 3.1.0
info: {title: Pets, version: "1.0"}
paths:
  /pets:
    get:
      operationId: listPets
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
      responses:
        "200":
          description: the pets
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Pet"}}
components:
  schemas:
    Pet:
      type: object
      properties:
        owner: {$ref: "#/components/schemas/Owner"}
    Owner:
      type: object
      properties:
        pets: {type: array, items: {$ref: "#/components/schemas/Pet"}}
"""


def test_paused_while_the_ir_is_built_and_frozen_past_it_while_the_files_are_printed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = tmp_path / "pets.yaml"
    spec.write_text(SPEC)
    seen: dict[str, tuple[bool, bool]] = {}
    build_ir, render = pipeline.build_ir, pipeline.printed_files

    def collector_state() -> tuple[bool, bool]:
        return gc.isenabled(), gc.get_freeze_count() > 0

    def recording_build_ir(*arguments: Any) -> Any:
        seen["ir"] = collector_state()
        return build_ir(*arguments)

    def recording_render(client: Any, progress: Progress) -> dict[str, str]:
        seen["render"] = collector_state()
        return render(client, progress)

    monkeypatch.setattr(pipeline, "build_ir", recording_build_ir)
    monkeypatch.setattr(pipeline, "printed_files", recording_render)
    generated = pipeline.generate_client(ClientSettings(sources=(spec,), package="pets_client"))
    assert "pets_client/__init__.py" in generated.files
    assert seen == {"ir": (False, False), "render": (True, True)}
    assert collector_state() == (True, False)


def test_building_the_ir_leaves_no_cycles_of_its_own(tmp_path: Path) -> None:
    # A cycle holding the loaded document would keep it, the biggest thing in memory, until
    # the paused collector runs again.
    spec = tmp_path / "pets.yaml"
    spec.write_text(SPEC)
    settings = ClientSettings(sources=(spec,), package="pets_client")
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        client = pipeline.build_ir(settings)[0]
        gc.collect()
        left = {_module_of(garbage) for garbage in gc.garbage}
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    assert [model.name for model in client.models] == ["Owner", "Pet"]
    assert not {module for module in left if module.startswith(("generator.", "openapi_pydantic"))}


def _module_of(value: object) -> str:
    return str(getattr(value, "__module__", None) or type(value).__module__)


def test_on_again_after_a_document_is_refused(tmp_path: Path) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_text("openapi: [3.1.0\n")
    with pytest.raises(DiagnosticError):
        pipeline.generate_client(ClientSettings(sources=(spec,), package="broken_client"))
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_left_off_when_the_caller_turned_it_off(tmp_path: Path) -> None:
    spec = tmp_path / "pets.yaml"
    spec.write_text(SPEC)
    gc.disable()
    try:
        pipeline.generate_client(ClientSettings(sources=(spec,), package="pets_client"))
        assert not gc.isenabled()
    finally:
        gc.enable()
