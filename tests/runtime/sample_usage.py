"""Calls a user would write; type-checked (not run) to prove the public surface is fully typed.

tests/runtime/test_typing.py checks it beside the generated `sample_client` package.
"""

from __future__ import annotations

import asyncio

from sample_client import AsyncPolyAI, PolyAI, RawResponse
from sample_client.models import CloseChatResponse


def sync_usage() -> bool:
    with PolyAI(api_key="k", token="t") as client:
        result: CloseChatResponse = client.chat.close(
            "v1", "acc", "proj", conversation_id="c", timeout=5
        )
        faster: PolyAI = client.with_options(max_retries=0, timeout=None)
        raw: RawResponse[CloseChatResponse] = faster.with_raw_response.chat.close(
            "v1", "acc", "proj", conversation_id="c"
        )
        return result.success and raw.parse().success and raw.status_code == 200


async def async_usage() -> bool:
    async with AsyncPolyAI(api_key="k", token="t", environment="uk-1") as client:
        result = await client.chat.close(
            "v1", "acc", "proj", conversation_id="c", extra_headers={"X": "1"}
        )
        raw = await client.with_options(max_retries=1).with_raw_response.chat.close(
            "v1", "acc", "proj", conversation_id="c"
        )
        parsed: CloseChatResponse = raw.parse()
        return result.success and parsed.success


def run_async_usage() -> bool:
    return asyncio.run(async_usage())
