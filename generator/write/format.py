"""Black over the rendered Python files, where it would change them.

The templates and the IR spell code as black prints it (quotes, docstrings, blank lines,
imports and lists split as black splits them), so most top-level blocks are already in its
style; a cheap test finds the ones that may not be, and only those go through black, in
parallel and through a cache on disk so unchanged code is not formatted twice.
"""

from __future__ import annotations

import concurrent.futures
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass

import black
from black.mode import TargetVersion
from black.parsing import InvalidInput
from black.strings import str_width

from generator.write.cache import FormatCache

BLACK_MODE = black.Mode(target_versions={TargetVersion.PY310}, line_length=100)
# Below this many lines left to format, starting worker processes costs more than it saves.
_PARALLEL_THRESHOLD = 4000
_TOP_LEVEL_START = re.compile(r"\n(?=(class |def |async def |@)[^\n]*\n)")
# What black would change in code rendered in its style, or what we do not reproduce: tabs
# and other odd whitespace, trailing spaces, backslash continuations, and a bracket closed on
# its own line after anything but a (magic) trailing comma, which black would join up.
_UNSURE = re.compile(r"[\t\r\x0b\x0c]|[ \\]\n|(?<!,)\n *[)\]}]")


@dataclass(frozen=True)
class Formatted:
    files: dict[str, str]
    formatted_whole: tuple[str, ...]
    """The Python files black saw whole, because one of their blocks did not parse on its own."""


def format_files(files: Mapping[str, str]) -> dict[str, str]:
    """Python files through black; everything else as rendered, with one final newline.

    Black is most of a big client's generation time, so each module is cut into its
    top-level classes and functions, which black formats independently (joined by the two
    blank lines black puts between them), in parallel and through a cache on disk.
    """
    return format_in_blocks(files).files


def format_in_blocks(files: Mapping[str, str]) -> Formatted:
    """What `format_files` returns, and which files it had to give black whole."""
    chunks: dict[str, list[str]] = {}
    formatted: dict[str, str] = {}
    for path, text in sorted(files.items()):
        if path.endswith(".py") and text.strip():
            chunks[path] = split_blocks(text)
        else:
            formatted[path] = text.rstrip("\n") + "\n" if text.strip() else ""
    pieces = _format_pieces({piece for parts in chunks.values() for piece in parts})
    whole = []
    for path, parts in chunks.items():
        if all(part in pieces for part in parts):
            formatted[path] = "\n\n".join(pieces[part] for part in parts)
        else:
            # A cut that fell inside a string literal: black sees the module whole instead.
            formatted[path] = black.format_str(files[path], mode=BLACK_MODE)
            whole.append(path)
    return Formatted(dict(sorted(formatted.items())), tuple(whole))


def split_blocks(text: str) -> list[str]:
    """A module's top-level classes and functions, each with what precedes it up to the previous one.

    A decorated definition is one block with its decorators: no cut follows a decorator line.
    """
    blocks = []
    start = 0
    after_decorator = text.startswith("@")
    for match in _TOP_LEVEL_START.finditer(text):
        if not after_decorator:
            blocks.append(text[start : match.start()])
            start = match.end()
        after_decorator = match.group(1) == "@"
    blocks.append(text[start:])
    return blocks


def in_black_style(piece: str) -> bool:
    """Whether black would print this block as it is, but for the blank lines at its end.

    Conservative: a block it cannot vouch for goes through black. Only the code between
    triple-quoted strings is examined, because black changes nothing inside those (the
    `docstring` filter already applies black's docstring rules) and a long line there is not
    one it can split. The strings must start and end their lines, as the templates print
    them; anything else (a quote inside a string, a cut that fell inside one) goes to black.
    """
    parts = piece.split('"""')
    if len(parts) % 2 == 0:
        return False
    for start in range(1, len(parts), 2):
        before, after = parts[start - 1], parts[start + 1]
        if before.rpartition("\n")[2].strip(" ") or not (after.startswith("\n") or (start + 2 == len(parts) and not after)):
            return False
    code = parts[::2]
    if any(_UNSURE.search(part) for part in code):
        return False
    return all(
        len(line) <= BLACK_MODE.line_length and (line.isascii() or str_width(line) <= BLACK_MODE.line_length)
        for part in code
        for line in part.splitlines()
    )


def _format_pieces(pieces: set[str]) -> dict[str, str]:
    done: dict[str, str | None] = {piece: piece.rstrip("\n") + "\n" for piece in pieces if in_black_style(piece)}
    cache = FormatCache.default(BLACK_MODE)
    done.update({piece: cache.get(piece) for piece in pieces if piece not in done})
    missing = sorted(piece for piece, result in done.items() if result is None)
    if sum(piece.count("\n") for piece in missing) > _PARALLEL_THRESHOLD and (os.cpu_count() or 1) > 1:
        with concurrent.futures.ProcessPoolExecutor() as pool:
            results = list(pool.map(_black, missing, chunksize=max(1, len(missing) // 32)))
    else:
        results = [_black(piece) for piece in missing]
    for piece, result in zip(missing, results):
        if result is not None:
            cache.put(piece, result)
        done[piece] = result
    if missing:
        cache.evict_oldest()
    return {piece: result for piece, result in done.items() if result is not None}


def _black(source: str) -> str | None:
    try:
        return black.format_str(source, mode=BLACK_MODE)
    except InvalidInput:
        return None


def black_would_change(files: Mapping[str, str]) -> list[str]:
    """The Python files black (this version and mode, run on the whole file) would change.

    None of what `format_files` returns: the tests and `benchmarks/black_stable.py` check so.
    """
    return [path for path, text in sorted(files.items()) if path.endswith(".py") and text.strip() and _black(text) != text]
