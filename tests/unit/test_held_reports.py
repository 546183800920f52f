"""Reports held back for repost checking are never dropped without a word."""

from __future__ import annotations

import logging

import pytest
from scrapy import signals
from scrapy.utils.test import get_crawler

from lawreports.items import ReportItem
from lawreports.sites import SiteConfig, spider_class_for


def test_a_crawl_closed_before_idle_says_what_it_held(caplog: pytest.LogCaptureFixture) -> None:
    config = SiteConfig(name="held_county", region="某县", start_urls=["http://127.0.0.1/"])
    spider_cls = spider_class_for(config)
    crawler = get_crawler(spider_cls)
    spider = spider_cls.from_crawler(crawler)
    crawler.spider = spider
    crawler.stats.open_spider()
    spider.held.append(
        ReportItem(url="http://127.0.0.1/a.html", title="某县2023年度法治政府建设报告")
    )
    with caplog.at_level(logging.WARNING):
        crawler.signals.send_catch_log(
            signals.spider_closed, spider=spider, reason="closespider_timeout"
        )
    assert crawler.stats.get_value("lawreports/held_undelivered") == 1
    assert "closespider_timeout" in caplog.text
