"""Credentials: where each one is found (argument or environment) and how it goes on a request."""

from __future__ import annotations

import base64
import os
from abc import ABC, abstractmethod
from typing import Literal, NamedTuple, TypeAlias

from .errors import MissingCredentialError

Location: TypeAlias = Literal["header", "query", "cookie"]


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
        self._token = token

    def parameter(self) -> AuthParameter | None:
        if self._token is None:
            return None
        return AuthParameter("header", "Authorization", f"Bearer {self._token}")

    def __repr__(self) -> str:
        return f"BearerAuth({_shown(self._token)})"


class BasicAuth(Credential):
    """HTTP basic authentication; configured once `username` is set (a missing password is empty)."""

    def __init__(self, username: str | None, password: str | None) -> None:
        self._username = username
        self._password = password

    def parameter(self) -> AuthParameter | None:
        if self._username is None:
            return None
        pair = f"{self._username}:{self._password or ''}".encode()
        return AuthParameter(
            "header", "Authorization", f"Basic {base64.b64encode(pair).decode('ascii')}"
        )

    def __repr__(self) -> str:
        return f"BasicAuth({_shown(self._username)})"


class ApiKeyAuth(Credential):
    """An API key sent as the header, query parameter or cookie called `name`."""

    def __init__(self, value: str | None, *, name: str, location: Location) -> None:
        self._value = value
        self.name = name
        self.location: Location = location

    def parameter(self) -> AuthParameter | None:
        if self._value is None:
            return None
        return AuthParameter(self.location, self.name, self._value)

    def __repr__(self) -> str:
        return f"ApiKeyAuth({_shown(self._value)}, name={self.name!r}, location={self.location!r})"


def _shown(secret: str | None) -> str:
    """How a repr shows a secret: never its value."""
    return "<not configured>" if secret is None else "<hidden>"


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
