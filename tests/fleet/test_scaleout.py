"""Two workers share one crawl over one redis-server: each report once, each page once, both end."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, write_site_config
from tests.fixtureweb.server import FixtureWeb
from tests.fixtureweb.sites.demo import DemoSite, gold_as_items
from tests.fleet.conftest import read_jsonl

pytestmark = [pytest.mark.e2e, pytest.mark.redis]


@pytest.fixture
def fresh_demo() -> Iterator[DemoSite]:
    """A demo portal of its own, so its hit counter holds only this test's requests."""
    site = DemoSite()
    with FixtureWeb([site], first_host=180):
        yield site


def worker(name: str, out: Path, settings: dict[str, object]) -> subprocess.Popen[str]:
    cmd = [sys.executable, "-m", "scrapy", "crawl", name, "-O", str(out)]
    for key, value in settings.items():
        cmd += ["-s", f"{key}={value}"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )


def test_two_workers_share_one_crawl_through_redis(
    fresh_demo: DemoSite, redis_url: str, tmp_path: Path
) -> None:
    sites = tmp_path / "sites"
    write_site_config(sites, "twin", fresh_demo.base_url + "/", region=fresh_demo.region)
    settings = {
        "LAWREPORTS_SITES_DIR": sites,
        "LAWREPORTS_REDIS_URL": redis_url,
        "LAWREPORTS_REPORTS_DIR": tmp_path / "reports",
        # The demo crawl takes a few seconds: without a grace the first worker may be done
        # before the second has started, which then (rightly) starts a run of its own.
        "LAWREPORTS_REDIS_JOIN_GRACE": 8,
    }
    outs = [tmp_path / "w1.jsonl", tmp_path / "w2.jsonl"]
    procs = [worker("twin", out, settings) for out in outs]
    logs = [p.communicate(timeout=240)[1] for p in procs]
    for proc, log in zip(procs, logs, strict=True):
        assert proc.returncode == 0, log[-3000:]
        assert "Spider closed (finished)" in log
        assert "Deprecat" not in log, "a scrapy-redis deprecation warning leaked"
    assert sum("started a fresh shared run" in log for log in logs) == 1
    items = [item for out in outs for item in read_jsonl(out)]
    urls = [item["url"] for item in items]
    assert len(urls) == len(set(urls)), "a report was emitted by both workers"
    assert set(urls) == {g["url"] for g in gold_as_items(fresh_demo)}
    twice = {path: n for path, n in fresh_demo.hits.items() if n > 1}
    assert not twice, f"pages fetched more than once: {twice}"
    # the next scheduled run starts fresh (nothing left filtered) and delivers nothing new
    again = worker("twin", tmp_path / "w3.jsonl", settings)
    log = again.communicate(timeout=240)[1]
    assert again.returncode == 0, log[-3000:]
    assert "started a fresh shared run" in log
    assert read_jsonl(tmp_path / "w3.jsonl") == []
    assert fresh_demo.hits["/"] == 2
