"""Pagination: a typed Python client.

`PaginationClient` is the synchronous client and `AsyncPaginationClient` the asynchronous one.
"""

from ._client import AsyncPaginationClient, PaginationClient
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
    "PaginationClient",
    "AsyncPaginationClient",
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
