from typing import assert_type

from operations_client import AsyncOperationsClient, OperationsClient
from operations_client.models import Report


def use(client: OperationsClient) -> None:
    assert_type(client.reports.get("r1", format="pdf", x_request_id="x"), Report)
    client.reports.search(
        "r1",
        id_2="q",
        class_="c",
        from_="f",
        self_="s",
        timeout_=1,
        page_size=1,
        page_size_2=2,
        extra_headers_="h",
        body_id="b",
        body_class_="c",
        body_timeout=1.0,
        timeout=5.0,
    )
    assert_type(client.widgets.list(), list[str])
    assert_type(client.widgets.create(), None)
    assert_type(client.widgets.get("w1"), str)
    assert_type(client.dupes.fetch(), str)
    assert_type(client.dupes.fetch_2(), str)
    assert_type(client.alpha.many_tags(), None)


async def use_async(client: AsyncOperationsClient) -> None:
    assert_type(await client.widgets.list(), list[str])
