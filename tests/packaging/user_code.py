"""Code a user of each seed client writes, to type-check against the installed wheels.

`VALID[package]` calls every operation with the signatures of docs/seed-clients.md (sync and
async, path parameters positional and by name, the per-call options, results and errors) and
must type-check cleanly. `INVALID[package]` misuses the API: every line marked `# error` must
be reported, and nothing else. The snippets are only type-checked, never run.
"""

from __future__ import annotations

ERROR_MARK = "# error"

VALID: dict[str, str] = {}
INVALID: dict[str, str] = {}

VALID["uponai_client"] = """
from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

import httpx
from typing_extensions import assert_type

from uponai_client import (
    APIConnectionError,
    APIStatusError,
    AsyncUponAI,
    NotFoundError,
    RateLimitError,
    UponAI,
    __version__,
)
from uponai_client.errors import APIError, AuthenticationError
from uponai_client.models import Chat, Message

_version: str = __version__


def sync_calls() -> None:
    with UponAI(
        api_key="key",
        base_url="http://localhost:4010",
        timeout=httpx.Timeout(20.0),
        max_retries=0,
        default_headers={"X-Trace": "1"},
        http_client=httpx.Client(),
    ) as client:
        chat: Chat = client.chats.get("chat-id", workspace_id=1)
        assert_type(client.chats.get(chat_id="chat-id", workspace_id=1), Chat)
        assert_type(
            client.chats.get(
                "chat-id",
                workspace_id=1,
                timeout=5.0,
                extra_headers={"X-Request": "1"},
                extra_query={"debug": "1"},
                extra_body={"note": "x"},
            ),
            Chat,
        )
        assert_type(client.chats.end("chat-id", workspace_id=1), None)
        assert_type(client.chats.end(chat_id="chat-id", workspace_id=1, timeout=None), None)
        assert_type(client.with_raw_response.chats.get("chat-id", workspace_id=1).parse(), Chat)

        _id: str | None = chat.chat_id
        _agent: str | None = chat.agent_id
        _fields = (chat.version, chat.status, chat.type, chat.metadata, chat.custom_attributes)
        _more = (chat.transcript, chat.chat_cost, chat.chat_analysis)
        _variables = (
            chat.collected_dynamic_variables,
            chat.uponai_dynamic_variables,
            chat.override_dynamic_variables,
        )
        _started: datetime | None = chat.started_at
        _ended: datetime | None = chat.ended_at
        for message in chat.messages or []:
            assert_type(message, Message)
            _role: Literal["assistant", "user"] = message.role
        _wire: dict[str, Any] = chat.model_dump(by_alias=True)

        try:
            client.chats.end("chat-id", workspace_id=1)
        except NotFoundError as error:
            _status: int = error.status_code
            _response: httpx.Response = error.response
            _body: object = error.body
        except (AuthenticationError, RateLimitError, APIStatusError):
            pass
        except APIConnectionError:
            pass
        except APIError:
            pass


async def async_calls() -> None:
    async with AsyncUponAI(api_key="key", http_client=httpx.AsyncClient()) as client:
        chat: Chat = await client.chats.get("chat-id", workspace_id=1)
        assert_type(chat, Chat)
        assert_type(await client.chats.end("chat-id", workspace_id=1, extra_body={"x": 1}), None)
        raw = await client.with_raw_response.chats.get("chat-id", workspace_id=1)
        assert_type(raw.parse(), Chat)
"""

INVALID["uponai_client"] = """
from __future__ import annotations

from uponai_client import AsyncUponAI, UponAI
from uponai_client.models import Chat


def misuse(client: UponAI) -> None:
    client.chats.get("chat-id", workspace_id="1")  # error: wrong argument type
    client.chats.get("chat-id", 1)  # error: keyword-only argument passed by position
    client.chats.get("chat-id")  # error: required argument missing
    client.chats.end("chat-id", workspace_id=1, workspace=1)  # error: unknown argument
    client.chats.end(1, workspace_id=1)  # error: path parameter of the wrong type
    _text: str = client.chats.get("chat-id", workspace_id=1)  # error: result is a Chat
    client.chats.get("chat-id", workspace_id=1, timeout="slow")  # error: timeout type
    UponAI(api_key=1)  # error: credential type
    UponAI("key")  # error: constructor arguments are keyword-only


async def misuse_async(client: AsyncUponAI) -> None:
    _chat: Chat = client.chats.get("chat-id", workspace_id=1)  # error: not awaited
"""

VALID["polyai_client"] = """
from __future__ import annotations

import httpx
from typing_extensions import assert_type

from polyai_client import APIStatusError, AsyncPolyAI, BadRequestError, PolyAI, __version__
from polyai_client.errors import AuthenticationError, InternalServerError, NotFoundError
from polyai_client.models import CloseChatResponse, Error

_version: str = __version__


def sync_calls() -> None:
    PolyAI(api_key="key", token="token", environment="us-1").close()
    PolyAI(api_key="key", token="token", environment="euw-1").close()
    with PolyAI(
        api_key="key",
        token="token",
        environment="uk-1",
        timeout=30,
        max_retries=5,
        default_headers={"X-Trace": "1"},
        http_client=httpx.Client(),
    ) as client:
        response: CloseChatResponse = client.chat.close(
            "v1", "account", "project", conversation_id="conversation"
        )
        _success: bool = response.success
        assert_type(
            client.chat.close(
                version="v1",
                account_id="account",
                project_id="project",
                conversation_id="conversation",
                timeout=httpx.Timeout(3.0),
                extra_headers={"X-Request": "1"},
                extra_query={"q": "1"},
                extra_body={"reason": "done"},
            ),
            CloseChatResponse,
        )
        try:
            client.chat.close("v1", "account", "project", conversation_id="conversation")
        except (BadRequestError, AuthenticationError, NotFoundError, InternalServerError) as error:
            if isinstance(error.body, Error):
                _message: str | None = error.body.error_message
        except APIStatusError as error:
            _status: int = error.status_code
        assert_type(client.with_options(max_retries=0, environment="us-1"), PolyAI)
        assert_type(client.copy(token="other", http_client=httpx.Client()), PolyAI)
        assert_type(client.get("/health", cast_to=dict[str, object]), dict[str, object])
        assert_type(
            client.post("/chat", cast_to=CloseChatResponse, body={"a": 1}), CloseChatResponse
        )


async def async_calls() -> None:
    async with AsyncPolyAI(api_key="key", token="token", environment="euw-1") as client:
        response = await client.chat.close("v1", "account", "project", conversation_id="c")
        assert_type(response, CloseChatResponse)
        assert_type(client.copy(timeout=5.0), AsyncPolyAI)
        assert_type(await client.delete("/chat/1", cast_to=type(None)), None)
"""

