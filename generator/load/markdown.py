"""Find the OpenAPI documents embedded in a documentation page as fenced code blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass

_FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
_YAML_ROOT_KEY = re.compile(r"^(?:openapi|swagger|['\"](?:openapi|swagger)['\"])\s*:", re.MULTILINE)
_JSON_ROOT_KEY = re.compile(r"\"(?:openapi|swagger)\"\s*:")


@dataclass(frozen=True)
class Block:
    """One fenced code block: its text and the 1-based line of the file where the text starts."""

    text: str
    first_line: int
    info: str

    @property
    def is_json(self) -> bool:
        return self.text.lstrip().startswith("{")


def fenced_blocks(page: str) -> list[Block]:
    """Every fenced code block of a Markdown page (CommonMark fences, ``` or ~~~)."""
    lines = page.splitlines()
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        if opening is None or (opening["fence"][0] == "`" and "`" in opening["info"]):
            index += 1
            continue
        fence, indent = opening["fence"], len(opening["indent"])
        closing = re.compile(rf"^ {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}\s*$")
        body: list[str] = []
        index += 1
        start = index
        while index < len(lines) and not closing.match(lines[index]):
            line = lines[index]
            strip = len(line) - len(line.lstrip(" "))
            body.append(line[min(indent, strip) :])
            index += 1
        blocks.append(Block("\n".join(body) + "\n", start + 1, opening["info"].strip()))
        index += 1
    return blocks


def looks_like_document(text: str) -> bool:
    """Whether text holds an OpenAPI (or Swagger) document at its top level."""
    if text.lstrip().startswith("{"):
        return _JSON_ROOT_KEY.search(text) is not None
    return _YAML_ROOT_KEY.search(text) is not None


def openapi_blocks(page: str) -> list[Block]:
    """The fenced blocks of a page that hold an OpenAPI document, in page order."""
    return [block for block in fenced_blocks(page) if looks_like_document(block.text)]
