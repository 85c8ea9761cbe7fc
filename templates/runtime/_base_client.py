"""The base of the generated clients: endpoints, request building, retries and response decoding.

`BaseClient` holds everything that does no I/O; `SyncAPIClient` and `AsyncAPIClient` are thin
twins on top that send requests and sleep between retries.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import time
import uuid
from collections.abc import AsyncIterator, Callable, Generator, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from types import TracebackType
from typing import Any, Generic, NamedTuple, TypeVar, cast

import httpx

from ._auth import AuthParameter, Credential, Location, OAuth2ClientCredentials, Secret
from ._encoding import (
    BodyEncoding,
    StyleSpec,
    encode_body,
    encode_cookies,
    encode_headers,
    encode_path,
    encode_query,
    optional_body,
)
from ._logging import configure_logging, log_request, log_response, log_retry
from ._raw_response import deliver, keeps_body_open
from ._redaction import REDACTED
from ._responses import BINARY as BINARY
from ._responses import EMPTY as EMPTY
from ._responses import TEXT as TEXT
from ._responses import by_content_type as by_content_type
from ._responses import ResponseBody as ResponseBody
from ._responses import call_name, cast_body, decode_error, decode_success
from ._responses import json_body as json_body
from ._retries import (
    RETRY_COUNT_HEADER,
    is_retryable_error,
    is_retryable_status,
    is_unsent_error,
    retry_delay,
)
from ._types import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    InvalidRequestError,
    MissingBaseURLError,
    ResponseTooLargeError,
    status_error,
)

DEFAULT_TIMEOUT = 60.0
"""Seconds allowed for each request unless the client or the call says otherwise."""

DEFAULT_MAX_RETRIES = 2
"""How often a failed request is tried again unless the client says otherwise."""

DEFAULT_MAX_RESPONSE_SIZE = 100 * 1024 * 1024
"""The most bytes a response body may have once decompressed, unless the client says otherwise."""

T = TypeVar("T")
_B = TypeVar("_B", bound="BaseClient")

# RFC 9110 sections 5.6.2 and 5.5: a header name is a token; a value is visible ASCII with
# spaces and tabs only between characters. httpx would find out only while sending, as a
# transport error that looks like a connection failure.
_HEADER_NAME = re.compile(r"[-!#$%&'*+.^_`|~0-9A-Za-z]+")
_HEADER_VALUE = re.compile(r"(?:[\x21-\x7e](?:[\t\x20-\x7e]*[\x21-\x7e])?)?")
_SERVER_VARIABLE = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True)
class Endpoint(Generic[T]):
    """One operation as the runtime needs it; `T` is the type the operation returns.

    `responses` is keyed by status ("200"), range ("2XX") or "default". `security` lists the
    alternatives, each the names of the schemes it needs together: `()` means no auth, and an
    empty alternative makes auth optional. `always_apply` names schemes sent whenever they are
    configured; `scopes` the OAuth2 scopes the operation asks of a scheme. The `*_styles` map
    parameter names to a non-default (style, explode).
    """

    method: str
    path: str
    responses: Mapping[str, ResponseBody]
    security: tuple[tuple[str, ...], ...] = ()
    always_apply: tuple[str, ...] = ()
    scopes: Mapping[str, tuple[str, ...]] = field(default_factory=dict[str, tuple[str, ...]])
    idempotency_header: str | None = None
    """The header that makes a retried POST or PATCH safe: its value, the same for every try of
    one call, lets the server recognise a request it has already carried out. None: the API
    has none, and such a request is retried only when it never reached the server."""
    body_encoding: BodyEncoding | None = None
    content_type: str | None = None
    body_optional: bool = False
    """The body's fields are keyword arguments and the body may be left out: it is, when none is given."""
    body_required_fields: Mapping[str, str] = field(default_factory=dict[str, str])
    """The fields an optional body is never sent without: wire name -> argument name."""
    accept: str | None = None
    """The media type of the body the client decodes, asked for in `Accept`."""
    part_content_types: Mapping[str, str] = field(default_factory=dict[str, str])
    """Content types the spec declares for multipart parts, by field name."""
    path_styles: Mapping[str, StyleSpec] = field(default_factory=dict[str, StyleSpec])
    query_styles: Mapping[str, StyleSpec] = field(default_factory=dict[str, StyleSpec])
    header_styles: Mapping[str, StyleSpec] = field(default_factory=dict[str, StyleSpec])
    cookie_styles: Mapping[str, StyleSpec] = field(default_factory=dict[str, StyleSpec])


_NON_IDEMPOTENT_METHODS = frozenset({"POST", "PATCH"})
"""Methods whose request, carried out twice, may do its work twice (RFC 9110 section 9.2.2)."""


class _Grant(NamedTuple):
    """The OAuth2 credential one call authenticates with, and the scopes it asks for."""

    credential: OAuth2ClientCredentials
    scopes: tuple[str, ...]


_SecurityKey = tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]
"""An endpoint's `security` and `always_apply`: what decides the credentials it is sent with."""


