from typing import Any, assert_type

import httpx
from client_options_client import AsyncClientOptionsClient, ClientOptionsClient
from client_options_client.models import Pet


def use(client: ClientOptionsClient) -> None:
    copy = client.copy(
        bearer="other", environment="secondary", version="v2", timeout=httpx.Timeout(5.0)
    )
    assert_type(copy, ClientOptionsClient)
    assert_type(client.with_options(max_retries=0, http_client=httpx.Client()), ClientOptionsClient)
    assert_type(client.get("/pets/1", cast_to=Pet), Pet)
    assert_type(
        client.get("/status", cast_to=dict[str, Any], query={"verbose": True}), dict[str, Any]
    )
    assert_type(client.post("/notes", cast_to=list[Pet], body={"text": "hi"}), list[Pet])
    assert_type(client.delete("/notes/1", cast_to=type(None)), None)
    assert_type(client.put("/raw", cast_to=httpx.Response, headers={"X-Note": "1"}), httpx.Response)
    assert_type(client.patch("/text", cast_to=str, deadline=None), str)


async def use_async(client: AsyncClientOptionsClient) -> None:
    copy = client.with_options(
        environment="primary", host="localhost", http_client=httpx.AsyncClient()
    )
    assert_type(copy, AsyncClientOptionsClient)
    assert_type(await client.copy(port="9000").get("/pets/1", cast_to=Pet), Pet)
    assert_type(await client.post("/notes", cast_to=bytes, body=[1, 2]), bytes)
