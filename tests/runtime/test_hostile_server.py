"""Both clients against a hostile server over real HTTP on 127.0.0.1.

Credentials stay with their origin on redirects and out of httpx's log, a call ends at its
deadline however slowly the body trickles in, a gzip bomb (and a plain body) is cut off at
`max_response_size`, and escape sequences in a reason phrase do not reach the error message.
"""

from __future__ import annotations

import asyncio
import logging
import pickle
import time
from collections.abc import Iterator, Mapping
from typing import Any

import httpx
import pytest
from runtime_under_test._auth import ApiKeyAuth, BearerAuth, Credential, Secret
from runtime_under_test._base_client import (
    DEFAULT_MAX_RESPONSE_SIZE,
    AsyncAPIClient,
    Endpoint,
    SyncAPIClient,
    json_body,
)
from runtime_under_test.errors import APIStatusError, APITimeoutError, ResponseTooLargeError

from .hostile_server import ANSI_REASON, BOMB_SIZE, TRICKLE_BYTES, TRICKLE_PAUSE, HostileServer

SECRET = "sk-live-123456"

CREDENTIALS: Mapping[str, Credential] = {
    "Key": ApiKeyAuth(SECRET, name="X-API-KEY", location="header"),
    "Token": ApiKeyAuth(SECRET, name="X-TOKEN", location="header"),
    "Query": ApiKeyAuth(SECRET, name="api_key", location="query"),
    "Bearer": BearerAuth(SECRET),
}


def endpoint(path: str) -> Endpoint[object]:
    return Endpoint[object](
        method="GET",
        path=path,
        responses={"200": json_body(lambda: object)},
        security=(("Key", "Token", "Query", "Bearer"),),
    )


@pytest.fixture(scope="module")
def server() -> Iterator[HostileServer]:
    with HostileServer() as running:
        yield running


@pytest.fixture(scope="module")
def other_origin() -> Iterator[HostileServer]:
    """A second server: another port on the same host is another origin."""
    with HostileServer() as running:
        yield running


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def call(
    mode: str,
    server: HostileServer,
    path: str,
    *,
    query: Mapping[str, object] | None = None,
    **options: Any,
) -> object:
    """Call `path` once with a client of `mode` that follows redirects."""
    settings: dict[str, Any] = {
        "base_url": server.url,
        "credentials": CREDENTIALS,
        "max_retries": 0,
        **options,
    }
    if mode == "sync":
        with httpx.Client(follow_redirects=True) as http_client:
            client = SyncAPIClient(http_client=http_client, **settings)
            return client.request(endpoint(path), query=query)

    async def main() -> object:
        async with httpx.AsyncClient(follow_redirects=True) as http_client:
            client = AsyncAPIClient(http_client=http_client, **settings)
            return await client.request(endpoint(path), query=query)

    return asyncio.run(main())


def test_credentials_are_not_sent_to_another_origin_after_a_redirect(
    mode: str, server: HostileServer, other_origin: HostileServer
) -> None:
    other_origin.requests.clear()
    call(mode, server, "/redirect", query={"to": f"{other_origin.url}/ok"})
    [(target, headers)] = other_origin.requests
    assert SECRET not in target
    assert not {"x-api-key", "x-token", "authorization"} & set(headers)
    assert SECRET not in repr(headers)


def test_credentials_follow_a_redirect_within_their_origin(
    mode: str, server: HostileServer
) -> None:
    server.requests.clear()
    call(mode, server, "/redirect", query={"to": f"{server.url}/ok"})
    [(_, headers)] = server.requests
    assert headers["x-api-key"] == headers["x-token"] == SECRET
    assert headers["authorization"] == f"Bearer {SECRET}"