class _Authentication(NamedTuple):
    """The credentials calls of one security requirement are sent with, and where they go.

    Only credential objects and names are kept, never a credential's value: a client's
    attributes must not show one.
    """

    static: tuple[Credential, ...]
    """The credentials sent as a parameter (keys, passwords, tokens)."""
    grant: tuple[str, OAuth2ClientCredentials] | None
    """The OAuth2 credential, if any, with its scheme's name."""
    credential_headers: frozenset[str]
    """The headers that carry credentials: they stay with the origin on a redirect."""
    credential_names: frozenset[str]
    """The headers and query parameters, lowercase, that carry credentials: logs mask them."""

    @classmethod
    def of(cls, credentials: Mapping[str, Credential]) -> _Authentication:
        """The authentication with `credentials`, by scheme name (see `_credentials_for`)."""
        static = [
            (credential, parameter)
            for credential in credentials.values()
            if (parameter := credential.parameter()) is not None
        ]
        grant = next(
            (
                (name, credential)
                for name, credential in credentials.items()
                if isinstance(credential, OAuth2ClientCredentials)
            ),
            None,
        )
        parameters = [parameter for _, parameter in static]
        headers = set(_located(parameters, "header"))
        if grant is not None:
            headers.add("Authorization")
        return cls(
            static=tuple(credential for credential, _ in static),
            grant=grant,
            credential_headers=frozenset(headers),
            credential_names=frozenset(
                name.lower() for name in (*headers, *_located(parameters, "query"))
            ),
        )

    def parameters(self) -> list[AuthParameter]:
        """The parameters that carry the static credentials, for one request."""
        return [
            parameter
            for credential in self.static
            if (parameter := credential.parameter()) is not None
        ]

    def grant_for(self, scopes: Mapping[str, tuple[str, ...]]) -> _Grant | None:
        """The OAuth2 credential, if any, with the scopes an endpoint asks of its scheme."""
        if self.grant is None:
            return None
        name, credential = self.grant
        return _Grant(credential, scopes.get(name, ()))


def select_base_url(
    explicit: str | httpx.URL | None,
    *,
    env_var: str,
    environments: Mapping[str, str],
    environment: str | None,
    variables: Mapping[str, str | None] | None = None,
    variable_defaults: Mapping[str, Mapping[str, str]] | None = None,
) -> httpx.URL:
    """The URL requests go to: `explicit`, else the `env_var` variable, else `environments[environment]`.

    An environment's URL may hold server variables (`https://{region}.example.com`): each is
    filled with its value in `variables`, else with the environment's default for it in
    `variable_defaults`. Raises MissingBaseURLError when there is no URL, or the one chosen is
    not an absolute http(s) URL (a spec's relative server URL cannot be used on its own).
    """
    if explicit is not None:
        candidate, source = str(explicit), "`base_url`"
    elif os.environ.get(env_var):
        candidate, source = os.environ[env_var], f"the `{env_var}` environment variable"
    elif environment is not None and environment in environments:
        values = {
            **(variable_defaults or {}).get(environment, {}),
            **{name: value for name, value in (variables or {}).items() if value is not None},
        }
        candidate = _SERVER_VARIABLE.sub(
            lambda match: values.get(match.group(1), match.group(0)), environments[environment]
        )
        source = f"the {environment!r} environment"
    else:
        known = (
            f" or choose an environment ({', '.join(map(repr, environments))})"
            if environments
            else ""
        )
        unknown = f"Unknown environment {environment!r}. " if environment is not None else ""
        raise MissingBaseURLError(
            f"{unknown}No base URL: pass `base_url=` or set the `{env_var}` environment variable{known}."
        )
    try:
        url = httpx.URL(candidate)
    except httpx.InvalidURL:
        url = httpx.URL()
    if url.scheme not in ("http", "https") or not url.host:
        raise MissingBaseURLError(
            f"The base URL from {source} is not an absolute http(s) URL:"
            f" pass one as `base_url=` or set the `{env_var}` environment variable."
        )
    return url


