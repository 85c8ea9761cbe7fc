"""OAuth2 Fixture: a typed Python client.

`OAuth2Client` is the synchronous client and `AsyncOAuth2Client` the asynchronous one.
"""

from ._client import AsyncOAuth2Client, OAuth2Client
from ._raw_response import RawResponse
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    InvalidRequestError,
    MissingBaseURLError,
    MissingCredentialError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    UnprocessableEntityError,
)

__all__ = [
    "OAuth2Client",
    "AsyncOAuth2Client",
    "RawResponse",
    "NOT_GIVEN",
    "NotGiven",
    "__version__",
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
]
