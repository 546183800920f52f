"""A shell's journal: a shell that becomes a report is no near-miss for `scrapy checksite`; one
whose content calls all fail goes to the browser once; one whose API answers without an article
is the near-miss, said once, after its calls."""

from __future__ import annotations

import json
from typing import Any

import scrapy
from scrapy.http import HtmlResponse, TextResponse
from scrapy.utils.test import get_crawler

from lawreports import settings as project
from lawreports.checking.findings import findings_from
from lawreports.discovery import journal as jr
from lawreports.items import ReportItem
from lawreports.sites import SiteConfig, spider_class_for
from lawreports.spiders.portal import PortalSpider
from tests.fixtureweb.seeds import load_seed

HOST = "http://gov.example.cn"
SHELL = HOST + "/zwgk/detail.html?id=301"
TITLE = "某县2024年度法治政府建设工作报告"
SHELL_HTML = (
    "<html><head><title>某县人民政府</title></head><body><div class='nav'><a href='/'>首页</a>"
    "</div><h1 id='articleTitle'></h1><div id='content'></div><script>"
    "$.ajax({url: '/api/article/detail', data: {id: getQueryString('id')},"
    " success: function (res) { $('#content').html(res.data.content); }});"
    "</script></body></html>"
)


def _spider() -> PortalSpider:
    config = SiteConfig(name="shell_county", region="某县", start_urls=[HOST + "/"])
    spider_cls = spider_class_for(config)
    defaults = {k: getattr(project, k) for k in dir(project) if k.startswith("LAWREPORTS_")}
    crawler = get_crawler(spider_cls, defaults)
    spider = spider_cls.from_crawler(crawler)
    crawler.spider = spider
    crawler.stats.open_spider()
    spider.allowed_domains = ["gov.example.cn"]
    return spider


def _shell(spider: PortalSpider) -> scrapy.Request:
    request = scrapy.Request(
        SHELL, meta={"lr_kind": "report", "lr_link_text": TITLE, "lr_depth": 2}
    )
    response = HtmlResponse(SHELL, body=SHELL_HTML.encode(), request=request, encoding="utf-8")
    (api,) = list(spider.parse(response))
    assert isinstance(api, scrapy.Request)
    assert api.url == HOST + "/api/article/detail?id=301"
    return api


def _answer(api: scrapy.Request, data: Any, status: int = 200) -> list[Any]:
    body = json.dumps(data, ensure_ascii=False).encode()
    response = TextResponse(api.url, status=status, body=body, request=api, encoding="utf-8")
    return list(_spider_of(api).parse_detail_api(response))


def _spider_of(api: scrapy.Request) -> PortalSpider:
    spider: PortalSpider = api.callback.__self__  # type: ignore[union-attr]
    return spider


def _near_misses(spider: PortalSpider) -> list[str]:
    found = findings_from([HOST + "/"], spider.journal.events, {}, [], [])
    return [miss.url for miss in found.rejected]


def test_a_shell_that_becomes_a_report_is_not_a_near_miss() -> None:
    spider = _spider()
    api = _shell(spider)
    content = "".join(f"<p>{line}</p>" for line in load_seed("000").body_lines)
    out = _answer(
        api,
        {"code": 200, "data": {"title": TITLE, "content": content, "indexNo": "0113/2025-00031"}},
    )
    assert [type(item) for item in out] == [ReportItem]
    assert out[0].url == SHELL
    assert _near_misses(spider) == []
    kinds = [e.kind for e in spider.journal.events if e.url == SHELL]
    assert kinds == [jr.DETAIL_API, jr.REPORT]


def test_a_shell_whose_calls_fail_is_rendered_once_then_not_a_near_miss_yet() -> None:
    spider = _spider()
    api = _shell(spider)
    (render,) = _answer(api, {"error": "Not Found"}, status=404)
    assert render.meta["playwright"] and render.url == SHELL
    assert render.meta["playwright_page_methods"][0].args == ("div#content:not(:empty)",)
    assert spider.rendered == 1
    assert _near_misses(spider) == []


def test_a_shell_whose_api_answers_without_an_article_is_one_near_miss() -> None:
    spider = _spider()
    api = _shell(spider)
    assert _answer(api, {"code": 404, "msg": "文章不存在", "data": None}) == []
    assert spider.rendered == 0
    assert _near_misses(spider) == [SHELL]
