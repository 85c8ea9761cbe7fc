"""Print a big client's files on every core: render, format and record its API.

The IR is built in one process. The files of a big client are then rendered and formatted by
worker processes forked from it, each taking shares of the pages by number, and one of them
writes the API record: a forked worker has the IR already (and the collector is blind to it,
`pipeline.existing_objects_frozen`), so only the files' texts cross between processes. Where
forking is not safe (Windows has none; on macOS the system libraries may hang a forked
child), on one core, or for a small client, it is all done here, one phase after the other.
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import sys

from generator.diff import RECORD_NAME, api_record
from generator.ir.model import Client
from generator.progress import SILENT, Progress
from generator.render.package import (
    Page,
    package_pages,
    render_package,
    render_pages,
    unrendered_files,
)
from generator.write.format import Formatted, format_files, format_in_blocks, trim_format_cache

PARALLEL_PAGES = 300
"""Below this many pages, starting the workers costs more than they save."""
_SHARES_PER_WORKER = 8
"""Shares a worker takes in turn, so that a share slower than the rest leaves no core idle."""

_client: Client | None = None
"""The client being generated, which the workers are forked with."""
_pages: list[Page] = []
"""Its pages."""


def printed_files(
    client: Client, progress: Progress = SILENT, *, parallel_from: int = PARALLEL_PAGES
) -> dict[str, str]:
    """The files `format_files(render_package(client))` gives and the API record, in worker
    processes when the client has `parallel_from` pages or more and there are cores for them."""
    pages = package_pages(client)
    workers = _cores() if _can_fork() else 1
    if len(pages) < parallel_from or workers < 2:
        progress.phase("render")
        rendered = render_package(client, progress)
        progress.phase("format")
        files = format_files(rendered, progress)
        progress.phase("record")
        return {**files, RECORD_NAME: api_record(client)}
    progress.phase("render, format and record")
    progress.steps(len(pages), "files")
    shares = workers * _SHARES_PER_WORKER
    unrendered = format_in_blocks(unrendered_files(client), trim_cache=False)
    files, cache_grown = dict(unrendered.files), unrendered.cache_grown
    global _client, _pages
    _client, _pages = client, pages
    try:
        with concurrent.futures.ProcessPoolExecutor(
            workers, mp_context=multiprocessing.get_context("fork")
        ) as pool:
            # First, as it is the longest task.
            record = pool.submit(_record)
            started = {
                pool.submit(_render_and_format, share, shares): share for share in range(shares)
            }
            for done in concurrent.futures.as_completed(started):
                share = done.result()
                files.update(share.files)
                cache_grown |= share.cache_grown
                progress.advance(len(range(started[done], len(pages), shares)))
            files[RECORD_NAME] = record.result()
    finally:
        _client, _pages = None, []
    if cache_grown:
        trim_format_cache()
    return files


def _render_and_format(share: int, shares: int) -> Formatted:
    """In a worker: every `shares`-th page from the `share`-th, rendered and formatted (black
    runs in this worker: the others have cores of their own)."""
    return format_in_blocks(render_pages(_pages[share::shares]), parallel=False, trim_cache=False)


def _record() -> str:
    """In a worker: the API record of the client."""
    assert _client is not None, "forked while a client is generated"
    return api_record(_client)


def _can_fork() -> bool:
    return sys.platform != "darwin" and "fork" in multiprocessing.get_all_start_methods()


def _cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1
