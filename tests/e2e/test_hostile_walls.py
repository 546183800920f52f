"""JS cookie walls, browser included: passed once in the browser, the cookie handed to plain
requests, refreshed once when it wears out, and a wall that never opens ends `blocked`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CrawlResult, run_crawl, write_site_config
from tests.fixtureweb.server import FixtureWeb
from tests.fixtureweb.sites.walls import WallSite
from tests.support.services import chromium_path

pytestmark = [pytest.mark.e2e, pytest.mark.browser]


def crawl_wall(
    fixture_web: FixtureWeb, name: str, tmp_path: Path, **settings: object
) -> tuple[WallSite, CrawlResult]:
    chromium_path()  # fails with the install command when the browser is missing
    site = fixture_web.sites[name]
    assert isinstance(site, WallSite)
    site.build(site.base_url)  # fresh challenges and counters
    site.hits.clear()
    write_site_config(tmp_path / "sites", name, site.base_url + "/", region=site.region)
    result = run_crawl(
        name,
        sites_dir=tmp_path / "sites",
        output=tmp_path / "out.jsonl",
        state=tmp_path / "state.sqlite3",
        settings=dict(settings),
    )
    assert result.returncode == 0, result.log[-3000:]
    return site, result


def assert_every_report(site: WallSite, result: CrawlResult) -> None:
    by_url = {item["url"]: item for item in result.items}
    assert len(by_url) == len(result.items)
    assert set(by_url) == {site.base_url + g.path for g in site.gold}
    for g in site.gold:
        item = by_url[site.base_url + g.path]
        assert (item["title"], item["body"]) == (g.title, g.body)
    assert result.stat("lawreports/site_status") == "ok"


def test_521_wall_is_passed_once_and_its_cookie_serves_plain_requests(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result = crawl_wall(fixture_web, "wall_jsl", tmp_path)
    assert_every_report(site, result)
    assert result.stat("lawreports/walls/browser_passes") == 1
    assert site.wall.passed == 1  # one challenge solved, its clearance reused
    # home (browser + plain), column, 3 reports and 2 furniture links: all but one plain
    assert site.wall.page_hits_cleared >= 7
    assert site.wall.bad_agents == 0  # neither Scrapy/… nor HeadlessChrome ever sent


def test_412_wall_cookie_wears_out_and_is_refreshed_once(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result = crawl_wall(fixture_web, "wall_rs", tmp_path)
    assert_every_report(site, result)
    assert result.stat("lawreports/walls/browser_passes") == 2
    assert result.stat("lawreports/walls/blocked") is None
    assert site.wall.passed == 2
    assert site.wall.bad_agents == 0


def test_wall_that_never_opens_ends_blocked_and_is_never_content(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result = crawl_wall(fixture_web, "wall_forever", tmp_path, LAWREPORTS_WALL_TIMEOUT=3)
    assert result.items == []
    assert result.stat("lawreports/site_status") == "blocked"
    assert "cookie wall not passed" in result.stat("lawreports/site_status_reason")
    assert result.stat("lawreports/walls/browser_passes") == 1  # no refresh of a failed pass
    assert "skipped (blocked)" in result.log
    # Nothing behind the wall was ever reached. Chromium may ask for /favicon.ico on its own
    # (not the crawler's request, and not content), so that one path is not counted.
    assert set(site.hits) - {"/favicon.ico"} == {"/"}


def test_a_browser_request_that_never_finishes_is_cut_off(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    # The page would be waited for 60 s; the whole browser request may take 2.
    _, result = crawl_wall(
        fixture_web,
        "wall_forever",
        tmp_path,
        LAWREPORTS_WALL_TIMEOUT=60,
        LAWREPORTS_BROWSER_TIMEOUT=2,
    )
    assert result.items == []
    assert result.stat("lawreports/site_status") == "blocked"
    assert "BrowserTimeoutError" in result.log
    assert float(result.stat("elapsed_time_seconds")) < 45
