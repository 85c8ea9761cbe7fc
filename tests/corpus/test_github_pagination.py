"""The GitHub REST client iterates `repos.list_for_org` across pages by the `Link` header.

Generating GitHub's whole client takes about 30 s of CPU cold (90 s on a busy 2-core machine;
12 s with black's format cache warm), so this test is `slow` as well as `corpus`;
tests/features/test_pagination.py drives a GitHub-shaped fixture (the same operation,
parameters and header) on every run.
"""

from __future__ import annotations

import asyncio
import importlib
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from generator.config import ClientSettings
from generator.pipeline import generate_client
from generator.write import write_project
from tests.clients.recording_server import RecordingServer
from tests.features.packages import client_classes

from .test_regression import _spec_path

pytestmark = [pytest.mark.corpus, pytest.mark.slow]
PACKAGE = "github_pages_client"


@pytest.fixture(scope="module")
def github(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    spec = _spec_path("apis-guru/api/github.com/api.github.com.json")
    project = tmp_path_factory.mktemp("github") / PACKAGE
    write_project(project, generate_client(ClientSettings(sources=(spec,), package=PACKAGE)).files)
    sys.path.insert(0, str(project))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(project))
        for name in [name for name in sys.modules if name.split(".")[0] == PACKAGE]:
            del sys.modules[name]


def _enqueue_three_pages(server: RecordingServer) -> None:
    base = f"{server.url}/organizations/9919/repos?per_page=2"
    for page, names in enumerate((["a", "b"], ["c", "d"], ["e"]), start=1):
        link = (
            f'<{base}&page={page + 1}>; rel="next"' if page < 3 else f'<{base}&page=1>; rel="first"'
        )
        server.enqueue(
            200,
            [_repository(index, f"octo/{name}") for index, name in enumerate(names)],
            headers={"Link": link},
        )


def _repository(index: int, full_name: str) -> dict[str, Any]:
    # The fields MinimalRepository requires; every other one is left out.
    owner = {
        "login": "octo",
        "id": 1,
        "node_id": "n",
        "avatar_url": "https://a",
        "gravatar_id": None,
        "url": "https://u",
        "type": "Organization",
        "site_admin": False,
    }
    owner |= {
        key: "https://u"
        for key in (
            "html_url",
            "followers_url",
            "following_url",
            "gists_url",
            "starred_url",
            "subscriptions_url",
            "organizations_url",
            "repos_url",
            "events_url",
            "received_events_url",
        )
    }
    urls = {
        key: "https://u"
        for key in (
            "html_url",
            "url",
            "archive_url",
            "assignees_url",
            "blobs_url",
            "branches_url",
            "collaborators_url",
            "comments_url",
            "commits_url",
            "compare_url",
            "contents_url",
            "contributors_url",
            "deployments_url",
            "downloads_url",
            "events_url",
            "forks_url",
            "git_commits_url",
            "git_refs_url",
            "git_tags_url",
            "issue_comment_url",
            "issue_events_url",
            "issues_url",
            "keys_url",
            "labels_url",
            "languages_url",
            "merges_url",
            "milestones_url",
            "notifications_url",
            "pulls_url",
            "releases_url",
            "stargazers_url",
            "statuses_url",
            "subscribers_url",
            "subscription_url",
            "tags_url",
            "teams_url",
            "trees_url",
            "hooks_url",
        )
    }
    return {
        "id": index,
        "node_id": "r",
        "name": full_name.split("/")[1],
        "full_name": full_name,
        "owner": owner,
        "private": False,
        "description": None,
        "fork": False,
        **urls,
    }


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_list_for_org_iterates_across_pages(
    github: ModuleType, server: RecordingServer, mode: str
) -> None:
    _enqueue_three_pages(server)
    sync_class, async_class = client_classes(github)
    options: dict[str, Any] = {"base_url": server.url, "max_retries": 0}
    if mode == "sync":
        with sync_class(**options) as client:
            names = [repo.full_name for repo in client.repos.list_for_org("octo", per_page=2)]
    else:

        async def run() -> list[str]:
            async with async_class(**options) as client:
                return [
                    repo.full_name async for repo in client.repos.list_for_org("octo", per_page=2)
                ]

        names = asyncio.run(run())
    assert names == ["octo/a", "octo/b", "octo/c", "octo/d", "octo/e"]
    assert [request.query_params.get("page") for request in server.requests] == [None, ["2"], ["3"]]
    assert {request.path for request in server.requests} == {"/orgs/octo/repos"}
