"""The client's operations, one module per group."""

from .profiles import AsyncProfiles, Profiles
from .teams import AsyncTeams, Teams

__all__ = [
    "Profiles",
    "AsyncProfiles",
    "Teams",
    "AsyncTeams",
]
