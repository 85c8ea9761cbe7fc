"""The client's operations, one module per group."""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .async_jobs import AsyncAsyncJobsResource, AsyncJobsResource
    from .endpoint import AsyncEndpointResource, EndpointResource
    from .environment import AsyncEnvironmentResource, EnvironmentResource
    from .hostile_names_client import AsyncHostileNamesClientResource, HostileNamesClientResource
    from .jobs import AsyncJobs, Jobs
    from .jobs_with_raw_response import (
        AsyncJobsWithRawResponseResource,
        JobsWithRawResponseResource,
    )
    from .literal import AsyncLiteralResource, LiteralResource
    from .mapping import AsyncMappingResource, MappingResource

__all__ = [
    "AsyncJobsResource",
    "AsyncAsyncJobsResource",
    "EndpointResource",
    "AsyncEndpointResource",
    "EnvironmentResource",
    "AsyncEnvironmentResource",
    "HostileNamesClientResource",
    "AsyncHostileNamesClientResource",
    "Jobs",
    "AsyncJobs",
    "JobsWithRawResponseResource",
    "AsyncJobsWithRawResponseResource",
    "LiteralResource",
    "AsyncLiteralResource",
    "MappingResource",
    "AsyncMappingResource",
]

# Where each export is defined. The modules are imported on first use, not with the package,
# so that a program pays only for the parts of a large client it uses.
_MODULE_OF: dict[str, str] = {
    "AsyncJobsResource": ".async_jobs",
    "AsyncAsyncJobsResource": ".async_jobs",
    "EndpointResource": ".endpoint",
    "AsyncEndpointResource": ".endpoint",
    "EnvironmentResource": ".environment",
    "AsyncEnvironmentResource": ".environment",
    "HostileNamesClientResource": ".hostile_names_client",
    "AsyncHostileNamesClientResource": ".hostile_names_client",
    "Jobs": ".jobs",
    "AsyncJobs": ".jobs",
    "JobsWithRawResponseResource": ".jobs_with_raw_response",
    "AsyncJobsWithRawResponseResource": ".jobs_with_raw_response",
    "LiteralResource": ".literal",
    "AsyncLiteralResource": ".literal",
    "MappingResource": ".mapping",
    "AsyncMappingResource": ".mapping",
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
