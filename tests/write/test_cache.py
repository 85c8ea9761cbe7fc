"""The format cache stays within its size limit and keeps what was used last."""

from __future__ import annotations

import os
from pathlib import Path

from generator.write.cache import FormatCache


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
