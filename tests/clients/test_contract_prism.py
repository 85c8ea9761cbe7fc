"""Contract tests: the generated clients' requests, validated by Prism against each seed document.

One Prism per client serves the loaded seed document (the same dict the generator read) for
the whole module; the four start in parallel. Prism checks every request against the
document (method, path, parameters, body schema, security) and answers from the document's
examples or schemas. A request Prism finds wrong gets the document's 400 with an
`sl-violations` header, or Prism's own 422 with a `validation` list (`violations()` reads
both); the negative tests at the end prove that the check can fail.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, ExitStack
from pathlib import Path
from typing import Any

import httpx
import pytest

from .prism import prism_mock_document, violations
from .seeds import (
    DASHA,
    IGNORE_DEPRECATED_CALLS,
    OPERATIONS,
    OSVI,
    POLYAI,
    SEEDS,
    Operation,
    Runner,
    declared_model,
    json_schema_of,
    resolve,
)

pytestmark = [pytest.mark.slow, IGNORE_DEPRECATED_CALLS]

ERROR_CLASSES = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    422: "UnprocessableEntityError",
    500: "InternalServerError",
}


@pytest.fixture(scope="module")
def prism_urls(prism_executable: Path) -> Iterator[dict[str, str]]:
    """Client name -> base URL of a Prism serving that client's loaded seed document."""
    managers: dict[str, AbstractContextManager[str]] = {
        seed.name: prism_mock_document(seed.document(), executable=prism_executable)
        for seed in SEEDS
    }
    with ExitStack() as stack:
        with ThreadPoolExecutor(len(managers)) as pool:
            started = {name: pool.submit(cm.__enter__) for name, cm in managers.items()}
        urls: dict[str, str] = {}
        failures: list[BaseException] = []
        for name, future in started.items():
            try:
                urls[name] = future.result()
            except BaseException as error:  # stop the others, then report
                failures.append(error)
            else:
                stack.push(managers[name].__exit__)
        if failures:
            raise failures[0]
        yield urls


def _recording_http_client(
    runner: Runner, seen: list[httpx.Response]
) -> httpx.Client | httpx.AsyncClient:
    """A user's own httpx client that keeps every response (to read Prism's verdict)."""
    if runner.is_async:

        async def keep_async(response: httpx.Response) -> None:
            seen.append(response)

        return runner.http_client(event_hooks={"response": [keep_async]})

    def keep(response: httpx.Response) -> None:
        seen.append(response)

    return runner.http_client(event_hooks={"response": [keep]})


def _client(
    runner: Runner,
    op: Operation,
    prism_urls: dict[str, str],
    seen: list[httpx.Response],
    **kwargs: Any,
) -> Any:
    return runner.client(
        op.seed,
        base_url=prism_urls[op.client],
        max_retries=0,
        http_client=_recording_http_client(runner, seen),
        **kwargs,
    )


def _call_accepted(
    runner: Runner,
    op: Operation,
    client: Any,
    seen: list[httpx.Response],
    **options: Any,
) -> Any:
    """Call `op`; fail with Prism's findings unless Prism accepted the request."""
    try:
        result = runner.run(op.call(client, **options))
    except op.seed.module.APIStatusError as error:
        pytest.fail(f"Prism rejected {op.id}: {error.status_code} {violations(error.response)}")
    assert len(seen) == 1
    response = seen[0]
    assert violations(response) == []
    assert "sl-violations" not in response.headers
    assert response.is_success
    assert str(response.status_code) in op.spec()["responses"]
    return result


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.id)
def test_prism_accepts_every_operation(
    op: Operation, runner: Runner, prism_urls: dict[str, str]
) -> None:
    seen: list[httpx.Response] = []
    result = _call_accepted(runner, op, _client(runner, op, prism_urls, seen), seen)
    if op.returns is None:
        assert result is None
        assert seen[0].status_code == op.status
    else:
        assert type(result) is op.result_class()


@pytest.mark.parametrize(
    "arguments",
    [{}, {"note": None}, {"note": "audit"}],
    ids=["no-note", "null-note", "note"],
)
@pytest.mark.parametrize("with_key", [False, True], ids=["anonymous", "with-key"])
def test_prism_accepts_dasha_with_or_without_key_and_note(
    arguments: dict[str, Any],
    with_key: bool,
    runner: Runner,
    prism_urls: dict[str, str],
) -> None:
    op = DASHA.operations[0]
    seen: list[httpx.Response] = []
    client = runner.client(
        DASHA,
        credentials=with_key,
        base_url=prism_urls["dasha"],
        max_retries=0,
        http_client=_recording_http_client(runner, seen),
    )
    session = runner.run(op.method(client)(*op.args, **arguments))
    assert (seen[0].status_code, violations(seen[0])) == (200, [])
    assert type(session) is op.result_class()
    assert ("authorization" in seen[0].request.headers) is with_key


