"""A hand-written stand-in for a generated package (the PolyAI design sample), used by the runtime tests."""

from ._client import AsyncPolyAI, PolyAI
from .errors import APIError, APIStatusError, AuthenticationError, NotFoundError

__all__ = [
    "APIError",
    "APIStatusError",
    "AsyncPolyAI",
    "AuthenticationError",
    "NotFoundError",
    "PolyAI",
]
