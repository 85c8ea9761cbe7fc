"""A big client's files rendered, formatted and recorded by forked workers are the files
printed in turn, the workers' progress counts every file once, and black's cache is trimmed
once a generation, not once a worker's share."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import workers
from generator.config import ClientSettings
from generator.diff import RECORD_NAME, api_record
from generator.ir.model import Client
from generator.pipeline import build_ir, existing_objects_frozen
from generator.render import render_package
from generator.render.package import package_pages
from generator.write.cache import FormatCache
from generator.write.format import format_files
from tests.cli.test_progress import Recorder, counted

SPECS = Path(__file__).parents[1] / "features" / "specs"

pytestmark = pytest.mark.skipif(
    not workers._can_fork(), reason="the files are rendered in turn where forking is not safe"
)


@pytest.mark.parametrize("spec", ["many_models.yaml", "pagination.yaml", "streaming.yaml"])
def test_the_workers_give_the_files_that_printing_in_turn_gives(
    spec: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workers, "_cores", lambda: 2)
    client = build_ir(ClientSettings(sources=(SPECS / spec,)))[0]
    recorder = Recorder([])
    with existing_objects_frozen():
        shared = workers.printed_files(client, recorder, parallel_from=1)
    assert shared == in_turn(client)
    assert [call[1] for call in recorder.calls if call[0] == "phase"] == [
        "render, format and record"
    ]
    pages = len(package_pages(client))
    assert counted(recorder.calls) == [("files", pages, pages)]


def test_a_small_client_is_printed_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "_cores", lambda: 2)
    client = build_ir(ClientSettings(sources=(SPECS / "operations.yaml",)))[0]
    recorder = Recorder([])
    files = workers.printed_files(client, recorder)
    assert files == in_turn(client)
    assert [call[1] for call in recorder.calls if call[0] == "phase"] == [
        "render",
        "format",
        "record",
    ]


def test_the_format_cache_is_trimmed_once_after_all_the_shares(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workers, "_cores", lambda: 2)
    # Fewer shares than the fixture has pages, so that every share formats some.
    monkeypatch.setattr(workers, "_SHARES_PER_WORKER", 4)
    monkeypatch.delenv("CLIENTGEN_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    trims = tmp_path / "trims"
    trims.touch()

    def trim(cache: FormatCache) -> None:
        # The workers are forked: a line in a file is how their calls reach the test.
        with trims.open("a") as log:
            log.write("trim\n")

    monkeypatch.setattr(FormatCache, "evict_oldest", trim)
    client = build_ir(ClientSettings(sources=(SPECS / "many_models.yaml",)))[0]
    with existing_objects_frozen():
        workers.printed_files(client, parallel_from=1)
    shares = 2 * workers._SHARES_PER_WORKER
    assert len(package_pages(client)) > shares, "every share has pages to format"
    assert trims.read_text() == "trim\n"
    with existing_objects_frozen():
        workers.printed_files(client, parallel_from=1)
    assert trims.read_text() == "trim\n", "all from the cache the second time: nothing to trim"


def in_turn(client: Client) -> dict[str, str]:
    return {**format_files(render_package(client)), RECORD_NAME: api_record(client)}
