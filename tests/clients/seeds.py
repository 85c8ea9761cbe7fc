"""The four seed clients as the tests see them: names from the contract, calls with valid arguments.

`docs/seed-clients.md` fixes what a user types; this table says, per client, how to build one
and how to call each operation with valid arguments, what those arguments must become on the
wire, and a valid answer the test server can send back. Everything the spec itself says
(HTTP method, path template, servers, security schemes, schemas, summaries) is read from the
loaded seed document (`spec_document`), not repeated here.

`Runner` drives a sync or an async client with the same test code: `runner.run(x)` returns `x`
for a sync call and runs it to completion on the runner's own event loop for an async one.
"""

from __future__ import annotations

import asyncio
import functools
import importlib
import inspect
import re
import sys
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
import pytest

from generator.config import load_config
from generator.diagnostics import split_pointer
from generator.load import load_document

REPO_ROOT = Path(__file__).resolve().parents[2]
SPECS_DIR = REPO_ROOT / "specs"
GENERATED_DIR = REPO_ROOT / "generated"

T = TypeVar("T")

SNAKE_CASE = re.compile(r"^[a-z_][a-z0-9_]*$")


@dataclass(frozen=True)
class Credential:
    """A constructor credential: argument, environment variable, and the header it becomes."""

    scheme: str
    """The security scheme's name in the spec."""
    argument: str
    env_var: str
    header: str
    prefix: str = ""
    """Text before the value in the header (`Bearer `)."""
    required: bool = True
    sample: str = "secret"
    """A value the tests pass; distinctive so that a leak is easy to spot."""

    def header_value(self, value: str) -> str:
        return self.prefix + value


@dataclass(frozen=True)
class Operation:
    """One seed operation: how to call it and what that call must send."""

    client: str
    group: str
    name: str
    http_method: str
    path: str
    """The path template exactly as the spec writes it."""
    args: tuple[object, ...]
    kwargs: Mapping[str, object]
    path_params: Mapping[str, str]
    """Wire name of each path parameter -> the value the call passes."""
    query: Mapping[str, str] = field(default_factory=dict)
    """What the call must send as query parameters."""
    body: Mapping[str, object] | None = None
    """The JSON body the call must send (wire names); None: no body."""
    status: int = 200
    response: object = None
    """A valid success body for the test server to answer with (None: no body)."""
    returns: str | None = None
    """The model class the call returns; None for an operation that returns None."""

    @property
    def id(self) -> str:
        return f"{self.client}.{self.group}.{self.name}"

    @property
    def seed(self) -> Seed:
        return SEEDS_BY_NAME[self.client]

    def method(self, client: Any) -> Callable[..., Any]:
        return getattr(getattr(client, self.group), self.name)

    def raw_method(self, client: Any) -> Callable[..., Any]:
        return getattr(getattr(client.with_raw_response, self.group), self.name)

    def call(self, client: Any, **options: object) -> Any:
        """Call the operation with its valid arguments plus `options` (a value or an awaitable)."""
        return self.method(client)(*self.args, **{**self.kwargs, **options})

    def call_raw(self, client: Any, **options: object) -> Any:
        return self.raw_method(client)(*self.args, **{**self.kwargs, **options})

    @property
    def arg_names(self) -> tuple[str, ...]:
        """The Python names of the path parameters, in path order (`chatId` -> `chat_id`)."""
        return tuple(snake_case(name) for name in self.path_params)

    def expected_path(self) -> str:
        """The spec's path template with the call's path parameters filled in."""
        return re.sub(
            r"\{([^{}]+)\}",
            lambda match: quote(self.path_params[match.group(1)], safe=""),
            self.path,
        )

    def spec(self) -> dict[str, Any]:
        """The operation object in the loaded seed document."""
        document = self.seed.document()
        return resolve(document, document["paths"][self.path][self.http_method.lower()])

    def result_class(self) -> Any:
        return None if self.returns is None else getattr(self.seed.models(), self.returns)


