"""Progress of a fleet run: a log line at a steady interval, and a live bar on a terminal."""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from typing import IO

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Progress:
    total: int
    done: int
    running: int
    reports: int
    blocked: int
    down: int
    broken: int

    def line(self) -> str:
        return (
            f"sites {self.done}/{self.total} done, {self.running} running · "
            f"reports {self.reports} · blocked {self.blocked} · down {self.down} · "
            f"broken {self.broken}"
        )

    def bar(self, width: int) -> str:
        """`[#####.....]  40%  sites 4/10 …`, cut to the terminal width."""
        text = f" {self.done * 100 // max(self.total, 1):3d}%  {self.line()}"
        cells = max(min(30, width - len(text) - 2), 5)
        filled = cells * self.done // max(self.total, 1)
        return ("[" + "#" * filled + "." * (cells - filled) + "]" + text)[: max(width - 1, 10)]


class ProgressDisplay(logging.Filter):
    """Writes the bar in place (carriage return) when `stream` is a terminal.

    As a filter on the root log handlers it wipes the bar before any log line is written, so
    log lines never run into it; the next tick draws it again below them.
    """

    def __init__(self, stream: IO[str]) -> None:
        super().__init__()
        self.stream = stream
        self.live = stream.isatty()
        self.drawn = False

    def filter(self, record: logging.LogRecord) -> bool:
        self.clear()
        return True

    def attach(self) -> None:
        """Idempotent; called again on every draw, since each new crawler reinstalls Scrapy's
        root log handler."""
        if self.live:
            for handler in logging.getLogger().handlers:
                handler.addFilter(self)

    def detach(self) -> None:
        self.clear()
        for handler in logging.getLogger().handlers:
            handler.removeFilter(self)

    def log(self, progress: Progress) -> None:
        logger.info("crawlall: %s", progress.line())

    def draw(self, progress: Progress) -> None:
        if not self.live:
            return
        self.attach()
        width = shutil.get_terminal_size((100, 20)).columns
        self.stream.write("\r" + progress.bar(width))
        self.stream.flush()
        self.drawn = True

    def clear(self) -> None:
        if self.live and self.drawn:
            width = shutil.get_terminal_size((100, 20)).columns
            self.stream.write("\r" + " " * (width - 1) + "\r")
            self.stream.flush()
            self.drawn = False
