"""Faults on one portal, one crawl: 5xx then 200, a slow page, charset lies, malformed HTML,
a 404 report link, a 302 to another host, pages over the size cap — the crawl keeps going,
finds every report that can be had, and says what happened."""

from __future__ import annotations

import time

import pytest

from tests.conftest import CrawlResult, run_crawl, write_site_config
from tests.fixtureweb.server import FixtureWeb
from tests.fixtureweb.sites.hostile import ElsewhereSite, HostileSite

# One crawl serves the module's tests: they run in one test process.
pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("hostile_faults")]


@pytest.fixture(scope="module")
def hostile_crawl(
    fixture_web: FixtureWeb, tmp_path_factory: pytest.TempPathFactory
) -> tuple[HostileSite, CrawlResult, float]:
    site = fixture_web.sites["hostile"]
    elsewhere = fixture_web.sites["elsewhere"]
    assert isinstance(site, HostileSite) and isinstance(elsewhere, ElsewhereSite)
    site.offsite_url = elsewhere.base_url + "/fzzf/report.html"
    site.hits.clear()
    tmp = tmp_path_factory.mktemp("hostile")
    write_site_config(tmp / "sites", "hostile", site.base_url + "/", region=site.region)
    started = time.monotonic()
    result = run_crawl(
        "hostile",
        sites_dir=tmp / "sites",
        output=tmp / "out.jsonl",
        state=tmp / "state.sqlite3",
        settings={"DOWNLOAD_MAXSIZE": 1_000_000, "DOWNLOAD_WARNSIZE": 500_000},
    )
    return site, result, time.monotonic() - started


def test_every_report_that_can_be_had_is_found_once_with_its_exact_body(
    hostile_crawl: tuple[HostileSite, CrawlResult, float],
) -> None:
    site, result, _ = hostile_crawl
    assert result.returncode == 0, result.log[-3000:]
    by_url = {item["url"]: item for item in result.items}
    assert len(by_url) == len(result.items), "a report was emitted twice"
    gold = {site.base_url + g.path: g for g in site.gold}
    assert set(by_url) == set(gold), sorted(set(gold) ^ set(by_url))
    for url, g in gold.items():
        item = by_url[url]
        assert item["title"] == g.title, url
        assert item["index_no"] == g.index_no, url
        assert item["body"] == g.body, url
        assert "\ufffd" not in item["body"] and "锟斤拷" not in item["body"]


def test_5xx_then_200_is_retried_a_bounded_number_of_times(
    hostile_crawl: tuple[HostileSite, CrawlResult, float],
) -> None:
    site, result, _ = hostile_crawl
    for path, statuses in site.fail_first.items():
        assert site.hits[path] == len(statuses) + 1, path
    assert result.stat("lawreports/retries") == sum(len(s) for s in site.fail_first.values())


def test_slow_page_is_waited_for(hostile_crawl: tuple[HostileSite, CrawlResult, float]) -> None:
    site, result, seconds = hostile_crawl
    (slow,) = site.slow
    assert site.hits[slow] == 1
    assert seconds >= site.slow_seconds
    assert result.stat("lawreports/timeouts") == 0


def test_dead_links_fail_cleanly_and_offsite_redirect_is_not_followed(
    fixture_web: FixtureWeb, hostile_crawl: tuple[HostileSite, CrawlResult, float]
) -> None:
    site, result, _ = hostile_crawl
    lost = {fault: path for path, fault in site.lost.items()}
    assert fixture_web.sites["elsewhere"].hits.total() == 0
    assert site.hits[lost["302"]] == 1
    assert site.hits[lost["404"]] == 1
    assert f"{site.base_url}{lost['404']} skipped (http_404)" in result.log
    assert result.stat("offsite/filtered") == 1


def test_oversize_pages_are_cut_off_and_counted(
    hostile_crawl: tuple[HostileSite, CrawlResult, float],
) -> None:
    site, result, _ = hostile_crawl
    assert result.stat("lawreports/oversize") == 2
    for path, fault in site.lost.items():
        if fault.startswith("huge"):
            assert f"{site.base_url}{path} skipped (oversize)" in result.log


def test_charset_repairs_are_counted_and_status_is_ok(
    hostile_crawl: tuple[HostileSite, CrawlResult, float],
) -> None:
    _site, result, _ = hostile_crawl
    assert result.stat("lawreports/decoding_repairs") == 2  # the two lies; labels are not lies
    assert result.stat("lawreports/site_status") == "ok"
    assert "9 reports found" in result.stat("lawreports/site_status_reason")
    assert "site status ok" in result.log
