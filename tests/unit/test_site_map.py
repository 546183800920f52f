"""The 网站地图 is read once at idle when the crawl saw no report column and no catalogue
elsewhere: a menu written by an external script leaves it the only page naming every column."""

from __future__ import annotations

from typing import Any

import pytest
import scrapy
from scrapy.utils.test import get_crawler

from lawreports.discovery.links import (
    is_site_map,
    leads_to_catalogue,
    page_links,
    score_link,
)
from lawreports.sites import SiteConfig, spider_class_for

HOME = "http://127.0.0.1/index.html"


@pytest.mark.parametrize(
    ("text", "url", "site_map"),
    [
        ("网站地图", "http://127.0.0.1/wzdt.html", True),
        ("网站地图", "http://127.0.0.1/channel/9.html", True),
        ("站点地图", "http://127.0.0.1/col/col88/index.html", True),
        ("", "http://127.0.0.1/wzdt/", True),  # an image without alt
        ("", "http://127.0.0.1/sitemap.html", True),
        ("", "http://127.0.0.1/sitemap.xml", False),  # for search engines
        ("网站地图", "http://127.0.0.1/sitemap.xml", False),
        ("政务公开", "http://127.0.0.1/wzdt.html", False),
        ("联系我们", "http://127.0.0.1/lxwm/", False),
        ("", "http://127.0.0.1/channel/47.html", False),
    ],
)
def test_a_site_map_is_known_by_its_name_or_else_its_path(
    text: str, url: str, site_map: bool
) -> None:
    assert is_site_map(text, url) is site_map


@pytest.mark.parametrize(
    ("text", "url", "catalogue"),
    [
        ("政府信息公开", "http://www.xinyang.gov.cn/xxgk/gsx/", True),
        ("政务公开", "http://www.hubei.gov.cn/zwgk/jms/", True),
        ("法治政府建设", "http://127.0.0.1/channel/47.html", True),
        ("", "http://127.0.0.1/zwgk/index.html", True),
        ("通知公告", "http://127.0.0.1/channel/15.html", False),
        ("政务服务", "https://www.sxzwfw.gov.cn/icity/", False),
        ("榆社县召开2025年法治政府建设工作推进会", "http://127.0.0.1/content/11/1.html", False),
        ("某县2024年度法治政府建设工作报告", "http://127.0.0.1/content/47/2.html", False),
    ],
)
def test_a_catalogue_link_is_a_column_into_the_portals_structure(
    text: str, url: str, catalogue: bool
) -> None:
    assert leads_to_catalogue(score_link(text, url)) is catalogue


class _Engine:
    def __init__(self) -> None:
        self.requests: list[scrapy.Request] = []

    def crawl(self, request: scrapy.Request) -> None:
        self.requests.append(request)


def _spider() -> tuple[Any, _Engine]:
    config = SiteConfig(name="map_county", region="某县", start_urls=["http://127.0.0.1/"])
    spider_cls = spider_class_for(config)
    crawler = get_crawler(
        spider_cls, {"LAWREPORTS_MAX_PAGES_PER_SITE": 100, "LAWREPORTS_MAX_DEPTH": 8}
    )
    spider = spider_cls.from_crawler(crawler)
    crawler.spider = spider
    crawler.stats.open_spider()
    engine = _Engine()
    crawler.engine = engine  # type: ignore[assignment]
    return spider, engine


def _home(extra: str = "") -> str:
    return (
        "<html><body><div class='top'><a href='/wzdt.html'>网站地图</a></div>"
        "<div class='nav'><script src='/js/nav.js'></script></div>"
        "<div class='box'><h3>通知公告</h3><a href='/channel/15.html'>更多&gt;&gt;</a></div>"
        f"{extra}<div class='foot'><a href='/wzdt.html'>网站地图</a></div></body></html>"
    )


def test_the_site_map_is_read_once_at_idle_when_no_report_column_was_seen() -> None:
    spider, engine = _spider()
    spider._note_structure(page_links(_home(), HOME), 0)
    assert spider.read_site_map()
    (request,) = engine.requests
    assert request.url == "http://127.0.0.1/wzdt.html"
    assert request.meta["lr_link_text"] == "网站地图"
    assert request.meta["lr_depth"] == 1
    assert spider.crawler.stats.get_value("lawreports/site_map_read") == 1
    assert [e.url for e in spider.journal.of("site_map")] == [request.url]
    assert not spider.read_site_map()  # once
    assert len(engine.requests) == 1


def test_the_site_map_is_not_read_when_a_report_came_from_a_column() -> None:
    spider, engine = _spider()
    spider._note_structure(page_links(_home(), HOME), 0)
    spider.paging.column_reports = 1
    assert not spider.read_site_map()
    assert engine.requests == []


def test_the_site_map_is_not_read_when_the_catalogue_lives_on_another_host() -> None:
    spider, engine = _spider()
    offsite = "<a href='http://www.xinyang.gov.cn/xxgk/gsx/'>政府信息公开</a>"
    spider._note_structure(page_links(_home(offsite), HOME), 0)
    assert not spider.read_site_map()
    assert engine.requests == []


def test_no_site_map_linked_nothing_read() -> None:
    spider, engine = _spider()
    html = "<html><body><a href='/channel/15.html'>通知公告</a></body></html>"
    spider._note_structure(page_links(html, HOME), 0)
    assert not spider.read_site_map()
    assert engine.requests == []
