"""Run Stoplight Prism as a mock server for contract tests.

    with prism_mock("specs/dasha/openapi.yaml") as base_url:
        ...point a generated client at base_url...

Prism (pinned in /package.json, installed with `npm ci` into node_modules/) serves example
responses built from the document and validates every request against it. What a contract
test sees (Prism 5.14):

- A request that violates the document (missing required parameter, wrong body type, bad path
  parameter format...) is answered with the document's own 4xx validation response (400 / 422 /
  default) when it declares one, with the problems as JSON in the `sl-violations` header;
  otherwise with Prism's own `422 application/problem+json` (type `.../errors#UNPROCESSABLE_ENTITY`)
  whose `validation` member lists the problems (no header then). `violations(response)` reads
  both forms.
- A request that does not satisfy the document's security requirements gets 401.
- With `errors=True` (the default here: `--errors`), a response that Prism itself builds but
  which violates the document (e.g. an example that does not match its schema) becomes
  `500 application/problem+json` with type `.../errors#VIOLATIONS` (and `sl-violations`), so a
  broken spec cannot pass silently. Without `--errors` it is served anyway, with the header.
- A path not in the document gets 404 `.../errors#NO_PATH_MATCHED_ERROR`.
- A test can ask for a given response with the request header `Prefer: code=404`
  (or `Prefer: example=<name>`, `Prefer: dynamic=true`).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

__all__ = [
    "PRISM_BIN",
    "PrismStartError",
    "prism_command",
    "prism_mock",
    "prism_mock_document",
    "violations",
]

REPO_ROOT = Path(__file__).resolve().parents[2]
PRISM_BIN = REPO_ROOT / "node_modules" / ".bin" / "prism"

_PORT_IN_USE = "EADDRINUSE"


class PrismStartError(RuntimeError):
    """Prism exited or did not answer in time; the message carries its output."""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _read_log(path: Path, limit: int = 4000) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "<no output>"
    return text if len(text) <= limit else "...\n" + text[-limit:]


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop Prism and everything it started (it runs in its own process group)."""
    if process.poll() is not None:
        return
    for sig, wait in ((signal.SIGTERM, 5.0), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def _wait_until_up(
    process: subprocess.Popen[bytes], base_url: str, log_path: Path, timeout: float
) -> bool:
    """True once Prism answers HTTP; False if it exited; PrismStartError on timeout."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            # Any answer (Prism says 404 for "/") means it is listening.
            httpx.get(base_url + "/", timeout=1.0)
            return True
        except httpx.TransportError:
            time.sleep(0.05)
    raise PrismStartError(
        f"Prism did not answer on {base_url} within {timeout:.0f}s.\nOutput:\n{_read_log(log_path)}"
    )


def prism_command(
    spec_path: str | os.PathLike[str],
    port: int,
    *,
    executable: str | os.PathLike[str] = PRISM_BIN,
    errors: bool = True,
    dynamic: bool = False,
    seed: str = "clientgen",
    extra_args: Sequence[str] = (),
) -> list[str]:
    """The command line that `prism_mock` runs."""
    command = [
        os.fspath(executable),
        "mock",
        os.fspath(spec_path),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    if errors:
        command.append("--errors")
    if dynamic:
        command += ["--dynamic", "--seed", seed]
    command += list(extra_args)
    return command


@contextmanager
def prism_mock(
    spec_path: str | os.PathLike[str],
    *,
    executable: str | os.PathLike[str] = PRISM_BIN,
    errors: bool = True,
    dynamic: bool = False,
    seed: str = "clientgen",
    extra_args: Sequence[str] = (),
    startup_timeout: float = 30.0,
) -> Iterator[str]:
    """Start `prism mock <spec_path>` on a free 127.0.0.1 port; yield its base URL.

    `errors`: pass `--errors` (response violations become 500 instead of a header only).
    `dynamic`: generate responses from the schemas (with a fixed `--seed`) instead of examples.
    Raises `PrismStartError` with Prism's output if it exits or does not answer within
    `startup_timeout` seconds. Prism and its children are stopped on exit.
    """
    spec = Path(spec_path).resolve()
    if not spec.is_file():
        raise FileNotFoundError(f"spec for Prism not found: {spec}")
    if not Path(executable).exists():
        raise PrismStartError(
            f"{executable} not found: run `npm ci` in {REPO_ROOT} to install Prism"
        )
    with tempfile.TemporaryDirectory(prefix="prism-") as tmp:
        process, base_url = _start(
            spec,
            Path(tmp) / "prism.log",
            executable=executable,
            errors=errors,
            dynamic=dynamic,
            seed=seed,
            extra_args=extra_args,
            startup_timeout=startup_timeout,
        )
        try:
            yield base_url
        finally:
            _stop(process)


def _start(
    spec: Path,
    log_path: Path,
    *,
    executable: str | os.PathLike[str],
    errors: bool,
    dynamic: bool,
    seed: str,
    extra_args: Sequence[str],
    startup_timeout: float,
    attempts: int = 3,
) -> tuple[subprocess.Popen[bytes], str]:
    """Start Prism on a free port and wait until it answers; retry if the port was taken."""
    for attempt in range(1, attempts + 1):
        port = _free_port()
        base_url = f"http://127.0.0.1:{port}"
        command = prism_command(
            spec,
            port,
            executable=executable,
            errors=errors,
            dynamic=dynamic,
            seed=seed,
            extra_args=extra_args,
        )
        # Output goes to a file, not a pipe: nobody reads a pipe while tests run, and a full
        # pipe would block Prism.
        with open(log_path, "wb") as log:
            process = subprocess.Popen(
                command,
                cwd=REPO_ROOT,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            up = _wait_until_up(process, base_url, log_path, startup_timeout)
        except BaseException:
            _stop(process)
            raise
        if up:
            return process, base_url
        output = _read_log(log_path)
        if _PORT_IN_USE in output and attempt < attempts:
            continue  # another process took the port between probe and bind: retry
        raise PrismStartError(
            f"Prism exited with code {process.returncode} before answering.\n"
            f"Command: {' '.join(command)}\nOutput:\n{output}"
        )
    raise AssertionError("unreachable")


@contextmanager
def prism_mock_document(document: dict[str, Any], **options: Any) -> Iterator[str]:
    """Like `prism_mock`, for an OpenAPI document given as a dict (written to a temp JSON file).

    For specs that are not plain files, e.g. a document extracted from a Markdown page.
    """
    with tempfile.TemporaryDirectory(prefix="prism-spec-") as tmp:
        spec_path = Path(tmp) / "openapi.json"
        spec_path.write_text(json.dumps(document), encoding="utf-8")
        with prism_mock(spec_path, **options) as base_url:
            yield base_url


_CUT_SHORT = "Too many violations! "


def _header_violations(header: str) -> list[dict[str, Any]]:
    """The problems of an `sl-violations` header. Prism cuts a header past 8 KiB short behind
    "Too many violations! " (prism-http-server's server.js), mid-JSON: the problems before
    the cut are kept."""
    if not header.startswith(_CUT_SHORT):
        problems: list[dict[str, Any]] = json.loads(header)
        return problems
    decoder = json.JSONDecoder()
    found: list[dict[str, Any]] = []
    text, index = header[len(_CUT_SHORT) :], 1  # past the array's "["
    while True:
        try:
            problem, index = decoder.raw_decode(text, index)
        except ValueError:
            return found
        found.append(problem)
        index += 1  # past the ","


def violations(response: httpx.Response) -> list[dict[str, Any]]:
    """The validation problems Prism reports on `response` ([] when there are none).

    Reads the `sl-violations` header (set when Prism answers with a response from the
    document) and the `validation` member of Prism's own problem+json errors.
    """
    found: list[dict[str, Any]] = []
    header = response.headers.get("sl-violations")
    if header:
        found.extend(_header_violations(header))
    if response.headers.get("content-type", "").startswith("application/problem+json"):
        try:
            problem = response.json()
        except ValueError:
            problem = None
        if isinstance(problem, dict):
            for item in problem.get("validation") or []:
                if item not in found:
                    found.append(item)
    return found
