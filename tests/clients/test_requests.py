"""What each seed operation puts on the wire (contract: operations, auth, per-call options)."""

from __future__ import annotations

import inspect
import time

import pytest

from .recording_server import RecordingServer
from .seeds import (
    DASHA,
    IGNORE_DEPRECATED_CALLS,
    OPERATIONS,
    Operation,
    Runner,
    Seed,
    answer,
    each_operation,
    each_seed,
    json_schema_of,
    resolve,
    resource_class,
)

pytestmark = IGNORE_DEPRECATED_CALLS

PER_CALL_OPTIONS = ["extra_headers", "extra_query", "extra_body", "timeout"]


@each_operation
def test_table_matches_the_spec(op: Operation) -> None:
    """The contract's METHOD /path exists in the seed document with these path parameters."""
    document = op.seed.document()
    assert op.http_method.lower() in document["paths"][op.path]
    assert set(op.path_params) == set(
        name.strip("{}") for name in op.path.split("/") if name.startswith("{")
    )


@each_operation
def test_operation_sends_method_path_query_auth_and_body(
    op: Operation, runner: Runner, server: RecordingServer
) -> None:
    answer(server, op)
    runner.run(op.call(runner.client(op.seed, base_url=server.url)))
    assert len(server.requests) == 1
    request = server.last_request
    assert request.method == op.http_method
    assert request.path == op.expected_path()
    assert request.query_params == {name: [value] for name, value in op.query.items()}
    for header, value in op.seed.auth_headers().items():
        assert request.headers.get_all(header) == [value]
    if op.body is None:
        assert request.body == b""
    else:
        assert request.headers["content-type"] == "application/json"
        assert request.json() == op.body


@each_operation
def test_wire_names_are_the_spec_names(op: Operation) -> None:
    """The body and query names the table expects are the ones the spec declares."""
    spec = op.spec()
    document = op.seed.document()
    if op.body is not None:
        schema = json_schema_of(document, spec["requestBody"])
        assert set(op.body) <= set(schema["properties"])
        assert set(schema.get("required", [])) <= set(op.body)
    query_names = {
        resolve(document, parameter)["name"]
        for parameter in (document["paths"][op.path].get("parameters", []))
        + spec.get("parameters", [])
        if resolve(document, parameter)["in"] == "query"
    }
    assert set(op.query) == query_names


@each_operation
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_signature_path_params_positional_the_rest_keyword_only(
    op: Operation, is_async: bool
) -> None:
    resource = resource_class(op.seed.client_type(is_async), op.group)
    parameters = list(inspect.signature(getattr(resource, op.name)).parameters.values())
    assert parameters[0].name == "self"
    names = [p.name for p in parameters[1:]]
    kinds = [p.kind for p in parameters[1:]]
    positional = len(op.arg_names)
    assert names == [*op.arg_names, *op.kwargs, *PER_CALL_OPTIONS]
    assert kinds[:positional] == [inspect.Parameter.POSITIONAL_OR_KEYWORD] * positional
    assert kinds[positional:] == [inspect.Parameter.KEYWORD_ONLY] * (len(names) - positional)


@each_operation
def test_path_parameters_can_be_passed_by_keyword(
    op: Operation, runner: Runner, server: RecordingServer
) -> None:
    answer(server, op)
    client = runner.client(op.seed, base_url=server.url)
    by_keyword = dict(zip(op.arg_names, op.args, strict=True))
    runner.run(op.method(client)(**by_keyword, **op.kwargs))
    assert server.last_request.path == op.expected_path()


@each_seed
def test_user_agent_names_package_and_version(
    seed: Seed, runner: Runner, server: RecordingServer
) -> None:
    op = seed.operations[0]
    answer(server, op)
    runner.run(op.call(runner.client(seed, base_url=server.url)))
    assert seed.module.__version__ == seed.version()
    user_agent = server.last_request.headers["user-agent"]
    assert user_agent.split(" ")[0] == f"{seed.package}/{seed.version()}"


@pytest.mark.parametrize(
    ("note", "expected"),
    [("left out", {}), (None, {"note": None}), ("a note", {"note": "a note"})],
    ids=["omitted", "None", "text"],
)
def test_dasha_note_left_out_or_sent_as_null(
    note: object, expected: dict, runner: Runner, server: RecordingServer
) -> None:
    op = DASHA.operations[0]
    answer(server, op)
    client = runner.client(DASHA, base_url=server.url)
    arguments = {} if note == "left out" else {"note": note}
    runner.run(op.method(client)(*op.args, **arguments))
    request = server.last_request
    assert (request.json() if request.body else {}) == expected


@each_operation
def test_extra_headers_query_and_body(
    op: Operation, runner: Runner, server: RecordingServer
) -> None:
    answer(server, op)
    client = runner.client(op.seed, base_url=server.url)
    options: dict[str, object] = {
        "extra_headers": {"X-Extra": "yes", "X-Request-Id": "req-1"},
        "extra_query": {"trace": "abc", "page": 2},
    }
    if op.body is not None:
        options["extra_body"] = {"priority": 2, "tags": ["a", "b"]}
    runner.run(op.call(client, **options))
    request = server.last_request
    assert (request.headers["x-extra"], request.headers["x-request-id"]) == (
        "yes",
        "req-1",
    )
    assert request.query_params == {
        **{name: [value] for name, value in op.query.items()},
        "trace": ["abc"],
        "page": ["2"],
    }
    if op.body is not None:
        assert request.json() == {**op.body, "priority": 2, "tags": ["a", "b"]}
    for header, value in op.seed.auth_headers().items():
        assert request.headers[header] == value


@each_operation
def test_per_call_timeout_shorter_than_the_clients(
    op: Operation, runner: Runner, server: RecordingServer
) -> None:
    server.enqueue(op.status, op.response, delay=2.0)
    client = runner.client(op.seed, base_url=server.url, max_retries=0)
    started = time.monotonic()
    with pytest.raises(op.seed.module.APITimeoutError):
        runner.run(op.call(client, timeout=0.2))
    assert time.monotonic() - started < 1.5


@pytest.mark.parametrize("op", [OPERATIONS[0]], ids=lambda op: op.id)
def test_per_call_timeout_longer_than_the_clients(
    op: Operation, runner: Runner, server: RecordingServer
) -> None:
    server.enqueue(op.status, op.response, delay=0.4)
    client = runner.client(op.seed, base_url=server.url, max_retries=0, timeout=0.1)
    runner.run(op.call(client, timeout=5.0))
    server.enqueue(op.status, op.response, delay=0.4)
    with pytest.raises(op.seed.module.APITimeoutError):
        runner.run(op.call(client))  # without it, the client's 0.1 s applies
