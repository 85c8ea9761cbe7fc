"""client_options.yaml: server variables, `copy()`, undescribed endpoints, logs and error messages.

Every test runs the sync and the async client (`runner`) against the recording server. The
client authenticates with one credential of each kind: bearer, header, query and cookie.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from client_options_client import (
    APIStatusError,
    AsyncClientOptionsClient,
    ClientOptionsClient,
    InvalidRequestError,
    NotFoundError,
    ResponseTooLargeError,
)
from client_options_client.models import Pet

from tests.clients.recording_server import RecordedRequest, RecordingServer, ScriptedResponse
from tests.clients.seeds import Runner

CREDENTIALS = {
    "bearer": "bearer-secret-1",
    "header_key": "header-secret-2",
    "query_key": "query-secret-3",
    "session": "session-secret-4",
}
LOGGER = "client_options_client"


def make_client(runner: Runner, server: RecordingServer, **options: Any) -> Any:
    """A client of the mode `runner` tests, sending to `server` through the server variables."""
    arguments = {
        **CREDENTIALS,
        "host": "127.0.0.1",
        "port": str(server.port),
        "max_retries": 0,
        "timeout": 10.0,
    }
    client_class = AsyncClientOptionsClient if runner.is_async else ClientOptionsClient
    return runner.closing(client_class(**{**arguments, **options}))


def recording_http_client(
    runner: Runner, seen: list[httpx.Request]
) -> httpx.Client | httpx.AsyncClient:
    """An httpx client of the runner's mode that keeps each request it sends in `seen`."""
    if not runner.is_async:
        return runner.http_client(event_hooks={"request": [seen.append]})

    async def keep(request: httpx.Request) -> None:
        seen.append(request)

    return runner.http_client(event_hooks={"request": [keep]})


def read_timeout(request: httpx.Request) -> float:
    timeout: float = request.extensions["timeout"]["read"]
    return timeout


# Server variables


@pytest.mark.parametrize(
    ("options", "path"),
    [
        ({}, "/v1/pets/1"),
        ({"environment": "secondary"}, "/secondary/v2/pets/1"),
        ({"version": "v3"}, "/v3/pets/1"),
        ({"environment": "secondary", "version": "v3"}, "/secondary/v3/pets/1"),
    ],
)
def test_server_variables_fill_the_environments_url(
    runner: Runner, server: RecordingServer, options: dict[str, str], path: str
) -> None:
    server.set_default(200, {"id": 1, "name": "Rex"})
    runner.run(make_client(runner, server, **options).pets.get(1))
    assert server.last_request.path == path


# copy() / with_options()


def _sent(name: str) -> Callable[[RecordedRequest], object]:
    return lambda request: request.headers.get(name)


# option -> (the copy's arguments, what a request shows of it, the copy's value, the original's)
SENT_OPTIONS: dict[
    str, tuple[dict[str, Any], Callable[[RecordedRequest], object], object, object]
] = {
    "bearer": (
        {"bearer": "other"},
        _sent("authorization"),
        "Bearer other",
        "Bearer bearer-secret-1",
    ),
    "header_key": ({"header_key": "other"}, _sent("x-api-key"), "other", "header-secret-2"),
    "query_key": (
        {"query_key": "other"},
        lambda r: r.query_params["api_key"],
        ["other"],
        ["query-secret-3"],
    ),
    "session": ({"session": "other"}, _sent("cookie"), "session=other", "session=session-secret-4"),
    "environment": (
        {"environment": "secondary"},
        lambda r: r.path,
        "/secondary/v2/pets/1",
        "/v1/pets/1",
    ),
    "server variable": ({"version": "v2"}, lambda r: r.path, "/v2/pets/1", "/v1/pets/1"),
    "default_headers": (
        {"default_headers": {"X-Team": "copy"}},
        _sent("x-team"),
        "copy",
        "original",
    ),
}


