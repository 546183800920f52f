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


def test_held_copies_go_out_the_one_showing_its_fields_first() -> None:
    """A report's file linked from another page arrives first, bare; its page copy shows the
    publisher and dates: the page's copy is delivered first, so the dedup keeps it."""
    config = SiteConfig(name="held_county", region="某县", start_urls=["http://127.0.0.1/"])
    spider = spider_class_for(config).from_crawler(get_crawler(spider_class_for(config)))
    title = "某县人民政府关于2024年度法治政府建设情况的报告"
    bare = ReportItem(url="http://127.0.0.1/up/1.docx", title=title)
    page = ReportItem(
        url="http://127.0.0.1/gk/1.html",
        title=title,
        publisher="某县人民政府",
        publish_date="2025-03-27",
    )
    spider.held += [bare, page]
    assert [it.url for it in spider.deliver_held(None)] == [page.url, bare.url]
