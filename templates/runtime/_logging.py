"""Log lines for the requests a client sends and the responses it gets, credentials masked.

They go to the logger named after the package (`logging.getLogger("acme_client")`): INFO has
a line for each response, retry and failed send; DEBUG adds the headers of each request and
response. Nothing shows unless that logger is configured, or the client's `<PREFIX>_LOG`
environment variable (`debug` or `info`) asks for the lines on stderr.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Collection

import httpx

from ._redaction import redacted_headers, redacted_url
from .errors import printable

logger = logging.getLogger(__name__.rpartition(".")[0] or __name__)

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_HANDLER_NAME = "stderr"


def configure_logging(env_var: str) -> None:
    """Show the log lines on stderr at the level the `env_var` environment variable names."""
    level = _LEVELS.get(os.environ.get(env_var, "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    # One handler for every client, so that a second client does not print each line twice.
    if not any(handler.get_name() == _HANDLER_NAME for handler in logger.handlers):
        handler = logging.StreamHandler()
        handler.set_name(_HANDLER_NAME)
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        logger.addHandler(handler)


def log_request(request: httpx.Request, credentials: Collection[str]) -> None:
    """DEBUG: the request about to be sent, with its headers."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "Request: %s %s headers=%s",
            request.method,
            redacted_url(request.url, credentials),
            redacted_headers(request.headers, credentials),
        )


def log_response(response: httpx.Response, credentials: Collection[str]) -> None:
    """INFO: the status a request got; DEBUG: and the response's headers."""
    if not logger.isEnabledFor(logging.INFO):
        return
    request = response.request
    url = redacted_url(request.url, credentials)
    status = f"{response.status_code} {printable(response.reason_phrase)}".strip()
    logger.info('HTTP %s %s "%s"', request.method, url, status)
    logger.debug("Response headers: %s", redacted_headers(response.headers, credentials))


def log_retry(
    request: httpx.Request, credentials: Collection[str], reason: str, delay: float | None
) -> None:
    """INFO: a try that failed for `reason`, and whether (after `delay` seconds) it is retried."""
    if logger.isEnabledFor(logging.INFO):
        outcome = "not retried" if delay is None else f"retrying in {delay:.2f} s"
        url = redacted_url(request.url, credentials)
        logger.info("%s %s: %s, %s", request.method, url, reason, outcome)
