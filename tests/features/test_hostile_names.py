"""hostile_names.yaml: groups and credentials named like what the client already binds still
reach their own operations."""

from __future__ import annotations

import asyncio

import hostile_names_client as package
import hostile_names_client.resources as resources
import httpx
import pytest

from tests.clients.recording_server import RecordingServer

from .conftest import Call

PACKAGE = "hostile_names_client"

# client attribute -> its sync class, the path its operation requests, the operation's name
GROUPS = {
    "literal": ("LiteralResource", "/literal", "get"),
    "mapping": ("MappingResource", "/mapping", "get"),
    "environment": ("EnvironmentResource", "/environment", "get"),
    "endpoint": ("EndpointResource", "/endpoint", "get"),
    "hostile_names_client": ("HostileNamesClientResource", "/client", "get_client"),
    "jobs": ("Jobs", "/jobs", "get"),
    "async_jobs": ("AsyncJobsResource", "/async-jobs", "get"),
    "jobs_with_raw_response": ("JobsWithRawResponseResource", "/raw-jobs", "get_raw_jobs"),
}


@pytest.mark.parametrize("attribute", sorted(GROUPS))
def test_every_group_is_its_own_class_and_requests_its_own_path(
    call: Call, server: RecordingServer, attribute: str
) -> None:
    class_name, path, method = GROUPS[attribute]
    prefix = "Async" if call.mode == "async" else ""

    def operation(client: object) -> object:
        group = getattr(client, attribute)
        assert type(group) is getattr(resources, prefix + class_name)
        return getattr(group, method)()

    server.enqueue(200, {"source": attribute})
    assert call(PACKAGE, operation).source == attribute
    assert server.last_request.path == path


def test_raw_response_groups_wrap_their_own_group(server: RecordingServer) -> None:
    server.enqueue(200, {"source": "jobs"})
    with package.HostileNamesClient(base_url=server.url, max_retries=0) as client:
        raw = client.with_raw_response.jobs_with_raw_response.get_raw_jobs()
    assert raw.parse().source == "jobs"
    assert server.last_request.path == "/raw-jobs"


def test_credentials_named_like_constructor_arguments_are_sent_beside_them(
    server: RecordingServer,
) -> None:
    credentials = {
        "timeout_credential": "t",
        "base_url_credential": "b",
        "max_retries_credential": "m",
        "default_headers_credential": "d",
        "http_client_credential": "h",
        "environment_credential": "e",
    }
    options = {
        "base_url": server.url,
        "timeout": 10.0,
        "max_retries": 0,
        "default_headers": {"X-Extra": "1"},
    }
    server.enqueue(200, {})
    with package.HostileNamesClient(**credentials, **options) as client:
        client.jobs.get()
    # The operations take any one scheme, the first configured in the spec's order: `timeout`.
    assert server.last_request.headers.get_all("x-timeout-key") == ["t"]
    assert server.last_request.headers.get_all("x-extra") == ["1"]

    async def run() -> None:
        async with package.AsyncHostileNamesClient(**credentials, **options) as client:
            await client.jobs.get()

    server.enqueue(200, {})
    asyncio.run(run())
    assert server.last_request.headers.get_all("x-timeout-key") == ["t"]


def test_the_environment_and_http_client_arguments_still_do_their_own_job() -> None:
    # sandbox.example.com is not reachable, so the client's own httpx client answers instead.
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"source": "sandbox"})

    http_client = httpx.Client(transport=httpx.MockTransport(answer))
    with package.HostileNamesClient(
        environment="sandbox", http_client=http_client, http_client_credential="h"
    ) as client:
        assert client.jobs.get().source == "sandbox"
    assert [str(request.url) for request in seen] == ["https://sandbox.example.com/jobs"]
    assert seen[0].headers["x-http-client-key"] == "h"
