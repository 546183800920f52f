"""A listing whose further pages come only from a list API asked by POST (`$.ajax({type: 'POST',
contentType: 'application/json', data: JSON.stringify({…})})`, `$.post(url, {…})`, `axios.post`,
`fetch(url, {method: 'POST', body: …})`) from a function its pager calls (`loadPage(n)`): the API
is asked as its script asks it, the page number in its JSON or form body, up to the page count
its record count implies; a 405/400 answer is a probe that missed, not a refusal."""

from __future__ import annotations

import json
from typing import Any

import scrapy
from scrapy.http import TextResponse

from lawreports.discovery import jsonapi
from tests.support.spiders import portal_spider

LISTING = "http://127.0.0.1/col/col21/index.html"

JSON_PAGER = """<ul id="listBox"><li><a href="/art/1.html">某县2024年度法治政府建设工作报告</a></li></ul>
<div id="pagination"><a href="javascript:;" data-page="2">2</a><a class="next">下一页</a></div>
<script>
var curPage = 1, totalPage = 6;
function loadPage(n) {
  if (n < 1 || n > totalPage) return;
  $.ajax({
    url: '/api/article/page',
    type: 'POST',
    contentType: 'application/json',
    data: JSON.stringify({channelId: '8a2f0021', pageNo: n, pageSize: 15}),
    success: function (res) { render(res.data.list); curPage = n; }
  });
}
$('#pagination').on('click', 'a[data-page]', function () { loadPage(parseInt($(this).data('page'))); });
$('#pagination .next').click(function () { loadPage(curPage + 1); });
</script>"""

FORM_PAGER = """<ul id="newsList"><li><a href="/art/2.html">某县司法局工作要点</a></li></ul>
<div id="pageBar"><a href="javascript:void(0);" onclick="goPage(2)">2</a></div>
<script>
var curPage = 1;
function goPage(n){
  $.post('/api/list', {cid: 12, page: n}, function(res){ show(res.rows); }, 'json');
}
</script>"""


def _endpoint(html: str) -> jsonapi.Endpoint:
    (endpoint,) = jsonapi.find_endpoints(html, LISTING)
    return endpoint


def test_a_json_post_paged_by_its_pagers_function_parameter() -> None:
    endpoint = _endpoint(JSON_PAGER)
    assert (endpoint.method, endpoint.body) == ("POST", jsonapi.JSON_BODY)
    assert endpoint.url == "http://127.0.0.1/api/article/page"
    assert endpoint.page_key == "pageNo" and endpoint.first_page == 1
    call = jsonapi.page_call(endpoint, 3)
    assert (call.url, call.method, call.form) == (endpoint.url, "POST", None)
    assert call.json == {"channelId": "8a2f0021", "pageNo": 3, "pageSize": 15}
    assert jsonapi.page_size(endpoint) == 15


def test_a_jquery_post_sends_its_data_object_as_a_form() -> None:
    endpoint = _endpoint(FORM_PAGER)  # the pager's buttons call goPage(2) from the page
    assert (endpoint.method, endpoint.body) == ("POST", jsonapi.FORM)
    assert endpoint.page_key == "page"
    call = jsonapi.page_call(endpoint, 2)
    assert call.form == {"cid": "12", "page": "2"} and call.json is None
    assert jsonapi.page_size(endpoint) is None
    plain = (
        "<script>$.ajax({url: '/api/l', type: 'post', data: {catId: 'fz', pageNum: 1}});</script>"
    )
    assert jsonapi.page_call(_endpoint(plain), 4).form == {"catId": "fz", "pageNum": "4"}


def test_axios_and_fetch_posts() -> None:
    axios = "<script>axios.post('/api/l', {catId: 7, pageNo: 1}).then(show);</script>"
    assert _endpoint(axios).body == jsonapi.JSON_BODY
    assert jsonapi.page_call(_endpoint(axios), 2).json == {"catId": 7, "pageNo": 2}
    fetched = (
        "<script>fetch('/api/l', {method: 'POST', headers: {'Content-Type': 'application/json'},"
        " body: JSON.stringify({catId: 'fz', page: 1})}).then(r => r.json());</script>"
    )
    assert _endpoint(fetched).body == jsonapi.JSON_BODY and _endpoint(fetched).page_key == "page"
    form = "<script>fetch('/api/l', {method: 'post', body: new URLSearchParams({cat: 'fz'})});</script>"
    assert jsonapi.page_call(_endpoint(form), 1).form == {"cat": "fz"}
    got = "<script>fetch('/api/l?page=1', {credentials: 'include'});</script>"
    assert _endpoint(got).method == "GET" and _endpoint(got).page_key == "page"


