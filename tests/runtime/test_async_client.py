"""AsyncAPIClient: the async twin sends, retries, times out and closes like the sync one."""

from __future__ import annotations

import asyncio
import json
from types import ModuleType
from typing import Any

import httpx
import pytest
from runtime_under_test._auth import BearerAuth
from runtime_under_test._base_client import AsyncAPIClient, Endpoint, json_body
from runtime_under_test._models import BaseModel
from runtime_under_test.errors import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    InvalidRequestError,
    NotFoundError,
)

from .mock_server import Server

BASE = "https://api.example.com"


class Item(BaseModel):
    id: str


# A GET: retried after any transient failure, where a POST would not be (test_safe_retries.py).
GET_ITEM = Endpoint[Item](
    method="GET",
    path="/items/{id}",
    responses={"200": json_body(lambda: Item)},
    security=(("Bearer",),),
    body_encoding="json",
)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    recorded: list[float] = []

    async def fake_sleep(delay: float) -> None:
        recorded.append(delay)

    monkeypatch.setattr("asyncio.sleep", fake_sleep)
    return recorded


def make_client(server: Server, max_retries: int = 2) -> AsyncAPIClient:
    return AsyncAPIClient(
        base_url=BASE,
        credentials={"Bearer": BearerAuth("tok")},
        max_retries=max_retries,
        http_client=server.async_client(),
    )


def test_request_is_built_and_decoded() -> None:
    server = Server(httpx.Response(200, json={"id": "i/1"}))

    async def main() -> Item:
        return await make_client(server).request(
            GET_ITEM,
            path_params={"id": "i/1"},
            body={"n": 1},
            extra_body={"x": True},
            extra_query={"q": "v"},
        )

    item = asyncio.run(main())
    assert item.id == "i/1"
    request = server.last
    assert request.url.raw_path == b"/items/i%2F1?q=v"
    assert request.headers["Authorization"] == "Bearer tok"
    assert json.loads(request.content) == {"n": 1, "x": True}


def test_retries_wait_with_asyncio_sleep(sleeps: list[float]) -> None:
    server = Server(
        httpx.Response(503),
        httpx.Response(429, headers={"Retry-After": "2"}),
        httpx.Response(200, json={"id": "1"}),
    )

    async def main() -> Item:
        return await make_client(server).request(GET_ITEM, path_params={"id": "1"})

    assert asyncio.run(main()).id == "1"
    assert len(server.requests) == 3
    assert len(sleeps) == 2 and sleeps[1] == 2.0


def test_exhausted_retries_raise_the_status_error(sleeps: list[float]) -> None:
    server = Server(httpx.Response(500))

    async def main() -> Item:
        return await make_client(server, max_retries=1).request(GET_ITEM, path_params={"id": "1"})

    with pytest.raises(InternalServerError):
        asyncio.run(main())
    assert len(server.requests) == 2


def test_not_found_is_not_retried(sleeps: list[float]) -> None:
    server = Server(httpx.Response(404))

    async def main() -> Item:
        return await make_client(server).request(GET_ITEM, path_params={"id": "1"})

    with pytest.raises(NotFoundError):
        asyncio.run(main())
    assert len(server.requests) == 1 and sleeps == []


def test_timeouts_and_connection_errors(sleeps: list[float]) -> None:
    request = httpx.Request("POST", BASE)
    for failure, expected in [
        (httpx.ReadTimeout("slow", request=request), APITimeoutError),
        (httpx.ConnectError("refused", request=request), APIConnectionError),
    ]:
        server = Server(failure)

        async def main(server: Server) -> Item:
            return await make_client(server).request(GET_ITEM, path_params={"id": "1"})

        with pytest.raises(expected) as caught:
            asyncio.run(main(server))
        assert caught.type is expected
        assert len(server.requests) == 3


@pytest.mark.parametrize(
    ("answer", "headers", "sent"),
    [
        (
            httpx.LocalProtocolError("Illegal header name", request=httpx.Request("POST", BASE)),
            {},
            1,
        ),
        (httpx.Response(200, json={"id": "1"}), {"header param": "1"}, 0),
    ],
    ids=["refused by httpx", "refused before sending"],
)
def test_local_errors_are_neither_connection_errors_nor_retried(
    sleeps: list[float], answer: httpx.Response | Exception, headers: dict[str, str], sent: int
) -> None:
    server = Server(answer)

    async def main() -> Item:
        return await make_client(server).request(
            GET_ITEM, path_params={"id": "1"}, extra_headers=headers
        )

    with pytest.raises(InvalidRequestError):
        asyncio.run(main())
    assert len(server.requests) == sent and sleeps == []


def test_async_with_closes_only_its_own_client() -> None:
    mine = Server().async_client()

    async def main() -> tuple[httpx.AsyncClient, bool]:
        async with AsyncAPIClient(base_url=BASE) as own:
            pool = own._http_client
        async with AsyncAPIClient(base_url=BASE, http_client=mine):
            pass
        return pool, mine.is_closed

    pool, mine_closed = asyncio.run(main())
    assert pool.is_closed
    assert not mine_closed


def test_async_subclass_with_options_and_raw_response(
    sample_client: ModuleType, sleeps: list[float]
) -> None:
    server = Server(httpx.Response(200, headers={"X-Request-Id": "r-1"}, json={"success": True}))

    async def main() -> tuple[Any, Any]:
        async with sample_client.AsyncPolyAI(
            api_key="k", token="t", http_client=server.async_client()
        ) as client:
            copy = client.with_options(max_retries=0)
            raw = await copy.with_raw_response.chat.close("v1", "a", "p", conversation_id="c")
            return copy, raw

    copy, raw = asyncio.run(main())
    assert type(copy) is sample_client.AsyncPolyAI
    assert raw.status_code == 200 and raw.headers["X-Request-Id"] == "r-1"
    assert raw.parse().success is True
