"""Building a seed client: credentials, servers, options, closing (contract: "Common" + auth)."""

from __future__ import annotations

import inspect
from typing import Any

import httpx
import pytest

from .recording_server import RecordingServer
from .seeds import (
    DASHA,
    IGNORE_DEPRECATED_CALLS,
    POLYAI,
    SEEDS,
    Credential,
    Runner,
    Seed,
    answer,
    each_seed,
    mock_transport_client,
)

pytestmark = IGNORE_DEPRECATED_CALLS

REQUIRED_CREDENTIALS = [
    (seed, credential) for seed in SEEDS for credential in seed.credentials if credential.required
]


def _auth_values(request_headers: Any, seed: Seed) -> dict[str, str | None]:
    return {
        credential.header: request_headers.get(credential.header) for credential in seed.credentials
    }


# -- exports and signature ------------------------------------------------------------------


@each_seed
def test_package_exports_both_clients_and_every_error(seed: Seed) -> None:
    module = seed.module
    errors = seed.errors()
    assert {seed.client_class, "Async" + seed.client_class} <= set(module.__all__)
    for name in (
        "APIError",
        "APIConnectionError",
        "APITimeoutError",
        "APIStatusError",
        "BadRequestError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "ConflictError",
        "UnprocessableEntityError",
        "RateLimitError",
        "InternalServerError",
        "MissingCredentialError",
    ):
        assert getattr(module, name) is getattr(errors, name), name


@each_seed
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_constructor_takes_the_contract_options_as_keywords(seed: Seed, is_async: bool) -> None:
    parameters = inspect.signature(seed.client_type(is_async)).parameters
    expected = {c.argument for c in seed.credentials} | {
        "base_url",
        "timeout",
        "max_retries",
        "default_headers",
        "http_client",
        "deadline",
        "max_response_size",
        "auth",
    }
    if len(seed.server_urls()) > 1:
        expected.add("environment")
    assert set(parameters) == expected
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters.values())
    assert parameters["timeout"].default == 60
    assert parameters["max_retries"].default == 2
    assert parameters["deadline"].default is None
    assert parameters["max_response_size"].default == 100 * 1024 * 1024


# -- context managers -----------------------------------------------------------------------


@each_seed
def test_context_manager_closes_its_connections(
    seed: Seed, runner: Runner, server: RecordingServer
) -> None:
    op = seed.operations[0]
    answer(server, op)
    client_type = seed.client_type(runner.is_async)
    open_inside: list[bool] = []

    if runner.is_async:

        async def use() -> Any:
            async with client_type(base_url=server.url, **seed.credential_kwargs()) as client:
                await op.call(client)
                open_inside.append(not client._http_client.is_closed)
                return client

        client = runner.run(use())
    else:
        with client_type(base_url=server.url, **seed.credential_kwargs()) as client:
            op.call(client)
            open_inside.append(not client._http_client.is_closed)

    assert isinstance(client, client_type)
    assert open_inside == [True]
    assert client._http_client.is_closed
    assert len(server.requests) == 1


@each_seed
def test_closing_leaves_a_users_own_http_client_open(
    seed: Seed, runner: Runner, server: RecordingServer
) -> None:
    op = seed.operations[0]
    answer(server, op)
    own = runner.http_client()
    client = runner.client(seed, base_url=server.url, http_client=own)
    runner.run(op.call(client))
    runner.close_client(client)
    assert not own.is_closed
    runner.run(op.call(runner.client(seed, base_url=server.url, http_client=own)))
    assert len(server.requests) == 2


# -- credentials ----------------------------------------------------------------------------


@each_seed
def test_credentials_from_arguments(seed: Seed, runner: Runner, server: RecordingServer) -> None:
    op = seed.operations[0]
    answer(server, op)
    runner.run(op.call(runner.client(seed, base_url=server.url)))
    assert _auth_values(server.last_request.headers, seed) == seed.auth_headers()


