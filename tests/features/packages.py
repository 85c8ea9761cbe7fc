"""The generated feature fixture packages: where they are, and the client classes each exports."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType
from typing import Any

from tests.golden.goldens import FEATURES

GENERATED = FEATURES / "generated"
PROJECTS = sorted(path for path in GENERATED.iterdir() if (path / "pyproject.toml").is_file()) if GENERATED.is_dir() else []


def project_path(package: str) -> Path:
    return GENERATED / package


def client_classes(package: ModuleType) -> tuple[type[Any], type[Any]]:
    """The sync and the async client class a generated package exports."""
    base = importlib.import_module(f"{package.__name__}._base_client")
    exported = [getattr(package, name) for name in package.__all__]
    sync = [cls for cls in exported if isinstance(cls, type) and issubclass(cls, base.SyncAPIClient)]
    asynchronous = [cls for cls in exported if isinstance(cls, type) and issubclass(cls, base.AsyncAPIClient)]
    assert len(sync) == 1 and len(asynchronous) == 1, package.__all__
    return sync[0], asynchronous[0]