@pytest.mark.parametrize("method", ["copy", "with_options"])
@pytest.mark.parametrize("option", sorted(SENT_OPTIONS))
def test_a_copy_sends_the_option_it_was_given_and_the_original_its_own(
    runner: Runner, server: RecordingServer, option: str, method: str
) -> None:
    given, observe, in_copy, in_original = SENT_OPTIONS[option]
    server.set_default(200, {"id": 1, "name": "Rex"})
    client = make_client(runner, server, default_headers={"X-Team": "original"})
    copy = getattr(client, method)(**given)
    assert type(copy) is type(client)
    runner.run(copy.pets.get(1))
    runner.run(client.pets.get(1))
    from_copy, from_original = server.requests
    assert (observe(from_copy), observe(from_original)) == (in_copy, in_original)


def test_a_copy_can_go_to_another_base_url(runner: Runner, server: RecordingServer) -> None:
    server.set_default(200, {"id": 1, "name": "Rex"})
    client = make_client(runner, server)
    runner.run(client.copy(base_url=f"{server.url}/elsewhere").pets.get(1))
    runner.run(client.pets.get(1))
    assert [request.path for request in server.requests] == ["/elsewhere/pets/1", "/v1/pets/1"]


@pytest.mark.parametrize(
    ("given", "in_copy"),
    [
        ({"timeout": 0.5}, lambda seconds: seconds == 0.5),
        ({"deadline": 2.0}, lambda seconds: 0 < seconds <= 2.0),
    ],
    ids=["timeout", "deadline"],
)
def test_a_copy_has_its_own_time_limits(
    runner: Runner,
    server: RecordingServer,
    given: dict[str, float],
    in_copy: Callable[[float], bool],
) -> None:
    server.set_default(200, {"id": 1, "name": "Rex"})
    seen: list[httpx.Request] = []
    client = make_client(runner, server, http_client=recording_http_client(runner, seen))
    runner.run(client.copy(**given).pets.get(1))
    runner.run(client.pets.get(1))
    from_copy, from_original = seen
    assert in_copy(read_timeout(from_copy))
    assert read_timeout(from_original) == 10.0


def test_a_copy_retries_as_often_as_it_is_told(runner: Runner, server: RecordingServer) -> None:
    server.set_default(503, {"message": "busy"}, headers={"Retry-After": "0"})
    client = make_client(runner, server)
    with pytest.raises(APIStatusError):
        runner.run(client.copy(max_retries=2).pets.get(1))
    assert len(server.requests) == 3
    with pytest.raises(APIStatusError):
        runner.run(client.pets.get(1))
    assert len(server.requests) == 4


def test_a_copy_has_its_own_response_size_limit(runner: Runner, server: RecordingServer) -> None:
    server.set_default(200, {"id": 1, "name": "Rex" * 10})
    client = make_client(runner, server)
    with pytest.raises(ResponseTooLargeError):
        runner.run(client.copy(max_response_size=10).pets.get(1))
    assert runner.run(client.pets.get(1)).name == "Rex" * 10


class StampAuth(httpx.Auth):
    def auth_flow(self, request: httpx.Request) -> Iterator[httpx.Request]:
        request.headers["X-Stamp"] = "stamped"
        yield request


def test_a_copy_with_auth_sends_it_instead_of_the_credentials(
    runner: Runner, server: RecordingServer
) -> None:
    server.set_default(200, {"id": 1, "name": "Rex"})
    client = make_client(runner, server)
    runner.run(client.copy(auth=StampAuth()).pets.get(1))
    runner.run(client.pets.get(1))
    from_copy, from_original = server.requests
    assert (
        from_copy.headers.get("x-stamp") == "stamped" and "authorization" not in from_copy.headers
    )
    assert "x-stamp" not in from_original.headers
    assert from_original.headers["authorization"] == "Bearer bearer-secret-1"


