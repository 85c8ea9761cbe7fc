"""Black over the rendered Python files, through a cache on disk so unchanged code is not formatted twice."""

from __future__ import annotations

import concurrent.futures
import os
import re
from collections.abc import Mapping

import black
from black.mode import TargetVersion
from black.parsing import InvalidInput

from generator.write.cache import FormatCache

_BLACK_MODE = black.Mode(target_versions={TargetVersion.PY310}, line_length=100)
# Below this many lines left to format, starting worker processes costs more than it saves.
_PARALLEL_THRESHOLD = 4000
_TOP_LEVEL_BLOCK = re.compile(r"\n(?=(?:class |def |async def |@)[^\n]*\n)")


def format_files(files: Mapping[str, str]) -> dict[str, str]:
    """Python files through black; everything else as rendered, with one final newline.

    Black is most of a big client's generation time, so each module is cut into its
    top-level classes and functions, which black formats independently (joined by the two
    blank lines black puts between them), in parallel and through a cache on disk.
    """
    chunks: dict[str, list[str]] = {}
    formatted: dict[str, str] = {}
    for path, text in sorted(files.items()):
        if path.endswith(".py") and text.strip():
            chunks[path] = _TOP_LEVEL_BLOCK.split(text)
        else:
            formatted[path] = text.rstrip("\n") + "\n" if text.strip() else ""
    pieces = _format_pieces({piece for parts in chunks.values() for piece in parts})
    for path, parts in chunks.items():
        if all(part in pieces for part in parts):
            formatted[path] = "\n\n".join(pieces[part] for part in parts)
        else:
            # A cut that fell inside a string literal: black sees the module whole instead.
            formatted[path] = black.format_str(files[path], mode=_BLACK_MODE)
    return dict(sorted(formatted.items()))


def _format_pieces(pieces: set[str]) -> dict[str, str]:
    cache = FormatCache.default(_BLACK_MODE)
    done = {piece: cache.get(piece) for piece in pieces}
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
        return black.format_str(source, mode=_BLACK_MODE)
    except InvalidInput:
        return None
