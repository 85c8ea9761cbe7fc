"""Fixtures for exercising generated clients over real HTTP.

- `server`: a `RecordingServer` (started once per module, reset before each test).
- `closed_port_url`: a base URL on 127.0.0.1 where nothing listens (connection refused).
- `prism_executable`: path to Prism; skips when it is not installed, fails instead under CI.
- `prism`: starts Prism mock servers for the test and stops them after it.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from .prism import PRISM_BIN, REPO_ROOT, prism_mock, prism_mock_document
from .recording_server import RecordingServer


def _running_in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.fixture(scope="module")
def _module_server() -> Iterator[RecordingServer]:
    with RecordingServer() as server:
        yield server


@pytest.fixture
def server(_module_server: RecordingServer) -> Iterator[RecordingServer]:
    """A running `RecordingServer`, empty: no requests, no script, default 200 `{}`."""
    _module_server.reset()
    yield _module_server
    _module_server.reset()


@pytest.fixture
def closed_port_url() -> Iterator[str]:
    """`http://127.0.0.1:<port>` where nothing listens: connecting is refused at once.

    The port stays bound (without listening) for the whole test so nobody else takes it.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"


def require_prism(executable: Path = PRISM_BIN) -> Path:
    """`executable` if it exists; otherwise skip the test, or fail it when CI is set.

    Contract tests must not silently vanish from CI.
    """
    if not executable.exists():
        reason = f"Prism is not installed ({executable} missing): run `npm ci` in {REPO_ROOT}"
        if _running_in_ci():
            pytest.fail(reason + " (CI is set, so this fails instead of skipping)")
        pytest.skip(reason)
    return executable


@pytest.fixture(scope="session")
def prism_executable() -> Path:
    """Path to node_modules/.bin/prism (skips locally / fails under CI when missing)."""
    return require_prism()


class PrismLauncher:
    """Starts Prism mock servers that live until the end of the test."""

    def __init__(self, executable: Path, stack: ExitStack) -> None:
        self.executable = executable
        self._stack = stack

    def mock(self, spec_path: str | os.PathLike[str], **options: Any) -> str:
        """Start `prism mock spec_path`; return its base URL. Options as for `prism_mock`."""
        options.setdefault("executable", self.executable)
        return self._stack.enter_context(prism_mock(spec_path, **options))

    def mock_document(self, document: dict[str, Any], **options: Any) -> str:
        """Start Prism on an OpenAPI document given as a dict; return its base URL."""
        options.setdefault("executable", self.executable)
        return self._stack.enter_context(prism_mock_document(document, **options))


@pytest.fixture
def prism(prism_executable: Path) -> Iterator[PrismLauncher]:
    """`prism.mock(spec_path) -> base_url` / `prism.mock_document(dict) -> base_url`."""
    with ExitStack() as stack:
        yield PrismLauncher(prism_executable, stack)
