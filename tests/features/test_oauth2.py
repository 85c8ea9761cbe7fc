"""oauth2.yaml: a client credentials scheme; each operation's token carries its own scopes."""

from __future__ import annotations

import asyncio
from urllib.parse import parse_qs

import httpx
import pytest
from oauth2_client import AsyncOAuth2Client, OAuth2Client

from tests.clients.recording_server import RecordedRequest, RecordingServer, ScriptedResponse


@pytest.fixture(autouse=True)
def credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OAUTH2_CLIENT_ID", "the-id")
    monkeypatch.setenv("OAUTH2_CLIENT_SECRET", "the-secret")


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_each_scope_set_gets_its_token(mode: str, server: RecordingServer) -> None:
    def token(request: RecordedRequest) -> ScriptedResponse:
        scope = parse_qs(request.text)["scope"][0]
        return ScriptedResponse(200, {"access_token": f"token for {scope}", "expires_in": 3600})

    server.route("/oauth/token", token, method="POST")
    server.route("/reports", ScriptedResponse(200, []), method="GET")
    server.route("/reports", ScriptedResponse(201, {"id": 1}), method="POST")

    if mode == "sync":
        with OAuth2Client(base_url=server.url) as client:
            client.reports.list()
            client.reports.list()
            client.reports.create(title="t")
    else:

        async def main() -> None:
            async with AsyncOAuth2Client(base_url=server.url) as client:
                await client.reports.list()
                await client.reports.list()
                await client.reports.create(title="t")

        asyncio.run(main())
    sent = [(r.method, r.path, r.headers.get("Authorization")) for r in server.requests]
    assert sent == [
        ("POST", "/oauth/token", sent[0][2]),
        ("GET", "/reports", "Bearer token for reports:read"),
        ("GET", "/reports", "Bearer token for reports:read"),
        ("POST", "/oauth/token", sent[0][2]),
        ("POST", "/reports", "Bearer token for reports:read reports:write"),
    ]
    assert sent[0][2] is not None and sent[0][2].startswith("Basic ")


def test_auth_replaces_the_required_credentials(
    monkeypatch: pytest.MonkeyPatch, server: RecordingServer
) -> None:
    monkeypatch.delenv("OAUTH2_CLIENT_ID")
    server.enqueue(200, [])
    with OAuth2Client(base_url=server.url, auth=httpx.BasicAuth("u", "p")) as client:
        client.reports.list()
    assert [r.path for r in server.requests] == ["/reports"]
    assert server.last_request.headers["Authorization"].startswith("Basic ")
