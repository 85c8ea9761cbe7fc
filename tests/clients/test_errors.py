"""Errors: every status maps to its class with the parsed body; no response -> connection errors."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from .recording_server import RecordingServer
from .seeds import (
    IGNORE_DEPRECATED_CALLS,
    OPERATIONS,
    OSVI,
    POLYAI,
    Operation,
    Runner,
    Seed,
    declared_model,
    each_client,
    each_operation,
    each_seed,
    json_schema_of,
)

pytestmark = IGNORE_DEPRECATED_CALLS

# docs/seed-clients.md: the same class names in every package.
ERROR_CLASSES = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
    500: "InternalServerError",
    502: "InternalServerError",
    503: "InternalServerError",
}


def _sample(schema: Any, status: int) -> dict[str, object]:
    """A body that fits `schema`: every property filled in by its type."""
    values = {
        "string": f"sample text for {status}",
        "boolean": False,
        "integer": status,
    }
    return {
        name: values[prop.get("type", "string")]
        for name, prop in schema.get("properties", {}).items()
    }


def _error_body(op: Operation, status: int) -> tuple[object, str | None]:
    """What the server sends for `status`, and the model name it must parse into."""
    model = declared_model(op, status)
    if model is None:
        return {"detail": f"plain JSON for {status}", "code": status}, None
    response = op.spec()["responses"][str(status)]
    schema = json_schema_of(op.seed.document(), response)
    return _sample(schema, status), model


@each_seed
def test_error_hierarchy(seed: Seed) -> None:
    errors = seed.errors()
    assert issubclass(errors.APIConnectionError, errors.APIError)
    assert issubclass(errors.APITimeoutError, errors.APIConnectionError)
    assert issubclass(errors.APIStatusError, errors.APIError)
    assert not issubclass(errors.APIStatusError, errors.APIConnectionError)
    for name in set(ERROR_CLASSES.values()):
        assert issubclass(getattr(errors, name), errors.APIStatusError), name
    assert issubclass(errors.APIError, Exception)


@each_operation
@pytest.mark.parametrize("status", list(ERROR_CLASSES))
def test_status_raises_its_class_with_status_response_and_body(
    op: Operation, status: int, runner: Runner, server: RecordingServer
) -> None:
    body, model = _error_body(op, status)
    server.enqueue(status, body, headers={"X-Request-Id": "err-1"})
    client = runner.client(op.seed, base_url=server.url, max_retries=0)
    errors = op.seed.errors()
    with pytest.raises(errors.APIStatusError) as caught:
        runner.run(op.call(client))
    error = caught.value
    assert type(error).__name__ == ERROR_CLASSES[status]
    assert type(error) is getattr(errors, ERROR_CLASSES[status])
    assert error.status_code == status
    assert isinstance(error.response, httpx.Response)
    assert error.response.status_code == status
    assert error.response.headers["x-request-id"] == "err-1"
    assert error.response.json() == body
    if model is None:
        assert error.body == body
    else:
        assert type(error.body) is getattr(op.seed.models(), model)
        assert error.body.model_dump(by_alias=True) == body
    assert len(server.requests) == 1


def test_spec_declares_error_models_where_the_contract_says() -> None:
    polyai_op, osvi_op = POLYAI.operations[0], OSVI.operations[0]
    assert {s: declared_model(polyai_op, s) for s in (400, 401, 403, 404, 500)} == dict.fromkeys(
        (400, 401, 403, 404, 500), "Error"
    )
    assert declared_model(osvi_op, 401) == "ChatErrorUnauthorized"
    assert all(
        declared_model(op, status) is None
        for op in OPERATIONS
        for status in ERROR_CLASSES
        if op.client in ("uponai", "dasha")
    )


@pytest.mark.parametrize("status", [400, 401, 403, 404, 500])
def test_polyai_error_message(status: int, runner: Runner, server: RecordingServer) -> None:
    server.enqueue(status, {"error_message": "Conversation CONV-1 is not active"})
    op = POLYAI.operations[0]
    with pytest.raises(POLYAI.module.APIStatusError) as caught:
        runner.run(op.call(runner.client(POLYAI, base_url=server.url, max_retries=0)))
    assert caught.value.body.error_message == "Conversation CONV-1 is not active"


def test_osvi_unauthorized_error(runner: Runner, server: RecordingServer) -> None:
    server.enqueue(401, {"success": False, "error": "Invalid API token"})
    op = OSVI.operations[0]
    with pytest.raises(OSVI.module.AuthenticationError) as caught:
        runner.run(op.call(runner.client(OSVI, base_url=server.url)))
    assert caught.value.body.error == "Invalid API token"
    assert caught.value.body.success is False


@each_operation
@pytest.mark.parametrize("status", [400, 401, 500])
def test_error_body_that_is_not_json_is_the_text(
    op: Operation, status: int, runner: Runner, server: RecordingServer
) -> None:
    server.enqueue(status, "upstream said no")
    with pytest.raises(op.seed.module.APIStatusError) as caught:
        runner.run(op.call(runner.client(op.seed, base_url=server.url, max_retries=0)))
    assert caught.value.status_code == status
    assert caught.value.body == "upstream said no"


@pytest.mark.parametrize(("seed", "status"), [(POLYAI, 404), (OSVI, 401)], ids=["polyai", "osvi"])
def test_json_error_body_that_does_not_fit_the_model_is_kept_as_json(
    seed: Seed, status: int, runner: Runner, server: RecordingServer
) -> None:
    server.enqueue(status, ["not", "an", "object"])
    op = seed.operations[0]
    with pytest.raises(seed.module.APIStatusError) as caught:
        runner.run(op.call(runner.client(seed, base_url=server.url, max_retries=0)))
    assert caught.value.body == ["not", "an", "object"]


@each_client
def test_connection_refused_is_a_connection_error(
    op: Operation, runner: Runner, closed_port_url: str
) -> None:
    client = runner.client(op.seed, base_url=closed_port_url, max_retries=0)
    with pytest.raises(op.seed.module.APIConnectionError) as caught:
        runner.run(op.call(client))
    assert not isinstance(caught.value, op.seed.module.APITimeoutError)
    assert not isinstance(caught.value, op.seed.module.APIStatusError)


@each_client
def test_dropped_connection_is_a_connection_error(
    op: Operation, runner: Runner, server: RecordingServer
) -> None:
    server.enqueue(drop=True)
    client = runner.client(op.seed, base_url=server.url, max_retries=0)
    with pytest.raises(op.seed.module.APIConnectionError) as caught:
        runner.run(op.call(client))
    assert not isinstance(caught.value, op.seed.module.APITimeoutError)
    assert len(server.requests) == 1


@each_client
def test_slow_answer_is_a_timeout_error(
    op: Operation, runner: Runner, server: RecordingServer
) -> None:
    server.enqueue(op.status, op.response, delay=3.0)
    client = runner.client(op.seed, base_url=server.url, max_retries=0, timeout=0.2)
    started = time.monotonic()
    with pytest.raises(op.seed.module.APITimeoutError) as caught:
        runner.run(op.call(client))
    assert 0.15 < time.monotonic() - started < 2.0
    assert isinstance(caught.value, op.seed.module.APIConnectionError)
