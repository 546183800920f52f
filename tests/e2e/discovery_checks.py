"""Shared by the discovery e2e tests: crawl a fixture portal from its home page alone, then
check every gold report came out exactly once and no hard negative did."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import CrawlResult, run_crawl, write_site_config
from tests.fixtureweb.portalkit import KitSite
from tests.fixtureweb.server import FixtureWeb


def crawl_home_only(
    fixture_web: FixtureWeb, name: str, tmp_path: Path, **settings: object
) -> tuple[KitSite, CrawlResult, int]:
    """Crawl with a config of only name/region/start_urls; returns the site, result, requests."""
    site = fixture_web.sites[name]
    assert isinstance(site, KitSite)
    sites_dir = tmp_path / "sites"
    write_site_config(sites_dir, name, site.start_url(), region=site.region)
    before = sum(site.hits.values())
    result = run_crawl(
        name,
        sites_dir=sites_dir,
        output=tmp_path / "out.jsonl",
        state=tmp_path / "state.sqlite3",
        settings=dict(settings),
    )
    assert result.returncode == 0, result.log[-3000:]
    return site, result, sum(site.hits.values()) - before


def gold_url_of(site: KitSite, url: str) -> str:
    """The gold report's URL of a delivered URL: a report a portal publishes under a second URL
    (`site.aliases`, a generated static page) is that report, once, under either."""
    aliases = {site.url_of(a): p for a, p in getattr(site, "aliases", {}).items()}
    return site.url_of(aliases[url]) if url in aliases else url


def assert_every_report_once(site: KitSite, result: CrawlResult) -> None:
    urls = [gold_url_of(site, item["url"]) for item in result.items]
    assert len(urls) == len(set(urls)), f"a report was emitted twice: {urls}"
    assert set(urls) == site.gold_urls(), result.log[-3000:]
    titles = {item["title"] for item in result.items}
    assert not titles & set(site.negative_titles)
    gold_titles = {g.title for g in site.gold}
    assert titles == gold_titles
