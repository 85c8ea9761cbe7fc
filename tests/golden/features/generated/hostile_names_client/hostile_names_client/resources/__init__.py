"""The client's operations, one module per group."""

from .async_jobs import AsyncAsyncJobsResource, AsyncJobsResource
from .endpoint import AsyncEndpointResource, EndpointResource
from .environment import AsyncEnvironmentResource, EnvironmentResource
from .hostile_names_client import AsyncHostileNamesClientResource, HostileNamesClientResource
from .jobs import AsyncJobs, Jobs
from .jobs_with_raw_response import AsyncJobsWithRawResponseResource, JobsWithRawResponseResource
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
