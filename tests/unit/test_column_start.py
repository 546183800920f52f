"""A start URL that is a column the user pasted, not the home page: its script-fed list (a
加载更多 JSON API) is read like any listing's and named by its page's own title; a start URL
that is a TRS listing's page 2 pages back to its first page."""

from __future__ import annotations

from typing import Any

import scrapy
from parsel import Selector
from scrapy.http import HtmlResponse

from lawreports.discovery.pagination import trs_wcm
from tests.support.spiders import portal_spider

HOST = "http://127.0.0.1"

COLUMN = """<html><head><title>{title}-安远县人民政府</title></head><body>
<div class="list-tit"><span>{title}</span></div>
<ul id="contentList"><li><a href="/content/1203/2025/0402/1.html">安远县2025年法治政府建设工作要点</a></li></ul>
<a href="javascript:;" id="loadMore">加载更多</a>
<script>
var pageNo = 1, totalPage = 3;
$('#loadMore').on('click', function(){
  pageNo++;
  $.ajax({ url: '/api/content/list', type: 'get', dataType: 'json',
    data: {channelId: 1203, pageNo: pageNo, pageSize: 10},
    success: function(res){ $('#contentList').append(render(res.data.records)); } });
});
</script></body></html>"""


def _spider(start: str) -> Any:
    return portal_spider("column_county", "安远县", start)


def _start(url: str, html: str) -> list[scrapy.Request]:
    spider = _spider(url)
    request = scrapy.Request(url, meta={"lr_kind": "start", "lr_depth": 0})
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8", request=request)
    return [r for r in spider.parse(response) if isinstance(r, scrapy.Request)]


def _api(requests: list[scrapy.Request]) -> list[scrapy.Request]:
    return [r for r in requests if "/api/content/list" in r.url]


def test_a_pasted_column_start_url_reads_its_load_more_api_as_a_report_column() -> None:
    (api,) = _api(_start(HOST + "/channel/1203.html", COLUMN.replace("{title}", "法治政府建设")))
    assert "channelId=1203" in api.url
    assert api.meta["lr_report_column"] is True


def test_a_pasted_column_that_is_no_report_column_still_reads_its_list() -> None:
    (api,) = _api(_start(HOST + "/channel/1102.html", COLUMN.replace("{title}", "通知公告")))
    assert api.meta["lr_report_column"] is False


def test_a_home_page_start_url_leaves_its_boxes_scripts_alone() -> None:
    assert _api(_start(HOST + "/", COLUMN.replace("{title}", "首页"))) == []
    assert _api(_start(HOST + "/index.html", COLUMN.replace("{title}", "首页"))) == []


def test_a_trs_listing_entered_at_page_two_pages_back_to_its_first_page() -> None:
    html = '<script>createPageHTML(3, 1, "1205", "html");</script>'
    url = HOST + "/channel/1205_1.html"
    assert trs_wcm(html, url, Selector(text=html)) == [
        HOST + "/channel/1205.html",
        HOST + "/channel/1205_1.html",
        HOST + "/channel/1205_2.html",
    ]
    first = '<script>createPageHTML(3, 0, "index", "html");</script>'
    assert trs_wcm(first, HOST + "/zwgk/", Selector(text=first)) == [
        HOST + "/zwgk/index_1.html",
        HOST + "/zwgk/index_2.html",
    ]
