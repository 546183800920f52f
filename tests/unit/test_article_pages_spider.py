"""The spider reads a report's further article pages in order before handing the report on; a
page it cannot fetch leaves the report with the pages read, never lost."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import scrapy
from scrapy.http import HtmlResponse
from scrapy.utils.project import get_project_settings

from lawreports.items import ReportItem
from lawreports.spiders.portal import ARTICLE_META, PortalSpider
from tests.support.spiders import portal_spider

BASE = "http://127.0.0.1"
TITLE = "彭阳县司法局2023年度法治政府建设工作报告"
PART1 = [
    "一、2023年度推进法治政府建设的主要举措和成效",
    "（一）坚持党的领导，全面加强法治政府建设的组织保障，县司法局党组把法治政府建设摆在全局工作的突出位置。",
    "（二）深化“放管服”改革，持续优化法治化营商环境，全面推行证明事项告知承诺制。",
]
PART2 = [
    "二、2023年度推进法治政府建设存在的不足和原因",
    "基层法治力量相对薄弱，行政执法人员的专业素质与新形势新任务的要求相比仍有差距。",
    "三、2024年度推进法治政府建设的主要安排，持续深化行政执法体制改革，全面提升依法行政水平。",
]


def _spider() -> PortalSpider:
    spider: PortalSpider = portal_spider(
        "paged_county", "某县", BASE + "/", dict(get_project_settings())
    )
    spider.hold_unindexed = False  # reports without 索引号 go on at once
    return spider


def _view(lines: list[str], page: int) -> str:
    pager = (
        "<div class='dede_pages'><ul class='pagelist'><li><a>共2页: </a></li>"
        + (
            "<li><a href='#'>1</a></li><li><a href='/plus/view.php?aid=2466&pageno=2'>2</a></li>"
            if page == 1
            else "<li><a href='/plus/view.php?aid=2466'>1</a></li><li><a href='#'>2</a></li>"
        )
        + "</ul></div>"
    )
    return (
        f"<html><head><title>{TITLE}_司法行政</title></head><body>"
        f"<div class='viewbox'><div class='title'><h2>{TITLE}</h2></div>"
        "<div class='info'>发布时间：2024-02-28 16:40 来源：彭阳县司法局</div>"
        "<div class='content'>"
        + "".join(f"<p>{line}</p>" for line in lines)
        + "</div>"
        + pager
        + "</div></body></html>"
    )


def _response(url: str, html: str, meta: dict[str, Any] | None = None) -> HtmlResponse:
    request = scrapy.Request(
        url, meta={"lr_kind": "report", "lr_link_text": TITLE, **(meta or {})}
    )
    return HtmlResponse(url, body=html.encode("utf-8"), encoding="utf-8", request=request)


def test_a_reports_second_page_is_read_before_the_report_goes_on() -> None:
    spider = _spider()
    url = BASE + "/plus/view.php?aid=2466"
    out = list(spider.parse(_response(url, _view(PART1, 1))))
    assert len(out) == 1 and isinstance(out[0], scrapy.Request)
    req = out[0]
    assert req.url == url + "&pageno=2" and req.callback == spider.parse_article_page
    job = req.meta[ARTICLE_META]
    assert job.item.url == url
    items = list(spider.parse_article_page(_response(req.url, _view(PART2, 2), req.meta)))
    assert len(items) == 1 and isinstance(items[0], ReportItem)
    item = items[0]
    assert item.url == url  # the first page's
    assert all(line in item.body for line in PART1 + PART2)
    assert item.body.index(PART1[-1]) < item.body.index(PART2[0])
    assert spider.crawler.stats.get_value("lawreports/article_pages/read") == 1


def test_a_page_not_fetched_leaves_the_report_with_the_pages_read() -> None:
    spider = _spider()
    url = BASE + "/plus/view.php?aid=2466"
    (req,) = list(spider.parse(_response(url, _view(PART1, 1))))
    failure = SimpleNamespace(
        request=req, value=ConnectionRefusedError(), getErrorMessage=lambda: "refused"
    )
    failure.check = lambda *types: None  # type: ignore[attr-defined]
    items = list(spider.article_page_failed(failure))
    assert len(items) == 1 and isinstance(items[0], ReportItem)
    assert all(line in items[0].body for line in PART1)
    assert spider.crawler.stats.get_value("lawreports/article_pages/failed") == 1


def test_a_report_without_further_pages_goes_on_at_once() -> None:
    spider = _spider()
    url = BASE + "/plus/view.php?aid=2466"
    html = _view(PART1 + PART2, 1).replace("pageno=2", "pageno=2x")
    out = list(spider.parse(_response(url, html)))
    assert len(out) == 1 and isinstance(out[0], ReportItem)


def test_a_listings_pager_is_paged_never_read_as_an_articles_pages() -> None:
    spider = _spider()
    url = BASE + "/plus/list.php?tid=5"
    rows = "".join(
        f"<li><a href='/plus/view.php?aid={2600 - 2 * i}'>县司法局组织开展人民调解员业务培训（{i}）</a></li>"
        for i in range(20)
    )
    pager = "".join(
        f"<li><a href='/plus/list.php?tid=5&TotalResult=128&PageNo={n}'>{n}</a></li>"
        for n in range(2, 8)
    )
    html = (
        f"<html><body><ul class='e2'>{rows}</ul>"
        f"<div class='dede_pages'><ul class='pagelist'>{pager}</ul></div></body></html>"
    )
    request = scrapy.Request(url, meta={"lr_kind": "listing", "lr_link_text": "司法行政"})
    response = HtmlResponse(url, body=html.encode("utf-8"), encoding="utf-8", request=request)
    out = list(spider.parse(response))
    assert out and all(isinstance(r, scrapy.Request) for r in out)
    assert not any(ARTICLE_META in r.meta for r in out)
    assert any("PageNo=2" in r.url for r in out)
