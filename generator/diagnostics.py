"""Problems found in the user's documents and configuration, reported instead of raised.

Exceptions are for clientgen's own bugs; everything a user can fix is a `Diagnostic` that
names the file, the JSON pointer inside it, what is wrong and how to fix it.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Diagnostic:
    severity: Severity
    file: str
    pointer: str
    message: str
    hint: str = ""

    def render(self) -> str:
        location = f"{self.file}#{self.pointer}" if self.pointer else self.file
        text = f"{location}: {self.severity.value}: {self.message}"
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text


def error(file: str, pointer: str, message: str, hint: str = "") -> Diagnostic:
    return Diagnostic(Severity.ERROR, file, pointer, message, hint)


def warning(file: str, pointer: str, message: str, hint: str = "") -> Diagnostic:
    return Diagnostic(Severity.WARNING, file, pointer, message, hint)


class DiagnosticError(Exception):
    """Raised by a phase that cannot go on; carries every problem it found."""

    def __init__(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics = tuple(diagnostics)
        super().__init__("\n".join(d.render() for d in self.diagnostics))


def escape_pointer_token(token: str) -> str:
    """Escape one reference token as RFC 6901 requires (`~` before `/`)."""
    if "~" not in token and "/" not in token:
        # Most tokens: a document's walks escape every key they pass.
        return token
    return token.replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(pointer: str, *tokens: str | int) -> str:
    for token in tokens:
        pointer += "/" + escape_pointer_token(str(token))
    return pointer


def split_pointer(pointer: str) -> list[str]:
    if not pointer:
        return []
    return [unescape_pointer_token(token) for token in pointer.lstrip("/").split("/")]
