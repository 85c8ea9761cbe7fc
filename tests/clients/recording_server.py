"""A small real HTTP server for exercising generated clients over the wire.

`RecordingServer` listens on 127.0.0.1 (any free port) in a background thread, records every
request it receives and answers from a script that the test writes:

    server.enqueue(503, headers={"Retry-After": "0"})
    server.enqueue(200, {"id": "abc"})
    ...call the client...
    assert server.requests[0].headers["authorization"] == "Bearer key"

Answers are chosen in this order: a route registered for the request's path (and method),
then the next queued response, then the default (200 with body `{}`).
"""

from __future__ import annotations

import json as jsonlib
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

__all__ = [
    "Headers",
    "RecordedRequest",
    "RecordingServer",
    "ScriptedResponse",
]

HeaderPairs = Mapping[str, str] | Iterable[tuple[str, str]]


class Headers(Mapping[str, str]):
    """Case-insensitive, order-keeping view of HTTP headers.

    `headers["content-type"]` gives the first value; `get_all(name)` gives every value.
    """

    def __init__(self, pairs: Iterable[tuple[str, str]] = ()) -> None:
        self._pairs = [(str(name), str(value)) for name, value in pairs]

    def __getitem__(self, name: str) -> str:
        wanted = name.lower()
        for key, value in self._pairs:
            if key.lower() == wanted:
                return value
        raise KeyError(name)

    def __iter__(self) -> Iterator[str]:
        seen: set[str] = set()
        for key, _ in self._pairs:
            if key.lower() not in seen:
                seen.add(key.lower())
                yield key

    def __len__(self) -> int:
        return len({key.lower() for key, _ in self._pairs})

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and any(k.lower() == name.lower() for k, _ in self._pairs)

    def get_all(self, name: str) -> list[str]:
        """Every value of header `name`, in the order received."""
        wanted = name.lower()
        return [value for key, value in self._pairs if key.lower() == wanted]

    def pairs(self) -> list[tuple[str, str]]:
        """The headers exactly as received: (name, value) pairs, original case."""
        return list(self._pairs)

    def __repr__(self) -> str:
        return f"Headers({self._pairs!r})"


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the server received it."""

    method: str
    target: str
    """The request target as sent on the request line (path plus `?query`)."""
    path: str
    """The path, without the query string (not percent-decoded)."""
    query_string: str
    """The raw query string, without the `?` ("" when there is none)."""
    headers: Headers
    body: bytes

    @property
    def query(self) -> list[tuple[str, str]]:
        """The query string parsed into (name, value) pairs, in order, repeats kept."""
        return parse_qsl(self.query_string, keep_blank_values=True)

    @property
    def query_params(self) -> dict[str, list[str]]:
        """The query string as name -> every value."""
        params: dict[str, list[str]] = {}
        for name, value in self.query:
            params.setdefault(name, []).append(value)
        return params

    @property
    def text(self) -> str:
        """The body decoded as UTF-8."""
        return self.body.decode("utf-8")

    def json(self) -> Any:
        """The body parsed as JSON."""
        return jsonlib.loads(self.body)


@dataclass
class ScriptedResponse:
    """What the server answers with.

    `body`: bytes are sent as they are; a str is sent UTF-8 encoded (`text/plain` unless a
    Content-Type header is given); `None` sends an empty body; anything else is JSON-encoded
    (`application/json`). To send a JSON `null`, pass `body="null"` with a JSON Content-Type.
    `delay`: seconds to wait before answering (for timeout tests).
    `drop`: close the connection without answering (for connection-error tests).
    """

    status: int = 200
    body: Any = None
    headers: HeaderPairs = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False

    def encode(self) -> tuple[bytes, list[tuple[str, str]]]:
        """The body bytes and the full header list (Content-Type/Length filled in)."""
        pairs = _header_pairs(self.headers)
        names = {name.lower() for name, _ in pairs}
        if self.body is None:
            payload, content_type = b"", None
        elif isinstance(self.body, (bytes, bytearray)):
            payload, content_type = bytes(self.body), None
        elif isinstance(self.body, str):
            payload, content_type = (
                self.body.encode("utf-8"),
                "text/plain; charset=utf-8",
            )
        else:
            payload, content_type = (
                jsonlib.dumps(self.body).encode("utf-8"),
                "application/json",
            )
        if content_type is not None and "content-type" not in names:
            pairs.append(("Content-Type", content_type))
        if "content-length" not in names:
            pairs.append(("Content-Length", str(len(payload))))
        return payload, pairs


def _header_pairs(headers: HeaderPairs) -> list[tuple[str, str]]:
    if isinstance(headers, Mapping):
        return [(str(name), str(value)) for name, value in headers.items()]
    return [(str(name), str(value)) for name, value in headers]


Responder = ScriptedResponse | Callable[[RecordedRequest], ScriptedResponse]


def _default_response() -> ScriptedResponse:
    return ScriptedResponse(200, {})


class RecordingServer:
    """A threaded HTTP/1.1 server on 127.0.0.1 that records requests and answers from a script.

    Use as a context manager, or call `start()` / `stop()`. `reset()` clears the recorded
    requests, the queue, the routes and the default between tests.
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self._host = host
        self._port = port
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self._queue: deque[ScriptedResponse] = deque()
        self._routes: list[tuple[str | None, str, Responder]] = []
        self._default: ScriptedResponse = _default_response()
        self._arrived = threading.Condition(self._lock)
        # Set by reset()/stop() so that a handler still sleeping on a delay from an earlier
        # test wakes up at once instead of answering into the next test.
        self._wake = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> RecordingServer:
        """Bind and serve in a background thread; returns self."""
        if self._httpd is not None:
            raise RuntimeError("RecordingServer is already running")
        httpd = _Server((self._host, self._port), _Handler)
        httpd.recorder = self
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"RecordingServer:{httpd.server_address[1]}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the listening socket."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self._wake.set()
        httpd.shutdown()
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> RecordingServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("RecordingServer is not running")
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        """Base URL, e.g. `http://127.0.0.1:54321` (no trailing slash)."""
        return f"http://{self._host}:{self.port}"

    def reset(self) -> None:
        """Forget recorded requests, queued responses, routes and the custom default."""
        with self._lock:
            self._wake.set()
            self._wake = threading.Event()
            self._requests.clear()
            self._queue.clear()
            self._routes.clear()
            self._default = _default_response()

    # -- scripting ---------------------------------------------------------------------------

    def enqueue(
        self,
        status: int = 200,
        body: Any = None,
        *,
        headers: HeaderPairs | None = None,
        delay: float = 0.0,
        drop: bool = False,
    ) -> ScriptedResponse:
        """Queue one response; queued responses are used in order, once each."""
        response = ScriptedResponse(status, body, headers or {}, delay, drop)
        with self._lock:
            self._queue.append(response)
        return response

    def route(self, path: str, responder: Responder, *, method: str | None = None) -> None:
        """Answer every request for `path` (exact path, no query) with `responder`.

        `responder` is a `ScriptedResponse` or a callable taking the `RecordedRequest`.
        `method=None` matches any method. Later routes take precedence over earlier ones.
        """
        with self._lock:
            self._routes.insert(0, (method.upper() if method else None, path, responder))

    def set_default(
        self,
        status: int = 200,
        body: Any = None,
        *,
        headers: HeaderPairs | None = None,
        delay: float = 0.0,
    ) -> None:
        """Change the answer used when no route matches and the queue is empty."""
        with self._lock:
            self._default = ScriptedResponse(status, body, headers or {}, delay)

    @property
    def pending(self) -> int:
        """How many queued responses have not been used yet."""
        with self._lock:
            return len(self._queue)

    # -- inspection --------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """A copy of every request received since the last reset, in arrival order."""
        with self._lock:
            return list(self._requests)

    @property
    def last_request(self) -> RecordedRequest:
        with self._lock:
            if not self._requests:
                raise AssertionError("the server has received no request")
            return self._requests[-1]

    def wait_for_requests(self, count: int, timeout: float = 5.0) -> list[RecordedRequest]:
        """Block until at least `count` requests have arrived; AssertionError on timeout."""
        with self._arrived:
            if not self._arrived.wait_for(lambda: len(self._requests) >= count, timeout):
                raise AssertionError(
                    f"expected {count} request(s) within {timeout}s, got {len(self._requests)}"
                )
            return list(self._requests)

    # -- called by the handler ---------------------------------------------------------------

    def _record(self, request: RecordedRequest) -> tuple[ScriptedResponse, threading.Event]:
        with self._lock:
            self._requests.append(request)
            self._arrived.notify_all()
            responder = self._match_route(request)
            if responder is None:
                responder = self._queue.popleft() if self._queue else self._default
            wake = self._wake
        if not isinstance(responder, ScriptedResponse):
            responder = responder(request)
        return responder, wake

    def _match_route(self, request: RecordedRequest) -> Responder | None:
        for method, path, responder in self._routes:
            if path == request.path and (method is None or method == request.method):
                return responder
        return None


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    recorder: RecordingServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that timed out or was closed mid-answer is expected in these tests.
        import sys

        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; with Nagle's algorithm on, the body then
    # waits for the client's delayed ACK (~40 ms per answer on Linux).
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks: list[bytes] = []
            while True:
                size_line = self.rfile.readline().split(b";", 1)[0].strip()
                size = int(size_line or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _handle(self) -> None:
        body = self._read_body()
        split = urlsplit(self.path)
        request = RecordedRequest(
            method=self.command,
            target=self.path,
            path=split.path,
            query_string=split.query,
            headers=Headers(self.headers.items()),
            body=body,
        )
        assert isinstance(self.server, _Server)
        response, wake = self.server.recorder._record(request)
        if response.delay > 0 and wake.wait(response.delay):
            self.close_connection = True
            return  # reset() or stop() happened meanwhile: the test that asked is over
        if response.drop:
            self.close_connection = True
            return
        payload, pairs = response.encode()
        self.send_response(response.status)
        for name, value in pairs:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD" and payload:
            self.wfile.write(payload)
        self.wfile.flush()

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle
