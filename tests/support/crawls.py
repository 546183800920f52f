"""Crawls as subprocesses that a test can start, pause, kill -9 and read back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.conftest import ROOT

# The fixture sites of these tests need no browser: plain HTTP starts faster.
NO_BROWSER = {
    "DOWNLOAD_HANDLERS": json.dumps(
        {
            "http": "scrapy.core.downloader.handlers.http11.HTTP11DownloadHandler",
            "https": "scrapy.core.downloader.handlers.http11.HTTP11DownloadHandler",
        }
    )
}


def crawl_command(
    name: str,
    *,
    sites_dir: Path,
    state: Path | str,
    feed: list[str] | None = None,
    settings: dict[str, Any] | None = None,
) -> list[str]:
    """`scrapy crawl NAME` with `feed` options (e.g. ["-O", "out.jsonl"]) and settings."""
    cmd = [sys.executable, "-m", "scrapy", "crawl", name, *(feed or [])]
    merged = {
        "LAWREPORTS_SITES_DIR": sites_dir,
        "LAWREPORTS_STATE": state,
        **NO_BROWSER,
        **(settings or {}),
    }
    for key, value in merged.items():
        cmd += ["-s", f"{key}={value}"]
    return cmd


def start(cmd: list[str], log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with log.open("wb") as out:
        return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)


def run(cmd: list[str], log: Path, timeout: float = 300) -> str:
    """Run to the end; the log text. Fails the test with the log's tail on a bad exit."""
    proc = start(cmd, log)
    code = proc.wait(timeout)
    text = log.read_text(encoding="utf-8", errors="replace")
    assert code == 0, text[-3000:]
    return text


def stat(log: str, key: str) -> Any:
    """A value from the 'Dumping Scrapy stats' block of a log."""
    marker = f"'{key}': "
    for line in log.splitlines():
        line = line.strip()
        if line.startswith(marker):
            return eval(line[len(marker) :].rstrip(","), {"datetime": __import__("datetime")})
    return None


def read_feed(path: Path) -> list[dict[str, Any]]:
    """Items of a JSON lines feed; every line must be whole (no partial line)."""
    raw = path.read_bytes()
    assert not raw or raw.endswith(b"\n"), f"{path} ends in a partial line"
    return [json.loads(line) for line in raw.decode("utf-8").splitlines() if line]


def feeds_in(folder: Path) -> list[Path]:
    """Every visible feed file below `folder`, and no unfinished part file left."""
    parts = list(folder.rglob(".*.part"))
    assert parts == [], f"unfinished feed files left behind: {parts}"
    return sorted(p for p in folder.rglob("*.jsonl"))
