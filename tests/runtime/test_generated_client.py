"""The runtime inside a generated package, driven by the code the generator writes.

`sample_client` is the PolyAI seed client, generated for the session: a subclass of
SyncAPIClient / AsyncAPIClient that takes credentials as keyword arguments and adds resources.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from types import ModuleType

import httpx
import pytest

from .mock_server import Server

OK = httpx.Response(200, json={"success": True})


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("POLYAI_API_KEY", "POLYAI_TOKEN", "POLYAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    yield


def test_operation_sends_what_the_contract_says(sample_client: ModuleType) -> None:
    server = Server(OK)
    client = sample_client.PolyAI(api_key="key-1", token="tok-1", http_client=server.sync_client())
    result = client.chat.close("v1", "acc 1", "proj", conversation_id="conv-9")
    assert result.success is True
    request = server.last
    assert request.method == "PUT"
    assert str(request.url) == "https://api.us-1.platform.polyai.app/v1/acc%201/proj/chat/close"
    assert (request.headers["X-API-KEY"], request.headers["X-TOKEN"]) == ("key-1", "tok-1")
    assert json.loads(request.content) == {"conversation_id": "conv-9"}
    assert request.headers["User-Agent"].startswith("sample_client/1.0.0 python-httpx/")


def test_environment_and_credentials_come_from_arguments_or_variables(
    sample_client: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POLYAI_API_KEY", "env-key")
    monkeypatch.setenv("POLYAI_TOKEN", "env-token")
    server = Server(OK)
    client = sample_client.PolyAI(environment="uk-1", http_client=server.sync_client())
    client.chat.close("v1", "a", "p", conversation_id="c")
    assert server.last.url.host == "api.uk-1.platform.polyai.app"
    assert server.last.headers["X-API-KEY"] == "env-key"


def test_missing_required_credential_fails_at_construction(sample_client: ModuleType) -> None:
    with pytest.raises(sample_client.APIError) as caught:
        sample_client.PolyAI(api_key="key-1")
    assert "token" in str(caught.value) and "POLYAI_TOKEN" in str(caught.value)


def test_errors_carry_the_parsed_error_model(sample_client: ModuleType) -> None:
    server = Server(httpx.Response(401, json={"error_message": "bad key"}))
    client = sample_client.PolyAI(api_key="k", token="t", http_client=server.sync_client())
    with pytest.raises(sample_client.AuthenticationError) as caught:
        client.chat.close("v1", "a", "p", conversation_id="c")
    assert caught.value.body.error_message == "bad key"


def test_with_options_returns_the_subclass_with_working_resources(
    sample_client: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    sleeps: list[float] = []
    monkeypatch.setattr("time.sleep", sleeps.append)
    server = Server(httpx.Response(500, json={"error_message": "down"}))
    client = sample_client.PolyAI(
        api_key="k", token="t", environment="euw-1", http_client=server.sync_client()
    )
    fragile = client.with_options(max_retries=0, timeout=3.0)
    assert type(fragile) is sample_client.PolyAI
    assert fragile.chat._client is fragile
    assert fragile._http_client is client._http_client
    with pytest.raises(sample_client.APIStatusError):
        fragile.chat.close("v1", "a", "p", conversation_id="c")
    assert len(server.requests) == 1
    request = server.last
    assert request.url.host == "api.euw-1.platform.polyai.app"
    assert request.headers["X-API-KEY"] == "k"
    assert request.extensions["timeout"]["read"] == 3.0
    with pytest.raises(sample_client.APIStatusError):
        fragile.with_raw_response.chat.close("v1", "a", "p", conversation_id="c")
    assert len(server.requests) == 2  # the raw-response wrapper runs on the copy too


def test_raw_response_through_the_client(sample_client: ModuleType) -> None:
    server = Server(httpx.Response(200, headers={"X-Request-Id": "r-7"}, json={"success": True}))
    client = sample_client.PolyAI(api_key="k", token="t", http_client=server.sync_client())
    raw = client.with_raw_response.chat.close("v1", "a", "p", conversation_id="c")
    assert raw.status_code == 200
    assert raw.headers["X-Request-Id"] == "r-7"
    assert raw.parse().success is True


def test_raw_response_still_raises_for_error_statuses(sample_client: ModuleType) -> None:
    server = Server(httpx.Response(404, json={"error_message": "no chat"}))
    client = sample_client.PolyAI(api_key="k", token="t", http_client=server.sync_client())
    with pytest.raises(sample_client.NotFoundError) as caught:
        client.with_raw_response.chat.close("v1", "a", "p", conversation_id="c")
    assert caught.value.response.status_code == 404


def test_repr_of_the_client_hides_credentials(sample_client: ModuleType) -> None:
    client = sample_client.PolyAI(
        api_key="sk-hidden-1", token="tok-hidden-2", http_client=Server().sync_client()
    )
    text = repr(client)
    assert text == "PolyAI(base_url='https://api.us-1.platform.polyai.app')"


def test_context_manager_closes_connections(sample_client: ModuleType) -> None:
    with sample_client.PolyAI(api_key="k", token="t") as client:
        assert isinstance(client, sample_client.PolyAI)
    assert client._http_client.is_closed
