"""Load the client runtime (templates/runtime) as the package `runtime_under_test`.

The runtime has no `__init__.py` of its own: the generator copies it into every client
package. Here it becomes a package through a spec whose search path is that folder. The
`sample_client` fixture goes one step further and assembles a whole client package the way
the generator does: the runtime files next to a hand-written stand-in for generated code.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import sys
from collections.abc import Iterator
from types import ModuleType

import pytest

from .assembly import RUNTIME_DIR, assemble_package


def _load_runtime() -> None:
    spec = importlib.machinery.ModuleSpec("runtime_under_test", None, is_package=True)
    spec.submodule_search_locations = [str(RUNTIME_DIR)]
    sys.modules["runtime_under_test"] = importlib.util.module_from_spec(spec)


_load_runtime()


@pytest.fixture(scope="session")
def sample_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The assembled package `sample_client`, imported."""
    root = tmp_path_factory.mktemp("assembled")
    assemble_package(root / "sample_client")
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module("sample_client")
    finally:
        sys.path.remove(str(root))
        for name in [name for name in sys.modules if name.split(".")[0] == "sample_client"]:
            del sys.modules[name]
