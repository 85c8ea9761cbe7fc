"""The recording server itself, driven with plain httpx (sync and async)."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from .recording_server import RecordingServer, ScriptedResponse


def test_default_answer_is_200_empty_json(server: RecordingServer) -> None:
    response = httpx.get(server.url + "/anything")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {}


def test_records_method_path_query_headers_and_body(server: RecordingServer) -> None:
    httpx.post(
        server.url + "/api/chats/c1/end?a=1&b=x+y&a=2",
        json={"workspaceId": 7},
        headers={"Authorization": "Bearer key", "X-Multi": "one"},
    )
    request = server.last_request
    assert request.method == "POST"
    assert request.path == "/api/chats/c1/end"
    assert request.query_string == "a=1&b=x+y&a=2"
    assert request.target == "/api/chats/c1/end?a=1&b=x+y&a=2"
    assert request.query == [("a", "1"), ("b", "x y"), ("a", "2")]
    assert request.query_params == {"a": ["1", "2"], "b": ["x y"]}
    assert request.headers["authorization"] == "Bearer key"
    assert request.headers["AUTHORIZATION"] == "Bearer key"
    assert "x-multi" in request.headers
    assert request.headers.get("x-missing") is None
    assert request.headers["content-type"] == "application/json"
    assert request.body == b'{"workspaceId":7}'
    assert request.json() == {"workspaceId": 7}


def test_repeated_request_headers_are_all_kept(server: RecordingServer) -> None:
    with httpx.Client() as client:
        client.get(server.url + "/", headers=[("X-Tag", "a"), ("X-Tag", "b")])
    assert server.last_request.headers.get_all("x-tag") == ["a", "b"]


def test_records_request_without_body_and_chunked_body(server: RecordingServer) -> None:
    httpx.delete(server.url + "/items/1")
    httpx.post(server.url + "/upload", content=iter([b"ab", b"cd"]))  # chunked encoding
    first, second = server.requests
    assert (first.method, first.body, first.query_string) == ("DELETE", b"", "")
    assert second.headers["transfer-encoding"] == "chunked"
    assert second.body == b"abcd"


def test_queued_responses_are_used_in_order_then_the_default(
    server: RecordingServer,
) -> None:
    server.enqueue(503, {"error": "busy"}, headers={"Retry-After": "0"})
    server.enqueue(201, "created", headers={"X-Request-Id": "r1"})
    server.enqueue(204)
    server.enqueue(200, b"\x00raw", headers={"Content-Type": "application/octet-stream"})
    assert server.pending == 4
    with httpx.Client(base_url=server.url) as client:
        first = client.get("/a")
        second = client.get("/b")
        third = client.get("/c")
        fourth = client.get("/d")
        fifth = client.get("/e")
    assert (first.status_code, first.json(), first.headers["retry-after"]) == (
        503,
        {"error": "busy"},
        "0",
    )
    assert (second.status_code, second.text, second.headers["x-request-id"]) == (
        201,
        "created",
        "r1",
    )
    assert second.headers["content-type"] == "text/plain; charset=utf-8"
    assert (third.status_code, third.content) == (204, b"")
    assert (fourth.content, fourth.headers["content-type"]) == (
        b"\x00raw",
        "application/octet-stream",
    )
    assert (fifth.status_code, fifth.json()) == (200, {})
    assert server.pending == 0
    assert [r.path for r in server.requests] == ["/a", "/b", "/c", "/d", "/e"]


def test_custom_default(server: RecordingServer) -> None:
    server.set_default(404, {"detail": "nope"})
    response = httpx.get(server.url + "/x")
    assert (response.status_code, response.json()) == (404, {"detail": "nope"})


def test_routes_answer_per_path_and_method(server: RecordingServer) -> None:
    server.route("/items", ScriptedResponse(200, [1, 2]), method="GET")
    server.route("/echo", lambda request: ScriptedResponse(200, {"got": request.json()}))
    server.enqueue(418)
    with httpx.Client(base_url=server.url) as client:
        assert client.get("/items").json() == [1, 2]
        assert client.post("/echo", json={"k": 1}).json() == {"got": {"k": 1}}
        assert client.post("/items").status_code == 418  # method differs: falls to the queue
        assert client.get("/items").json() == [1, 2]  # routes are not used up


def test_delay_makes_a_client_time_out(server: RecordingServer) -> None:
    server.enqueue(200, {"late": True}, delay=2.0)
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(server.url + "/slow", timeout=0.2)
    assert time.monotonic() - started < 1.5
    assert server.last_request.path == "/slow"  # recorded before the delay


def test_delay_then_answer(server: RecordingServer) -> None:
    server.enqueue(200, {"ok": True}, delay=0.2)
    started = time.monotonic()
    response = httpx.get(server.url + "/slow", timeout=5)
    assert time.monotonic() - started >= 0.2
    assert response.json() == {"ok": True}


def test_drop_closes_the_connection_without_answer(server: RecordingServer) -> None:
    server.enqueue(drop=True)
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.get(server.url + "/drop")
    assert httpx.get(server.url + "/after").status_code == 200


def test_reset_forgets_everything(server: RecordingServer) -> None:
    server.enqueue(500)
    server.route("/r", ScriptedResponse(201))
    server.set_default(404)
    httpx.get(server.url + "/x")
    server.reset()
    assert server.requests == []
    assert server.pending == 0
    assert httpx.get(server.url + "/r").status_code == 200
    assert len(server.requests) == 1


def test_async_client_and_concurrent_requests(server: RecordingServer) -> None:
    server.route("/slow", ScriptedResponse(200, {"slow": True}, delay=0.3))

    async def main() -> list[httpx.Response]:
        async with httpx.AsyncClient(base_url=server.url) as client:
            return await asyncio.gather(*(client.get("/slow", params={"i": i}) for i in range(5)))

    started = time.monotonic()
    responses = asyncio.run(main())
    assert time.monotonic() - started < 1.2  # served in parallel, not one after another
    assert [r.json() for r in responses] == [{"slow": True}] * 5
    assert sorted(r.query_params["i"][0] for r in server.wait_for_requests(5)) == list("01234")


def test_wait_for_requests_times_out_clearly(server: RecordingServer) -> None:
    with pytest.raises(AssertionError, match="expected 1 request"):
        server.wait_for_requests(1, timeout=0.1)


def test_closed_port_url_refuses_connections(closed_port_url: str) -> None:
    with pytest.raises(httpx.ConnectError):
        httpx.get(closed_port_url + "/", timeout=2)


def test_start_and_stop_standalone() -> None:
    recording = RecordingServer().start()
    url = recording.url
    assert httpx.get(url + "/").status_code == 200
    recording.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + "/", timeout=2)
    with pytest.raises(RuntimeError):
        _ = recording.url
