"""Crash tests: pause a real crawl at a named moment of its delivery, then kill -9 it.

`PauseAt` is a test-only extension. At the chosen signal it connects to the test's socket,
says it is there, and waits; the test then kills the process. Synchronised on that event —
no sleeps, no timing guesses.
"""

from __future__ import annotations

import json
import socket
from typing import Any

from scrapy.crawler import Crawler

from lawreports import settings as project_settings
from lawreports.state import commit

POINTS = {"prepared": commit.feeds_prepared, "published": commit.feeds_published}


class PauseAt:
    def __init__(self, crawler: Crawler) -> None:
        self.port = crawler.settings.getint("CRASHPOINT_PORT")
        point = POINTS[crawler.settings.get("CRASHPOINT_AT")]
        crawler.signals.connect(self.pause, signal=point)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PauseAt:
        return cls(crawler)

    def pause(self) -> None:
        with socket.create_connection(("127.0.0.1", self.port), timeout=120) as conn:
            conn.sendall(b"paused\n")
            conn.recv(1)  # the test kills us while we wait here


class PausePoint:
    """The test's side: settings that install PauseAt, and the wait for it to arrive."""

    def __init__(self, at: str) -> None:
        self.at = at
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(120)
        self.conn: socket.socket | None = None

    def settings(self) -> dict[str, Any]:
        extensions = {**project_settings.EXTENSIONS, f"{__name__}.PauseAt": 900}
        return {
            "EXTENSIONS": json.dumps(extensions),
            "CRASHPOINT_AT": self.at,
            "CRASHPOINT_PORT": self.server.getsockname()[1],
        }

    def wait(self) -> None:
        self.conn, _ = self.server.accept()
        assert self.conn.recv(16) == b"paused\n"

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
        self.server.close()