def test_query_credentials_are_masked_in_the_httpx_log(
    mode: str, server: HostileServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.requests.clear()
    with caplog.at_level(logging.INFO, logger="httpx"):
        call(mode, server, "/ok", query={"q": "shown"})
    [(target, _)] = server.requests
    assert f"api_key={SECRET}" in target  # the server still gets it
    logged = caplog.text
    assert "HTTP Request: GET" in logged and "q=shown" in logged
    assert SECRET not in logged
    assert "api_key=%5BREDACTED%5D" in logged


def test_a_trickling_body_ends_at_the_deadline(mode: str, server: HostileServer) -> None:
    started = time.monotonic()
    with pytest.raises(APITimeoutError, match="deadline"):
        call(mode, server, "/trickle", timeout=2.0, deadline=0.5)
    # Each byte comes well within the 2 s read timeout: only the deadline can end the call
    # before the whole body has arrived.
    assert time.monotonic() - started < TRICKLE_BYTES * TRICKLE_PAUSE


def test_a_timeout_cut_to_the_deadline_is_reported_as_the_deadline(
    mode: str, server: HostileServer
) -> None:
    """The next byte is further off than the deadline: the read timeout, cut to the time the
    deadline leaves, fires first, and the error names the deadline, not a 2 s timeout."""
    assert TRICKLE_PAUSE > 0.2
    with pytest.raises(APITimeoutError, match="exceeded its deadline of 0.2 s"):
        call(mode, server, "/trickle", timeout=2.0, deadline=0.2)


def test_a_per_call_deadline_overrides_the_clients(mode: str, server: HostileServer) -> None:
    async def main() -> None:
        async with AsyncAPIClient(base_url=server.url, deadline=60.0) as client:
            await client.request(endpoint("/trickle"), deadline=0.5)

    with pytest.raises(APITimeoutError, match="deadline"):
        if mode == "sync":
            with SyncAPIClient(base_url=server.url, deadline=60.0) as client:
                client.request(endpoint("/trickle"), deadline=0.5)
        else:
            asyncio.run(main())


def test_a_decompression_bomb_is_cut_off_at_the_size_limit(
    mode: str, server: HostileServer
) -> None:
    with pytest.raises(ResponseTooLargeError, match="larger than 1048576 bytes") as raised:
        call(mode, server, "/bomb", max_response_size=1024 * 1024)
    assert raised.value.response.status_code == 200


def test_a_plain_body_is_cut_off_at_the_size_limit(mode: str, server: HostileServer) -> None:
    # No content coding: the bytes are counted as they arrive, before httpx reads on.
    with pytest.raises(ResponseTooLargeError, match="larger than 4 bytes"):
        call(mode, server, "/trickle", max_response_size=4)


def test_a_body_within_the_size_limit_is_decoded(mode: str, server: HostileServer) -> None:
    assert call(mode, server, "/bomb", max_response_size=BOMB_SIZE) == "0" * (BOMB_SIZE - 2)
    assert BOMB_SIZE < DEFAULT_MAX_RESPONSE_SIZE


def test_escape_sequences_in_the_reason_phrase_do_not_reach_the_message(
    mode: str, server: HostileServer
) -> None:
    with pytest.raises(APIStatusError) as raised:
        call(mode, server, "/ansi")
    message = str(raised.value)
    assert "\x1b" not in message
    assert message == "HTTP 400 Bad \\x1b[31mRequest\\x1b[0m from GET /ansi"
    assert raised.value.response.reason_phrase == ANSI_REASON  # the response keeps the original


def test_constructor_credentials_are_hidden_but_a_copy_keeps_them(
    mode: str, server: HostileServer
) -> None:
    client = (SyncAPIClient if mode == "sync" else AsyncAPIClient)(
        base_url=server.url,
        credentials={"Key": ApiKeyAuth(SECRET, name="X-API-KEY", location="header")},
    )
    shown = repr(vars(client)) + repr(client._init_kwargs)
    assert SECRET not in shown
    with pytest.raises(TypeError, match="not pickled"):
        pickle.dumps(client._init_kwargs)
    copy = client._copy(max_retries=0)
    request = copy._build_request(
        copy._http_client,
        Endpoint[object](method="GET", path="/ok", responses={}, security=(("Key",),)),
        path_params=None,
        query=None,
        headers=None,
        cookies=None,
        body=None,
        extra_headers=None,
        extra_query=None,
        extra_body=None,
        timeout=2.0,
    )
    assert request.headers["x-api-key"] == SECRET


def test_a_secret_shows_nothing() -> None:
    secret = Secret(SECRET)
    assert secret.reveal() == SECRET
    assert SECRET not in repr(secret) and SECRET not in str(secret)
