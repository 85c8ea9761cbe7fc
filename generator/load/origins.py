"""Where each part of the merged document came from: a file and a JSON pointer inside it."""

from __future__ import annotations


class Origins:
    """Maps JSON pointers of the merged document to (file, pointer in that file).

    An entry covers its whole subtree; `locate` uses the longest recorded prefix, so only the
    roots of what each file contributed are recorded (a path item, an operation, a component,
    a bundled schema, an inlined object).
    """

    def __init__(self, root_file: str) -> None:
        self._entries: dict[str, tuple[str, str]] = {"": (root_file, "")}

    def record(self, pointer: str, file: str, file_pointer: str) -> None:
        self._entries[pointer] = (file, file_pointer)

    def locate(self, pointer: str) -> tuple[str, str]:
        """The file a pointer of the merged document came from and the pointer inside that file."""
        prefix = pointer
        while True:
            entry = self._entries.get(prefix)
            if entry is not None:
                return entry[0], entry[1] + pointer[len(prefix) :]
            if not prefix:
                raise AssertionError("the root entry is always recorded")
            cut = prefix.rfind("/")
            prefix = prefix[:cut] if cut > 0 else ""
