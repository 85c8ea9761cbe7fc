"""The client's operations, one module per group."""

from .profiles import AsyncProfiles, Profiles

__all__ = [
    "Profiles",
    "AsyncProfiles",
]