def test_a_copy_shares_the_pool_unless_given_an_http_client(
    runner: Runner, server: RecordingServer
) -> None:
    server.set_default(200, {"id": 1, "name": "Rex"})
    original_pool: list[httpx.Request] = []
    own_pool: list[httpx.Request] = []
    client = make_client(runner, server, http_client=recording_http_client(runner, original_pool))
    runner.run(client.copy(max_retries=1).pets.get(1))
    runner.run(client.copy(http_client=recording_http_client(runner, own_pool)).pets.get(2))
    assert [request.url.path for request in original_pool] == ["/v1/pets/1"]
    assert [request.url.path for request in own_pool] == ["/v1/pets/2"]


# Endpoints the spec does not describe


def test_get_decodes_an_undescribed_endpoint_as_a_model(
    runner: Runner, server: RecordingServer
) -> None:
    server.route("/v1/animals/7", ScriptedResponse(200, {"id": 7, "name": "Tom"}), method="GET")
    pet = runner.run(
        make_client(runner, server).get("/animals/7", cast_to=Pet, query={"full": True})
    )
    assert isinstance(pet, Pet) and (pet.id, pet.name) == (7, "Tom")
    request = server.last_request
    assert request.query_params == {"full": ["true"], "api_key": ["query-secret-3"]}
    assert request.headers["authorization"] == "Bearer bearer-secret-1"
    assert request.headers["x-api-key"] == "header-secret-2"


@pytest.mark.parametrize("verb", ["post", "put", "patch", "delete"])
def test_a_write_to_an_undescribed_endpoint_sends_its_body_as_json(
    runner: Runner, server: RecordingServer, verb: str
) -> None:
    server.set_default(200, {"saved": True, "id": 9})
    client = make_client(runner, server)
    call = getattr(client, verb)
    result = runner.run(
        call(
            "/v1-free/notes",
            cast_to=dict[str, object],
            body={"text": "hi"},
            headers={"X-Note": "1"},
        )
    )
    assert result == {"saved": True, "id": 9}
    request = server.last_request
    assert (request.method, request.path) == (verb.upper(), "/v1/v1-free/notes")
    assert (
        request.json() == {"text": "hi"} and request.headers["content-type"] == "application/json"
    )
    assert request.headers["x-note"] == "1"


def test_an_undescribed_endpoint_raises_the_status_error(
    runner: Runner, server: RecordingServer
) -> None:
    server.set_default(404, {"message": "no such thing"})
    with pytest.raises(NotFoundError) as raised:
        runner.run(make_client(runner, server).get("/things/1", cast_to=dict[str, object]))
    assert raised.value.body == {"message": "no such thing"}


def test_a_path_with_a_query_string_is_refused(runner: Runner, server: RecordingServer) -> None:
    with pytest.raises(InvalidRequestError, match="query="):
        runner.run(make_client(runner, server).get("/things?id=1", cast_to=dict[str, object]))
    assert server.requests == []


# Log lines


@pytest.fixture
def package_logger() -> Iterator[logging.Logger]:
    """The package's logger, put back as it was (no level, no handler) after the test."""
    logger = logging.getLogger(LOGGER)
    try:
        yield logger
    finally:
        logger.setLevel(logging.NOTSET)
        for handler in list(logger.handlers):
            logger.removeHandler(handler)


@pytest.mark.parametrize("level", ["debug", "info"])
def test_the_log_variable_logs_each_response_without_credentials(
    runner: Runner,
    server: RecordingServer,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    package_logger: logging.Logger,
    level: str,
) -> None:
    monkeypatch.setenv("CLIENT_OPTIONS_LOG", level)
    server.set_default(
        200, {"id": 1, "name": "Rex"}, headers={"Set-Cookie": "session=server-secret-5"}
    )
    runner.run(make_client(runner, server).pets.get(1))
    records = [record for record in caplog.records if record.name == LOGGER]
    lines = [record.getMessage() for record in records if record.levelno == logging.INFO]
    assert lines == [
        f'HTTP GET http://127.0.0.1:{server.port}/v1/pets/1?api_key=%5BREDACTED%5D "200 OK"'
    ]
    debug = [record.getMessage() for record in records if record.levelno == logging.DEBUG]
    assert len(debug) == (2 if level == "debug" else 0)
    assert package_logger.level == logging.getLevelName(level.upper())
    assert len(package_logger.handlers) == 1
    logged = "\n".join(record.getMessage() for record in records)
    for secret in [*CREDENTIALS.values(), "server-secret-5"]:
        assert secret not in logged
    if level == "debug":
        assert "'authorization': '[REDACTED]'" in logged and "'cookie': '[REDACTED]'" in logged


