"""A real HTTP server on 127.0.0.1 that sends each answer in parts, as the test scripts them.

An `Answer` is a status, headers and its parts, taken one at a time as it is sent:

- bytes are sent at once: as one chunk of a chunked body, or as they are when the answer
  has a `length` (Content-Length);
- a `threading.Event` is waited for, so that the test can look at what the client made of the
  parts before it, then `set()` it to let the server go on;
- a callable is called (`sent_last.set`, to say how far the server got);
- `HANG_UP` waits until the client closes the connection.

Parts may come from a generator, so that a large body is made as it is sent. Every wait ends
after `WAIT` seconds at the latest; `gave_up` then says that one did.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from tests.threaded_server import QuietHandler, ThreadedServer

WAIT = 10.0
"""Seconds the server waits for an event or a hang-up before it gives up and goes on."""


class _HangUp:
    def __repr__(self) -> str:
        return "HANG_UP"


HANG_UP = _HangUp()
"""A part: wait until the client closes the connection."""

Part = bytes | threading.Event | Callable[[], object] | _HangUp


@dataclass
class Request:
    """One request as the server received it."""

    method: str
    target: str
    headers: dict[str, str]
    """Names in lower case."""
    body: bytes


@dataclass
class Answer:
    """What the server answers one request with, and what it saw while it did."""

    parts: Iterable[Part]
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    length: int | None = None
    """The Content-Length; None sends the body chunked."""
    hung_up: threading.Event = field(default_factory=threading.Event)
    """Set once the client closed the connection before the answer's end."""
    gave_up: threading.Event = field(default_factory=threading.Event)
    """Set when a wait ran out: the client did not do what the part waited for."""
    request: Request | None = None


class StreamingServer(ThreadedServer):
    """The server, in a background thread; use as a context manager."""

    def __init__(self) -> None:
        super().__init__(_Handler)
        self._lock = threading.Lock()
        self._answers: dict[str, deque[Answer]] = {}

    def answer(self, path: str, *answers: Answer) -> None:
        """Answer the next requests for `path` (without its query) with `answers`, in order."""
        with self._lock:
            self._answers.setdefault(path, deque()).extend(answers)

    def reset(self) -> None:
        with self._lock:
            self._answers.clear()

    def next_answer(self, path: str) -> Answer | None:
        with self._lock:
            queue = self._answers.get(path)
            return queue.popleft() if queue else None


class _Handler(QuietHandler):
    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        scripts: StreamingServer = self.server.owner
        answer = scripts.next_answer(urlsplit(self.path).path)
        self.close_connection = True
        if answer is None:
            self.send_error(404, "no answer scripted for this path")
            return
        answer.request = Request(
            self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body
        )
        self.send_response(answer.status)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        if answer.length is None:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(answer.length))
        self.send_header("Connection", "close")
        self.end_headers()
        if self._send(answer) and answer.length is None:
            self._write(answer, b"0\r\n\r\n")

    def _send(self, answer: Answer) -> bool:
        """Send the answer's parts; False when the client hung up before the end."""
        for part in answer.parts:
            if isinstance(part, bytes):
                data = part if answer.length is not None else b"%x\r\n%s\r\n" % (len(part), part)
                if not self._write(answer, data):
                    return False
            elif isinstance(part, threading.Event):
                if not part.wait(WAIT):
                    answer.gave_up.set()
            elif isinstance(part, _HangUp):
                self._await_hang_up(answer)
                if answer.hung_up.is_set():
                    return False
            else:
                part()
        return True

    def _write(self, answer: Answer, data: bytes) -> bool:
        try:
            self.wfile.write(data)
            self.wfile.flush()
        except OSError:
            answer.hung_up.set()
            return False
        return True

    def _await_hang_up(self, answer: Answer) -> None:
        # The client sends nothing after its request, so the next read ends only when it
        # closes the connection: it gives b"" (or fails, on a reset).
        self.connection.settimeout(WAIT)
        try:
            received = self.connection.recv(1)
        except TimeoutError:
            answer.gave_up.set()
            return
        except OSError:
            received = b""
        if received == b"":
            answer.hung_up.set()
        else:
            answer.gave_up.set()

    do_GET = do_POST = _handle
