"""Where each part of the merged document came from: a file and a JSON pointer inside it."""

from __future__ import annotations


class Origins:
    """Maps JSON pointers of the merged document to (file, pointer in that file).

    An entry covers its whole subtree; `locate` uses the longest recorded prefix, so only the
    roots of what each file contributed are recorded (a path item, an operation, a component,
    a bundled schema, an inlined object).

    An entry may lead through another `Origins` (`via`): its pointer is then a pointer of a
    document that was itself made from files, such as a Swagger 2.0 document converted to
    OpenAPI 3, and is located again there.
    """

    def __init__(self, root_file: str, via: Origins | None = None) -> None:
        self._entries: dict[str, tuple[str, str, Origins | None]] = {"": (root_file, "", via)}

    def record(
        self, pointer: str, file: str, file_pointer: str, via: Origins | None = None
    ) -> None:
        self._entries[pointer] = (file, file_pointer, via)

    def locate(self, pointer: str) -> tuple[str, str]:
        """The file a pointer of the merged document came from and the pointer inside that file."""
        prefix = pointer
        while True:
            entry = self._entries.get(prefix)
            if entry is not None:
                file, file_pointer, via = entry
                located = file_pointer + pointer[len(prefix) :]
                return via.locate(located) if via is not None else (file, located)
            if not prefix:
                raise AssertionError("the root entry is always recorded")
            cut = prefix.rfind("/")
            prefix = prefix[:cut] if cut > 0 else ""