@each_seed
def test_credentials_from_environment_variables(
    seed: Seed, runner: Runner, server: RecordingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    op = seed.operations[0]
    answer(server, op)
    for credential in seed.credentials:
        monkeypatch.setenv(credential.env_var, f"from-env-{credential.env_var}")
    runner.run(op.call(runner.client(seed, credentials=False, base_url=server.url)))
    assert _auth_values(server.last_request.headers, seed) == {
        c.header: c.header_value(f"from-env-{c.env_var}") for c in seed.credentials
    }


@each_seed
def test_an_argument_wins_over_its_environment_variable(
    seed: Seed, runner: Runner, server: RecordingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    op = seed.operations[0]
    answer(server, op)
    for credential in seed.credentials:
        monkeypatch.setenv(credential.env_var, "from-env")
    runner.run(op.call(runner.client(seed, base_url=server.url)))
    assert _auth_values(server.last_request.headers, seed) == seed.auth_headers()


@pytest.mark.parametrize(
    ("seed", "missing"),
    REQUIRED_CREDENTIALS,
    ids=[f"{s.name}-{c.argument}" for s, c in REQUIRED_CREDENTIALS],
)
def test_missing_required_credential_fails_at_construction(
    seed: Seed, missing: Credential, runner: Runner, server: RecordingServer
) -> None:
    given = {c.argument: c.sample for c in seed.credentials if c is not missing}
    client_type = seed.client_type(runner.is_async)
    with pytest.raises(seed.module.MissingCredentialError) as caught:
        client_type(base_url=server.url, **given)
    error = caught.value
    assert isinstance(error, seed.module.APIError)
    assert f"`{missing.argument}" in str(error)
    assert missing.env_var in str(error)
    assert (error.argument, error.env_var) == (missing.argument, missing.env_var)
    for credential in seed.credentials:
        assert credential.sample not in str(error)
    assert server.requests == []


def test_contract_lists_exactly_the_required_credentials() -> None:
    """uponai, both polyai credentials and osvi are required; dasha's key is not."""
    assert sorted((s.name, c.argument) for s, c in REQUIRED_CREDENTIALS) == [
        ("osvi", "api_key"),
        ("polyai", "api_key"),
        ("polyai", "token"),
        ("uponai", "api_key"),
    ]


def test_dasha_works_without_a_key_and_sends_no_authorization(
    runner: Runner, server: RecordingServer
) -> None:
    op = DASHA.operations[0]
    answer(server, op)
    client = runner.client(DASHA, credentials=False, base_url=server.url)
    result = runner.run(op.call(client))
    assert isinstance(result, op.result_class())
    assert "authorization" not in server.last_request.headers


@each_seed
def test_auth_headers_follow_the_spec_security_schemes(seed: Seed) -> None:
    """The contract's header names are the ones the spec's security schemes declare."""
    schemes = seed.document()["components"]["securitySchemes"]
    for credential in seed.credentials:
        scheme = schemes[credential.scheme]
        if scheme["type"] == "http":
            assert scheme["scheme"].lower() == "bearer"
            assert (credential.header, credential.prefix) == (
                "Authorization",
                "Bearer ",
            )
        else:
            assert (scheme["type"], scheme["in"]) == ("apiKey", "header")
            assert (credential.header, credential.prefix) == (scheme["name"], "")


@each_seed
def test_credentials_never_appear_in_repr_or_errors(
    seed: Seed, runner: Runner, server: RecordingServer, closed_port_url: str
) -> None:
    op = seed.operations[0]
    secrets = [c.sample for c in seed.credentials]
    client = runner.client(seed, base_url=server.url, max_retries=0)
    texts = [repr(client), str(client), repr(client.with_options(max_retries=1))]

    server.enqueue(401, {"detail": "bad credentials"})
    with pytest.raises(seed.module.AuthenticationError) as status_error:
        runner.run(op.call(client))
    server.enqueue(200, {}, delay=2.0)
    with pytest.raises(seed.module.APITimeoutError) as timeout_error:
        runner.run(op.call(client, timeout=0.1))
    refused = runner.client(seed, base_url=closed_port_url, max_retries=0)
    texts.append(repr(refused))
    with pytest.raises(seed.module.APIConnectionError) as connection_error:
        runner.run(op.call(refused))

    for caught in (status_error, timeout_error, connection_error):
        texts += [str(caught.value), repr(caught.value), caught.value.message]
    assert _auth_values(server.requests[0].headers, seed) == seed.auth_headers()
    for text in texts:
        for secret in secrets:
            assert secret not in text, text


# -- where requests go ----------------------------------------------------------------------


@each_seed
def test_base_url_argument_overrides_env_and_environment(
    seed: Seed,
    runner: Runner,
    server: RecordingServer,
    closed_port_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    op = seed.operations[0]
    answer(server, op)
    monkeypatch.setenv(seed.base_url_env, closed_port_url)
    options: dict[str, Any] = {"base_url": server.url + "/prefix"}
    if seed.environments:
        options["environment"] = list(seed.environments)[-1]
    runner.run(op.call(runner.client(seed, max_retries=0, **options)))
    assert server.last_request.path == "/prefix" + op.expected_path()


@each_seed
def test_base_url_from_environment_variable(
    seed: Seed, runner: Runner, server: RecordingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    op = seed.operations[0]
    answer(server, op)
    monkeypatch.setenv(seed.base_url_env, server.url)
    runner.run(op.call(runner.client(seed)))
    assert server.last_request.path == op.expected_path()


@each_seed
def test_default_server_is_the_first_server_of_the_spec(seed: Seed, runner: Runner) -> None:
    op = seed.operations[0]
    seen: list[httpx.Request] = []
    client = runner.client(seed, http_client=mock_transport_client(runner, op, seen))
    runner.run(op.call(client))
    assert str(seen[0].url).startswith(seed.server_urls()[0] + "/")
    assert seen[0].url.raw_path.decode().split("?")[0] == op.expected_path()


def test_polyai_environments_are_the_spec_servers() -> None:
    assert list(POLYAI.environments.values()) == POLYAI.server_urls()
    assert list(POLYAI.environments) == ["us-1", "uk-1", "euw-1"]


@pytest.mark.parametrize("environment", list(POLYAI.environments))
def test_polyai_environment_selects_its_server(environment: str, runner: Runner) -> None:
    op = POLYAI.operations[0]
    seen: list[httpx.Request] = []
    client = runner.client(
        POLYAI,
        environment=environment,
        http_client=mock_transport_client(runner, op, seen),
    )
    runner.run(op.call(client))
    expected = httpx.URL(POLYAI.environments[environment])
    assert (seen[0].url.scheme, seen[0].url.host) == (expected.scheme, expected.host)


def test_polyai_default_environment_is_us_1(runner: Runner) -> None:
    op = POLYAI.operations[0]
    seen: list[httpx.Request] = []
    client = runner.client(POLYAI, http_client=mock_transport_client(runner, op, seen))
    runner.run(op.call(client))
    assert seen[0].url.host == httpx.URL(POLYAI.environments["us-1"]).host


def test_polyai_base_url_env_wins_over_environment(
    runner: Runner, server: RecordingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    op = POLYAI.operations[0]
    answer(server, op)
    monkeypatch.setenv(POLYAI.base_url_env, server.url)
    runner.run(op.call(runner.client(POLYAI, environment="uk-1")))
    assert server.last_request.path == op.expected_path()


# -- options --------------------------------------------------------------------------------


@each_seed
def test_http_client_is_used(seed: Seed, runner: Runner, server: RecordingServer) -> None:
    op = seed.operations[0]
    answer(server, op)
    own = runner.http_client(headers={"X-Sent-By": "users-own-client"})
    runner.run(op.call(runner.client(seed, base_url=server.url, http_client=own)))
    assert server.last_request.headers["x-sent-by"] == "users-own-client"


@each_seed
def test_default_headers_are_sent_with_every_request(
    seed: Seed, runner: Runner, server: RecordingServer
) -> None:
    answer(server, seed.operations[0])
    client = runner.client(
        seed, base_url=server.url, default_headers={"X-Team": "support", "X-Trace": "1"}
    )
    for op in seed.operations:
        server.set_default(op.status, op.response)
        runner.run(op.call(client))
    assert len(server.requests) == len(seed.operations)
    for request in server.requests:
        assert (request.headers["x-team"], request.headers["x-trace"]) == (
            "support",
            "1",
        )
        assert _auth_values(request.headers, seed) == seed.auth_headers()


def _timeout_of(request: httpx.Request) -> dict[str, float | None]:
    return dict(request.extensions["timeout"])


@each_seed
def test_timeout_defaults_to_60_seconds(seed: Seed, runner: Runner) -> None:
    op = seed.operations[0]
    seen: list[httpx.Request] = []
    client = runner.client(seed, http_client=mock_transport_client(runner, op, seen))
    runner.run(op.call(client))
    assert _timeout_of(seen[0]) == {"connect": 60, "read": 60, "write": 60, "pool": 60}


@each_seed
@pytest.mark.parametrize(
    ("timeout", "expected"),
    [
        (5, {"connect": 5, "read": 5, "write": 5, "pool": 5}),
        (
            httpx.Timeout(7.0, connect=2.0),
            {"connect": 2.0, "read": 7.0, "write": 7.0, "pool": 7.0},
        ),
    ],
    ids=["float", "httpx.Timeout"],
)
def test_timeout_from_the_constructor(
    seed: Seed, runner: Runner, timeout: Any, expected: dict[str, float]
) -> None:
    op = seed.operations[0]
    seen: list[httpx.Request] = []
    client = runner.client(
        seed, timeout=timeout, http_client=mock_transport_client(runner, op, seen)
    )
    runner.run(op.call(client))
    assert _timeout_of(seen[0]) == expected


@each_seed
def test_max_retries_defaults_to_2(seed: Seed, runner: Runner, server: RecordingServer) -> None:
    op = seed.operations[0]
    server.set_default(503, {"detail": "busy"}, headers={"Retry-After": "0"})
    client = runner.client(seed, base_url=server.url)
    with pytest.raises(seed.module.InternalServerError):
        runner.run(op.call(client))
    assert len(server.requests) == 1 + 2


@each_seed
def test_with_options_timeout(seed: Seed, runner: Runner, server: RecordingServer) -> None:
    op = seed.operations[0]
    client = runner.client(seed, base_url=server.url, max_retries=0)
    hasty = client.with_options(timeout=0.2)
    assert type(hasty) is type(client)
    server.enqueue(op.status, op.response, delay=2.0)
    with pytest.raises(seed.module.APITimeoutError):
        runner.run(op.call(hasty))
    server.enqueue(op.status, op.response, delay=0.4)
    runner.run(op.call(client))  # the original keeps its 60 s
    assert len(server.requests) == 2
