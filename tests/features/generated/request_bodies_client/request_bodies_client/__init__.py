"""Request Bodies Fixture: a typed Python client.

`RequestBodiesClient` is the synchronous client and `AsyncRequestBodiesClient` the asynchronous one.
"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import AsyncRequestBodiesClient, RequestBodiesClient
    from ._raw_response import RawResponse
    from ._streamed_response import AsyncStreamedResponse, StreamedResponse
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
    "RequestBodiesClient",
    "AsyncRequestBodiesClient",
    "RawResponse",
    "StreamedResponse",
    "AsyncStreamedResponse",
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

# Where each export is defined. The modules are imported on first use, not with the package,
# so that a program pays only for the parts of a large client it uses.
_MODULE_OF: dict[str, str] = {
    "RequestBodiesClient": "._client",
    "AsyncRequestBodiesClient": "._client",
    "RawResponse": "._raw_response",
    "StreamedResponse": "._streamed_response",
    "AsyncStreamedResponse": "._streamed_response",
    "NOT_GIVEN": "._types",
    "NotGiven": "._types",
    "__version__": "._version",
    "APIError": ".errors",
    "APIConnectionError": ".errors",
    "APITimeoutError": ".errors",
    "APIStatusError": ".errors",
    "APIResponseValidationError": ".errors",
    "BadRequestError": ".errors",
    "AuthenticationError": ".errors",
    "PermissionDeniedError": ".errors",
    "NotFoundError": ".errors",
    "ConflictError": ".errors",
    "UnprocessableEntityError": ".errors",
    "RateLimitError": ".errors",
    "InternalServerError": ".errors",
    "InvalidRequestError": ".errors",
    "ResponseTooLargeError": ".errors",
    "MissingCredentialError": ".errors",
    "MissingBaseURLError": ".errors",
}


def __getattr__(name: str) -> object:
    """Import the module that defines `name`, on first use of it (PEP 562)."""
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value: object = getattr(importlib.import_module(module, __name__), name)
    # Bound here, the next use of the name does not come back to this function.
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULE_OF})