def test_prism_answer_parses_into_the_spec_examples(
    runner: Runner, prism_urls: dict[str, str]
) -> None:
    """osvi's spec gives examples for its response: they arrive on the typed result."""
    op = OSVI.operations[0]
    schema = json_schema_of(OSVI.document(), op.spec()["responses"]["200"])
    data = schema["properties"]["data"]["properties"]
    seen: list[httpx.Response] = []
    result = _call_accepted(runner, op, _client(runner, op, prism_urls, seen), seen)
    assert result.success is schema["properties"]["success"]["example"]
    assert result.data.session_id == data["session_id"]["example"]
    assert " ".join(result.data.summary.split()) == " ".join(data["summary"]["example"].split())


DECLARED_ERRORS = [
    (op, int(status))
    for op in OPERATIONS
    for status in op.spec()["responses"]
    if status.isdigit() and int(status) >= 400
]


def test_declared_errors_are_the_contracts() -> None:
    assert [(op.id, status) for op, status in DECLARED_ERRORS] == [
        ("polyai.chat.close", 400),
        ("polyai.chat.close", 401),
        ("polyai.chat.close", 403),
        ("polyai.chat.close", 404),
        ("polyai.chat.close", 500),
        ("osvi.chat_sessions.close", 401),
    ]


@pytest.mark.parametrize(
    ("op", "status"), DECLARED_ERRORS, ids=[f"{op.id}-{s}" for op, s in DECLARED_ERRORS]
)
def test_declared_error_responses_parse_into_the_spec_models(
    op: Operation, status: int, runner: Runner, prism_urls: dict[str, str]
) -> None:
    seen: list[httpx.Response] = []
    client = _client(runner, op, prism_urls, seen)
    with pytest.raises(op.seed.module.APIStatusError) as caught:
        runner.run(op.call(client, extra_headers={"Prefer": f"code={status}"}))
    error = caught.value
    assert type(error).__name__ == ERROR_CLASSES[status]
    assert error.status_code == status
    assert violations(error.response) == []  # a valid request; the status was asked for
    schema = json_schema_of(op.seed.document(), op.spec()["responses"][str(status)])
    model = declared_model(op, status)
    assert model is not None
    assert type(error.body) is getattr(op.seed.models(), model)
    assert set(type(error.body).model_fields) == set(schema["properties"])
    if op.seed is OSVI:
        assert error.body.error == schema["properties"]["error"]["example"]
    if op.seed is POLYAI:
        assert isinstance(error.body.error_message, str)


# -- the check can fail ----------------------------------------------------------------------


def _wrong_value(schema: Any) -> object:
    """A value of the wrong JSON type for a property schema."""
    types = schema.get("type")
    types = types if isinstance(types, list) else [types]
    return "not a number" if "integer" in types else 12345


BODY_OPERATIONS = [op for op in OPERATIONS if op.body is not None]


@pytest.mark.parametrize("op", BODY_OPERATIONS, ids=lambda op: op.id)
def test_prism_rejects_a_wrong_body_type_sent_through_the_client(
    op: Operation, runner: Runner, prism_urls: dict[str, str]
) -> None:
    document = op.seed.document()
    schema = json_schema_of(document, op.spec()["requestBody"])
    field = next(iter(op.body or {}))
    wrong = {field: _wrong_value(resolve(document, schema["properties"][field]))}
    seen: list[httpx.Response] = []
    client = _client(runner, op, prism_urls, seen)
    with pytest.raises(op.seed.module.APIStatusError) as caught:
        runner.run(op.call(client, extra_body=wrong))
    assert caught.value.status_code in (400, 422)
    found = violations(caught.value.response)
    assert found, "Prism gave no reason"
    assert any(problem["location"][-1] == field for problem in found), found


REQUIRED_BODY = [
    op
    for op in BODY_OPERATIONS
    if json_schema_of(op.seed.document(), op.spec()["requestBody"]).get("required")
]


@pytest.mark.parametrize("op", REQUIRED_BODY, ids=lambda op: op.id)
def test_prism_rejects_a_body_without_its_required_field(
    op: Operation, prism_urls: dict[str, str]
) -> None:
    document = op.seed.document()
    required = json_schema_of(document, op.spec()["requestBody"])["required"]
    body = {k: v for k, v in (op.body or {}).items() if k not in required}
    response = httpx.request(
        op.http_method,
        prism_urls[op.client] + op.expected_path(),
        params=dict(op.query),
        json=body,
        headers=op.seed.auth_headers(),
    )
    assert response.status_code in (400, 422)
    assert {p["code"] for p in violations(response)} == {"required"}
    # The same request with the field is fine: the rejection is about the field alone.
    accepted = httpx.request(
        op.http_method,
        prism_urls[op.client] + op.expected_path(),
        params=dict(op.query),
        json=op.body,
        headers=op.seed.auth_headers(),
    )
    assert accepted.is_success and violations(accepted) == []


SECURED = [op for op in OPERATIONS if {} not in op.seed.document().get("security", [{}])]


@pytest.mark.parametrize("op", SECURED, ids=lambda op: op.id)
def test_prism_rejects_a_request_without_credentials(
    op: Operation, prism_urls: dict[str, str]
) -> None:
    response = httpx.request(
        op.http_method,
        prism_urls[op.client] + op.expected_path(),
        params=dict(op.query),
        json=op.body,
    )
    assert response.status_code in (400, 401), response.text
