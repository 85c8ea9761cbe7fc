"""Types shared by the generated operations and the runtime: the NOT_GIVEN sentinel and aliases."""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, Final, Literal, TypeAlias

import httpx


class NotGiven:
    """The type of `NOT_GIVEN`: marks an argument the caller left out.

    `None` cannot play this part because `None` is a value the caller may send (JSON `null`).
    """

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
"""The default of every optional argument: whatever is NOT_GIVEN is left out of the request."""

Headers: TypeAlias = Mapping[str, str]
"""Extra HTTP headers for one call."""

Query: TypeAlias = Mapping[str, object]
"""Extra query parameters for one call."""

Body: TypeAlias = Mapping[str, object]
"""Extra fields for one call's JSON or form body."""

FileContent: TypeAlias = bytes | IO[bytes]
"""The bytes of an upload, in memory or as an open binary file."""

FileTypes: TypeAlias = (
    FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]
)
"""An upload: its content, or (filename, content) or (filename, content, content type)."""

TimeoutTypes: TypeAlias = float | httpx.Timeout | None
"""Seconds (or an `httpx.Timeout`) allowed for a request; `None` waits for ever."""
