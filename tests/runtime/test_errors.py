"""Error classes, their mapping from statuses, and their messages."""

from __future__ import annotations

import httpx
import pytest
from runtime_under_test import errors
from runtime_under_test.errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    MissingBaseURLError,
    MissingCredentialError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    status_error,
)

SECRET = "sk-very-secret-value"


def _response(
    status: int, *, url: str = "https://api.example.com/v1/chats/1", json: object = None
) -> httpx.Response:
    request = httpx.Request("POST", url, headers={"Authorization": f"Bearer {SECRET}"})
    return httpx.Response(status, request=request, json=json)


# The contract (docs/seed-clients.md) names one class per status.
@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (599, InternalServerError),
    ],
)
def test_each_status_maps_to_its_class(status: int, expected: type[APIStatusError]) -> None:
    error = status_error(_response(status), body=None)
    assert type(error) is expected
    assert isinstance(error, APIStatusError)
    assert error.status_code == status


@pytest.mark.parametrize("status", [302, 402, 405, 418, 451])
def test_other_statuses_get_the_base_status_error(status: int) -> None:
    assert type(status_error(_response(status), body=None)) is APIStatusError


def test_status_error_carries_response_and_body() -> None:
    response = _response(404, json={"error_message": "no such chat"})
    body = {"error_message": "no such chat"}
    error = status_error(response, body)
    assert error.response is response
    assert error.body is body


def test_hierarchy_lets_callers_catch_broadly() -> None:
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(APIConnectionError, APIError)
    assert issubclass(APIStatusError, APIError)
    assert issubclass(APIResponseValidationError, APIError)
    assert issubclass(MissingCredentialError, APIError)
    assert issubclass(MissingBaseURLError, APIError)
    assert not issubclass(APIStatusError, APIConnectionError)


def test_every_public_error_is_exported() -> None:
    exported = {getattr(errors, name) for name in errors.__all__}
    defined = {
        value
        for value in vars(errors).values()
        if isinstance(value, type)
        and issubclass(value, APIError)
        and value.__module__ == errors.__name__
    }
    assert defined <= exported


def test_status_message_names_the_call_but_never_the_credentials() -> None:
    response = _response(401, url=f"https://api.example.com/v1/chats?api_key={SECRET}")
    message = str(status_error(response, body={"echo": SECRET}))
    assert "401" in message
    assert "POST" in message and "/v1/chats" in message
    assert SECRET not in message


def test_status_error_from_a_response_without_request_still_has_a_message() -> None:
    error = status_error(httpx.Response(500), body=None)
    assert "500" in str(error)


def test_missing_credential_message_says_how_to_fix_it() -> None:
    error = MissingCredentialError(argument="api_key", env_var="POLYAI_API_KEY")
    message = str(error)
    assert "api_key=" in message
    assert "POLYAI_API_KEY" in message
    assert (error.argument, error.env_var) == ("api_key", "POLYAI_API_KEY")


def test_connection_errors_have_defaults_and_keep_the_request() -> None:
    request = httpx.Request("GET", "https://api.example.com/")
    assert (
        str(APIConnectionError(request=request))
        and APIConnectionError(request=request).request is request
    )
    assert "timed out" in str(APITimeoutError()).lower()
