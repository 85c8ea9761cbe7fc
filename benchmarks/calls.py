"""Per-call overhead of a generated client beside raw httpx + `json`: `python benchmarks/calls.py`.

One `client.chats.get(chat_id, workspace_id=...)` of the uponai seed client
(generated/uponai_client), answered with a chat session of 20 messages that its `Chat` model
accepts, against the same GET made with httpx itself (same URL, query and bearer header) and
the body decoded with `json.loads`. Sync and async, each pair taking turns round after round
(`--rounds` of `--calls` calls each, the order swapped every round) in one process, so both
sides see the same load; prints the median time per call and the ratio. Figures, not
pass/fail.

Both sides go through one `httpx.MockTransport` that returns the same prebuilt bytes: what
is measured is everything from the call to the parsed result (httpx's own request building
and response handling on both sides; the generated client's options, retry loop, size-limited
read and pydantic validation on top). A server on 127.0.0.1 would add a loopback round trip
and the server's own work, the same for both sides and several times the client's share on a
busy machine: it would pull the ratio towards 1 and add its noise without saying anything
about the client.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from collections import deque
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "generated" / "uponai_client"))

from uponai_client import AsyncUponAI, UponAI  # noqa: E402 - importable once on the path

BASE_URL = "http://bench.invalid"
API_KEY = "bench-key"
CHAT_ID = "chat_01JD8Q4M6Z3V"
WORKSPACE_ID = 4021

_CUSTOMER_LINES = [
    "Hi, my order hasn't arrived yet and the tracking page hasn't changed in three days.",
    "It's A-10384, placed last Tuesday.",
    "Can you send it to my office instead? Same city.",
    "Great, and will I still get the discount code from the newsletter?",
    "Perfect, thanks for sorting that out so quickly.",
]
_AGENT_LINES = [
    "Sorry to hear that! Could you give me the order number so I can look it up?",
    "Thanks. The parcel is held at the local depot because the label was damaged.",
    "Yes, I can change the delivery address before it leaves the depot tomorrow morning.",
    "Done: the new address is saved and the 10% code is applied to your next order.",
    "You're welcome! Is there anything else I can help you with today?",
]

Batch = Callable[[int], float]
"""Runs a number of calls and returns the seconds they took."""


def chat_session(messages: int) -> dict[str, Any]:
    """A `GET /api/chats/{chatId}` answer as the API sends it: a support chat of `messages`."""
    started = datetime(2026, 11, 30, 14, 2, 11, tzinfo=timezone.utc)
    turns: list[dict[str, Any]] = []
    for index in range(messages):
        if index % 2 == 0:
            line = _CUSTOMER_LINES[index // 2 % len(_CUSTOMER_LINES)]
            turns.append({"role": "user", "content": line, "name": "Dana"})
            continue
        turn: dict[str, Any] = {
            "role": "assistant",
            "content": _AGENT_LINES[index // 2 % len(_AGENT_LINES)],
            "name": None,
        }
        if index % 4 == 1:
            arguments = json.dumps({"order_id": f"A-{10384 + index}", "include_events": True})
            turn["tool_calls"] = [
                {
                    "id": f"call_{index:04d}",
                    "type": "function",
                    "function": {"name": "lookup_order", "arguments": arguments},
                }
            ]
        turns.append(turn)
    return {
        "chatId": CHAT_ID,
        "agentId": "agent_support_eu_v3",
        "version": 3,
        "status": "ended",
        "type": "web_chat",
        "metadata": {"channel": "web", "locale": "en-GB", "page": "/orders/A-10384"},
        "customAttributes": {"plan": "pro", "region": "eu-west-1"},
        "startedAt": started.isoformat(),
        "endedAt": (started + timedelta(minutes=9, seconds=42)).isoformat(),
        "transcript": "\n".join(f"{turn['role']}: {turn['content']}" for turn in turns),
        "messages": turns,
        "chatCost": {"total": 0.0123, "currency": "USD", "tokens": {"input": 1830, "output": 942}},
        "chatAnalysis": {
            "sentiment": "positive",
            "resolved": True,
            "summary": "Parcel held at the depot; delivery address changed, discount applied.",
        },
        "collectedDynamicVariables": {"order_id": "A-10384", "email_verified": True},
        "uponai_dynamic_variables": {"customer_name": "Dana", "agent_name": "Robin"},
        "overrideDynamicVariables": {"tone": "friendly"},
    }


def sync_batch(call: Callable[[], object]) -> Batch:
    def batch(calls: int) -> float:
        start = time.perf_counter()
        for _ in range(calls):
            call()
        return time.perf_counter() - start

    return batch


def async_batch(loop: asyncio.AbstractEventLoop, call: Callable[[], Awaitable[object]]) -> Batch:
    async def calls_taken(calls: int) -> float:
        start = time.perf_counter()
        for _ in range(calls):
            await call()
        return time.perf_counter() - start

    return lambda calls: loop.run_until_complete(calls_taken(calls))


def per_call_medians(
    pairs: dict[str, tuple[Batch, Batch]], rounds: int, calls: int
) -> dict[str, tuple[float, float]]:
    """Mode -> median seconds a call of (the generated client, raw httpx), taking turns."""
    for batches in pairs.values():
        for batch in batches:
            batch(calls)  # warm-up: validators built, connections and caches filled
    per_call: dict[str, tuple[list[float], list[float]]] = {mode: ([], []) for mode in pairs}
    for round_number in range(rounds):
        order = (0, 1) if round_number % 2 == 0 else (1, 0)
        for mode, batches in pairs.items():
            for side in order:
                per_call[mode][side].append(batches[side](calls) / calls)
    return {
        mode: (statistics.median(ours), statistics.median(theirs))
        for mode, (ours, theirs) in per_call.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--calls", type=int, default=100, help="calls per side in a round")
    parser.add_argument("--messages", type=int, default=20)
    options = parser.parse_args()

    body = json.dumps(chat_session(options.messages)).encode()
    sent: deque[httpx.Request] = deque(maxlen=2)  # for the check that both send the same

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    transport = httpx.MockTransport(answer)
    path, query = f"/api/chats/{CHAT_ID}", {"workspaceId": WORKSPACE_ID}
    bearer = {"Authorization": f"Bearer {API_KEY}"}
    client = UponAI(
        api_key=API_KEY, base_url=BASE_URL, http_client=httpx.Client(transport=transport)
    )
    async_client = AsyncUponAI(
        api_key=API_KEY, base_url=BASE_URL, http_client=httpx.AsyncClient(transport=transport)
    )
    raw = httpx.Client(transport=transport, base_url=BASE_URL, headers=bearer)
    async_raw = httpx.AsyncClient(transport=transport, base_url=BASE_URL, headers=bearer)

    def raw_get() -> Any:
        response = raw.get(path, params=query)
        response.raise_for_status()
        return json.loads(response.content)

    async def async_raw_get() -> Any:
        response = await async_raw.get(path, params=query)
        response.raise_for_status()
        return json.loads(response.content)

    loop = asyncio.new_event_loop()
    pairs = {
        "sync": (
            sync_batch(lambda: client.chats.get(CHAT_ID, workspace_id=WORKSPACE_ID)),
            sync_batch(raw_get),
        ),
        "async": (
            async_batch(loop, lambda: async_client.chats.get(CHAT_ID, workspace_id=WORKSPACE_ID)),
            async_batch(loop, async_raw_get),
        ),
    }
    _check_same_calls(client, raw_get, sent, options.messages)
    medians = per_call_medians(pairs, options.rounds, options.calls)
    loop.close()

    print(
        f"uponai chats.get, a chat of {options.messages} messages ({len(body):,} bytes) through "
        f"httpx.MockTransport; {options.rounds} rounds of {options.calls} calls a side, taking "
        "turns; median per call:"
    )
    for mode, (ours, theirs) in medians.items():
        print(
            f"  {mode:5}  generated client {ours * 1e6:7.1f} us   raw httpx + json "
            f"{theirs * 1e6:7.1f} us   ratio {ours / theirs:.2f}x (target <= 1.10x)"
        )


def _check_same_calls(
    client: UponAI, raw_get: Callable[[], Any], sent: deque[httpx.Request], messages: int
) -> None:
    """Exits unless both sides send the same request and the client parses every message."""
    chat = client.chats.get(CHAT_ID, workspace_id=WORKSPACE_ID)
    raw_get()
    ours, theirs = sent
    if (ours.method, ours.url, ours.headers.get("Authorization")) != (
        theirs.method,
        theirs.url,
        theirs.headers.get("Authorization"),
    ):
        sys.exit(f"the two sides sent different requests: {ours.url} and {theirs.url}")
    if len(chat.messages or []) != messages:
        sys.exit(f"the client parsed {len(chat.messages or [])} of {messages} messages")


if __name__ == "__main__":
    main()