def test_a_retry_is_logged(
    runner: Runner,
    server: RecordingServer,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    package_logger: logging.Logger,
) -> None:
    monkeypatch.setenv("CLIENT_OPTIONS_LOG", "info")
    server.enqueue(503, headers={"Retry-After": "0"})
    server.enqueue(200, {"id": 1, "name": "Rex"})
    runner.run(make_client(runner, server, max_retries=1).pets.get(1))
    lines = [record.getMessage() for record in caplog.records if record.name == LOGGER]
    url = f"http://127.0.0.1:{server.port}/v1/pets/1?api_key=%5BREDACTED%5D"
    assert lines == [
        f'HTTP GET {url} "503 Service Unavailable"',
        f"GET {url}: status 503, retrying in 0.00 s",
        f'HTTP GET {url} "200 OK"',
    ]


def test_without_the_variable_nothing_is_logged(
    runner: Runner,
    server: RecordingServer,
    caplog: pytest.LogCaptureFixture,
    package_logger: logging.Logger,
) -> None:
    runner.run(make_client(runner, server).get("/ok", cast_to=dict[str, object]))
    assert [record for record in caplog.records if record.name == LOGGER] == []
    assert package_logger.handlers == []


# Status error messages


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ({"message": "Pet 7 does not exist"}, "Pet 7 does not exist"),
        ({"error": "invalid_request", "error_description": "Pet 7 is gone"}, "Pet 7 is gone"),
        ({"error": {"code": 40, "message": "nested message"}}, "nested message"),
        ({"detail": "RFC 9457 detail"}, "RFC 9457 detail"),
        (
            {"detail": [{"loc": ["path", "petId"], "msg": "value is not an integer"}]},
            "value is not an integer",
        ),
        ("plain text reason\nsecond line", "plain text reason"),
    ],
    ids=["message", "error_description", "nested", "detail", "detail-list", "plain-text"],
)
def test_a_status_error_quotes_the_servers_message(
    runner: Runner, server: RecordingServer, body: object, said: str
) -> None:
    server.set_default(400, body)
    with pytest.raises(APIStatusError) as raised:
        runner.run(make_client(runner, server).pets.get(7))
    assert str(raised.value) == f"HTTP 400 Bad Request from GET /v1/pets/7: {said}"


def test_a_status_error_of_an_html_page_names_the_status_and_the_call(
    runner: Runner, server: RecordingServer
) -> None:
    server.set_default(
        502,
        "<html><body><h1>502 Bad Gateway</h1></body></html>",
        headers={"Content-Type": "text/html"},
    )
    with pytest.raises(APIStatusError) as raised:
        runner.run(make_client(runner, server).pets.get(7))
    assert str(raised.value) == "HTTP 502 Bad Gateway from GET /v1/pets/7"


def test_a_documented_error_body_is_parsed_and_quoted(
    runner: Runner, server: RecordingServer
) -> None:
    server.set_default(404, {"message": "Pet 7 does not exist"})
    with pytest.raises(NotFoundError) as raised:
        runner.run(make_client(runner, server).pets.get(7))
    assert raised.value.body.message == "Pet 7 does not exist"
    assert str(raised.value).endswith(": Pet 7 does not exist")


def test_a_status_error_masks_a_credential_the_server_quotes(
    runner: Runner, server: RecordingServer
) -> None:
    server.set_default(401, {"message": "Unknown key header-secret-2 (token bearer-secret-1)"})
    with pytest.raises(APIStatusError) as raised:
        runner.run(make_client(runner, server).pets.get(7))
    assert (
        str(raised.value)
        == "HTTP 401 Unauthorized from GET /v1/pets/7: Unknown key [REDACTED] (token [REDACTED])"
    )