@dataclass(frozen=True)
class Seed:
    """One seed client."""

    name: str
    package: str
    client_class: str
    env_prefix: str
    credentials: tuple[Credential, ...]
    operations: tuple[Operation, ...] = ()
    environments: Mapping[str, str] = field(default_factory=dict)
    """Environment name -> the spec server URL it selects (only clients with several)."""

    @property
    def module(self) -> ModuleType:
        return importlib.import_module(self.package)

    def models(self) -> ModuleType:
        return importlib.import_module(f"{self.package}.models")

    def errors(self) -> ModuleType:
        return importlib.import_module(f"{self.package}.errors")

    def client_type(self, is_async: bool) -> Any:
        return getattr(self.module, ("Async" if is_async else "") + self.client_class)

    def credential_kwargs(self) -> dict[str, str]:
        return {credential.argument: credential.sample for credential in self.credentials}

    def auth_headers(self) -> dict[str, str]:
        """The headers `credential_kwargs()` must put on every request."""
        return {
            credential.header: credential.header_value(credential.sample)
            for credential in self.credentials
        }

    @property
    def base_url_env(self) -> str:
        return f"{self.env_prefix}_BASE_URL"

    def env_vars(self) -> list[str]:
        return [credential.env_var for credential in self.credentials] + [self.base_url_env]

    def document(self) -> dict[str, Any]:
        return spec_document(self.package)

    def server_urls(self) -> list[str]:
        return [server["url"] for server in self.document().get("servers", [])]

    def version(self) -> str:
        """The version in the generated package's pyproject.toml."""
        import tomllib

        module_file = self.module.__file__
        assert module_file is not None
        pyproject = Path(module_file).parents[1] / "pyproject.toml"
        return str(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"])


def resource_class(client_type: type, group: str) -> type:
    """The class of the client attribute `group` (`UponAI` + "chats" -> `Chats`), a property
    that creates the group on first use."""
    attribute = inspect.getattr_static(client_type, group)
    getter = attribute.func if isinstance(attribute, functools.cached_property) else attribute.fget
    module = sys.modules[client_type.__module__]
    resource: type = typing.get_type_hints(
        getter, globalns={**vars(module), **_resource_classes(module)}
    )["return"]
    return resource


def _resource_classes(client_module: ModuleType) -> dict[str, type]:
    """The group classes that the client module imports only for type checkers."""
    package = importlib.import_module(f"{client_module.__name__.rsplit('.', 1)[0]}.resources")
    return {name: getattr(package, name) for name in dir(package) if not name.startswith("_")}


def snake_case(name: str) -> str:
    """`chatId` -> `chat_id`, `account_id` -> `account_id`."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


IGNORE_DEPRECATED_CALLS = pytest.mark.filterwarnings(
    r"ignore:.* is deprecated\.:DeprecationWarning"
)
"""For tests that call osvi's deprecated operation for another reason than its warning."""


@functools.cache
def _settings_by_package() -> dict[str, Any]:
    return {str(settings.package): settings for settings in load_config(SPECS_DIR)}


@functools.cache
def spec_document(package: str) -> dict[str, Any]:
    """The loaded (merged, validated) seed document of the client generated as `package`."""
    settings = _settings_by_package()[package]
    return load_document(list(settings.sources)).raw


def resolve(document: Mapping[str, Any], node: Any) -> Any:
    """`node` with a local `$ref` at its top followed (repeatedly)."""
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = document
        for part in split_pointer(str(node["$ref"]).removeprefix("#")):
            target = target[part]
        node = target
    return node


def json_schema_of(document: Mapping[str, Any], holder: Mapping[str, Any]) -> Any:
    """The resolved `application/json` schema of a response or request body (None if none)."""
    holder = resolve(document, holder)
    media = (holder.get("content") or {}).get("application/json")
    if media is None or "schema" not in media:
        return None
    return resolve(document, media["schema"])


def declared_model(op: Operation, status: int) -> str | None:
    """The components/schemas name of the JSON body the spec gives `op`'s `status`, if any."""
    document = op.seed.document()
    node: Any = op.spec()["responses"].get(str(status))
    name = None
    while isinstance(node, Mapping) and "$ref" in node:
        node = resolve(document, {"$ref": node["$ref"]})
    if isinstance(node, Mapping) and "content" in node:
        schema = node["content"].get("application/json", {}).get("schema")
        while isinstance(schema, Mapping) and "$ref" in schema:
            if schema["$ref"].startswith("#/components/schemas/"):
                name = schema["$ref"].rsplit("/", 1)[1]
            schema = resolve(document, {"$ref": schema["$ref"]})
    return name


# ------------------------------------------------------------------------------------------
# The table. Values in `kwargs` are arbitrary valid inputs; `body` / `query` / `path_params`
# say what the contract makes of them on the wire.

CHAT_ID = "chat 7/a"  # a space and a slash: the path parameter must be percent-encoded
DASHA_SESSION = "3c90c3cc-0d44-4b50-8888-8dd25736052a"  # the spec says format: uuid
OSVI_SESSION = "4718a326-417b-4dda-90d0-21fd65a11cb8"

UPONAI_CHAT = {
    "chatId": "chat_123",
    "agentId": "agent_9",
    "version": 3,
    "status": "ended",
    "type": "web_chat",
    "metadata": {"source": "widget"},
    "customAttributes": {"tier": "gold"},
    "startedAt": "2025-01-02T03:04:05Z",
    "endedAt": None,
    "transcript": "User: hi\nAgent: hello",
    "messages": [
        {"role": "user", "content": "hi"},
        {
            "role": "assistant",
            "content": "hello",
            "name": None,
            "tool_calls": [{"id": "call_1", "type": "function"}],
        },
    ],
    "chatCost": {"total": 0.25, "currency": "USD"},
    "chatAnalysis": None,
    "collectedDynamicVariables": {"order": 42},
    "uponai_dynamic_variables": {"lang": "en"},
    "overrideDynamicVariables": {"greeting": "hey"},
}

DASHA_SESSION_BODY = {
    "id": DASHA_SESSION,
    "agent_id": "agent-1",
    "channel": "web",
    "messages": [
        {
            "role": "assistant",
            "content": "Goodbye",
            "tool_calls": [
                {"id": "tc1", "name": "lookup", "arguments": {"q": 1}, "response": "ok"}
            ],
            "time": "2025-01-02T03:04:05Z",
        }
    ],
    "created_time": "2025-01-02T03:00:00Z",
    "last_activity": "2025-01-02T03:04:05Z",
    "ttl_seconds": 600,
    "is_final": True,
    "status": "final",
    "final_reason": "user_end",
}

OSVI_CLOSED = {
    "success": True,
    "data": {
        "session_id": OSVI_SESSION,
        "summary": "The user asked about opening hours.",
    },
}

UPONAI = Seed(
    name="uponai",
    package="uponai_client",
    client_class="UponAI",
    env_prefix="UPONAI",
    credentials=(
        Credential(
            "bearerAuth",
            "api_key",
            "UPONAI_API_KEY",
            "Authorization",
            prefix="Bearer ",
            sample="upon-SECRET-key-1",
        ),
    ),
    operations=(
        Operation(
            client="uponai",
            group="chats",
            name="end",
            http_method="POST",
            path="/api/chats/{chatId}/end",
            args=(CHAT_ID,),
            kwargs={"workspace_id": 7},
            path_params={"chatId": CHAT_ID},
            body={"workspaceId": 7},
            status=204,
        ),
        Operation(
            client="uponai",
            group="chats",
            name="get",
            http_method="GET",
            path="/api/chats/{chatId}",
            args=(CHAT_ID,),
            kwargs={"workspace_id": 7},
            path_params={"chatId": CHAT_ID},
            query={"workspaceId": "7"},
            response=UPONAI_CHAT,
            returns="Chat",
        ),
    ),
)

POLYAI = Seed(
    name="polyai",
    package="polyai_client",
    client_class="PolyAI",
    env_prefix="POLYAI",
    credentials=(
        Credential(
            "ApiKeyAuth",
            "api_key",
            "POLYAI_API_KEY",
            "X-API-KEY",
            sample="poly-SECRET-key-2",
        ),
        Credential(
            "TokenAuth",
            "token",
            "POLYAI_TOKEN",
            "X-TOKEN",
            sample="poly-SECRET-token-3",
        ),
    ),
    operations=(
        Operation(
            client="polyai",
            group="chat",
            name="close",
            http_method="PUT",
            path="/{version}/{account_id}/{project_id}/chat/close",
            args=("v1", "ACCOUNT-1", "PROJECT 1"),
            kwargs={"conversation_id": "CONV-1234567890"},
            path_params={
                "version": "v1",
                "account_id": "ACCOUNT-1",
                "project_id": "PROJECT 1",
            },
            body={"conversation_id": "CONV-1234567890"},
            response={"success": True},
            returns="CloseChatResponse",
        ),
    ),
    environments={
        "us-1": "https://api.us-1.platform.polyai.app",
        "uk-1": "https://api.uk-1.platform.polyai.app",
        "euw-1": "https://api.euw-1.platform.polyai.app",
    },
)

DASHA = Seed(
    name="dasha",
    package="dasha_client",
    client_class="Dasha",
    env_prefix="DASHA",
    credentials=(
        Credential(
            "bearerAuth",
            "api_key",
            "DASHA_API_KEY",
            "Authorization",
            prefix="Bearer ",
            required=False,
            sample="dasha-SECRET-key-4",
        ),
    ),
    operations=(
        Operation(
            client="dasha",
            group="chats",
            name="end",
            http_method="POST",
            path="/api/v1/chats/{id}/end",
            args=(DASHA_SESSION,),
            kwargs={"note": "closed by the operator"},
            path_params={"id": DASHA_SESSION},
            body={"note": "closed by the operator"},
            response=DASHA_SESSION_BODY,
            returns="ChatSession",
        ),
    ),
)

OSVI = Seed(
    name="osvi",
    package="osvi_client",
    client_class="Osvi",
    env_prefix="OSVI",
    credentials=(
        Credential("ApiToken", "api_key", "OSVI_API_KEY", "API-Token", sample="osvi-SECRET-5"),
    ),
    operations=(
        Operation(
            client="osvi",
            group="chat_sessions",
            name="close",
            http_method="POST",
            path="/chat_sessions/{id}/close_session",
            args=(OSVI_SESSION,),
            kwargs={"agent_uuid": "agent_IsZ3Q6Sf_60Eh26XQMGbz-R_og"},
            path_params={"id": OSVI_SESSION},
            body={"agent_uuid": "agent_IsZ3Q6Sf_60Eh26XQMGbz-R_og"},
            response=OSVI_CLOSED,
            returns="CloseSessionResponse",
        ),
    ),
)

SEEDS: tuple[Seed, ...] = (UPONAI, POLYAI, DASHA, OSVI)
SEEDS_BY_NAME: dict[str, Seed] = {seed.name: seed for seed in SEEDS}
OPERATIONS: tuple[Operation, ...] = tuple(op for seed in SEEDS for op in seed.operations)

# The first operation of each client: for behaviour common to every operation of a client.
FIRST_OPERATIONS: tuple[Operation, ...] = tuple(seed.operations[0] for seed in SEEDS)


def answer(server: Any, op: Operation, **options: Any) -> None:
    """Make the recording server answer `op` with its valid success response."""
    server.set_default(op.status, op.response, **options)


# ------------------------------------------------------------------------------------------


class Runner:
    """Runs the same test code against a sync or an async client.

    Clients built with `client()` and HTTP clients from `http_client()` are closed by
    `close()` (the fixture calls it); async work runs on one event loop per test.
    """

    def __init__(self, is_async: bool) -> None:
        self.is_async = is_async
        self._loop = asyncio.new_event_loop() if is_async else None
        self._to_close: list[Any] = []

    @property
    def mode(self) -> str:
        return "async" if self.is_async else "sync"

    def run(self, value: Any) -> Any:
        """The result of a call: `value` itself (sync) or the awaited coroutine (async)."""
        if inspect.isawaitable(value):
            assert self._loop is not None, "a sync client returned an awaitable"
            return self._loop.run_until_complete(_awaited(value))
        assert not self.is_async, f"an async client returned {type(value).__name__}"
        return value

    def client(self, seed: Seed, *, credentials: bool = True, **kwargs: Any) -> Any:
        """A client of `seed` (sync or async); valid credentials unless `credentials=False`."""
        arguments = {**(seed.credential_kwargs() if credentials else {}), **kwargs}
        return self.closing(seed.client_type(self.is_async)(**arguments))

    def closing(self, client: T) -> T:
        """`client` (an API client or an httpx client), to be closed by `close()`."""
        self._to_close.append(client)
        return client

    def http_client(self, **kwargs: Any) -> httpx.Client | httpx.AsyncClient:
        """A user's own httpx client of the kind the mode needs."""
        return self.closing((httpx.AsyncClient if self.is_async else httpx.Client)(**kwargs))

    def close_client(self, client: Any) -> None:
        if isinstance(client, httpx.Client):
            client.close()
        elif isinstance(client, httpx.AsyncClient):
            self.run(client.aclose())
        elif self.is_async:
            self.run(client.aclose())
        else:
            client.close()

    def close(self) -> None:
        try:
            for item in reversed(self._to_close):
                self.close_client(item)
        finally:
            if self._loop is not None:
                self._loop.run_until_complete(self._loop.shutdown_asyncgens())
                self._loop.close()


async def _awaited(value: Any) -> Any:
    return await value


def mock_transport_client(
    runner: Runner, op: Operation, seen: list[httpx.Request]
) -> httpx.Client | httpx.AsyncClient:
    """An httpx client that answers `op`'s success response locally and records each request.

    For tests about where a request would go (a spec server URL): nothing leaves the process.
    """

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if op.response is None:
            return httpx.Response(op.status)
        return httpx.Response(op.status, json=op.response)

    return runner.http_client(transport=httpx.MockTransport(handler))


def _seed_id(seed: Seed) -> str:
    return seed.name


each_seed = pytest.mark.parametrize("seed", SEEDS, ids=_seed_id)
"""Parametrise a test over the four seed clients (argument `seed`)."""

each_operation = pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.id)
"""Parametrise a test over every seed operation (argument `op`)."""

each_client = pytest.mark.parametrize("op", FIRST_OPERATIONS, ids=lambda op: op.client)
"""Parametrise over the clients, with one operation of each (argument `op`; `op.seed`)."""
