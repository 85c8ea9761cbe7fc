"""The client's operations, one module per group."""

from .responses import AsyncResponses, Responses

__all__ = [
    "Responses",
    "AsyncResponses",
]
