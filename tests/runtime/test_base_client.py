"""SyncAPIClient / BaseClient over httpx.MockTransport: requests, auth, responses, retries,
lifecycle."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping

import httpx
import pytest
from pydantic import Field
from runtime_under_test._auth import ApiKeyAuth, BasicAuth, BearerAuth, Credential
from runtime_under_test._base_client import (
    BINARY,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    EMPTY,
    TEXT,
    Endpoint,
    SyncAPIClient,
    by_content_type,
    json_body,
    select_base_url,
)
from runtime_under_test._models import BaseModel
from runtime_under_test._types import NOT_GIVEN
from runtime_under_test.errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    InvalidRequestError,
    MissingBaseURLError,
    NotFoundError,
    RateLimitError,
    ResponseTooLargeError,
)

from .mock_server import Server

BASE = "https://api.example.com/v1"
SECRET = "sk-live-123456"


class Thing(BaseModel):
    thing_id: str = Field(validation_alias="thingId", serialization_alias="thingId")
    name: str | None = None


class Problem(BaseModel):
    message: str


GET_THING = Endpoint[Thing](
    method="GET",
    path="/things/{thingId}",
    responses={
        "200": json_body(lambda: Thing),
        "404": json_body(lambda: Problem),
        "4XX": TEXT,
        "default": json_body(lambda: Problem),
    },
)
CREATE_THING = Endpoint[Thing](
    method="POST",
    path="/things",
    responses={"201": json_body(lambda: Thing)},
    body_encoding="json",
    content_type="application/json",
)
DELETE_THING = Endpoint[None](method="DELETE", path="/things/{thingId}", responses={"204": EMPTY})


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    """Record the retry waits instead of waiting."""
    recorded: list[float] = []
    monkeypatch.setattr("time.sleep", recorded.append)
    yield recorded


def make_client(
    server: Server,
    *,
    credentials: Mapping[str, Credential] | None = None,
    max_retries: int = DEFAULT_MAX_RETRIES,
    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
    default_headers: Mapping[str, str] | None = None,
    user_agent: str | None = None,
) -> SyncAPIClient:
    return SyncAPIClient(
        base_url=BASE,
        credentials=credentials,
        max_retries=max_retries,
        timeout=timeout,
        default_headers=default_headers,
        user_agent=user_agent,
        http_client=server.sync_client(),
    )


# Building requests


def test_url_joins_base_path_path_parameters_and_query() -> None:
    server = Server(httpx.Response(200, json={"thingId": "a/b"}))
    make_client(server).request(
        GET_THING,
        path_params={"thingId": "a/b"},
        query={"expand": ["owner", "tags"], "page": NOT_GIVEN},
    )
    url = server.last.url
    assert url.path == "/v1/things/a/b" and url.raw_path.startswith(b"/v1/things/a%2Fb?")
    assert url.params.multi_items() == [("expand", "owner"), ("expand", "tags")]


def test_extra_query_is_added_and_wins_over_declared_parameters() -> None:
    server = Server(httpx.Response(200, json={"thingId": "1"}))
    make_client(server).request(
        GET_THING,
        path_params={"thingId": "1"},
        query={"page": 1, "size": 10},
        extra_query={"page": 2, "debug": True},
    )
    assert dict(server.last.url.params) == {"page": "2", "size": "10", "debug": "true"}


def test_user_agent_names_the_client_and_httpx() -> None:
    server = Server(httpx.Response(200, json={"thingId": "1"}))
    make_client(server, user_agent="acme_client/1.2.3").request(
        GET_THING, path_params={"thingId": "1"}
    )
    assert (
        server.last.headers["User-Agent"] == f"acme_client/1.2.3 python-httpx/{httpx.__version__}"
    )


def test_header_precedence_default_then_parameters_then_extra() -> None:
    server = Server(httpx.Response(200, json={"thingId": "1"}))
    client = make_client(
        server, default_headers={"X-Team": "core", "X-Trace": "default", "X-Mode": "default"}
    )
    client.request(
        GET_THING,
        path_params={"thingId": "1"},
        headers={"X-Mode": "param", "X-Flags": ["a", "b"], "X-Skip": NOT_GIVEN},
        extra_headers={"x-trace": "extra"},
    )
    headers = server.last.headers
    assert headers["X-Team"] == "core"
    assert headers["X-Mode"] == "param"
    assert headers.get_list("X-Trace") == ["extra"]
    assert headers["X-Flags"] == "a,b"
    assert "X-Skip" not in headers


def test_cookie_parameters_become_one_cookie_header() -> None:
    server = Server(httpx.Response(200, json={"thingId": "1"}))
    make_client(server).request(
        GET_THING, path_params={"thingId": "1"}, cookies={"session": "abc", "theme": "dark"}
    )
    assert server.last.headers["Cookie"] == "session=abc; theme=dark"


def test_json_body_with_extra_body() -> None:
    server = Server(httpx.Response(201, json={"thingId": "new"}))
    thing = make_client(server).request(
        CREATE_THING,
        body={"name": "lamp", "colour": NOT_GIVEN, "note": None},
        extra_body={"trace": True},
    )
    assert thing.thing_id == "new"
    assert server.last.headers["Content-Type"] == "application/json"
    assert json.loads(server.last.content) == {"name": "lamp", "note": None, "trace": True}


def test_requests_without_body_send_no_content_type() -> None:
    server = Server(httpx.Response(200, json={"thingId": "1"}))
    make_client(server).request(GET_THING, path_params={"thingId": "1"})
    assert server.last.content == b""
    assert "Content-Type" not in server.last.headers


def _timeout(request: httpx.Request) -> httpx.Timeout:
    return httpx.Timeout(**request.extensions["timeout"])


def test_timeouts_default_to_the_client_and_can_change_per_call() -> None:
    server = Server(httpx.Response(200, json={"thingId": "1"}))
    client = make_client(server)
    client.request(GET_THING, path_params={"thingId": "1"})
    assert _timeout(server.last) == httpx.Timeout(DEFAULT_TIMEOUT) == httpx.Timeout(60.0)
    client.request(GET_THING, path_params={"thingId": "1"}, timeout=2.5)
    assert _timeout(server.last) == httpx.Timeout(2.5)
    client.request(GET_THING, path_params={"thingId": "1"}, timeout=httpx.Timeout(5.0, connect=1.0))
    assert _timeout(server.last) == httpx.Timeout(5.0, connect=1.0)
    client.request(GET_THING, path_params={"thingId": "1"}, timeout=None)
    assert _timeout(server.last) == httpx.Timeout(None)


def test_client_timeout_applies_to_every_call() -> None:
    server = Server(httpx.Response(200, json={"thingId": "1"}))
    make_client(server, timeout=httpx.Timeout(3.0)).request(
        GET_THING, path_params={"thingId": "1"}, timeout=NOT_GIVEN
    )
    assert _timeout(server.last) == httpx.Timeout(3.0)


# Authentication

ANY_AUTH = Endpoint[Thing](
    method="GET",
    path="/me",
    responses={"200": json_body(lambda: Thing)},
    security=(("ApiKey",), ("Bearer",)),
)


def _sent_auth(credentials: Mapping[str, Credential], endpoint: Endpoint[Thing]) -> httpx.Request:
    server = Server(httpx.Response(200, json={"thingId": "1"}))
    make_client(server, credentials=credentials).request(endpoint)
    return server.last


def test_first_fully_configured_alternative_is_used() -> None:
    request = _sent_auth(
        {
            "ApiKey": ApiKeyAuth("key-1", name="X-API-KEY", location="header"),
            "Bearer": BearerAuth("tok"),
        },
        ANY_AUTH,
    )
    assert request.headers["X-API-KEY"] == "key-1"
    assert "Authorization" not in request.headers


def test_later_alternative_is_used_when_earlier_is_not_configured() -> None:
    request = _sent_auth(
        {
            "ApiKey": ApiKeyAuth(None, name="X-API-KEY", location="header"),
            "Bearer": BearerAuth("tok"),
        },
        ANY_AUTH,
    )
    assert request.headers["Authorization"] == "Bearer tok"
    assert "X-API-KEY" not in request.headers


def test_alternative_needing_two_schemes_needs_both() -> None:
    both = Endpoint[Thing](
        method="GET",
        path="/me",
        responses={"200": json_body(lambda: Thing)},
        security=(("User", "Key"), ("Bearer",)),
    )
    request = _sent_auth(
        {
            "User": BasicAuth("u", "p"),
            "Key": ApiKeyAuth(None, name="key", location="query"),
            "Bearer": BearerAuth("tok"),
        },
        both,
    )
    assert request.headers["Authorization"] == "Bearer tok"
    request = _sent_auth(
        {"User": BasicAuth("u", "p"), "Key": ApiKeyAuth("k", name="key", location="query")}, both
    )
    assert request.headers["Authorization"].startswith("Basic ")
    assert request.url.params["key"] == "k"


def test_optional_auth_sends_credentials_only_when_configured() -> None:
    optional = Endpoint[Thing](
        method="GET",
        path="/me",
        responses={"200": json_body(lambda: Thing)},
        security=(("Bearer",), ()),
    )
    assert "Authorization" not in _sent_auth({"Bearer": BearerAuth(None)}, optional).headers
    assert (
        _sent_auth({"Bearer": BearerAuth("tok")}, optional).headers["Authorization"] == "Bearer tok"
    )


def test_endpoint_without_security_sends_no_credentials() -> None:
    public = Endpoint[Thing](method="GET", path="/me", responses={"200": json_body(lambda: Thing)})
    request = _sent_auth({"Bearer": BearerAuth("tok")}, public)
    assert "Authorization" not in request.headers


def test_always_apply_adds_every_configured_scheme() -> None:
    polyai_like = Endpoint[Thing](
        method="GET",
        path="/me",
        responses={"200": json_body(lambda: Thing)},
        security=(("ApiKeyAuth",), ("TokenAuth",)),
        always_apply=("ApiKeyAuth", "TokenAuth"),
    )
    request = _sent_auth(
        {
            "ApiKeyAuth": ApiKeyAuth("k", name="X-API-KEY", location="header"),
            "TokenAuth": ApiKeyAuth("t", name="X-TOKEN", location="header"),
        },
        polyai_like,
    )
    assert (request.headers["X-API-KEY"], request.headers["X-TOKEN"]) == ("k", "t")


def test_api_keys_in_query_and_cookie() -> None:
    endpoint = Endpoint[Thing](
        method="GET",
        path="/me",
        responses={"200": json_body(lambda: Thing)},
        security=(("Q", "C"),),
    )
    request = _sent_auth(
        {
            "Q": ApiKeyAuth("qk", name="api_key", location="query"),
            "C": ApiKeyAuth("ck", name="sid", location="cookie"),
        },
        endpoint,
    )
    assert request.url.params["api_key"] == "qk"
    assert request.headers["Cookie"] == "sid=ck"


def test_without_any_configured_alternative_the_request_goes_unauthenticated() -> None:
    # The server answers 401 (AuthenticationError), which names the problem better than a guess.
    request = _sent_auth(
        {"ApiKey": ApiKeyAuth(None, name="X-API-KEY", location="header")}, ANY_AUTH
    )
    assert "X-API-KEY" not in request.headers and "Authorization" not in request.headers


# Decoding responses


def test_success_body_is_parsed_into_the_model() -> None:
    server = Server(httpx.Response(200, json={"thingId": "t1", "name": "lamp", "new": 1}))
    thing = make_client(server).request(GET_THING, path_params={"thingId": "t1"})
    assert isinstance(thing, Thing)
    assert (thing.thing_id, thing.name, thing.model_extra) == ("t1", "lamp", {"new": 1})


def test_a_body_the_transport_hands_over_read_counts_against_the_size_limit() -> None:
    server = Server(httpx.Response(200, json={"thingId": "t1", "name": "x" * 100}))
    client = SyncAPIClient(base_url=BASE, max_response_size=64, http_client=server.sync_client())
    with pytest.raises(ResponseTooLargeError, match="larger than 64 bytes"):
        client.request(GET_THING, path_params={"thingId": "t1"})


def test_no_content_returns_none() -> None:
    server = Server(httpx.Response(204))
    assert make_client(server).request(DELETE_THING, path_params={"thingId": "1"}) is None


def test_text_and_binary_bodies() -> None:
    text = Endpoint[str](method="GET", path="/readme", responses={"200": TEXT})
    binary = Endpoint[bytes](method="GET", path="/logo", responses={"2XX": BINARY})
    assert make_client(Server(httpx.Response(200, text="héllo"))).request(text) == "héllo"
    assert (
        make_client(Server(httpx.Response(200, content=b"\x89PNG"))).request(binary) == b"\x89PNG"
    )


ANYTHING = Endpoint[Thing | str | bytes](
    method="GET",
    path="/anything",
    responses={
        "200": by_content_type(lambda: Thing),
        "404": by_content_type(lambda: Problem, text=False),
    },
)


@pytest.mark.parametrize(
    ("content_type", "content", "expected"),
    [
        ("application/json", b'{"thingId": "t1"}', Thing(thing_id="t1")),
        ("application/vnd.thing+json", b'{"thingId": "t2"}', Thing(thing_id="t2")),
        ("text/plain; charset=utf-8", b"plain", "plain"),
        ("application/pdf", b"%PDF", b"%PDF"),
        (None, b"?", b"?"),
    ],
)
def test_media_range_body_is_decoded_by_its_content_type(
    content_type: str | None, content: bytes, expected: object
) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    server = Server(httpx.Response(200, content=content, headers=headers))
    assert make_client(server).request(ANYTHING) == expected


def test_media_range_error_in_json_is_parsed_with_its_schema() -> None:
    server = Server(httpx.Response(404, json={"message": "gone"}))
    with pytest.raises(NotFoundError) as caught:
        make_client(server).request(ANYTHING)
    assert caught.value.body == Problem(message="gone")


def test_undeclared_success_status_uses_the_declared_success_body() -> None:
    server = Server(httpx.Response(202, json={"thingId": "queued"}))
    assert make_client(server).request(GET_THING, path_params={"thingId": "1"}).thing_id == "queued"


def test_success_body_that_breaks_the_schema_raises_validation_error() -> None:
    server = Server(httpx.Response(200, json={"name": SECRET}))
    with pytest.raises(APIResponseValidationError) as caught:
        make_client(server).request(GET_THING, path_params={"thingId": "1"})
    error = caught.value
    assert error.body == {"name": SECRET}
    assert error.response.status_code == 200
    assert "thingId" in str(error)
    assert SECRET not in str(error)


def test_error_body_is_parsed_with_the_schema_for_its_status() -> None:
    server = Server(httpx.Response(404, json={"message": "no such thing"}))
    with pytest.raises(NotFoundError) as caught:
        make_client(server).request(GET_THING, path_params={"thingId": "1"})
    assert isinstance(caught.value.body, Problem)
    assert caught.value.body.message == "no such thing"
    assert caught.value.status_code == 404


def test_exact_status_beats_range_and_range_beats_default() -> None:
    # GET_THING declares 404 -> Problem, 4XX -> text, default -> Problem.
    with pytest.raises(BadRequestError) as bad_request:
        make_client(Server(httpx.Response(400, text="plain words"))).request(
            GET_THING, path_params={"thingId": "1"}
        )
    assert bad_request.value.body == "plain words"
    with pytest.raises(InternalServerError) as server_error:
        make_client(Server(httpx.Response(500, json={"message": "down"})), max_retries=0).request(
            GET_THING, path_params={"thingId": "1"}
        )
    assert isinstance(server_error.value.body, Problem)


def test_error_body_that_breaks_its_schema_is_kept_as_json() -> None:
    server = Server(httpx.Response(404, json={"error": {"code": 7}}))
    with pytest.raises(NotFoundError) as caught:
        make_client(server).request(GET_THING, path_params={"thingId": "1"})
    assert caught.value.body == {"error": {"code": 7}}


def test_error_body_without_schema_is_json_else_text_else_none() -> None:
    bare = Endpoint[None](method="GET", path="/x", responses={"204": EMPTY})
    for response, expected in [
        (httpx.Response(409, json={"why": "taken"}), {"why": "taken"}),
        (httpx.Response(409, text="<html>taken</html>"), "<html>taken</html>"),
        (httpx.Response(409), None),
    ]:
        with pytest.raises(APIStatusError) as caught:
            make_client(Server(response), max_retries=0).request(bare)
        assert caught.value.body == expected


# Retries


def test_transient_failures_are_retried_then_succeed(sleeps: list[float]) -> None:
    server = Server(
        httpx.Response(503), httpx.Response(502), httpx.Response(200, json={"thingId": "1"})
    )
    thing = make_client(server).request(GET_THING, path_params={"thingId": "1"})
    assert thing.thing_id == "1"
    assert len(server.requests) == 3
    assert len(sleeps) == 2 and sleeps[0] < sleeps[1]


def test_retries_stop_at_max_retries(sleeps: list[float]) -> None:
    server = Server(httpx.Response(503, json={"message": "down"}))
    with pytest.raises(InternalServerError):
        make_client(server, max_retries=3).request(GET_THING, path_params={"thingId": "1"})
    assert len(server.requests) == 4
    assert len(sleeps) == 3


def test_default_is_two_retries(sleeps: list[float]) -> None:
    server = Server(httpx.Response(500))
    with pytest.raises(InternalServerError):
        make_client(server).request(GET_THING, path_params={"thingId": "1"})
    assert len(server.requests) == 1 + DEFAULT_MAX_RETRIES == 3


def test_client_errors_are_not_retried(sleeps: list[float]) -> None:
    server = Server(httpx.Response(404, json={"message": "gone"}))
    with pytest.raises(NotFoundError):
        make_client(server).request(GET_THING, path_params={"thingId": "1"})
    assert len(server.requests) == 1 and sleeps == []


def test_retry_after_is_honoured(sleeps: list[float]) -> None:
    server = Server(
        httpx.Response(429, headers={"Retry-After": "7"}),
        httpx.Response(200, json={"thingId": "1"}),
    )
    make_client(server).request(GET_THING, path_params={"thingId": "1"})
    assert sleeps == [7.0]


def test_rate_limit_error_after_last_retry(sleeps: list[float]) -> None:
    server = Server(httpx.Response(429, headers={"Retry-After": "1"}))
    with pytest.raises(RateLimitError):
        make_client(server, max_retries=1).request(GET_THING, path_params={"thingId": "1"})
    assert sleeps == [1.0]


def test_connection_errors_are_retried_then_raised(sleeps: list[float]) -> None:
    request = httpx.Request("GET", BASE)
    server = Server(httpx.ConnectError("refused", request=request))
    with pytest.raises(APIConnectionError) as caught:
        make_client(server).request(GET_THING, path_params={"thingId": "1"})
    assert not isinstance(caught.value, APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert len(server.requests) == 3
    assert caught.value.request is not None and caught.value.request.url.path == "/v1/things/1"


def test_a_connection_error_then_success(sleeps: list[float]) -> None:
    request = httpx.Request("GET", BASE)
    server = Server(
        httpx.ReadError("reset", request=request), httpx.Response(200, json={"thingId": "1"})
    )
    assert make_client(server).request(GET_THING, path_params={"thingId": "1"}).thing_id == "1"


def test_timeouts_raise_api_timeout_error(sleeps: list[float]) -> None:
    request = httpx.Request("GET", BASE)
    server = Server(httpx.ReadTimeout("slow", request=request))
    with pytest.raises(APITimeoutError):
        make_client(server, max_retries=1).request(GET_THING, path_params={"thingId": "1"})
    assert len(server.requests) == 2


def test_connection_error_message_never_shows_credentials(sleeps: list[float]) -> None:
    request = httpx.Request("GET", BASE)
    server = Server(httpx.ConnectError("refused", request=request))
    client = make_client(
        server, credentials={"Q": ApiKeyAuth(SECRET, name="key", location="query")}, max_retries=0
    )
    endpoint = Endpoint[Thing](
        method="GET", path="/me", responses={"200": json_body(lambda: Thing)}, security=(("Q",),)
    )
    with pytest.raises(APIConnectionError) as caught:
        client.request(endpoint)
    assert SECRET in str(server.last.url)  # it was sent...
    assert SECRET not in str(caught.value)  # ...but is not repeated in the error


@pytest.mark.parametrize(
    ("source", "name", "value"),
    [
        ("headers", "header param", "1"),
        ("headers", "X-Ok", f"{SECRET}\r\nX-Injected: 1"),
        ("extra_headers", "caf\u00e9", "1"),
        ("extra_headers", "X-Ok", f"{SECRET}\u00e9"),
        ("extra_headers", "X-Ok", f" {SECRET}"),
        ("default_headers", "a:b", "1"),
        ("default_headers", "X-Ok", f"{SECRET}\x00"),
    ],
)
def test_a_header_http_cannot_carry_is_refused_before_sending(
    sleeps: list[float], source: str, name: str, value: str
) -> None:
    server = Server()
    headers = {name: value}
    with pytest.raises(InvalidRequestError) as caught:
        if source == "default_headers":
            make_client(server, default_headers=headers)
        else:
            make_client(server).request(
                DELETE_THING, path_params={"thingId": "1"}, **{source: headers}
            )
    assert isinstance(caught.value, ValueError) and not isinstance(caught.value, APIConnectionError)
    assert repr(name) in str(caught.value) and SECRET not in str(caught.value)
    assert server.requests == [] and sleeps == []


def test_a_credential_http_cannot_carry_is_refused_without_showing_it() -> None:
    client = make_client(
        Server(), credentials={"K": ApiKeyAuth(f"{SECRET}\n", name="X-Key", location="header")}
    )
    endpoint = Endpoint[None](
        method="GET", path="/me", responses={"204": EMPTY}, security=(("K",),)
    )
    with pytest.raises(InvalidRequestError, match="'X-Key'") as caught:
        client.request(endpoint)
    assert SECRET not in str(caught.value)


def test_a_request_httpx_refuses_to_write_is_not_a_connection_error(sleeps: list[float]) -> None:
    request = httpx.Request("GET", BASE)
    server = Server(
        httpx.LocalProtocolError("Illegal header name b'header param'", request=request)
    )
    with pytest.raises(InvalidRequestError) as caught:
        make_client(server).request(GET_THING, path_params={"thingId": "1"})
    assert isinstance(caught.value.__cause__, httpx.LocalProtocolError)
    assert len(server.requests) == 1 and sleeps == [], "it would fail the same way again"


@pytest.mark.parametrize(
    "error",
    [httpx.DecodingError("bad gzip"), httpx.TooManyRedirects("loop")],
    ids=lambda error: type(error).__name__,
)
def test_a_failure_that_is_no_transport_error_is_not_reported_as_one(
    sleeps: list[float], error: httpx.RequestError
) -> None:
    error.request = httpx.Request("GET", BASE)
    with pytest.raises(type(error)):
        make_client(Server(error)).request(GET_THING, path_params={"thingId": "1"})
    assert sleeps == []


def test_zero_retries_means_one_attempt(sleeps: list[float]) -> None:
    server = Server(httpx.Response(503))
    with pytest.raises(InternalServerError):
        make_client(server, max_retries=0).request(GET_THING, path_params={"thingId": "1"})
    assert len(server.requests) == 1 and sleeps == []


def test_negative_max_retries_is_refused() -> None:
    with pytest.raises(ValueError):
        make_client(Server(), max_retries=-1)


# Lifecycle, copies, repr


def test_context_manager_closes_the_client_it_created() -> None:
    with SyncAPIClient(base_url=BASE) as client:
        pool = client._http_client
        assert not pool.is_closed
    assert pool.is_closed


def test_a_users_http_client_is_left_open() -> None:
    mine = Server().sync_client()
    with SyncAPIClient(base_url=BASE, http_client=mine):
        pass
    assert not mine.is_closed
    mine.close()


def test_a_copy_changes_defaults_and_shares_the_pool(sleeps: list[float]) -> None:
    server = Server(httpx.Response(503))
    client = make_client(server, max_retries=5)
    patient = client._copy(max_retries=1, timeout=9.0)
    assert type(patient) is SyncAPIClient
    with pytest.raises(InternalServerError):
        patient.request(GET_THING, path_params={"thingId": "1"})
    assert len(server.requests) == 2
    assert _timeout(server.last) == httpx.Timeout(9.0)
    assert patient._http_client is client._http_client
    patient.close()
    assert not client._http_client.is_closed


def test_a_copy_leaves_the_original_alone(sleeps: list[float]) -> None:
    server = Server(httpx.Response(503))
    client = make_client(server, max_retries=2)
    client._copy(max_retries=0, timeout=1.0)
    with pytest.raises(InternalServerError):
        client.request(GET_THING, path_params={"thingId": "1"})
    assert len(server.requests) == 3
    assert _timeout(server.last) == httpx.Timeout(DEFAULT_TIMEOUT)


def test_a_copy_keeps_what_it_is_not_told_to_change() -> None:
    server = Server(httpx.Response(200, json={"thingId": "1"}))
    client = make_client(
        server,
        credentials={"Bearer": BearerAuth("tok")},
        default_headers={"X-Team": "core"},
        timeout=4.0,
        user_agent="acme/1",
    )
    copy = client._copy(max_retries=0)
    endpoint = Endpoint[Thing](
        method="GET",
        path="/me",
        responses={"200": json_body(lambda: Thing)},
        security=(("Bearer",),),
    )
    copy.request(endpoint)
    headers = server.last.headers
    assert (headers["Authorization"], headers["X-Team"]) == ("Bearer tok", "core")
    assert headers["User-Agent"].startswith("acme/1 ")
    assert _timeout(server.last) == httpx.Timeout(4.0)


def test_repr_shows_the_base_url_only() -> None:
    client = SyncAPIClient(
        base_url="https://user:pa55word@api.example.com/v1",
        credentials={"Bearer": BearerAuth(SECRET)},
        http_client=Server().sync_client(),
    )
    text = repr(client)
    assert "api.example.com/v1" in text
    assert SECRET not in text and "pa55word" not in text and "user" not in text


# Base URL selection

ENVIRONMENTS = {"us-1": "https://us.example.com", "uk-1": "https://uk.example.com"}


def test_explicit_base_url_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACME_BASE_URL", "https://env.example.com")
    url = select_base_url(
        "https://mine.example.com",
        env_var="ACME_BASE_URL",
        environments=ENVIRONMENTS,
        environment="uk-1",
    )
    assert url == httpx.URL("https://mine.example.com")


def test_environment_variable_beats_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACME_BASE_URL", "https://env.example.com")
    url = select_base_url(
        None, env_var="ACME_BASE_URL", environments=ENVIRONMENTS, environment="uk-1"
    )
    assert url == httpx.URL("https://env.example.com")


def test_environment_picks_its_server(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ACME_BASE_URL", raising=False)
    url = select_base_url(
        None, env_var="ACME_BASE_URL", environments=ENVIRONMENTS, environment="uk-1"
    )
    assert url == httpx.URL("https://uk.example.com")


def test_no_base_url_at_all_says_how_to_give_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ACME_BASE_URL", raising=False)
    with pytest.raises(MissingBaseURLError) as caught:
        select_base_url(None, env_var="ACME_BASE_URL", environments={}, environment=None)
    assert "base_url" in str(caught.value) and "ACME_BASE_URL" in str(caught.value)


def test_unknown_environment_lists_the_known_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ACME_BASE_URL", raising=False)
    with pytest.raises(MissingBaseURLError) as caught:
        select_base_url(
            None, env_var="ACME_BASE_URL", environments=ENVIRONMENTS, environment="mars-1"
        )
    assert "mars-1" in str(caught.value) and "us-1" in str(caught.value)


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({}, "https://eu.example.com/v1"),
        ({"region": "us", "version": None}, "https://us.example.com/v1"),
        ({"version": "v2"}, "https://eu.example.com/v2"),
    ],
)
def test_server_variables_take_the_value_given_else_the_environments_default(
    monkeypatch: pytest.MonkeyPatch, variables: dict[str, str | None], expected: str
) -> None:
    monkeypatch.delenv("ACME_BASE_URL", raising=False)
    url = select_base_url(
        None,
        env_var="ACME_BASE_URL",
        environments={"regional": "https://{region}.example.com/{version}"},
        environment="regional",
        variables=variables,
        variable_defaults={"regional": {"region": "eu", "version": "v1"}},
    )
    assert url == httpx.URL(expected)


@pytest.mark.parametrize(
    "bad", ["/api/v1", "api.example.com", "ftp://files.example.com", "https://"]
)
def test_base_url_must_be_absolute_http(monkeypatch: pytest.MonkeyPatch, bad: str) -> None:
    monkeypatch.delenv("ACME_BASE_URL", raising=False)
    with pytest.raises(MissingBaseURLError):
        select_base_url(bad, env_var="ACME_BASE_URL", environments=ENVIRONMENTS, environment="us-1")
    with pytest.raises(MissingBaseURLError):
        select_base_url(
            None, env_var="ACME_BASE_URL", environments={"default": bad}, environment="default"
        )


def test_default_serves_as_success_body_when_no_success_is_listed() -> None:
    only_default = Endpoint[Thing](
        method="GET", path="/x", responses={"default": json_body(lambda: Thing)}
    )
    server = Server(httpx.Response(200, json={"thingId": "d"}))
    assert make_client(server).request(only_default).thing_id == "d"
