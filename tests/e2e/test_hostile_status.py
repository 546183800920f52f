"""Every crawl ends with one site status, in the stats and the log: ok (with a page that never
answers timed out), empty, broken, down (refused connections, 5xx persisting)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CrawlResult, run_crawl, write_site_config
from tests.fixtureweb.server import FixtureWeb
from tests.fixtureweb.sites.hostile import StallSite
from tests.support.services import free_port

pytestmark = pytest.mark.e2e

COUNTERS = (
    "lawreports/retries",
    "lawreports/timeouts",
    "lawreports/oversize",
    "lawreports/decoding_repairs",
)


def crawl(name: str, url: str, tmp_path: Path, **settings: object) -> CrawlResult:
    write_site_config(tmp_path / "sites", name, url)
    result = run_crawl(
        name,
        sites_dir=tmp_path / "sites",
        output=tmp_path / f"{name}.jsonl",
        state=tmp_path / f"{name}.sqlite3",
        settings=dict(settings),
    )
    assert result.returncode == 0, result.log[-3000:]
    for key in COUNTERS:  # never a silent zero: the counters are always there
        assert isinstance(result.stat(key), int), key
    assert f"site status {result.stat('lawreports/site_status')}" in result.log
    return result


def test_page_that_never_answers_times_out_and_the_crawl_goes_on(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site = fixture_web.sites["stall"]
    assert isinstance(site, StallSite)
    try:
        result = crawl("stall", site.base_url + "/", tmp_path, DOWNLOAD_TIMEOUT=1, RETRY_TIMES=1)
    finally:
        site.release.set()
    assert [i["url"] for i in result.items] == [site.base_url + g.path for g in site.gold]
    assert site.hits[site.hang] == 2  # first try + one retry, then given up
    assert result.stat("lawreports/timeouts") == 2
    assert result.stat("lawreports/retries") == 1
    assert f"{site.base_url}{site.hang} skipped (timeout)" in result.log
    assert result.stat("lawreports/site_status") == "ok"


def test_portal_with_columns_but_no_report_is_empty(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    result = crawl("quiet", fixture_web.url("quiet") + "/", tmp_path)
    assert result.items == []
    assert result.stat("lawreports/site_status") == "empty"


def test_start_page_with_nothing_recognisable_is_broken(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    result = crawl("shell", fixture_web.url("shell") + "/", tmp_path)
    assert result.items == []
    assert result.stat("lawreports/site_status") == "broken"
    assert "start page reached" in result.stat("lawreports/site_status_reason")


def test_refused_connection_and_persistent_503_are_down(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    refused = crawl("refused", f"http://127.0.0.1:{free_port()}/", tmp_path)
    assert refused.stat("lawreports/site_status") == "down"
    assert "connection" in refused.stat("lawreports/site_status_reason")
    site = fixture_web.sites["down503"]
    site.hits.clear()
    gone = crawl("down503", site.base_url + "/", tmp_path)
    assert gone.stat("lawreports/site_status") == "down"
    assert site.hits["/"] == 3  # RETRY_TIMES = 2: bounded
    assert gone.stat("lawreports/retries") == 2
