"""The cycle collector while `generate_client` runs, as `clientgen generate` calls it: off while
the client is built in memory, on again afterwards, whether or not the document was good."""

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
      responses:
        "200":
          description: the pets
          content:
            application/json:
              schema: {type: array, items: {type: string}}
"""


def test_paused_while_the_client_is_built_and_on_again_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = tmp_path / "pets.yaml"
    spec.write_text(SPEC)
    enabled_while_rendering: list[bool] = []
    render = pipeline.render_package

    def recording_render(client: Any, progress: Progress) -> dict[str, str]:
        enabled_while_rendering.append(gc.isenabled())
        return render(client, progress)

    monkeypatch.setattr(pipeline, "render_package", recording_render)
    generated = pipeline.generate_client(ClientSettings(sources=(spec,), package="pets_client"))
    assert "pets_client/__init__.py" in generated.files
    assert enabled_while_rendering == [False]
    assert gc.isenabled()


def test_on_again_after_a_document_is_refused(tmp_path: Path) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_text("openapi: [3.1.0\n")
    with pytest.raises(DiagnosticError):
        pipeline.generate_client(ClientSettings(sources=(spec,), package="broken_client"))
    assert gc.isenabled()


def test_left_off_when_the_caller_turned_it_off(tmp_path: Path) -> None:
    spec = tmp_path / "pets.yaml"
    spec.write_text(SPEC)
    gc.disable()
    try:
        pipeline.generate_client(ClientSettings(sources=(spec,), package="pets_client"))
        assert not gc.isenabled()
    finally:
        gc.enable()
