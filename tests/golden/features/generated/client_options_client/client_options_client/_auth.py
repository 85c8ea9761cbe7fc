"""Credentials: where each one is found (argument or environment) and how it goes on a request."""

from __future__ import annotations

import asyncio
import base64
import os
import threading
import time
from abc import ABC, abstractmethod
from typing import Generic, Literal, NamedTuple, NoReturn, TypeAlias, TypeVar, cast

import httpx

from ._responses import loose_body
from .errors import APIError, MissingCredentialError, status_error

Location: TypeAlias = Literal["header", "query", "cookie"]

T = TypeVar("T")


class Secret(Generic[T]):
    """A value kept out of sight: its repr is masked and it refuses to be pickled."""

    __slots__ = ("_value",)

    def __init__(self, value: T) -> None:
        self._value = value

    def reveal(self) -> T:
        """The value itself, for the one place that sends or passes it on."""
        return self._value

    def __repr__(self) -> str:
        return "Secret(<hidden>)"

    def __reduce__(self) -> NoReturn:
        raise TypeError("A Secret is not pickled: it would write the credential out in clear.")


class AuthParameter(NamedTuple):
    """One request parameter that carries a credential."""

    location: Location
    name: str
    value: str


class Credential(ABC):
    """A configured (or unconfigured) security scheme of the API."""

    @abstractmethod
    def parameter(self) -> AuthParameter | None:
        """The parameter to add to a request, or None when this credential is not configured."""

    def configured(self) -> bool:
        """Whether the credential was given, so that requests can authenticate with it."""
        return self.parameter() is not None


class BearerAuth(Credential):
    """HTTP bearer authentication: `Authorization: Bearer <token>`."""

    def __init__(self, token: str | None) -> None:
        self._token = Secret(token)

    def parameter(self) -> AuthParameter | None:
        token = self._token.reveal()
        if token is None:
            return None
        return AuthParameter("header", "Authorization", f"Bearer {token}")

    def __repr__(self) -> str:
        return f"BearerAuth({_shown(self._token)})"


class BasicAuth(Credential):
    """HTTP basic authentication; configured once `username` is set (a missing password is empty)."""

    def __init__(self, username: str | None, password: str | None) -> None:
        self._username = Secret(username)
        self._password = Secret(password)

    def parameter(self) -> AuthParameter | None:
        username = self._username.reveal()
        if username is None:
            return None
        pair = f"{username}:{self._password.reveal() or ''}".encode()
        return AuthParameter(
            "header", "Authorization", f"Basic {base64.b64encode(pair).decode('ascii')}"
        )

    def __repr__(self) -> str:
        return f"BasicAuth({_shown(self._username)})"


class ApiKeyAuth(Credential):
    """An API key sent as the header, query parameter or cookie called `name`."""

    def __init__(self, value: str | None, *, name: str, location: Location) -> None:
        self._value = Secret(value)
        self.name = name
        self.location: Location = location

    def parameter(self) -> AuthParameter | None:
        value = self._value.reveal()
        if value is None:
            return None
        return AuthParameter(self.location, self.name, value)

    def __repr__(self) -> str:
        return f"ApiKeyAuth({_shown(self._value)}, name={self.name!r}, location={self.location!r})"


TOKEN_REFRESH_MARGIN = 30.0
"""Seconds before a token expires that it is replaced, so that it does not expire in flight."""


class _Token(NamedTuple):
    value: str
    refresh_at: float | None
    """`time.monotonic()` from which the token is replaced; None: when the server rejects it."""


class OAuth2ClientCredentials(Credential):
    """OAuth2's client credentials grant (RFC 6749 section 4.4), sent as a bearer token.

    A token is fetched from `token_url` for each set of scopes the operations ask for, kept
    until `TOKEN_REFRESH_MARGIN` seconds before it expires (halfway, for short-lived tokens)
    and fetched again once when the API rejects it with a 401. `lock` (threads) and
    `async_lock` (tasks) let one caller fetch while the others wait for its token. The I/O
    is the client's: this class builds the token request and reads the answer.
    """

    def __init__(self, client_id: str | None, client_secret: str | None, *, token_url: str) -> None:
        self._client_id = Secret(client_id)
        self._client_secret = Secret(client_secret)
        self.token_url = token_url
        self._tokens: dict[frozenset[str], _Token] = {}
        self.lock = threading.Lock()
        self.async_lock = asyncio.Lock()

    def parameter(self) -> AuthParameter | None:
        # The header depends on the operation's scopes and on a fetched token: see `token`.
        return None

    def configured(self) -> bool:
        return self._client_id.reveal() is not None

    def token(self, scopes: tuple[str, ...], *, rejected: str | None = None) -> str | None:
        """The token kept for `scopes` while it is fresh and is not `rejected`; else None."""
        kept = self._tokens.get(frozenset(scopes))
        if kept is None or kept.value == rejected:
            return None
        if kept.refresh_at is not None and time.monotonic() >= kept.refresh_at:
            return None
        return kept.value

    def token_request(
        self,
        http_client: httpx.Client | httpx.AsyncClient,
        base_url: httpx.URL,
        scopes: tuple[str, ...],
    ) -> httpx.Request:
        """The request for a new token, the client authenticated with HTTP basic (RFC 6749 2.3.1)."""
        basic = BasicAuth(self._client_id.reveal(), self._client_secret.reveal()).parameter()
        form = {"grant_type": "client_credentials"}
        if scopes:
            form["scope"] = " ".join(sorted(scopes))
        headers = {"Accept": "application/json"}
        if basic is not None:
            headers[basic.name] = basic.value
        return http_client.build_request(
            "POST", base_url.join(self.token_url), data=form, headers=headers
        )

    def keep(self, scopes: tuple[str, ...], response: httpx.Response) -> str:
        """Keep the token in the token endpoint's `response` for `scopes` and return it.

        Raises the APIStatusError of its status when the server refused, and APIError when
        the answer holds no token.
        """
        body = loose_body(response)
        if not response.is_success:
            raise status_error(response, body)
        # JSON object keys are strings; the checkers know only that `body` is some dict.
        fields = cast("dict[str, object]", body) if isinstance(body, dict) else {}
        value, lifetime = fields.get("access_token"), fields.get("expires_in")
        if not isinstance(value, str) or not value:
            raise APIError(f"The token endpoint {self.token_url} answered without an access_token.")
        refresh_at = None
        if isinstance(lifetime, (int, float)) and not isinstance(lifetime, bool):
            refresh_at = time.monotonic() + max(lifetime - TOKEN_REFRESH_MARGIN, lifetime / 2)
        self._tokens[frozenset(scopes)] = _Token(value, refresh_at)
        return value

    def __repr__(self) -> str:
        return f"OAuth2ClientCredentials({_shown(self._client_id)}, token_url={self.token_url!r})"


def _shown(secret: Secret[str | None]) -> str:
    """How a repr shows a secret: never its value."""
    return "<not configured>" if secret.reveal() is None else "<hidden>"


def resolve_credential(
    value: str | None, *, argument: str, env_var: str, required: bool
) -> str | None:
    """Return the credential passed as `argument`, else the one in `env_var`.

    An empty environment variable counts as unset. When neither is set, raise
    `MissingCredentialError` if `required`, else return None (the scheme is not configured).
    """
    if value is not None:
        return value
    from_env = os.environ.get(env_var)
    if from_env:
        return from_env
    if required:
        raise MissingCredentialError(argument=argument, env_var=env_var)
    return None
