"""Progress of a generation: the phases report to a `Progress`, which shows it or not.

The phases take one and call it; what the user sees is the caller's choice: `SILENT` by
default, a `StatusLine` when `clientgen` runs on a terminal.
"""

from __future__ import annotations

import os
import threading
import time
from types import TracebackType
from typing import Protocol, TextIO

_REDRAW_SECONDS = 0.1
_BAR_WIDTH = 20
_NARROWEST_BAR = 5
_FALLBACK_COLUMNS = 80

# A status line is drawn from a thread of its own while black's worker processes are forked: a
# fork in the middle of a drawing would leave the child a stderr whose buffer is locked forever.
_DRAWING = threading.Lock()
if hasattr(os, "register_at_fork"):
    os.register_at_fork(
        before=_DRAWING.acquire,
        after_in_parent=_DRAWING.release,
        after_in_child=_DRAWING.release,
    )


class Progress(Protocol):
    def phase(self, name: str) -> None:
        """The next phase begins; its work is not counted until `steps`."""

    def steps(self, total: int, unit: str) -> None:
        """The current phase has `total` steps of `unit` (e.g. "files") to take, none taken yet."""

    def advance(self, steps: int = 1) -> None:
        """`steps` more steps of the current phase are done."""


class _Silent:
    def phase(self, name: str) -> None:
        pass

    def steps(self, total: int, unit: str) -> None:
        pass

    def advance(self, steps: int = 1) -> None:
        pass


SILENT: Progress = _Silent()


class StatusLine:
    """Progress as one line on a terminal, rewritten in place and erased at the end.

    Nothing shows until `delay` seconds after it is made, so a quick run prints nothing. A
    thread redraws the line every tenth of a second, so a phase that counts nothing (loading a
    document) still shows, with the seconds since the start.
    """

    def __init__(self, stream: TextIO, label: str, *, delay: float) -> None:
        self._stream = stream
        self._label = label
        self._delay = delay
        self._stopped = threading.Event()
        self._ticker = threading.Thread(target=self._tick, name="clientgen-progress", daemon=True)
        self._started = time.monotonic()
        self._phase = ""
        self._unit = ""
        self._total: int | None = None
        self._done = 0
        self._shown = ""
        """The line as it is on the terminal now."""

    def __enter__(self) -> StatusLine:
        self._ticker.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stopped.set()
        self._ticker.join()
        with _DRAWING:
            if self._shown:
                self._write("\r" + " " * len(self._shown) + "\r")

    def phase(self, name: str) -> None:
        with _DRAWING:
            self._phase, self._unit, self._total, self._done = name, "", None, 0
            self._draw()

    def steps(self, total: int, unit: str) -> None:
        with _DRAWING:
            self._unit, self._total, self._done = unit, total, 0
            self._draw()

    def advance(self, steps: int = 1) -> None:
        with _DRAWING:
            self._done += steps

    def _tick(self) -> None:
        while not self._stopped.wait(_REDRAW_SECONDS):
            with _DRAWING:
                self._draw()

    def _draw(self) -> None:
        elapsed = time.monotonic() - self._started
        if elapsed < self._delay or not self._phase:
            return
        # A line as wide as the terminal wraps, and `\r` would then rewrite only its last row.
        text = self._text(elapsed, self._columns() - 1)
        if text != self._shown:
            self._write("\r" + text.ljust(len(self._shown)))
            self._shown = text

    def _text(self, elapsed: float, width: int) -> str:
        """The line in at most `width` characters; the bar takes what the words leave."""
        head = f"{self._label}: {self._phase}"
        tail = f"{elapsed:.0f} s"
        if self._total is None:
            return f"{head}  {tail}"[:width]
        counts = f"{self._done:,}/{self._total:,} {self._unit}"
        words = f"{head}  {counts}  {tail}"
        bar_width = min(_BAR_WIDTH, width - len(words) - len("  []"))
        if bar_width < _NARROWEST_BAR:
            return words[:width]
        filled = bar_width * self._done // self._total if self._total else bar_width
        return f"{head}  [{'#' * filled}{'.' * (bar_width - filled)}]  {counts}  {tail}"

    def _columns(self) -> int:
        try:
            columns = os.get_terminal_size(self._stream.fileno()).columns
        except (OSError, ValueError):
            columns = 0
        return columns or _FALLBACK_COLUMNS

    def _write(self, text: str) -> None:
        self._stream.write(text)
        self._stream.flush()
