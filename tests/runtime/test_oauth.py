"""OAuth2 client credentials and `auth=` over real HTTP on 127.0.0.1, sync and async.

The API at `/things` accepts only the tokens in `accepted`; the token endpoint at `/token`
hands out `t1`, `t2`, ... and records how often it was asked.
"""

from __future__ import annotations

import asyncio
import base64
import threading
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from runtime_under_test._auth import ApiKeyAuth, Credential, OAuth2ClientCredentials
from runtime_under_test._base_client import AsyncAPIClient, Endpoint, SyncAPIClient, json_body
from runtime_under_test.errors import AuthenticationError

from tests.clients.recording_server import RecordedRequest, RecordingServer, ScriptedResponse

CALLERS = 20

GET_THINGS = Endpoint[Any](
    method="GET",
    path="/things",
    responses={"200": json_body(lambda: Any)},
    security=(("oauth",), ("key",)),
    scopes={"oauth": ("write", "read")},
)


@dataclass
class Issuer:
    """The token endpoint and the API behind it."""

    lifetime: int = 3600
    accepted: set[str] = field(default_factory=set[str])
    token_requests: list[RecordedRequest] = field(default_factory=list[RecordedRequest])
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def token(self, request: RecordedRequest) -> ScriptedResponse:
        with self._lock:
            self.token_requests.append(request)
            value = f"t{len(self.token_requests)}"
            self.accepted.add(value)
        # A slow answer, so that concurrent callers line up behind the first one's fetch.
        return ScriptedResponse(
            200, {"access_token": value, "expires_in": self.lifetime}, delay=0.2
        )

    def api(self, request: RecordedRequest) -> ScriptedResponse:
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        if token in self.accepted:
            return ScriptedResponse(200, {"token": token})
        return ScriptedResponse(401, {"error": "invalid_token"})


@pytest.fixture
def issuer(server: RecordingServer) -> Issuer:
    issuer = Issuer()
    server.route("/token", issuer.token, method="POST")
    server.route("/things", issuer.api)
    return issuer


Calls = Callable[[dict[str, Credential], int], list[Any]]


@pytest.fixture(params=["sync", "async"])
def calls(request: pytest.FixtureRequest, server: RecordingServer) -> Iterator[Calls]:
    """`calls(credentials, n)`: call GET_THINGS n times at once with one client; the results."""
    sync_clients: list[SyncAPIClient] = []

    def run_sync(credentials: dict[str, Credential], n: int) -> list[Any]:
        client = SyncAPIClient(base_url=server.url, credentials=credentials, max_retries=0)
        sync_clients.append(client)
        results: list[Any] = [None] * n

        def one(index: int) -> None:
            try:
                results[index] = client.request(GET_THINGS)
            except Exception as error:  # noqa: BLE001 - handed to the test as a result
                results[index] = error

        threads = [threading.Thread(target=one, args=(index,)) for index in range(n)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return results

    def run_async(credentials: dict[str, Credential], n: int) -> list[Any]:
        async def main() -> list[Any]:
            async with AsyncAPIClient(
                base_url=server.url, credentials=credentials, max_retries=0
            ) as client:
                return list(
                    await asyncio.gather(
                        *(client.request(GET_THINGS) for _ in range(n)), return_exceptions=True
                    )
                )

        return asyncio.run(main())

    yield run_sync if request.param == "sync" else run_async
    for client in sync_clients:
        client.close()


def _oauth() -> dict[str, Credential]:
    return {"oauth": OAuth2ClientCredentials("the-id", "the-secret", token_url="/token")}


def test_the_token_is_fetched_with_the_operation_scopes(calls: Calls, issuer: Issuer) -> None:
    assert calls(_oauth(), 1) == [{"token": "t1"}]
    [fetch] = issuer.token_requests
    assert parse_qs(fetch.text) == {"grant_type": ["client_credentials"], "scope": ["read write"]}
    assert (
        fetch.headers["Authorization"] == "Basic " + base64.b64encode(b"the-id:the-secret").decode()
    )


def test_concurrent_calls_share_one_token_fetch(calls: Calls, issuer: Issuer) -> None:
    assert calls(_oauth(), CALLERS) == [{"token": "t1"}] * CALLERS
    assert len(issuer.token_requests) == 1


def test_a_kept_token_is_reused_until_it_nears_expiry(calls: Calls, issuer: Issuer) -> None:
    credentials = _oauth()
    calls(credentials, 1)
    calls(credentials, 1)
    assert len(issuer.token_requests) == 1
    issuer.lifetime = 0  # t2 is due for refreshing as soon as it arrives
    credentials = _oauth()
    assert calls(credentials, 1) == [{"token": "t2"}]
    assert calls(credentials, 1) == [{"token": "t3"}]


def test_a_rejected_token_is_refreshed_once_for_all_callers(calls: Calls, issuer: Issuer) -> None:
    credentials = _oauth()
    calls(credentials, 1)
    issuer.accepted.clear()  # the API revokes t1
    assert calls(credentials, CALLERS) == [{"token": "t2"}] * CALLERS
    assert len(issuer.token_requests) == 2


def test_a_second_401_is_the_answer(calls: Calls, issuer: Issuer, server: RecordingServer) -> None:
    server.route("/things", ScriptedResponse(401, {"error": "invalid_token"}))
    [error] = calls(_oauth(), 1)
    assert isinstance(error, AuthenticationError)
    assert len(issuer.token_requests) == 2
    assert len([r for r in server.requests if r.path == "/things"]) == 2


def test_a_refused_token_request_raises_its_status_error(
    calls: Calls, server: RecordingServer
) -> None:
    server.route("/token", ScriptedResponse(401, {"error": "invalid_client"}))
    [error] = calls(_oauth(), 1)
    assert isinstance(error, AuthenticationError) and error.body == {"error": "invalid_client"}
    assert [r.path for r in server.requests] == ["/token"]


def test_without_a_client_id_the_next_alternative_is_used(
    calls: Calls, issuer: Issuer, server: RecordingServer
) -> None:
    credentials: dict[str, Credential] = {
        "oauth": OAuth2ClientCredentials(None, None, token_url="/token"),
        "key": ApiKeyAuth("k", name="X-Key", location="header"),
    }
    calls(credentials, 1)
    assert issuer.token_requests == []
    assert server.last_request.headers["X-Key"] == "k"


def test_the_repr_hides_the_client_secret() -> None:
    credential = OAuth2ClientCredentials("the-id", "the-secret", token_url="/token")
    assert "the-id" not in repr(credential) and "the-secret" not in repr(credential)


class HeaderAuth(httpx.Auth):
    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["X-Custom"] = "yes"
        yield request


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_auth_replaces_every_scheme(mode: str, server: RecordingServer) -> None:
    options: dict[str, Any] = {
        "base_url": server.url,
        "credentials": _oauth(),
        "auth": HeaderAuth(),
    }
    if mode == "sync":
        with SyncAPIClient(**options) as client:
            client.request(GET_THINGS)
    else:

        async def main() -> None:
            async with AsyncAPIClient(**options) as client:
                await client.request(GET_THINGS)

        asyncio.run(main())
    [request] = server.requests
    assert request.headers["X-Custom"] == "yes"
    assert "Authorization" not in request.headers
