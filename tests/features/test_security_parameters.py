"""security_parameters.yaml: a parameter named like an API-key scheme is the client's credential
only in the operations that authenticate with that scheme (OpenAPI Generator's petstore)."""

from __future__ import annotations

import pytest

from tests.clients.recording_server import RecordingServer

from .conftest import Call

PACKAGE = "security_parameters_client"


@pytest.fixture(autouse=True)
def credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECURITY_PARAMETERS_API_KEY", "the-credential")
    monkeypatch.setenv("SECURITY_PARAMETERS_PETSTORE_AUTH", "oauth-token")


def test_an_operation_that_does_not_use_the_scheme_takes_the_header_from_the_caller(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(204)
    call(PACKAGE, lambda c: c.pets.delete(7, api_key="caller-value"))
    headers = server.last_request.headers
    assert headers.get_all("api_key") == ["caller-value"]
    assert headers["Authorization"] == "Bearer oauth-token"


def test_left_out_it_is_not_filled_in_from_the_credential(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(204)
    call(PACKAGE, lambda c: c.pets.delete(7))
    assert "api_key" not in server.last_request.headers


def test_an_operation_that_uses_the_scheme_sends_the_credential(
    call: Call, server: RecordingServer
) -> None:
    server.enqueue(200, {"id": 7})
    assert call(PACKAGE, lambda c: c.pets.get(7)).id == 7
    request = server.last_request
    assert (request.method, request.path) == ("GET", "/pets/7")
    assert request.headers.get_all("api_key") == ["the-credential"]
    assert "Authorization" not in request.headers
