"""RawResponse and the with_raw_response wrappers."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from runtime_under_test._raw_response import (
    RawResponse,
    deliver,
    to_async_raw_response,
    to_raw_response,
)


def _response() -> httpx.Response:
    return httpx.Response(201, headers={"X-Request-Id": "r-1"}, json={"ok": True})


class Operation:
    """Stands in for a generated method: it returns whatever the base client delivers."""

    def __init__(self) -> None:
        self.parses = 0

    def _parse(self, response: httpx.Response) -> dict[str, bool]:
        self.parses += 1
        return {"ok": response.json()["ok"]}

    def call(self, value: int, *, flag: bool = False) -> dict[str, bool]:
        """Doc of the operation."""
        return deliver(_response(), self._parse)

    async def acall(self, value: int) -> dict[str, bool]:
        await asyncio.sleep(0)
        return deliver(_response(), self._parse)


def test_plain_calls_get_the_parsed_value() -> None:
    operation = Operation()
    assert operation.call(1) == {"ok": True}
    assert operation.parses == 1


def test_wrapped_calls_get_the_http_response() -> None:
    operation = Operation()
    raw = to_raw_response(operation.call)(1, flag=True)
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 201
    assert raw.headers["x-request-id"] == "r-1"
    assert raw.http_response.json() == {"ok": True}


def test_parse_is_lazy_and_runs_once() -> None:
    operation = Operation()
    raw = to_raw_response(operation.call)(1)
    assert operation.parses == 0
    assert raw.parse() == {"ok": True}
    assert raw.parse() is raw.parse()
    assert operation.parses == 1


def test_the_request_for_a_raw_response_ends_with_the_call() -> None:
    operation = Operation()
    to_raw_response(operation.call)(1)
    assert operation.call(1) == {"ok": True}


def test_the_request_ends_even_when_the_call_raises() -> None:
    def failing() -> int:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        to_raw_response(failing)()
    assert Operation().call(1) == {"ok": True}


def test_wrapper_keeps_the_name_and_docs() -> None:
    wrapped = to_raw_response(Operation().call)
    assert wrapped.__name__ == "call"
    assert wrapped.__doc__ == "Doc of the operation."


def test_async_wrapped_calls_get_the_http_response() -> None:
    operation = Operation()

    async def main() -> tuple[RawResponse[dict[str, bool]], dict[str, bool]]:
        raw = await to_async_raw_response(operation.acall)(1)
        plain = await operation.acall(2)
        return raw, plain

    raw, plain = asyncio.run(main())
    assert isinstance(raw, RawResponse) and raw.status_code == 201
    assert raw.parse() == {"ok": True}
    assert plain == {"ok": True}


def test_concurrent_async_calls_do_not_see_each_others_request() -> None:
    operation = Operation()

    async def main() -> list[object]:
        return list(
            await asyncio.gather(
                to_async_raw_response(operation.acall)(1),
                operation.acall(2),
                to_async_raw_response(operation.acall)(3),
            )
        )

    raw_1, plain, raw_3 = asyncio.run(main())
    assert isinstance(raw_1, RawResponse) and isinstance(raw_3, RawResponse)
    assert plain == {"ok": True}
