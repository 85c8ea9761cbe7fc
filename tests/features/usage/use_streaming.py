from typing import assert_type

from streaming_client import (
    AsyncEventStream,
    AsyncStreamedResponse,
    AsyncStreamingClient,
    EventStream,
    RawResponse,
    ServerSentEvent,
    StreamedResponse,
    StreamingClient,
)
from streaming_client.models import ChatChunk, Job, Progress, Tick


def use(client: StreamingClient) -> None:
    ticks = client.ticks.watch(symbol="ACME")
    assert_type(ticks, EventStream[Tick])
    for tick in ticks:
        assert_type(tick, ServerSentEvent[Tick])
        assert_type(tick.data, Tick)
        assert_type(tick.event, str)
        assert_type(tick.id, str | None)
        assert_type(tick.retry, int | None)
    with client.chat.stream(prompt="hi") as chunks:
        for chunk in chunks:
            assert_type(chunk.data, ChatChunk)
    assert_type(client.jobs.progress("j1"), EventStream[Progress])
    assert_type(client.logs.follow(), EventStream[str])
    with client.with_streaming_response.jobs.get("j1") as response:
        assert_type(response, StreamedResponse[Job])
        assert_type(response.status_code, int)
        assert_type(response.parse(), Job)
        assert_type(response.read(), bytes)
        for line in response.iter_lines():
            assert_type(line, str)
    with client.with_streaming_response.files.download("a.bin") as download:
        for data in download.iter_bytes():
            assert_type(data, bytes)
        for text in download.iter_text():
            assert_type(text, str)
    with client.with_streaming_response.ticks.watch(symbol="ACME") as streamed:
        assert_type(streamed.parse(), EventStream[Tick])
    assert_type(client.with_raw_response.ticks.watch(symbol="ACME"), RawResponse[EventStream[Tick]])


async def use_async(client: AsyncStreamingClient) -> None:
    ticks = await client.ticks.watch(symbol="ACME")
    assert_type(ticks, AsyncEventStream[Tick])
    async for tick in ticks:
        assert_type(tick, ServerSentEvent[Tick])
    async with await client.chat.stream(prompt="hi") as chunks:
        async for chunk in chunks:
            assert_type(chunk.data, ChatChunk)
    async with client.with_streaming_response.jobs.get("j1") as response:
        assert_type(response, AsyncStreamedResponse[Job])
        assert_type(await response.parse(), Job)
        assert_type(await response.read(), bytes)
        async for line in response.iter_lines():
            assert_type(line, str)
    async with client.with_streaming_response.files.download("a.bin") as download:
        async for data in download.iter_bytes():
            assert_type(data, bytes)
    async with client.with_streaming_response.ticks.watch(symbol="ACME") as streamed:
        assert_type(await streamed.parse(), AsyncEventStream[Tick])
