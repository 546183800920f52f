"""Which sites a crawlall runs: names, globs, region prefixes."""

from __future__ import annotations

from lawreports.fleet.selection import select_sites, unmatched
from lawreports.sites import SiteConfig


def _configs() -> dict[str, SiteConfig]:
    rows = {
        "lanling": "山东省临沂市兰陵县",
        "linshu": "山东省临沂市临沭县",
        "wanzai": "江西省宜春市万载县",
        "wanzhou": "重庆市万州区",
    }
    return {
        name: SiteConfig(name=name, region=region, start_urls=[f"http://{name}.example/"])  # type: ignore[list-item]
        for name, region in rows.items()
    }


def test_no_pattern_selects_every_site_sorted() -> None:
    assert select_sites(_configs()) == ["lanling", "linshu", "wanzai", "wanzhou"]


def test_names_and_globs() -> None:
    assert select_sites(_configs(), ["wanz*"]) == ["wanzai", "wanzhou"]
    assert select_sites(_configs(), ["lanling", "wanzhou"]) == ["lanling", "wanzhou"]
    assert select_sites(_configs(), ["l?n*"]) == ["lanling", "linshu"]


def test_region_prefix_narrows_the_selection() -> None:
    assert select_sites(_configs(), region_prefixes=["山东省"]) == ["lanling", "linshu"]
    assert select_sites(_configs(), ["*"], ["重庆市", "江西省"]) == ["wanzai", "wanzhou"]
    assert select_sites(_configs(), ["lanling"], ["江西省"]) == []


def test_patterns_matching_nothing_are_reported() -> None:
    assert unmatched(_configs(), ["lanling", "nosuch*"]) == ["nosuch*"]


def test_progress_counts_a_crawler_that_has_not_started_yet_as_zero() -> None:
    from scrapy import Spider
    from scrapy.crawler import Crawler

    from lawreports.fleet.runner import _scraped_so_far

    class Idle(Spider):
        name = "idle"

    assert _scraped_so_far(Crawler(Idle)) == 0