class BaseClient:
    """What the sync and the async client share; none of it does I/O."""

    _init_args: Secret[tuple[object, ...]]
    _init_kwargs: Secret[dict[str, object]]

    def __new__(cls: type[_B], *args: Any, **kwargs: Any) -> _B:
        # Remember the arguments of the most derived constructor, so that `copy` can
        # build another instance of a generated subclass whose signature only it knows.
        # `Any` makes type checkers check calls against `__init__` alone. They hold the
        # credentials, so they are kept where a repr, a debugger or pickle does not show them.
        client = object.__new__(cls)
        client._init_args = Secret(args)
        client._init_kwargs = Secret(kwargs)
        return client

    def __init__(
        self,
        *,
        base_url: str | httpx.URL,
        credentials: Mapping[str, Credential] | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        user_agent: str | None = None,
        deadline: float | None = None,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        auth: httpx.Auth | None = None,
        log_env_var: str | None = None,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must not be negative.")
        if max_response_size is not None and max_response_size < 0:
            raise ValueError("max_response_size must not be negative.")
        self._base_url = httpx.URL(base_url)
        self._url_prefix = str(self._base_url).rstrip("/")
        self._credentials: dict[str, Credential] = dict(credentials or {})
        self._authentications: dict[_SecurityKey, _Authentication] = {}
        self._auth = auth
        self._timeout = _as_timeout(timeout)
        self._max_retries = max_retries
        self._deadline = _as_deadline(deadline)
        self._max_response_size = max_response_size
        _QUERY_CREDENTIALS.redact(
            parameter.name
            for credential in self._credentials.values()
            if (parameter := credential.parameter()) is not None and parameter.location == "query"
        )
        agent = f"python-httpx/{httpx.__version__}"
        self._default_headers = httpx.Headers(
            {"User-Agent": f"{user_agent} {agent}" if user_agent else agent}
        )
        self._default_headers.update(_sendable(default_headers or {}))
        self._sends_accept = "accept" in self._default_headers
        if log_env_var is not None:
            configure_logging(log_env_var)

    def __repr__(self) -> str:
        shown = self._base_url.copy_with(userinfo=b"")
        return f"{type(self).__name__}(base_url={str(shown)!r})"

    def _rebuild(
        self: _B, http_client: httpx.Client | httpx.AsyncClient, options: Mapping[str, object]
    ) -> _B:
        """Construct this client's class again with its arguments, but for the `options` given
        (NOT_GIVEN ones are not), sharing `http_client` unless the options name another one."""
        given = {name: value for name, value in options.items() if not isinstance(value, NotGiven)}
        kwargs = {**self._init_kwargs.reveal(), "http_client": http_client, **given}
        # The subclass's constructor is known only by the arguments it was called with.
        constructor = cast(Callable[..., _B], type(self))
        return constructor(*self._init_args.reveal(), **kwargs)

    def _undescribed(self, method: str, path: str, cast_to: type[T]) -> Endpoint[T]:
        """An endpoint the spec does not describe: `path` on the base URL, sent with every
        credential the client has, its 2xx body decoded as `cast_to` (see `cast_body`)."""
        if "://" in path or path.startswith("//") or "?" in path or "#" in path:
            raise InvalidRequestError(
                f"{path!r} is not a path: pass the path below the base URL (such as '/items'),"
                " and its query parameters as `query=`."
            )
        return Endpoint[T](
            method=method,
            # Braces in a literal path are no placeholders to fill.
            path="/" + path.lstrip("/").replace("{", "%7B").replace("}", "%7D"),
            responses={"2XX": cast_body(cast_to)},
            always_apply=tuple(self._credentials),
        )

    def _build_request(
        self,
        http_client: httpx.Client | httpx.AsyncClient,
        endpoint: Endpoint[T],
        *,
        path_params: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        headers: Mapping[str, object] | None,
        cookies: Mapping[str, object] | None,
        body: object,
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        timeout: TimeoutTypes | NotGiven,
    ) -> httpx.Request:
        """Build the request for one call of `endpoint` (through `http_client`, to keep its settings)."""
        auth = self._authentication(endpoint).parameters()
        path = encode_path(endpoint.path, path_params or {}, endpoint.path_styles)
        query_string = encode_query(
            {**(query or {}), **_located(auth, "query"), **(extra_query or {})},
            endpoint.query_styles,
        )
        url = self._url_prefix + path + (f"?{query_string}" if query_string else "")

        merged_headers = httpx.Headers(self._default_headers)
        if endpoint.accept is not None and not self._sends_accept:
            merged_headers["Accept"] = endpoint.accept
        if headers:
            _set_headers(merged_headers, encode_headers(headers, endpoint.header_styles))
        _set_headers(merged_headers, _located(auth, "header"))
        cookie_params = {**(cookies or {}), **_located(auth, "cookie")}
        if cookie_params:
            cookie = encode_cookies(cookie_params, endpoint.cookie_styles)
            if cookie:
                merged_headers["Cookie"] = cookie
        if endpoint.body_optional:
            body = optional_body(
                body,
                required=endpoint.body_required_fields,
                operation=f"{endpoint.method} {endpoint.path}",
            )
        encoded = encode_body(
            body,
            encoding=endpoint.body_encoding,
            content_type=endpoint.content_type,
            extra_body=extra_body,
            part_content_types=endpoint.part_content_types,
        )
        if encoded.content_type is not None:
            merged_headers["Content-Type"] = encoded.content_type
        if extra_headers:
            merged_headers.update(_sendable(extra_headers))
        key = endpoint.idempotency_header
        if key is not None and key not in merged_headers:
            # Built once per call, so every retry of the call carries the same key.
            merged_headers[key] = str(uuid.uuid4())
        return http_client.build_request(
            endpoint.method,
            url,
            headers=merged_headers,
            content=encoded.content,
            files=encoded.files,
            timeout=self._timeout if isinstance(timeout, NotGiven) else _as_timeout(timeout),
        )

    def _credentials_for(self, endpoint: Endpoint[T]) -> dict[str, Credential]:
        """The credentials for `endpoint`: its first fully configured alternative, plus `always_apply`.

        Empty when the client was given an `auth=`, which replaces every scheme of the spec.
        """
        if self._auth is not None:
            return {}
        configured = {
            name: credential
            for name, credential in self._credentials.items()
            if credential.configured()
        }
        chosen = next(
            (names for names in endpoint.security if all(name in configured for name in names)), ()
        )
        names = dict.fromkeys((*chosen, *endpoint.always_apply))
        return {name: configured[name] for name in names if name in configured}

    def _authentication(self, endpoint: Endpoint[T]) -> _Authentication:
        """How calls of `endpoint` authenticate: chosen once for each security requirement,
        since the client's credentials do not change."""
        key = (endpoint.security, endpoint.always_apply)
        authentication = self._authentications.get(key)
        if authentication is None:
            authentication = _Authentication.of(self._credentials_for(endpoint))
            self._authentications[key] = authentication
        return authentication

    def _start_call(
        self,
        http_client: httpx.Client | httpx.AsyncClient,
        endpoint: Endpoint[T],
        request: httpx.Request,
        deadline: float | None | NotGiven,
    ) -> _Call:
        """The state of one call of `endpoint` that sends `request`, with its limits."""
        authentication = self._authentication(endpoint)
        return _Call(
            request,
            deadline=self._deadline if isinstance(deadline, NotGiven) else _as_deadline(deadline),
            max_response_size=self._max_response_size,
            credential_headers=authentication.credential_headers,
            credential_names=authentication.credential_names,
            max_redirects=http_client.max_redirects if http_client.follow_redirects else 0,
            grant=authentication.grant_for(endpoint.scopes),
            auth=self._auth,
            replayable=request.method not in _NON_IDEMPOTENT_METHODS
            or endpoint.idempotency_header is not None,
            streams=keeps_body_open(),
        )

    def _process_response(self, endpoint: Endpoint[T], response: httpx.Response, call: _Call) -> T:
        """The value of a 2xx response (or what `deliver` gives instead); raise for any other."""
        if response.is_success:
            # Endpoint[T] is generated with the T that its success bodies decode to.
            return deliver(
                response,
                lambda read: cast(T, decode_success(endpoint.responses, read)),
                reader=call,
            )
        raise status_error(response, decode_error(endpoint.responses, response))

    def _retry_delay_after_response(
        self, call: _Call, response: httpx.Response, retries_taken: int
    ) -> float | None:
        """Seconds to wait before trying again after `response`; None when it is final.

        A request that may not be carried out twice is final once the server answered.
        """
        if (
            retries_taken >= self._max_retries
            or not call.replayable
            or not is_retryable_status(response.status_code)
        ):
            return None
        delay = call.allowed_wait(retry_delay(retries_taken, response.headers))
        log_retry(call.request, call.credential_names, f"status {response.status_code}", delay)
        return delay

    def _retry_delay_after_error(
        self, call: _Call, error: httpx.TransportError, retries_taken: int
    ) -> float | None:
        """Seconds to wait before trying again after a failed send; None when it is final.

        A request that may not be carried out twice is tried again only when it was never sent.
        """
        delay = None
        if retries_taken < self._max_retries and is_retryable_error(error):
            if call.replayable or is_unsent_error(error):
                delay = call.allowed_wait(retry_delay(retries_taken))
        log_retry(call.request, call.credential_names, type(error).__name__, delay)
        return delay


class _Call:
    """One call in progress, across its retries and redirects; none of it does I/O.

    It enforces what httpx cannot: a deadline for the whole call (httpx's timeouts bound each
    read, so a server that trickles bytes keeps a call alive for ever), a limit on the
    decompressed size of each body (a small gzip body can expand to gigabytes), and credentials
    that stay with the origin they were configured for (httpx strips only `Authorization` on a
    redirect to another host). The sync and async clients drive it with their own I/O.
    """

    def __init__(
        self,
        request: httpx.Request,
        *,
        deadline: float | None,
        max_response_size: int | None,
        credential_headers: frozenset[str],
        max_redirects: int,
        grant: _Grant | None = None,
        auth: httpx.Auth | None = None,
        replayable: bool = True,
        streams: bool = False,
        credential_names: frozenset[str] = frozenset(),
    ) -> None:
        self.request = request
        self.grant = grant
        self.credential_names = credential_names
        """The headers and query parameters, lowercase, that carry credentials: logs mask them."""
        self.replayable = replayable
        """Whether the request may be sent again after it reached the server."""
        self._streams = streams
        self.rejected_token: str | None = None
        """The OAuth2 token the API answered 401 to: the next try fetches another."""
        self._token: str | None = None
        self._auth = auth
        self._ends_at = None if deadline is None else time.monotonic() + deadline
        self._deadline = deadline
        self._timeout: dict[str, float | None] = dict(request.extensions.get("timeout", {}))
        self._max_response_size = max_response_size
        self._credential_headers = credential_headers
        self._max_redirects = max_redirects
        self._chunks: list[bytes] = []
        self._size = 0
        self._arrival_counted = False
        self._history: list[httpx.Response] = []

    def attempt(self, request: httpx.Request) -> httpx.Request:
        """`request`, about to be sent, its timeouts cut to the time the deadline leaves.

        Raises APITimeoutError when the deadline has passed. Forgets any body that an earlier
        attempt broke off reading.
        """
        self._chunks, self._size, self._arrival_counted = [], 0, False
        log_request(request, self.credential_names)
        if self._ends_at is None:
            return request
        remaining = self._ends_at - time.monotonic()
        if remaining <= 0:
            raise self._expired(request)
        request.extensions["timeout"] = {
            phase: remaining if seconds is None else min(seconds, remaining)
            for phase, seconds in self._timeout.items()
        }
        return request

    def authorize(self, token: str) -> None:
        """Send `token`, the grant's bearer token, from now on."""
        self._token = token
        self.request.headers["Authorization"] = f"Bearer {token}"

    def reauthorize(self, response: httpx.Response) -> bool:
        """Whether to send again with a new OAuth2 token: once, when the API answered 401."""
        if self.grant is None or response.status_code != 401 or self.rejected_token is not None:
            return False
        self.rejected_token = self._token
        return True

    def retrying(self, retries_taken: int) -> None:
        """Say in the request that it is retry number `retries_taken`."""
        self.request.headers[RETRY_COUNT_HEADER] = str(retries_taken)

    def auth_for(self, request: httpx.Request) -> httpx.Auth | None:
        """The client's `auth=` for `request`: only on the origin it was configured for."""
        if self._auth is None or _origin(request.url) != self._configured_origin:
            return None
        return self._auth

    def unread(self, response: httpx.Response) -> httpx.Response | None:
        """`response` when its body is the caller's to read (a success, under
        `with_streaming_response` or to stream events), with the redirects that led to it; else None.

        The caller reads it as fast as it likes: `max_response_size` and the deadline bound
        only what the client reads whole for it (see `_streamed_response`).
        """
        if not (self._streams and response.is_success):
            return None
        response.history = list(self._history)
        return response

    def counts_arrival(self, response: httpx.Response) -> bool:
        """Whether httpx may read `response`'s body itself: so when no content coding applies,
        and the bytes that arrive are the body. They are then counted against the limits as
        they arrive; otherwise the body is read decoded, chunk by chunk, through `take`."""
        self._arrival_counted = "content-encoding" not in response.headers
        if self._arrival_counted:
            response.stream = _CountedStream(
                response.stream, lambda size: self._count(response, size)
            )
        return self._arrival_counted

    def take(self, response: httpx.Response, chunk: bytes) -> None:
        """Keep the next decoded `chunk` of the body; raise once a limit is passed."""
        self._count(response, len(chunk))
        self._chunks.append(chunk)

    def received(self, response: httpx.Response) -> httpx.Response:
        """`response` (read and closed) with the body taken, as if httpx had read it."""
        if self._arrival_counted:
            # A transport may hand over a body that is read already, which never streams.
            self._count(response, len(response.content) - self._size)
            response.history = list(self._history)
            log_response(response, self.credential_names)
            return response
        # The body is decoded already: the headers that described its encoding no longer do.
        headers = [
            (name, value)
            for name, value in response.headers.multi_items()
            if name.lower() not in ("content-encoding", "content-length")
        ]
        read = httpx.Response(
            response.status_code,
            headers=headers,
            content=b"".join(self._chunks),
            request=response.request,
            extensions=response.extensions,
            history=self._history,
            default_encoding=response.default_encoding,
        )
        try:
            read.elapsed = response.elapsed
        except RuntimeError:
            pass  # httpx times only the responses it streamed itself, not a mock transport's
        log_response(read, self.credential_names)
        return read

    def redirect(self, response: httpx.Response, read: httpx.Response) -> httpx.Request | None:
        """The request to follow `response` with, as the client's `follow_redirects` says; or None.

        Raises httpx.TooManyRedirects past the client's `max_redirects`, as httpx would.
        """
        hop = response.next_request
        if hop is None or self._max_redirects == 0:
            return None
        if len(self._history) >= self._max_redirects:
            raise httpx.TooManyRedirects("Exceeded maximum allowed redirects.", request=hop)
        self._history.append(read)
        if _origin(hop.url) != self._configured_origin:
            for name in self._credential_headers:
                hop.headers.pop(name, None)
        return hop

    def _count(self, response: httpx.Response, size: int) -> None:
        """Count `size` more bytes of `response`'s body; raise once a limit is passed."""
        self._size += size
        if self._max_response_size is not None and self._size > self._max_response_size:
            raise ResponseTooLargeError(
                f"The response to {call_name(response.request)} is larger than"
                f" {self._max_response_size} bytes (the client's `max_response_size`).",
                response=response,
            )
        if self._deadline_passed():
            raise self._expired(response.request)

    def allowed_wait(self, delay: float) -> float | None:
        """`delay`, or None when waiting that long would leave the deadline no time for a try."""
        if self._ends_at is not None and time.monotonic() + delay >= self._ends_at:
            return None
        return delay

    @cached_property
    def _configured_origin(self) -> tuple[str, str, int | None]:
        """The origin the call's credentials were configured for: that of its first request."""
        return _origin(self.request.url)

    def failure(self, error: httpx.TransportError, request: httpx.Request) -> APIError:
        """The APIError for a send of `request` that `error` ended: a timeout once the deadline
        has passed is the deadline's, whose time the timeouts were cut to."""
        if isinstance(error, httpx.TimeoutException) and self._deadline_passed():
            return self._expired(request)
        return _send_error(error, request)

    def _deadline_passed(self) -> bool:
        return self._ends_at is not None and time.monotonic() >= self._ends_at

    def _expired(self, request: httpx.Request) -> APITimeoutError:
        return APITimeoutError(
            f"Request exceeded its deadline of {self._deadline} s: {call_name(request)}.",
            request=request,
        )


class _CountedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response's byte stream (sync or async, as the one it wraps) that reports the size of
    each chunk as it arrives, before httpx reads on."""

    def __init__(
        self, stream: httpx.SyncByteStream | httpx.AsyncByteStream, count: Callable[[int], None]
    ) -> None:
        self._stream = stream
        self._count = count

    def __iter__(self) -> Iterator[bytes]:
        for chunk in cast(httpx.SyncByteStream, self._stream):
            self._count(len(chunk))
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in cast(httpx.AsyncByteStream, self._stream):
            self._count(len(chunk))
            yield chunk

    def close(self) -> None:
        cast(httpx.SyncByteStream, self._stream).close()

    async def aclose(self) -> None:
        await cast(httpx.AsyncByteStream, self._stream).aclose()


def _as_timeout(timeout: TimeoutTypes) -> httpx.Timeout:
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def _as_deadline(deadline: float | None) -> float | None:
    if deadline is not None and deadline <= 0:
        raise ValueError("deadline must be a positive number of seconds.")
    return deadline


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """Scheme, host and port, the port filled in where the URL leaves it to the scheme."""
    return url.scheme, url.host, url.port or {"http": 80, "https": 443}.get(url.scheme)


class _QueryCredentialFilter(logging.Filter):
    """Masks the values of credential query parameters in the URLs httpx logs.

    httpx logs every request's URL at INFO level, query string included; a credential sent
    in the query would reach the logs. Only names are kept here, never a credential.
    """

    def __init__(self) -> None:
        super().__init__()
        self._names: frozenset[str] = frozenset()

    def redact(self, names: Iterable[str]) -> None:
        """Mask the query parameters called `names` from now on (for every client)."""
        self._names = self._names.union(names)

    def filter(self, record: logging.LogRecord) -> bool:
        if self._names and isinstance(record.args, tuple):
            record.args = tuple(
                self._masked(arg) if isinstance(arg, httpx.URL) else arg for arg in record.args
            )
        return True

    def _masked(self, url: httpx.URL) -> httpx.URL:
        params = url.params
        if not any(name in params for name in self._names):
            return url
        return url.copy_with(
            params=[
                (name, REDACTED if name in self._names else value)
                for name, value in params.multi_items()
            ]
        )


_QUERY_CREDENTIALS = _QueryCredentialFilter()
logging.getLogger("httpx").addFilter(_QUERY_CREDENTIALS)


def _located(parameters: list[AuthParameter], location: Location) -> dict[str, str]:
    return {
        parameter.name: parameter.value
        for parameter in parameters
        if parameter.location == location
    }


def _sendable(headers: Mapping[str, str]) -> Mapping[str, str]:
    """`headers`, once each name and value is one HTTP can carry; else InvalidRequestError.

    The message names the header but never quotes its value, which may be a credential.
    """
    for name, value in headers.items():
        if not _HEADER_NAME.fullmatch(name):
            raise InvalidRequestError(
                f"{name!r} is not a valid HTTP header name: only letters, digits and"
                " !#$%&'*+-.^_`|~ are allowed (RFC 9110)."
            )
        if not _HEADER_VALUE.fullmatch(value):
            raise InvalidRequestError(
                f"The value of header {name!r} cannot be sent: header values are visible ASCII"
                " characters, with spaces and tabs only between them (no line breaks)."
            )
    return headers


def _set_headers(headers: httpx.Headers, values: Mapping[str, str]) -> None:
    """Set `values` in `headers`, each over any header of its name, once HTTP can carry them."""
    for name, value in _sendable(values).items():
        headers[name] = value


def _send_error(error: httpx.TransportError, request: httpx.Request) -> APIError:
    """The APIError for a send that got no response, or a body that broke off (the httpx error
    is chained as its cause)."""
    call = call_name(request)
    if isinstance(error, httpx.LocalProtocolError):
        # httpx refused to write the request: nothing is wrong with the connection.
        return InvalidRequestError(
            f"The request {call} is not valid HTTP: httpx refused to send it (see the cause)."
        )
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out: {call}.", request=request)
    return APIConnectionError(
        f"Connection error: {call} ({type(error).__name__}).", request=request
    )


@contextmanager
def reading_errors(request: httpx.Request) -> Generator[None, None, None]:
    """Raise the APIError of a transport failure while the body of a response to `request` is read."""
    try:
        yield
    except httpx.TransportError as error:
        raise _send_error(error, request) from error


class SyncAPIClient(BaseClient):
    """The base of a generated sync client: sends requests with an `httpx.Client`."""

    def __init__(
        self,
        *,
        base_url: str | httpx.URL,
        credentials: Mapping[str, Credential] | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        user_agent: str | None = None,
        deadline: float | None = None,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        auth: httpx.Auth | None = None,
        log_env_var: str | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            credentials=credentials,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            user_agent=user_agent,
            deadline=deadline,
            max_response_size=max_response_size,
            auth=auth,
            log_env_var=log_env_var,
        )
        self._owns_http_client = http_client is None
        self._http_client = (
            httpx.Client(timeout=self._timeout) if http_client is None else http_client
        )

    def request(
        self,
        endpoint: Endpoint[T],
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        body: object = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> T:
        """Call `endpoint`, retrying failures worth retrying, and return the decoded 2xx body.

        Raises APIStatusError (a subclass per status) for other statuses, APITimeoutError and
        APIConnectionError when no response came (APITimeoutError too once the deadline has
        passed), ResponseTooLargeError for a body past `max_response_size`,
        APIResponseValidationError when a 2xx body does not fit its schema, and InvalidRequestError (without sending or retrying) when the
        arguments make a request HTTP cannot carry, such as a header name with a space. Other
        httpx errors, which are no transport failure (an undecodable body), propagate as they are.

        Args:
            endpoint: The operation to call.
            path_params: Path parameter values by their name in the path template.
            query: Query parameter values by wire name; NOT_GIVEN values are left out.
            headers: Header parameter values by wire name; NOT_GIVEN values are left out.
            cookies: Cookie parameter values by wire name; NOT_GIVEN values are left out.
            body: The request body, or NOT_GIVEN for none.
            extra_headers: Headers to send in addition to (and over) the others.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into an object body.
            timeout: Overrides the client's timeout for this call, in seconds.
            deadline: Overrides the client's deadline for this call: seconds the whole call
                may take, retries and reading the body included (None: no deadline).
        """
        request = self._build_request(
            self._http_client,
            endpoint,
            path_params=path_params,
            query=query,
            headers=headers,
            cookies=cookies,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        call = self._start_call(self._http_client, endpoint, request, deadline)
        retries_taken = 0
        while True:
            try:
                self._authorize(call)
                response = self._send(call)
            except httpx.TransportError as error:
                delay = self._retry_delay_after_error(call, error, retries_taken)
                if delay is None:
                    raise call.failure(error, request) from error
            else:
                if call.reauthorize(response):
                    continue
                delay = self._retry_delay_after_response(call, response, retries_taken)
                if delay is None:
                    return self._process_response(endpoint, response, call)
            time.sleep(delay)
            retries_taken += 1
            call.retrying(retries_taken)

    def _authorize(self, call: _Call) -> None:
        """Put the call's OAuth2 token on its request, fetching one when none is kept."""
        if call.grant is None:
            return
        credential, scopes = call.grant
        with credential.lock:
            token = credential.token(scopes, rejected=call.rejected_token)
            if token is None:
                fetch = credential.token_request(self._http_client, self._base_url, scopes)
                token = credential.keep(scopes, self._http_client.send(fetch))
        call.authorize(token)

    def _send(self, call: _Call) -> httpx.Response:
        """Send the call's request and read the response, following redirects as `http_client` would.

        A success whose body is the caller's to read (`_Call.unread`) comes back unread.
        """
        request = call.request
        while True:
            response = self._http_client.send(
                call.attempt(request),
                stream=True,
                follow_redirects=False,
                auth=call.auth_for(request) or httpx.USE_CLIENT_DEFAULT,
            )
            unread = call.unread(response)
            if unread is not None:
                return unread
            try:
                if call.counts_arrival(response):
                    response.read()
                else:
                    for chunk in response.iter_bytes():
                        call.take(response, chunk)
            finally:
                response.close()
            read = call.received(response)
            hop = call.redirect(response, read)
            if hop is None:
                return read
            request = hop

    def _copy(self: _S, **options: object) -> _S:
        """This client built again with `options` in place of its own arguments (NOT_GIVEN ones
        are not), sharing its HTTP connection pool unless `http_client` is one of them."""
        return self._rebuild(self._http_client, options)

    def get(
        self,
        path: str,
        *,
        cast_to: type[T],
        query: Query | None = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> T:
        """GET an endpoint the spec does not describe, with the client's credentials.

        Retries, timeouts and errors are those of an operation's call (see `request`).

        Args:
            path: The path below the base URL, such as "/items/1" (no query string).
            cast_to: What the 2xx body is decoded as: a model, `dict[str, Any]` or another JSON
                type, `str` (text), `bytes`, `type(None)` (no body) or `httpx.Response`.
            query: Query parameters; NOT_GIVEN values are left out.
            headers: Headers to send in addition to (and over) the client's.
            timeout: Overrides the client's timeout for this call, in seconds.
            deadline: Overrides the client's deadline for this call (None: no deadline).
        """
        return self.request(
            self._undescribed("GET", path, cast_to),
            query=query,
            extra_headers=headers,
            timeout=timeout,
            deadline=deadline,
        )

    def post(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = NOT_GIVEN,
        query: Query | None = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> T:
        """POST to an endpoint the spec does not describe, as `get` does.

        Args:
            path: As for `get`.
            cast_to: As for `get`.
            body: The body, sent as JSON; NOT_GIVEN sends none.
            query: As for `get`.
            headers: As for `get`.
            timeout: As for `get`.
            deadline: As for `get`.
        """
        return self.request(
            self._undescribed("POST", path, cast_to),
            body=body,
            query=query,
            extra_headers=headers,
            timeout=timeout,
            deadline=deadline,
        )

    def put(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = NOT_GIVEN,
        query: Query | None = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> T:
        """PUT to an endpoint the spec does not describe, as `get` does.

        Args:
            path: As for `get`.
            cast_to: As for `get`.
            body: The body, sent as JSON; NOT_GIVEN sends none.
            query: As for `get`.
            headers: As for `get`.
            timeout: As for `get`.
            deadline: As for `get`.
        """
        return self.request(
            self._undescribed("PUT", path, cast_to),
            body=body,
            query=query,
            extra_headers=headers,
            timeout=timeout,
            deadline=deadline,
        )

    def patch(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = NOT_GIVEN,
        query: Query | None = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> T:
        """PATCH to an endpoint the spec does not describe, as `get` does.

        Args:
            path: As for `get`.
            cast_to: As for `get`.
            body: The body, sent as JSON; NOT_GIVEN sends none.
            query: As for `get`.
            headers: As for `get`.
            timeout: As for `get`.
            deadline: As for `get`.
        """
        return self.request(
            self._undescribed("PATCH", path, cast_to),
            body=body,
            query=query,
            extra_headers=headers,
            timeout=timeout,
            deadline=deadline,
        )

    def delete(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = NOT_GIVEN,
        query: Query | None = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> T:
        """DELETE to an endpoint the spec does not describe, as `get` does.

        Args:
            path: As for `get`.
            cast_to: As for `get`.
            body: The body, sent as JSON; NOT_GIVEN sends none.
            query: As for `get`.
            headers: As for `get`.
            timeout: As for `get`.
            deadline: As for `get`.
        """
        return self.request(
            self._undescribed("DELETE", path, cast_to),
            body=body,
            query=query,
            extra_headers=headers,
            timeout=timeout,
            deadline=deadline,
        )

    def close(self) -> None:
        """Close the HTTP connections, unless the `http_client` was passed in (its owner closes it)."""
        if self._owns_http_client:
            self._http_client.close()

    def __enter__(self: _S) -> _S:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


_S = TypeVar("_S", bound=SyncAPIClient)


class AsyncAPIClient(BaseClient):
    """The base of a generated async client: sends requests with an `httpx.AsyncClient`."""

    def __init__(
        self,
        *,
        base_url: str | httpx.URL,
        credentials: Mapping[str, Credential] | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        user_agent: str | None = None,
        deadline: float | None = None,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        auth: httpx.Auth | None = None,
        log_env_var: str | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            credentials=credentials,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            user_agent=user_agent,
            deadline=deadline,
            max_response_size=max_response_size,
            auth=auth,
            log_env_var=log_env_var,
        )
        self._owns_http_client = http_client is None
        self._http_client = (
            httpx.AsyncClient(timeout=self._timeout) if http_client is None else http_client
        )

    async def request(
        self,
        endpoint: Endpoint[T],
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        body: object = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> T:
        """Call `endpoint`, retrying failures worth retrying, and return the decoded 2xx body.

        Raises as `SyncAPIClient.request` does.

        Args:
            endpoint: The operation to call.
            path_params: Path parameter values by their name in the path template.
            query: Query parameter values by wire name; NOT_GIVEN values are left out.
            headers: Header parameter values by wire name; NOT_GIVEN values are left out.
            cookies: Cookie parameter values by wire name; NOT_GIVEN values are left out.
            body: The request body, or NOT_GIVEN for none.
            extra_headers: Headers to send in addition to (and over) the others.
            extra_query: Query parameters to add to the URL.
            extra_body: Fields to merge into an object body.
            timeout: Overrides the client's timeout for this call, in seconds.
            deadline: Overrides the client's deadline for this call: seconds the whole call
                may take, retries and reading the body included (None: no deadline).
        """
        request = self._build_request(
            self._http_client,
            endpoint,
            path_params=path_params,
            query=query,
            headers=headers,
            cookies=cookies,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        call = self._start_call(self._http_client, endpoint, request, deadline)
        retries_taken = 0
        while True:
            try:
                await self._authorize(call)
                response = await self._send(call)
            except httpx.TransportError as error:
                delay = self._retry_delay_after_error(call, error, retries_taken)
                if delay is None:
                    raise call.failure(error, request) from error
            else:
                if call.reauthorize(response):
                    continue
                delay = self._retry_delay_after_response(call, response, retries_taken)
                if delay is None:
                    return self._process_response(endpoint, response, call)
            await asyncio.sleep(delay)
            retries_taken += 1
            call.retrying(retries_taken)

    async def _authorize(self, call: _Call) -> None:
        """Put the call's OAuth2 token on its request, fetching one when none is kept."""
        if call.grant is None:
            return
        credential, scopes = call.grant
        async with credential.async_lock:
            token = credential.token(scopes, rejected=call.rejected_token)
            if token is None:
                fetch = credential.token_request(self._http_client, self._base_url, scopes)
                token = credential.keep(scopes, await self._http_client.send(fetch))
        call.authorize(token)

    async def _send(self, call: _Call) -> httpx.Response:
        """Send the call's request and read the response, following redirects as `http_client` would.

        A success whose body is the caller's to read (`_Call.unread`) comes back unread.
        """
        request = call.request
        while True:
            response = await self._http_client.send(
                call.attempt(request),
                stream=True,
                follow_redirects=False,
                auth=call.auth_for(request) or httpx.USE_CLIENT_DEFAULT,
            )
            unread = call.unread(response)
            if unread is not None:
                return unread
            try:
                if call.counts_arrival(response):
                    await response.aread()
                else:
                    async for chunk in response.aiter_bytes():
                        call.take(response, chunk)
            finally:
                await response.aclose()
            read = call.received(response)
            hop = call.redirect(response, read)
            if hop is None:
                return read
            request = hop

    def _copy(self: _A, **options: object) -> _A:
        """This client built again with `options` in place of its own arguments (NOT_GIVEN ones
        are not), sharing its HTTP connection pool unless `http_client` is one of them."""
        return self._rebuild(self._http_client, options)

    async def get(
        self,
        path: str,
        *,
        cast_to: type[T],
        query: Query | None = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> T:
        """GET an endpoint the spec does not describe, as `SyncAPIClient.get` does.

        Args:
            path: As for `SyncAPIClient.get`.
            cast_to: As for `SyncAPIClient.get`.
            query: As for `SyncAPIClient.get`.
            headers: As for `SyncAPIClient.get`.
            timeout: As for `SyncAPIClient.get`.
            deadline: As for `SyncAPIClient.get`.
        """
        return await self.request(
            self._undescribed("GET", path, cast_to),
            query=query,
            extra_headers=headers,
            timeout=timeout,
            deadline=deadline,
        )

    async def post(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = NOT_GIVEN,
        query: Query | None = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> T:
        """POST an endpoint the spec does not describe, as `SyncAPIClient.post` does.

        Args:
            path: As for `SyncAPIClient.post`.
            cast_to: As for `SyncAPIClient.post`.
            body: As for `SyncAPIClient.post`.
            query: As for `SyncAPIClient.post`.
            headers: As for `SyncAPIClient.post`.
            timeout: As for `SyncAPIClient.post`.
            deadline: As for `SyncAPIClient.post`.
        """
        return await self.request(
            self._undescribed("POST", path, cast_to),
            body=body,
            query=query,
            extra_headers=headers,
            timeout=timeout,
            deadline=deadline,
        )

    async def put(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = NOT_GIVEN,
        query: Query | None = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> T:
        """PUT an endpoint the spec does not describe, as `SyncAPIClient.put` does.

        Args:
            path: As for `SyncAPIClient.put`.
            cast_to: As for `SyncAPIClient.put`.
            body: As for `SyncAPIClient.put`.
            query: As for `SyncAPIClient.put`.
            headers: As for `SyncAPIClient.put`.
            timeout: As for `SyncAPIClient.put`.
            deadline: As for `SyncAPIClient.put`.
        """
        return await self.request(
            self._undescribed("PUT", path, cast_to),
            body=body,
            query=query,
            extra_headers=headers,
            timeout=timeout,
            deadline=deadline,
        )

    async def patch(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = NOT_GIVEN,
        query: Query | None = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> T:
        """PATCH an endpoint the spec does not describe, as `SyncAPIClient.patch` does.

        Args:
            path: As for `SyncAPIClient.patch`.
            cast_to: As for `SyncAPIClient.patch`.
            body: As for `SyncAPIClient.patch`.
            query: As for `SyncAPIClient.patch`.
            headers: As for `SyncAPIClient.patch`.
            timeout: As for `SyncAPIClient.patch`.
            deadline: As for `SyncAPIClient.patch`.
        """
        return await self.request(
            self._undescribed("PATCH", path, cast_to),
            body=body,
            query=query,
            extra_headers=headers,
            timeout=timeout,
            deadline=deadline,
        )

    async def delete(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = NOT_GIVEN,
        query: Query | None = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> T:
        """DELETE an endpoint the spec does not describe, as `SyncAPIClient.delete` does.

        Args:
            path: As for `SyncAPIClient.delete`.
            cast_to: As for `SyncAPIClient.delete`.
            body: As for `SyncAPIClient.delete`.
            query: As for `SyncAPIClient.delete`.
            headers: As for `SyncAPIClient.delete`.
            timeout: As for `SyncAPIClient.delete`.
            deadline: As for `SyncAPIClient.delete`.
        """
        return await self.request(
            self._undescribed("DELETE", path, cast_to),
            body=body,
            query=query,
            extra_headers=headers,
            timeout=timeout,
            deadline=deadline,
        )

    async def aclose(self) -> None:
        """Close the HTTP connections, unless the `http_client` was passed in (its owner closes it)."""
        if self._owns_http_client:
            await self._http_client.aclose()

    async def __aenter__(self: _A) -> _A:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()


_A = TypeVar("_A", bound=AsyncAPIClient)
