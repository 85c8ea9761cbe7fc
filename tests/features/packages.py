"""The feature fixture packages, complete, the client classes each exports, and a way to run
code with a sync or an async client of one.

tests/features/generated/ commits each fixture project without the runtime (see
tests/golden/goldens.py). Before the tests import them (conftest.py asks first), every
committed project is copied into a temporary folder, which lives as long as the test
process, and the runtime the seed clients commit is put back into its package.
"""

from __future__ import annotations

import asyncio
import atexit
import functools
import importlib
import shutil
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

from tests.golden.goldens import FEATURE_GOLDENS, committed_runtime
from tests.packaging.projects import NOT_SOURCE


@functools.cache
def complete_projects() -> tuple[Path, ...]:
    """Each committed fixture project (its folder is named after its package) with the runtime,
    copied once per test process; sorted by folder."""
    root = Path(tempfile.mkdtemp(prefix="clientgen-features-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    committed = sorted(
        path for path in FEATURE_GOLDENS.generated.iterdir() if (path / "pyproject.toml").is_file()
    )
    runtime = committed_runtime()
    for project in committed:
        shutil.copytree(project, root / project.name, ignore=shutil.ignore_patterns(*NOT_SOURCE))
        for name, text in runtime.items():
            (root / project.name / project.name / name).write_text(text, encoding="utf-8")
    return tuple(root / project.name for project in committed)


def project_path(package: str) -> Path:
    [found] = [project for project in complete_projects() if project.name == package]
    return found


def client_classes(package: ModuleType) -> tuple[type[Any], type[Any]]:
    """The sync and the async client class a generated package exports."""
    base = importlib.import_module(f"{package.__name__}._base_client")
    exported = [getattr(package, name) for name in package.__all__]
    sync = [
        cls for cls in exported if isinstance(cls, type) and issubclass(cls, base.SyncAPIClient)
    ]
    asynchronous = [
        cls for cls in exported if isinstance(cls, type) and issubclass(cls, base.AsyncAPIClient)
    ]
    assert len(sync) == 1 and len(asynchronous) == 1, package.__all__
    return sync[0], asynchronous[0]


def run_with_client(
    mode: str,
    package: ModuleType,
    options: Mapping[str, Any],
    sync: Callable[[Any], Any],
    asynchronous: Callable[[Any], Any],
) -> Any:
    """`sync(client)` with a sync client of `package` made with `options`, or in mode "async"
    `await asynchronous(client)` with an async one, in an event loop of its own."""
    sync_class, async_class = client_classes(package)
    if mode == "sync":
        with sync_class(**options) as client:
            return sync(client)

    async def run() -> Any:
        async with async_class(**options) as client:
            return await asynchronous(client)

    return asyncio.run(run())
