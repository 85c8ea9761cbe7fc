"""Docstrings: every public method documents every argument; operations quote their spec."""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from typing import Any

import pytest

from .seeds import (
    OPERATIONS,
    SEEDS,
    Operation,
    Runner,
    Seed,
    json_schema_of,
    resolve,
    resource_class,
    snake_case,
)

MODES = [False, True]


def _normalized(text: str) -> str:
    return " ".join(text.split())


def args_section(doc: str) -> dict[str, str]:
    """The `Args:` entries of a Google-style docstring: name -> its text, lines joined."""
    lines = inspect.cleandoc(doc).splitlines()
    if "Args:" not in lines:
        return {}
    entries: dict[str, str] = {}
    current = None
    for line in lines[lines.index("Args:") + 1 :]:
        if line.strip() and not line.startswith(" "):
            break  # the next section
        match = re.match(r"^ {4}(\*{0,2}\w+)(?: \([^)]*\))?:\s*(.*)$", line)
        if match:
            current = match.group(1)
            entries[current] = match.group(2)
        elif current is not None and line.strip():
            entries[current] += " " + line.strip()
    return {name: _normalized(text) for name, text in entries.items()}


def _argument_names(function: Any) -> list[str]:
    parameters = inspect.signature(function).parameters.values()
    return [
        ("*" if p.kind is p.VAR_POSITIONAL else "**" if p.kind is p.VAR_KEYWORD else "") + p.name
        for p in parameters
        if p.name not in ("self", "cls")
    ]


def _public_methods(cls: type, *, constructor: bool) -> Iterator[tuple[str, Any]]:
    """Public functions of `cls`, with `__init__` when users construct the class themselves."""
    for name, member in inspect.getmembers(cls):
        if name.startswith("_") and not (constructor and name == "__init__"):
            continue
        if isinstance(member, type):
            continue
        if inspect.isfunction(member) or inspect.ismethod(member):
            yield name, member


def _classes() -> Iterator[tuple[str, type, bool]]:
    """(label, class, whether users call its constructor): the clients and their resources.

    Resources (`client.chats`) are built by the client, so their `__init__` is not user API.
    """
    for seed in SEEDS:
        for is_async in MODES:
            client_type = seed.client_type(is_async)
            yield f"{seed.package}.{client_type.__name__}", client_type, True
            for group in sorted({op.group for op in seed.operations}):
                resource = resource_class(client_type, group)
                yield f"{seed.package}.{resource.__name__}", resource, False


CHECKED = [
    (label, cls, name, method)
    for label, cls, constructor in _classes()
    for name, method in _public_methods(cls, constructor=constructor)
]
METHODS = [
    pytest.param(cls, name, method, id=f"{label}.{name}") for label, cls, name, method in CHECKED
]


def test_every_operation_is_among_the_checked_methods() -> None:
    checked = {(cls.__name__, name) for _, cls, name, _ in CHECKED}
    for op in OPERATIONS:
        for is_async in MODES:
            resource = resource_class(op.seed.client_type(is_async), op.group)
            assert (resource.__name__, op.name) in checked


@pytest.mark.parametrize(("cls", "name", "method"), METHODS)
def test_public_method_documents_every_argument(cls: type, name: str, method: Any) -> None:
    doc = inspect.getdoc(method)
    assert doc, f"{cls.__name__}.{name} has no docstring"
    documented = args_section(doc)
    arguments = _argument_names(method)
    assert set(documented) == set(arguments), f"{cls.__name__}.{name}"
    assert all(documented.values()), f"an empty argument description in {cls.__name__}.{name}"


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.id)
@pytest.mark.parametrize("is_async", MODES, ids=["sync", "async"])
def test_operation_docstring_starts_with_the_spec_summary(op: Operation, is_async: bool) -> None:
    doc = inspect.getdoc(getattr(resource_class(op.seed.client_type(is_async), op.group), op.name))
    assert doc is not None
    assert doc.splitlines()[0] == op.spec()["summary"]


@pytest.mark.parametrize(
    "op",
    [pytest.param(op, id=op.id) for op in OPERATIONS],
)
@pytest.mark.parametrize("is_async", MODES, ids=["sync", "async"])
def test_operation_docstring_carries_the_spec_description(op: Operation, is_async: bool) -> None:
    doc = inspect.getdoc(getattr(resource_class(op.seed.client_type(is_async), op.group), op.name))
    assert doc is not None
    assert _normalized(op.spec()["description"]) in _normalized(doc)


def _spec_argument_descriptions(op: Operation) -> dict[str, str]:
    """Python argument name -> the spec's description, for parameters and body fields."""
    document = op.seed.document()
    spec = op.spec()
    found: dict[str, str] = {}
    parameters = document["paths"][op.path].get("parameters", []) + spec.get("parameters", [])
    for parameter in (resolve(document, p) for p in parameters):
        if parameter["in"] in ("path", "query") and parameter.get("description"):
            found[snake_case(parameter["name"])] = parameter["description"]
    if "requestBody" in spec:
        schema = json_schema_of(document, spec["requestBody"])
        for name, prop in schema.get("properties", {}).items():
            if resolve(document, prop).get("description"):
                found[snake_case(name)] = resolve(document, prop)["description"]
    return found


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.id)
@pytest.mark.parametrize("is_async", MODES, ids=["sync", "async"])
def test_argument_docs_come_from_the_spec(op: Operation, is_async: bool) -> None:
    method = getattr(resource_class(op.seed.client_type(is_async), op.group), op.name)
    documented = args_section(inspect.getdoc(method) or "")
    expected = _spec_argument_descriptions(op)
    for argument, description in expected.items():
        assert _normalized(description) in documented[argument], argument


def test_spec_gives_descriptions_to_check() -> None:
    """The check above is not vacuous: the seeds describe most of their arguments."""
    described = {op.id: sorted(_spec_argument_descriptions(op)) for op in OPERATIONS}
    assert described == {
        "uponai.chats.end": ["chat_id"],
        "uponai.chats.get": ["chat_id", "workspace_id"],
        "polyai.chat.close": ["account_id", "conversation_id", "project_id", "version"],
        "dasha.chats.end": ["note"],
        "osvi.chat_sessions.close": ["agent_uuid", "id"],
    }


@pytest.mark.parametrize("seed", SEEDS, ids=lambda seed: seed.name)
def test_raw_response_methods_keep_the_docstrings(seed: Seed, runner: Runner) -> None:
    client = runner.client(seed, base_url="http://127.0.0.1:9")
    for op in seed.operations:
        assert op.raw_method(client).__doc__ == op.method(client).__doc__
        assert op.raw_method(client).__doc__
