"""The exceptions a client raises; every one is an `APIError`.

No message ever quotes a credential: status errors name the method and the URL path only
(query strings may carry API keys), and connection errors leave the details to the chained
`httpx` exception. Text from the server goes into a message only through `printable`, and
without the credentials the request sent (a server may quote back the key it refused).
"""

from __future__ import annotations

import json
import unicodedata
from typing import cast

import httpx

from ._redaction import without_secrets

# The base class first, then each family as the package exports it.
__all__ = [
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIStatusError",
    "APIResponseValidationError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "InvalidRequestError",
    "ResponseTooLargeError",
    "MissingCredentialError",
    "MissingBaseURLError",
    "status_error",
]


class APIError(Exception):
    """Base class of every error the client raises."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class APIConnectionError(APIError):
    """The request did not get a response: the connection failed or broke off."""

    request: httpx.Request | None

    def __init__(
        self, message: str = "Connection error.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request did not get a response in time."""

    def __init__(
        self, message: str = "Request timed out.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)


class APIStatusError(APIError):
    """The server answered with a status that is not a success (not 2xx).

    `body` is the error body parsed with the operation's schema for that status, or the
    decoded JSON where no schema fits, or the text; `None` when the body is empty.
    """

    status_code: int
    response: httpx.Response
    body: object

    def __init__(self, message: str, *, response: httpx.Response, body: object) -> None:
        super().__init__(message)
        self.status_code = response.status_code
        self.response = response
        self.body = body


class BadRequestError(APIStatusError):
    """The server answered 400 Bad Request."""


class AuthenticationError(APIStatusError):
    """The server answered 401 Unauthorized: the credential is missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """The server answered 403 Forbidden."""


class NotFoundError(APIStatusError):
    """The server answered 404 Not Found."""


class ConflictError(APIStatusError):
    """The server answered 409 Conflict."""


class UnprocessableEntityError(APIStatusError):
    """The server answered 422 Unprocessable Entity."""


class RateLimitError(APIStatusError):
    """The server answered 429 Too Many Requests."""


class InternalServerError(APIStatusError):
    """The server answered with a 5xx status."""


class APIResponseValidationError(APIError):
    """A success response whose body does not fit the operation's schema.

    `body` is the raw body (decoded JSON, else the text) so that nothing the server sent is lost.
    """

    response: httpx.Response
    body: object

    def __init__(self, message: str, *, response: httpx.Response, body: object) -> None:
        super().__init__(message)
        self.response = response
        self.body = body


class ResponseTooLargeError(APIError):
    """The response body is larger than the client's `max_response_size` once decompressed.

    It was not read to the end; `response` has its status and headers. It is never retried.
    """

    response: httpx.Response

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message)
        self.response = response


class MissingCredentialError(APIError):
    """A credential the client needs was neither passed nor set in the environment."""

    argument: str
    env_var: str

    def __init__(self, *, argument: str, env_var: str) -> None:
        super().__init__(
            f"Missing credential `{argument}`: pass `{argument}=` to the client"
            f" or set the `{env_var}` environment variable."
        )
        self.argument = argument
        self.env_var = env_var


class InvalidRequestError(APIError, ValueError):
    """The arguments make a request that HTTP cannot carry: it is not sent (or not finished).

    For instance a header name that is not an HTTP token, or a header value with a line break.
    Sending it again would fail the same way, so it is never retried; it is a `ValueError`
    too, because the fix is in the arguments (or the API's spec), not in the network.
    """


class MissingBaseURLError(APIError):
    """The client has no absolute URL to send requests to."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response, body: object) -> APIStatusError:
    """Build the `APIStatusError` subclass that matches the status of `response`."""
    status = response.status_code
    if status >= 500:
        error_class: type[APIStatusError] = InternalServerError
    else:
        error_class = _STATUS_ERRORS.get(status, APIStatusError)
    return error_class(_describe(response), response=response, body=body)


_MESSAGE_FIELDS = (
    "message",
    "error_message",
    "error_description",
    "detail",
    "error",
    "title",
    "errors",
    "msg",
)
"""Where error bodies put their message: `{"message": ...}`, `{"error": {"message": ...}}`,
`{"detail": [{"msg": ...}]}` (FastAPI), OAuth2's `error_description`, RFC 9457's `detail`."""

_LONGEST_MESSAGE = 300
"""The most characters of the server's message an error's message quotes."""


def _describe(response: httpx.Response) -> str:
    """Say which status came back for which call, and what the server said about it, without
    the query string or the headers."""
    status = f"{response.status_code} {printable(response.reason_phrase)}".strip()
    try:
        request = response.request
    except RuntimeError:  # a Response built by hand has no request
        return f"HTTP {status}"
    described = f"HTTP {status} from {request.method} {request.url.path}"
    said = _server_message(response)
    if said is None:
        return described
    said = without_secrets(said, request)
    if len(said) > _LONGEST_MESSAGE:
        said = said[: _LONGEST_MESSAGE - 3] + "..."
    return f"{described}: {printable(said)}"


def _server_message(response: httpx.Response) -> str | None:
    """The message of an error body: a JSON body's message field, a plain-text body's first line."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None
    content_type: str = response.headers.get("content-type", "")  # httpx types `get` as Any
    if content_type.split(";")[0].strip().lower() == "text/plain":
        return next((line.strip() for line in response.text.splitlines() if line.strip()), None)
    try:
        body: object = json.loads(content)
    except ValueError:
        return None  # HTML error pages and the like: their text is no message
    return _message_in(body, depth=3)


def _message_in(value: object, *, depth: int) -> str | None:
    """The first message in a decoded JSON value, looking at most `depth` levels down."""
    if isinstance(value, str):
        return value.strip() or None
    if depth == 0:
        return None
    if isinstance(value, list):
        items = cast("list[object]", value)  # JSON arrays hold JSON values
        return next(
            (found for item in items if (found := _message_in(item, depth=depth - 1))), None
        )
    if isinstance(value, dict):
        fields = cast("dict[str, object]", value)  # JSON object keys are strings
        for name in _MESSAGE_FIELDS:
            found = _message_in(fields.get(name), depth=depth - 1)
            if found:
                return found
    return None


def printable(text: str) -> str:
    """`text` with control and format characters escaped (`\\x1b`), to quote it in a message.

    A server's text could otherwise drive the terminal that shows the error (ANSI escapes),
    break a log line in two, or reorder what is shown (bidirectional overrides).
    """
    return "".join(
        (
            char.encode("unicode_escape").decode("ascii")
            if unicodedata.category(char).startswith("C")
            else char
        )
        for char in text
    )
