"""Load the client runtime (templates/runtime) as the package `runtime_under_test`.

The runtime has no `__init__.py` of its own: the generator copies it into every client
package. Here it becomes a package by giving it a spec whose search path is that folder.
The `sample_client` fixture goes one step further and assembles a whole client package the
way the generator does: the runtime files next to a hand-written stand-in for generated code.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

RUNTIME_DIR = Path(__file__).resolve().parents[2] / "templates" / "runtime"
SAMPLE_DIR = Path(__file__).resolve().parent / "sample_client"


def _load_runtime() -> None:
    spec = importlib.machinery.ModuleSpec("runtime_under_test", None, is_package=True)
    spec.submodule_search_locations = [str(RUNTIME_DIR)]
    sys.modules["runtime_under_test"] = importlib.util.module_from_spec(spec)


_load_runtime()


def assemble_package(target: Path) -> Path:
    """Copy the runtime and the sample client's files into the package folder `target`."""
    shutil.copytree(SAMPLE_DIR, target, ignore=shutil.ignore_patterns("__pycache__"))
    for source in RUNTIME_DIR.iterdir():
        if source.suffix == ".py" or source.name == "py.typed":
            shutil.copy(source, target / source.name)
    return target


@pytest.fixture(scope="session")
def sample_package_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the assembled package `sample_client`."""
    root = tmp_path_factory.mktemp("assembled")
    assemble_package(root / "sample_client")
    return root


@pytest.fixture(scope="session")
def sample_client(sample_package_dir: Path) -> Iterator[ModuleType]:
    """The assembled `sample_client` package, imported."""
    sys.path.insert(0, str(sample_package_dir))
    try:
        yield importlib.import_module("sample_client")
    finally:
        sys.path.remove(str(sample_package_dir))
        for name in [name for name in sys.modules if name.split(".")[0] == "sample_client"]:
            del sys.modules[name]
