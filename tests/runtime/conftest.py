"""Load the client runtime (templates/runtime) as the package `runtime_under_test`.

The runtime has no `__init__.py` of its own: the generator copies it into every client
package. Here it becomes a package through a spec whose search path is that folder. The
`sample_client` fixture goes one step further: the PolyAI seed client, generated for the
test session, so the runtime is driven by the code the generator writes today.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from .assembly import RUNTIME_DIR, SAMPLE_PACKAGE, write_sample_client


def _load_runtime() -> None:
    spec = importlib.machinery.ModuleSpec("runtime_under_test", None, is_package=True)
    spec.submodule_search_locations = [str(RUNTIME_DIR)]
    sys.modules["runtime_under_test"] = importlib.util.module_from_spec(spec)


_load_runtime()


@pytest.fixture(scope="session")
def sample_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project folder of the generated sample client; its package is `sample_client`."""
    return write_sample_client(tmp_path_factory.mktemp("sample") / "project")


@pytest.fixture(scope="session")
def sample_client(sample_project: Path) -> Iterator[ModuleType]:
    """The package `sample_client`, imported."""
    sys.path.insert(0, str(sample_project))
    try:
        yield importlib.import_module(SAMPLE_PACKAGE)
    finally:
        sys.path.remove(str(sample_project))
        for name in [name for name in sys.modules if name.split(".")[0] == SAMPLE_PACKAGE]:
            del sys.modules[name]
