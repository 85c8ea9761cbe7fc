"""Deprecated operations (osvi's close) warn when called and say so in their docstring."""

from __future__ import annotations

import warnings

import pytest

from .recording_server import RecordingServer
from .seeds import OPERATIONS, Operation, Runner, answer, resource_class

DEPRECATED = [op for op in OPERATIONS if op.spec().get("deprecated") is True]
CURRENT = [op for op in OPERATIONS if op not in DEPRECATED]


def test_the_spec_deprecates_exactly_osvis_close() -> None:
    assert [op.id for op in DEPRECATED] == ["osvi.chat_sessions.close"]


@pytest.mark.parametrize("op", DEPRECATED, ids=lambda op: op.id)
@pytest.mark.parametrize("raw", [False, True], ids=["parsed", "with_raw_response"])
def test_deprecated_operation_warns_when_called(
    op: Operation, raw: bool, runner: Runner, server: RecordingServer
) -> None:
    answer(server, op)
    client = runner.client(op.seed, base_url=server.url)
    method = op.raw_method(client) if raw else op.method(client)
    with pytest.warns(DeprecationWarning, match=op.name) as caught:
        runner.run(method(*op.args, **op.kwargs))
    assert len(server.requests) == 1
    deprecations = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    assert len(deprecations) == 1
    if not runner.is_async and not raw:
        # Points at the caller's line (here), not at the generated code.
        assert deprecations[0].filename == __file__


@pytest.mark.parametrize("op", CURRENT, ids=lambda op: op.id)
def test_other_operations_do_not_warn(
    op: Operation, runner: Runner, server: RecordingServer
) -> None:
    answer(server, op)
    client = runner.client(op.seed, base_url=server.url)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        runner.run(op.call(client))
    assert [w for w in caught if issubclass(w.category, DeprecationWarning)] == []


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.id)
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_docstring_says_deprecated_exactly_when_the_operation_is(
    op: Operation, is_async: bool
) -> None:
    """The spec's own text may mention deprecation; the generated docstring adds a notice."""
    resource = resource_class(op.seed.client_type(is_async), op.group)
    doc = (getattr(resource, op.name).__doc__ or "").lower()
    spec = op.spec()
    from_spec = f"{spec.get('summary', '')} {spec.get('description', '')}".lower()
    added = doc.count("deprecated") - from_spec.count("deprecated")
    assert (added > 0) is (op in DEPRECATED), doc
