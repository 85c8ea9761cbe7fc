"""Credential objects and where credentials are looked up."""

from __future__ import annotations

import base64

import pytest
from runtime_under_test._auth import (
    ApiKeyAuth,
    AuthParameter,
    BasicAuth,
    BearerAuth,
    Location,
    resolve_credential,
)
from runtime_under_test.errors import MissingCredentialError

SECRET = "s3cr3t-token"


def test_bearer_goes_in_the_authorization_header() -> None:
    assert BearerAuth(SECRET).parameter() == AuthParameter(
        "header", "Authorization", f"Bearer {SECRET}"
    )


def test_basic_auth_encodes_user_and_password_as_rfc_7617_says() -> None:
    parameter = BasicAuth("aladdin", "open sesame").parameter()
    assert parameter is not None
    scheme, encoded = parameter.value.split(" ")
    assert (parameter.location, parameter.name, scheme) == ("header", "Authorization", "Basic")
    assert base64.b64decode(encoded) == b"aladdin:open sesame"


def test_basic_auth_without_password_sends_an_empty_one() -> None:
    parameter = BasicAuth("key-as-user", None).parameter()
    assert parameter is not None
    assert base64.b64decode(parameter.value.split(" ")[1]) == b"key-as-user:"


LOCATIONS: list[Location] = ["header", "query", "cookie"]


@pytest.mark.parametrize("location", LOCATIONS)
def test_api_key_goes_where_the_scheme_says(location: Location) -> None:
    auth = ApiKeyAuth(SECRET, name="X-API-KEY", location=location)
    assert auth.parameter() == AuthParameter(location, "X-API-KEY", SECRET)


@pytest.mark.parametrize(
    "credential",
    [
        BearerAuth(None),
        BasicAuth(None, "pw"),
        ApiKeyAuth(None, name="X-API-KEY", location="header"),
    ],
    ids=repr,
)
def test_none_means_not_configured(credential: BearerAuth | BasicAuth | ApiKeyAuth) -> None:
    assert credential.parameter() is None
    assert "not configured" in repr(credential)


@pytest.mark.parametrize(
    "credential",
    [
        BearerAuth(SECRET),
        BasicAuth(SECRET, SECRET),
        ApiKeyAuth(SECRET, name="X-API-KEY", location="query"),
    ],
    ids=lambda credential: type(credential).__name__,
)
def test_repr_never_shows_the_secret(credential: BearerAuth | BasicAuth | ApiKeyAuth) -> None:
    assert SECRET not in repr(credential)
    assert SECRET not in str(credential)
    assert "hidden" in repr(credential)


def test_api_key_repr_still_says_where_it_goes() -> None:
    text = repr(ApiKeyAuth(SECRET, name="X-API-KEY", location="header"))
    assert "X-API-KEY" in text and "header" in text


def test_argument_wins_over_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACME_API_KEY", "from-env")
    assert (
        resolve_credential("from-arg", argument="api_key", env_var="ACME_API_KEY", required=True)
        == "from-arg"
    )


def test_environment_is_the_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACME_API_KEY", "from-env")
    assert (
        resolve_credential(None, argument="api_key", env_var="ACME_API_KEY", required=True)
        == "from-env"
    )


def test_missing_required_credential_names_argument_and_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("ACME_API_KEY", raising=False)
    with pytest.raises(MissingCredentialError) as caught:
        resolve_credential(None, argument="api_key", env_var="ACME_API_KEY", required=True)
    assert "api_key" in str(caught.value) and "ACME_API_KEY" in str(caught.value)


def test_empty_environment_variable_counts_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACME_API_KEY", "")
    with pytest.raises(MissingCredentialError):
        resolve_credential(None, argument="api_key", env_var="ACME_API_KEY", required=True)
    assert (
        resolve_credential(None, argument="api_key", env_var="ACME_API_KEY", required=False) is None
    )


def test_missing_optional_credential_is_not_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ACME_API_KEY", raising=False)
    assert (
        resolve_credential(None, argument="api_key", env_var="ACME_API_KEY", required=False) is None
    )
