"""The generated feature fixture clients, and a way to call them sync and async.

- Every fixture project (tests/features/generated/, completed with the runtime by
  packages.py) goes on `sys.path`, so its package imports by name (`import composition_client`).
- `server`: the `RecordingServer` of tests/conftest.py.
- `call`: parametrized over sync and async; `call(package, lambda c: c.group.op(...))` builds
  that package's client for the server, runs the operation with it and returns the result.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any, Protocol

import pytest

from tests.clients.recording_server import RecordingServer

from .packages import complete_projects, run_with_client

for _project in complete_projects():
    if str(_project) not in sys.path:
        sys.path.insert(0, str(_project))


class Call(Protocol):
    mode: str

    def __call__(self, package: str, operation: Callable[[Any], Any]) -> Any: ...


class _Caller:
    """Runs one operation with a fresh client of a package, in the test's mode."""

    def __init__(self, server: RecordingServer, mode: str) -> None:
        self.server = server
        self.mode = mode

    def __call__(self, package: str, operation: Callable[[Any], Any]) -> Any:
        options = {"base_url": self.server.url, "max_retries": 0, "timeout": 10.0}
        return run_with_client(
            self.mode, importlib.import_module(package), options, operation, operation
        )


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest, server: RecordingServer) -> Call:
    """Call an operation of a fixture client, once with the sync and once with the async client."""
    return _Caller(server, request.param)
