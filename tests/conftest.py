"""Fixtures that tests of more than one folder use; pytest offers them to every test.

- `server`: a `RecordingServer` on 127.0.0.1 (started once per module, reset before each test).
- `closed_port_url`: a base URL on 127.0.0.1 where nothing listens (connection refused).
- `runner`: runs the same test code with a sync, then an async client (tests/clients/seeds.py).
"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from tests.clients.recording_server import RecordingServer
from tests.clients.seeds import Runner


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


@pytest.fixture(params=[False, True], ids=["sync", "async"])
def runner(request: pytest.FixtureRequest) -> Iterator[Runner]:
    """A `Runner` for the sync clients, then for the async ones."""
    active = Runner(is_async=request.param)
    try:
        yield active
    finally:
        active.close()
