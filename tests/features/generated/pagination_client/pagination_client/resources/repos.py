"""Operations of the `repos` group."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .. import models
from .._base_client import AsyncAPIClient, SyncAPIClient, json_body
from .._pagination import AsyncPaginator, LinkHeaderPages, PagedEndpoint, SyncPage, paginate
from .._raw_response import to_async_raw_response, to_raw_response
from .._streamed_response import to_async_streamed_response, to_streamed_response
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestArguments

if TYPE_CHECKING:
    from ..models import Repository

__all__ = ["Repos", "AsyncRepos"]

_LIST_FOR_ORG: PagedEndpoint[list[Repository], Repository] = PagedEndpoint(
    method="GET",
    path="/orgs/{org}/repos",
    responses={
        "200": json_body(lambda: list[models.Repository]),
    },
    accept="application/json",
    pages=LinkHeaderPages(items=lambda body: body),
)


class Repos:
    """Operations of the `repos` group."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list_for_org(
        self,
        org: str,
        *,
        per_page: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Repository]:
        """List organization repositories

        Pages follow each other by the Link header, as on GitHub.

        Args:
            org: Path parameter `org`.
            per_page: Query parameter `per_page`.
            page: Query parameter `page`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return paginate(
            self._client,
            _LIST_FOR_ORG,
            RequestArguments(
                path_params={"org": org},
                query={"per_page": per_page, "page": page},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ReposWithRawResponse:
    """`Repos` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: Repos) -> None:
        self.list_for_org = to_raw_response(resource.list_for_org)


class ReposWithStreamingResponse:
    """`Repos` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: Repos) -> None:
        self.list_for_org = to_streamed_response(resource.list_for_org)


class AsyncRepos:
    """Operations of the `repos` group."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list_for_org(
        self,
        org: str,
        *,
        per_page: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Repository]:
        """List organization repositories

        Pages follow each other by the Link header, as on GitHub.

        Args:
            org: Path parameter `org`.
            per_page: Query parameter `per_page`.
            page: Query parameter `page`.
            extra_headers: Headers to send in addition to the client's.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into the request body.
            timeout: Overrides the client's timeout for this call, in seconds.
        """
        return paginate(
            self._client,
            _LIST_FOR_ORG,
            RequestArguments(
                path_params={"org": org},
                query={"per_page": per_page, "page": page},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncReposWithRawResponse:
    """`AsyncRepos` returning the raw HTTP response along with the parsed body."""

    def __init__(self, resource: AsyncRepos) -> None:
        self.list_for_org = to_async_raw_response(resource.list_for_org)


class AsyncReposWithStreamingResponse:
    """`AsyncRepos` returning the HTTP response in a context manager, its body read as you ask."""

    def __init__(self, resource: AsyncRepos) -> None:
        self.list_for_org = to_async_streamed_response(resource.list_for_org)