def test_posts_of_one_url_with_other_bodies_are_other_endpoints() -> None:
    html = (
        "<script>$.post('/api/list', {cid: 12, page: 1});</script>"
        "<script>$.post('/api/list', {cid: 13, page: 1});</script>"
    )
    endpoints = jsonapi.find_endpoints(html, LISTING)
    assert [dict(e.fields)["cid"] for e in endpoints] == [12, 13]


def test_a_function_parameter_asked_only_for_the_first_page_names_no_page() -> None:
    """`load(1)` once on ready, no pager asking another page: no page key."""
    html = (
        "<script>function load(p){ $.post('/api/list', {cid: 12, page: p}); }\n"
        "$(function(){ load(1); });</script>"
    )
    endpoint = _endpoint(html)
    assert endpoint.page_key is None and dict(endpoint.fields) == {"cid": 12}
    arrow = (
        "<script>const load = (pageNo) => axios.post('/api/l', {pageNo: pageNo});\n"
        "$('.next').click(() => load(cur + 1));</script>"
    )
    assert _endpoint(arrow).page_key == "pageNo"


def test_the_page_count_a_record_count_implies() -> None:
    assert jsonapi.record_pages({"data": {"total": 88, "pageSize": 15, "list": []}}, None) == 6
    assert jsonapi.record_pages({"total": 23, "rows": [{"title": "某", "link": "/a"}]}, 10) == 3
    assert jsonapi.record_pages({"total": 23, "rows": []}, None) is None
    views = {"list": [{"title": "某县通知", "url": "/a.html", "total": 3}]}
    assert jsonapi.record_pages(views, 15) is None  # a record's own count is no record count
    assert jsonapi.record_pages({"list": []}, 15) is None


def _spider() -> Any:
    return portal_spider("post_county", "某县", "http://127.0.0.1/")


def _reply(
    endpoint: jsonapi.Endpoint, page: int, data: object, status: int = 200, **meta: Any
) -> TextResponse:
    request = scrapy.Request(
        endpoint.url,
        method="POST",
        meta={
            "lr_endpoint": endpoint,
            "lr_page": page,
            "lr_depth": 2,
            "lr_report_column": True,
            "lr_listing_url": LISTING,
            **meta,
        },
    )
    body = json.dumps(data, ensure_ascii=False).encode()
    return TextResponse(endpoint.url, status=status, body=body, encoding="utf-8", request=request)


def _items(page: int, count: int) -> list[dict[str, str]]:
    return [
        {"title": f"某县通知第{page}页第{i}条", "url": f"/art/{page}_{i}.html"}
        for i in range(count)
    ]


def test_the_next_page_is_posted_as_json_and_paging_stops_at_the_record_count() -> None:
    spider = _spider()
    endpoint = _endpoint(JSON_PAGER)
    reply = {"code": 200, "data": {"total": 20, "pageSize": 15, "list": _items(1, 15)}}
    (asked,) = [
        r for r in spider.parse_api(_reply(endpoint, 1, reply)) if r.callback == spider.parse_api
    ]
    assert asked.method == "POST"
    assert asked.headers["Content-Type"] == b"application/json"
    assert json.loads(asked.body) == {"channelId": "8a2f0021", "pageNo": 2, "pageSize": 15}
    assert asked.meta["handle_httpstatus_list"] == [400, 405]
    last = {"code": 200, "data": {"total": 20, "pageSize": 15, "list": _items(2, 5)}}
    after = list(spider.parse_api(_reply(endpoint, 2, last, lr_api_page_size=15)))
    assert [r for r in after if r.callback == spider.parse_api] == []


def test_the_next_page_is_posted_as_a_form() -> None:
    spider = _spider()
    endpoint = _endpoint(FORM_PAGER)
    reply = {
        "status": 1,
        "total": 23,
        "rows": [{"title": t["title"], "link": t["url"]} for t in _items(1, 10)],
    }
    (asked,) = [
        r for r in spider.parse_api(_reply(endpoint, 1, reply)) if r.callback == spider.parse_api
    ]
    assert asked.method == "POST" and asked.body == b"cid=12&page=2"
    assert asked.headers["Content-Type"] == b"application/x-www-form-urlencoded"


def test_a_refused_method_or_body_is_a_probe_missed() -> None:
    spider = _spider()
    endpoint = _endpoint(JSON_PAGER)
    refused = {"status": 405, "error": "Method Not Allowed"}
    assert list(spider.parse_api(_reply(endpoint, 1, refused, status=405))) == []
    stats = spider.crawler.stats
    assert stats.get_value("lawreports/pagination/api_probe_misses") == 1
    assert stats.get_value("lawreports/failures/http_blocked") is None