INVALID["polyai_client"] = """
from __future__ import annotations

import httpx

from polyai_client import PolyAI


def misuse(client: PolyAI) -> None:
    client.chat.close("v1", "account", "project", conversation_id=1)  # error: wrong type
    client.chat.close("v1", "account", conversation_id="c")  # error: path parameter missing
    client.chat.close("v1", "account", "project", "c")  # error: body field is keyword-only
    client.chat.close("v1", "a", "p", conversation_id="c", x_api_key="k")  # error: client's header
    PolyAI(api_key="key", token="token", environment="mars")  # error: unknown environment
    client.copy(environment="mars")  # error: unknown environment
    client.with_options(http_client=httpx.AsyncClient())  # error: the async client's kind
    client.get("/health")  # error: cast_to is required
"""

VALID["dasha_client"] = """
from __future__ import annotations

from datetime import datetime

import httpx
from typing_extensions import assert_type

from dasha_client import APIStatusError, AsyncDasha, Dasha, __version__
from dasha_client.models import ChatMessage, ChatSession, ToolCall

_version: str = __version__


def sync_calls() -> None:
    with Dasha() as anonymous:
        assert_type(anonymous.chats.end("chat-id"), ChatSession)
    with Dasha(api_key="key", timeout=httpx.Timeout(10.0), max_retries=1) as client:
        session: ChatSession = client.chats.end("chat-id", note="closed by operator")
        assert_type(client.chats.end(id="chat-id", note=None), ChatSession)
        assert_type(
            client.chats.end(
                "chat-id",
                timeout=1.5,
                extra_headers={"X-Request": "1"},
                extra_query={"q": "1"},
                extra_body={"extra": True},
            ),
            ChatSession,
        )
        _ids = (session.id, session.agent_id, session.channel, session.status)
        _created: datetime | None = session.created_time
        _active: datetime | None = session.last_activity
        _ttl: int | None = session.ttl_seconds
        _final: bool | None = session.is_final
        _reason: str | None = session.final_reason
        for message in session.messages or []:
            assert_type(message, ChatMessage)
            for call in message.tool_calls or []:
                assert_type(call, ToolCall)
        try:
            client.chats.end("chat-id")
        except APIStatusError as error:
            _status: int = error.status_code


async def async_calls() -> None:
    async with AsyncDasha(api_key="key") as client:
        assert_type(await client.chats.end("chat-id", note="n"), ChatSession)
"""

INVALID["dasha_client"] = """
from __future__ import annotations

from dasha_client import Dasha


def misuse(client: Dasha) -> None:
    client.chats.end("chat-id", note=3)  # error: wrong type
    client.chats.end("chat-id", "note")  # error: body field is keyword-only
    client.chats.end()  # error: path parameter missing
    _note: str = client.chats.end("chat-id").status  # error: status may be None
"""

VALID["osvi_client"] = """
from __future__ import annotations

import httpx
from typing_extensions import assert_type

from osvi_client import AsyncOsvi, AuthenticationError, Osvi, __version__
from osvi_client.models import ChatErrorUnauthorized, CloseSessionResponse

_version: str = __version__


def sync_calls() -> None:
    with Osvi(api_key="key", http_client=httpx.Client(), max_retries=0) as client:
        response: CloseSessionResponse = client.chat_sessions.close("session", agent_uuid="agent")
        assert_type(
            client.chat_sessions.close(
                id="session",
                agent_uuid="agent",
                timeout=2.0,
                extra_headers={"X-Request": "1"},
                extra_query={"q": "1"},
                extra_body={"k": "v"},
            ),
            CloseSessionResponse,
        )
        _success: bool | None = response.success
        if response.data is not None:
            _session_id: str | None = response.data.session_id
            _summary: str | None = response.data.summary
        try:
            client.chat_sessions.close("session", agent_uuid="agent")
        except AuthenticationError as error:
            if isinstance(error.body, ChatErrorUnauthorized):
                _error: str | None = error.body.error


async def async_calls() -> None:
    async with AsyncOsvi(api_key="key") as client:
        response = await client.chat_sessions.close("session", agent_uuid="agent")
        assert_type(response, CloseSessionResponse)
"""

INVALID["osvi_client"] = """
from __future__ import annotations

from osvi_client import Osvi


def misuse(client: Osvi) -> None:
    client.chat_sessions.close("session", agent_uuid=1)  # error: wrong type
    client.chat_sessions.close("session")  # error: required argument missing
    client.chat_sessions.end("session", agent_uuid="agent")  # error: no such operation
"""


def error_lines(source: str) -> set[int]:
    """The 1-based numbers of the lines marked `# error` in `source`."""
    return {
        number for number, line in enumerate(source.splitlines(), start=1) if ERROR_MARK in line
    }
