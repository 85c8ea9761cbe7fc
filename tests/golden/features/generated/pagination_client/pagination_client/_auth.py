"""Credentials: where each one is found (argument or environment) and how it goes on a request."""

from __future__ import annotations

import base64
import os
from abc import ABC, abstractmethod
from typing import Generic, Literal, NamedTuple, NoReturn, TypeAlias, TypeVar

from .errors import MissingCredentialError

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
