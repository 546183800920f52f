"""Shared fixtures: the fixture web (session-wide) and a real `scrapy crawl` runner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.fixtureweb.registry import all_sites
from tests.fixtureweb.server import FixtureWeb

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def fixture_web() -> Iterator[FixtureWeb]:
    web = FixtureWeb(all_sites()).start()
    yield web
    web.stop()


@dataclass
class CrawlResult:
    returncode: int
    items: list[dict[str, Any]]
    log: str
    output: Path

    def stat(self, key: str) -> Any:
        """A value from the 'Dumping Scrapy stats' block of the log."""
        marker = f"'{key}': "
        for line in self.log.splitlines():
            line = line.strip()
            if line.startswith(marker):
                return eval(line[len(marker) :].rstrip(","), {"datetime": __import__("datetime")})
        return None


def write_site_config(
    sites_dir: Path, name: str, start_url: str, region: str = "测试县", **extra: Any
) -> Path:
    sites_dir.mkdir(parents=True, exist_ok=True)
    path = sites_dir / f"{name}.yaml"
    data = {"name": name, "region": region, "start_urls": [start_url], **extra}
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def run_crawl(
    name: str,
    *,
    sites_dir: Path,
    output: Path,
    state: Path | str,
    settings: dict[str, Any] | None = None,
    timeout: float = 300,
    overwrite: bool = True,
) -> CrawlResult:
    """`python -m scrapy crawl NAME -O output` in the project root, as a user runs it."""
    cmd = [
        sys.executable,
        "-m",
        "scrapy",
        "crawl",
        name,
        "-O" if overwrite else "-o",
        str(output),
        "-s",
        f"LAWREPORTS_SITES_DIR={sites_dir}",
        "-s",
        f"LAWREPORTS_STATE={state}",
    ]
    for key, value in (settings or {}).items():
        cmd += ["-s", f"{key}={value}"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout, env=env, check=False
    )
    items = []
    if output.exists():
        items = [
            json.loads(line) for line in output.read_text(encoding="utf-8").splitlines() if line
        ]
    return CrawlResult(proc.returncode, items, proc.stderr, output)


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """One redis-server for the session; tests use distinct key prefixes or FLUSHDB."""
    from tests.support.services import redis_server

    with redis_server() as url:
        yield url
