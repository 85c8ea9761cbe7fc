"""header_names.yaml: a header parameter whose name HTTP cannot carry is no argument, and
sending such a header anyway fails at once as a local error, not as a connection error."""

from __future__ import annotations

import importlib
import inspect

import pytest

from tests.clients.recording_server import RecordingServer

from .conftest import Call

PACKAGE = "header_names_client"


def test_the_operation_works_without_the_header_it_cannot_send(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(200, {"text": "hi"})
    assert call(PACKAGE, lambda c: c.notes.get_latest(x_trace_id="t-1")).text == "hi"
    assert server.last_request.headers["X-Trace-Id"] == "t-1"
    resources = importlib.import_module(f"{PACKAGE}.resources.notes")
    for group in (resources.Notes, resources.AsyncNotes):
        assert [name for name in inspect.signature(group.get_latest).parameters][:2] == [
            "self",
            "x_trace_id",
        ]


def test_sending_it_anyway_is_an_invalid_request_that_is_neither_sent_nor_retried(
    call: Call, server: RecordingServer
) -> None:
    package = importlib.import_module(PACKAGE)
    with pytest.raises(
        package.InvalidRequestError, match="'header param' is not a valid HTTP header name"
    ) as caught:
        call(
            PACKAGE,
            lambda c: c.with_options(max_retries=2).notes.get_latest(
                extra_headers={"header param": "x"}
            ),
        )
    assert not isinstance(caught.value, package.APIConnectionError)
    assert server.requests == []
