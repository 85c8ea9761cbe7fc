"""The format cache stays within its size limit, keeps what was used last, and is trimmed
only after it grew."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.write.cache import FormatCache
from generator.write.format import format_files


def test_the_entries_used_least_recently_are_evicted_past_the_limit(tmp_path: Path) -> None:
    cache = FormatCache(tmp_path, limit_bytes=3000)
    sources = [f"x = {index}\n" for index in range(10)]
    for index, source in enumerate(sources):
        cache.put(source, 100, source * 100)  # about 600 bytes each
        for entry in tmp_path.glob("*/*"):
            if entry.read_text() == source * 100:
                os.utime(entry, (1_000_000 + index, 1_000_000 + index))
    assert cache.get(sources[0], 100) is not None, (
        "reading an entry makes it the most recently used"
    )
    cache.evict_oldest()
    total = sum(entry.stat().st_size for entry in tmp_path.glob("*/*"))
    assert total <= 3000
    assert cache.get(sources[0], 100) == sources[0] * 100
    assert cache.get(sources[9], 100) == sources[9] * 100
    assert cache.get(sources[1], 100) is None


def test_no_folder_means_no_cache(tmp_path: Path) -> None:
    cache = FormatCache(None)
    cache.put("x = 1\n", 100, "x = 1\n")
    cache.evict_oldest()
    assert cache.get("x = 1\n", 100) is None


def test_formatting_trims_the_cache_only_when_it_grew(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CLIENTGEN_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    trims: list[FormatCache] = []

    def trim(cache: FormatCache) -> None:
        trims.append(cache)

    monkeypatch.setattr(FormatCache, "evict_oldest", trim)
    long_condition = "x = " + " and ".join(f"condition_{index}" for index in range(12)) + "\n"
    module = {"m.py": long_condition}
    formatted = format_files(module)
    assert formatted != module, "too long for one line: black wraps it"
    assert len(trims) == 1
    assert format_files(module) == formatted
    assert len(trims) == 1, "black's output came from the cache: nothing to trim"
