"""Black over the rendered Python files, where it would change them.

The templates and the IR spell code as black prints it (quotes, docstrings, blank lines,
imports and lists split as black splits them), so most top-level blocks are already in its
style; a cheap test finds the ones that may not be. Of those, black formats only the
statements that may need it (a line too long to keep), each alone (`statements`), when the
block's blank lines are black's (`blank_lines`); else the whole block. Either way in
parallel, and through a cache on disk so unchanged code is not formatted twice. The long
statements of the few shapes the templates print most are split without black (`splits`).
"""

from __future__ import annotations

import concurrent.futures
import os
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace

import black
from black.mode import TargetVersion
from black.parsing import InvalidInput

from generator.progress import SILENT, Progress
from generator.write.blank_lines import blank_lines_as_black_prints
from generator.write.cache import FormatCache
from generator.write.splits import black_split, black_split_exploded_call, black_split_signature
from generator.write.statements import LINE_LENGTH, Job, Statement, statements

BLACK_MODE = black.Mode(target_versions={TargetVersion.PY310}, line_length=LINE_LENGTH)
# Below this many lines left to format, starting worker processes costs more than it saves.
_PARALLEL_THRESHOLD = 4000
_TOP_LEVEL_START = re.compile(r"\n(?=(class |def |async def |@)[^\n]*\n)")


@dataclass(frozen=True)
class Formatted:
    files: dict[str, str]
    formatted_whole: tuple[str, ...]
    """The Python files black saw whole, because one of their blocks did not parse on its own."""
    cache_grown: bool
    """Whether black's output for them added to the cache, which may now be over its limit."""


def format_files(
    files: Mapping[str, str], progress: Progress = SILENT, *, parallel: bool = True
) -> dict[str, str]:
    """Python files through black; everything else as rendered, with one final newline.

    Black is most of a big client's generation time, so each module is cut into its
    top-level classes and functions, which black formats independently (joined by the two
    blank lines black puts between them), through a cache on disk, and in worker processes
    when there is much to do unless `parallel` is False (in a worker already). The cache is
    trimmed to its limit after it grew.
    """
    return format_in_blocks(files, progress, parallel=parallel).files


def format_in_blocks(
    files: Mapping[str, str],
    progress: Progress = SILENT,
    *,
    parallel: bool = True,
    trim_cache: bool = True,
) -> Formatted:
    """What `format_files` returns, which files it had to give black whole, and whether the
    cache grew; it is trimmed then unless `trim_cache` is False: a caller that formats a
    client in shares trims it once after them all (`trim_format_cache`), not once a share."""
    cache = FormatCache.default(BLACK_MODE)
    formatted: dict[str, str] = {}
    modules: dict[str, str] = {}
    for path, text in files.items():
        if path.endswith(".py") and text.strip():
            modules[path] = text
        else:
            formatted[path] = text.rstrip("\n") + "\n" if text.strip() else ""
    # The modules are cut into blocks twice, not cut once and kept: only the blocks that are not
    # in black's style are held while black works, not a second copy of every file.
    restyled = _format_pieces(modules.values(), cache, progress, parallel)
    whole = []
    for path, text in modules.items():
        module = _joined_blocks(text, restyled)
        if module is None:
            # A cut that fell inside a string literal: black sees the module whole instead.
            module = black.format_str(text, mode=BLACK_MODE)
            whole.append(path)
        # A module black leaves as it is (four in ten on GitHub's spec) is the rendered string
        # itself, not a copy of it.
        formatted[path] = text if module == text else module
    if trim_cache and cache.grown:
        cache.evict_oldest()
    return Formatted(dict(sorted(formatted.items())), tuple(sorted(whole)), cache.grown)


def _joined_blocks(text: str, restyled: Mapping[str, str | None]) -> str | None:
    """A module as black prints it, block by block (joined by the two blank lines black puts
    between them); None when black refused one of its blocks."""
    parts = []
    for part in split_blocks(text):
        if part not in restyled:
            parts.append(part.rstrip("\n") + "\n")
        elif (result := restyled[part]) is not None:
            parts.append(result)
        else:
            return None
    return "\n\n".join(parts)


def split_blocks(text: str) -> list[str]:
    """A module's top-level classes and functions, each with what precedes it since the last one.

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

    Conservative: a block it cannot vouch for goes through black (`statements`, `blank_lines`).
    """
    cut = statements(piece)
    return cut is not None and _in_black_style(cut)


def _in_black_style(cut: list[Statement]) -> bool:
    return all(statement.in_black_style for statement in cut) and blank_lines_as_black_prints(cut)


