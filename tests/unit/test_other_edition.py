"""A portal mid-redesign: the new site links its frozen old site (「返回旧版」, 「旧版网站」) and
the old site the new one (「访问新版网站」). The other edition's home page is entered as a second
home page (depth 0, once per edition, its boxes read as a home page's); a link into one of its
columns is followed as a column."""

from __future__ import annotations

from typing import Any

import scrapy
from scrapy.http import HtmlResponse

from lawreports.discovery.links import EDITION_SCORE
from lawreports.spiders.portal import EDITION_HOME
from tests.support.spiders import portal_spider

NEW = "https://www.dc.gov.cn/"
OLD = "http://old.dc.gov.cn/"

NEW_HOME = f"""<html><head><title>郸城县人民政府</title></head><body>
<div class="top"><a href="{OLD}" target="_blank">返回旧版</a><a href="/wza/">无障碍</a></div>
<div class="nav"><a href="/zwgk/">政务公开</a><a href="/xwzx/">新闻中心</a></div>
<div class="foot"><a href="{OLD}Index.asp">旧版网站</a></div></body></html>"""

OLD_HOME = f"""<html><head><title>郸城县人民政府</title></head><body>
<a href="{NEW}" target="_blank">访问新版网站</a>
<a href="Article_Class.asp?ClassID=3">政务公开</a> | <a href="Article_Class.asp?ClassID=12">依法行政</a>
<marquee>本站停止更新，请访问<a href="{NEW}">新版网站</a>。</marquee>
<table><tr><td><a href="Article_Show.asp?ArticleID=3578">郸城县2020年度法治政府建设工作报告</a>
</td></tr></table></body></html>"""


def _spider(start: str) -> Any:
    return portal_spider("redesign", "郸城县", start)


def _parse(spider: Any, url: str, html: str, **meta: Any) -> list[scrapy.Request]:
    request = scrapy.Request(url, meta={"lr_kind": "start", "lr_depth": 0, **meta})
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8", request=request)
    return [r for r in spider.parse(response) if isinstance(r, scrapy.Request)]


def test_the_new_sites_link_to_its_old_site_enters_it_as_a_second_home_page_once() -> None:
    spider = _spider(NEW)
    requests = _parse(spider, NEW, NEW_HOME)
    (old,) = [r for r in requests if r.url.startswith(OLD)]
    assert old.meta["lr_kind"] == "start" and old.meta["lr_depth"] == 0
    assert old.meta[EDITION_HOME] is True
    assert old.priority == EDITION_SCORE  # a nav link's priority, not a configured start's
    # Every page of the new site links it again: it is entered once.
    assert not [r for r in _parse(spider, NEW + "zwgk/", NEW_HOME) if r.url.startswith(OLD)]


def test_the_old_home_is_read_as_a_home_page_and_leads_back_to_the_new_site() -> None:
    # A config written before the redesign names the old site (kept on another port).
    kept = "http://www.dc.gov.cn:8080/"
    spider = _spider(kept)
    requests = {r.url: r for r in _parse(spider, kept, OLD_HOME.replace(OLD, ""))}
    new = requests[NEW]
    assert new.meta["lr_kind"] == "start" and new.meta["lr_depth"] == 0
    assert requests[kept + "Article_Class.asp?ClassID=12"].meta["lr_depth"] == 1
    assert requests[kept + "Article_Show.asp?ArticleID=3578"].meta["lr_kind"] == "report"
    # Entered from the new site, its boxes' items are read as a home page's.
    again = _parse(_spider(NEW), OLD, OLD_HOME, **{EDITION_HOME: True})
    report = next(r for r in again if "ArticleID=3578" in r.url)
    assert report.meta.get("lr_from_news") is True


def test_an_other_edition_under_a_path_of_the_same_host_is_a_home_page_not_a_column() -> None:
    spider = _spider(NEW)
    html = NEW_HOME.replace(OLD + "Index.asp", "/old/").replace(OLD, "/old/index.asp")
    (old,) = [r for r in _parse(spider, NEW, html) if "/old/" in r.url]
    assert old.meta["lr_kind"] == "start" and old.meta[EDITION_HOME] is True
    column = _parse(spider, NEW + "old/", OLD_HOME.replace(OLD, ""), **{EDITION_HOME: True})
    report = next(r for r in column if "ArticleID=3578" in r.url)
    assert report.meta.get("lr_from_news") is True  # its boxes are a home page's
