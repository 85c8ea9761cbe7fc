"""Shared fixtures of the load-phase tests: the fixture directory and diagnostic helpers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from generator.diagnostics import Diagnostic, Severity
from generator.load import validate_documents

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixture() -> Callable[[str], Path]:
    """The path of a fixture file by its name relative to tests/load/fixtures."""

    def path(name: str) -> Path:
        found = FIXTURES / name
        assert found.exists(), f"missing fixture {name}"
        return found

    return path


@pytest.fixture
def problems() -> Callable[..., list[Diagnostic]]:
    """The diagnostics `validate_documents` gives for fixture files, optionally one severity."""

    def run(*names: str, severity: Severity | None = None) -> list[Diagnostic]:
        paths: Sequence[Path] = [FIXTURES / name for name in names]
        found = validate_documents(paths)
        return [item for item in found if severity is None or item.severity is severity]

    return run