def _format_pieces(
    modules: Collection[str], cache: FormatCache, progress: Progress, parallel: bool
) -> dict[str, str | None]:
    """Each block of the modules not in black's style already as black prints it, None for a
    block black refuses; the blocks in its style are left out.

    Of such a block, only the statements that are not go through black, each on its own,
    unless one of them cannot go alone or `statements` cannot cut the block; of those, the
    ones of a shape `black_split` knows are split without black.
    """
    plans: dict[str, list[Statement]] = {}
    whole: dict[str, Job] = {}
    progress.steps(len(modules), "modules checked")
    for module in modules:
        for piece in split_blocks(module):
            if piece in plans or piece in whole:
                continue
            cut = statements(piece)
            if cut is not None and _in_black_style(cut):
                continue
            if cut is not None and _cut_alone(cut):
                plans[piece] = cut
            else:
                whole[piece] = (piece, BLACK_MODE.line_length)
        progress.advance()
    split = {
        statement.text: lines
        for cut in plans.values()
        for statement in cut
        if not statement.in_black_style and (lines := _split(statement.text)) is not None
    }
    jobs = {
        job
        for cut in plans.values()
        for statement in cut
        if not statement.in_black_style and statement.text not in split and (job := statement.job)
    }
    results = _run_black(jobs | set(whole.values()), cache, progress, parallel)
    done: dict[str, str | None] = {}
    for piece, cut in plans.items():
        texts = [split.get(statement.text) or _placed(statement, results) for statement in cut]
        if all(text is not None for text in texts):
            done[piece] = "\n".join(text for text in texts if text is not None).rstrip("\n") + "\n"
        else:  # a statement black cannot parse alone: it sees the block whole
            whole[piece] = (piece, BLACK_MODE.line_length)
    left = {job for job in whole.values() if job not in results}
    results.update(_run_black(left, cache, progress, parallel))
    done.update({piece: results[job] for piece, job in whole.items()})
    return done


def _split(statement: str) -> str | None:
    """Black's lines for a statement of a shape `splits` knows, without black."""
    if "\n" in statement:
        return black_split_signature(statement) or black_split_exploded_call(statement)
    return black_split(statement)


def _cut_alone(cut: list[Statement]) -> bool:
    """Whether the statements not in black's style may each go alone: each can, and the blank
    lines between them are black's already."""
    return all(
        statement.in_black_style or statement.job for statement in cut
    ) and blank_lines_as_black_prints(cut)


def _placed(statement: Statement, results: Mapping[Job, str | None]) -> str | None:
    if statement.in_black_style:
        return statement.text
    return statement.placed(results[statement.job]) if statement.job is not None else None


def _run_black(
    jobs: set[Job], cache: FormatCache, progress: Progress, parallel: bool
) -> dict[Job, str | None]:
    """Black's output for each job (None where it refuses the code), through the cache, in
    parallel when there is much to do and `parallel` allows."""
    results = {job: cache.get(*job) for job in jobs}
    missing = sorted(job for job, result in results.items() if result is None)
    if missing:
        progress.steps(len(missing), "pieces through black")
    if (
        parallel
        and sum(source.count("\n") for source, _ in missing) > _PARALLEL_THRESHOLD
        and (os.cpu_count() or 1) > 1
    ):
        with concurrent.futures.ProcessPoolExecutor() as pool:
            formatted = _counted(
                pool.map(_black, missing, chunksize=max(1, len(missing) // 32)), progress
            )
    else:
        formatted = _counted(map(_black, missing), progress)
    for (source, line_length), result in zip(missing, formatted, strict=True):
        if result is not None:
            cache.put(source, line_length, result)
        results[source, line_length] = result
    return results


def trim_format_cache() -> None:
    """Trim black's cache to its limit: once after a client formatted in shares."""
    FormatCache.default(BLACK_MODE).evict_oldest()


def _counted(results: Iterable[str | None], progress: Progress) -> list[str | None]:
    """Black's results, each counted as it comes."""
    done = []
    for result in results:
        done.append(result)
        progress.advance()
    return done


def _black(job: Job) -> str | None:
    source, line_length = job
    try:
        return black.format_str(source, mode=replace(BLACK_MODE, line_length=line_length))
    except InvalidInput:
        return None


def black_would_change(files: Mapping[str, str]) -> list[str]:
    """The Python files black (this version and mode, run on the whole file) would change.

    None of what `format_files` returns: the tests and `benchmarks/black_stable.py` check so.
    """
    return [
        path
        for path, text in sorted(files.items())
        if path.endswith(".py") and text.strip() and _black((text, BLACK_MODE.line_length)) != text
    ]
