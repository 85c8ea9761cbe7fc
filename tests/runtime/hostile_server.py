"""A real HTTP server on 127.0.0.1 that misbehaves on purpose, one way per path.

`/ok` answers `{}` and records the request; `/redirect?to=URL` redirects (302) to URL;
`/trickle` sends a JSON body one byte at a time, `TRICKLE_PAUSE` seconds apart; `/bomb` sends
a small gzip body that expands to a JSON string of `BOMB_SIZE` bytes; `/ansi` answers 400 with
ANSI escapes in its reason phrase. Every answer ends within `TRICKLE_BYTES * TRICKLE_PAUSE`
seconds, and as soon as the client hangs up.
"""

from __future__ import annotations

import gzip
import time
from urllib.parse import parse_qs, urlsplit

from tests.threaded_server import QuietHandler, ThreadedServer

TRICKLE_PAUSE = 0.25
TRICKLE_BYTES = 40
"""The trickled body takes TRICKLE_BYTES * TRICKLE_PAUSE seconds (10 s) to arrive."""

BOMB_SIZE = 4 * 1024 * 1024
ANSI_REASON = "Bad \x1b[31mRequest\x1b[0m"


class HostileServer(ThreadedServer):
    """The server, in a background thread; use as a context manager."""

    def __init__(self) -> None:
        super().__init__(_Handler)
        self.requests: list[tuple[str, dict[str, str]]] = []
        """(request target, headers with lower-case names) of every request to `/ok`."""


class _Handler(QuietHandler):
    def do_GET(self) -> None:
        split = urlsplit(self.path)
        recorder: HostileServer = self.server.owner
        if split.path == "/redirect":
            self._answer(302, b"", [("Location", parse_qs(split.query)["to"][0])])
        elif split.path == "/trickle":
            self._trickle()
        elif split.path == "/bomb":
            body = gzip.compress(b'"' + b"0" * (BOMB_SIZE - 2) + b'"')
            self._answer(200, body, [("Content-Encoding", "gzip")])
        elif split.path == "/ansi":
            self._answer(400, b"{}", reason=ANSI_REASON)
        else:
            recorder.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            self._answer(200, b"{}")

    def _answer(
        self,
        status: int,
        body: bytes,
        headers: list[tuple[str, str]] | None = None,
        reason: str | None = None,
    ) -> None:
        self.send_response(status, reason)
        for name, value in [("Content-Type", "application/json"), *(headers or [])]:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _trickle(self) -> None:
        body = b'"' + b"x" * (TRICKLE_BYTES - 2) + b'"'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        for byte in body:
            try:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
            except OSError:
                return  # the client gave up, as it should
            time.sleep(TRICKLE_PAUSE)
