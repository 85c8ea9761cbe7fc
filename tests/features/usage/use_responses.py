from typing import assert_type

from responses_client import AsyncResponsesClient, ResponsesClient
from responses_client.models import Job, Report


def use(client: ResponsesClient) -> None:
    assert_type(client.responses.get_report(), Report)
    assert_type(client.responses.get_text(), str)
    assert_type(client.responses.get_image(), bytes)
    assert_type(client.responses.download(), bytes)
    assert_type(client.responses.delete_thing("t1"), None)
    assert_type(client.responses.get_fallback(), Report)
    assert_type(client.responses.create_ranged(), Report)
    assert_type(client.responses.start_job(), Report | Job)
    assert_type(client.responses.get_anything(), Report | str | bytes)
    assert_type(client.responses.get_document(), Report | bytes)
    raw = client.with_raw_response.responses.get_text()
    assert_type(raw.parse(), str)


async def use_async(client: AsyncResponsesClient) -> None:
    assert_type(await client.responses.get_image(), bytes)
    assert_type(await client.responses.delete_thing("t1"), None)
    assert_type(await client.responses.get_anything(), Report | str | bytes)
    raw = await client.with_raw_response.responses.start_job()
    assert_type(raw.parse(), Report | Job)
