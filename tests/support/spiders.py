"""A site's spider built the way `scrapy crawl` builds it, for tests that drive its callbacks
with hand-made responses (no engine, no network)."""

from __future__ import annotations

from typing import Any

from scrapy.utils.test import get_crawler

from lawreports.sites import SiteConfig, spider_class_for

# Bounds roomy enough for any one test's pages; the project's own are set per test.
ROOMY_BOUNDS: dict[str, Any] = {
    "LAWREPORTS_MAX_PAGES_PER_SITE": 100,
    "LAWREPORTS_MAX_DEPTH": 8,
    "LAWREPORTS_MAX_LISTING_PAGES": 60,
}


def portal_spider(
    name: str, region: str, start: str, settings: dict[str, Any] | None = None
) -> Any:
    """The spider of a site configured with nothing but its name, region and start URL, its
    crawler's stats open (as the engine leaves them)."""
    spider_cls = spider_class_for(SiteConfig(name=name, region=region, start_urls=[start]))
    crawler = get_crawler(spider_cls, ROOMY_BOUNDS if settings is None else settings)
    spider = spider_cls.from_crawler(crawler)
    crawler.spider = spider
    crawler.stats.open_spider()
    return spider
