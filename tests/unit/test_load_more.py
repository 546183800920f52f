"""A listing that shows its first page and a 加载更多 button asking a JSON API with a page
counter the handler steps (`pageNo++`): the API is paged by that counter, and its first page,
repeating the listing's own items, does not stop the paging."""

from __future__ import annotations

import json
from typing import Any

import scrapy
from scrapy.http import TextResponse

from lawreports.discovery import jsonapi
from tests.support.spiders import portal_spider

LISTING = "http://127.0.0.1/channel/47.html"

LOAD_MORE = """<ul id="articleList"><li><a href="/content/47/1.html">某县2025年法治政府建设工作要点</a></li></ul>
<a href="javascript:;" id="loadMore">加载更多</a>
<script>
var pageNo = 1, totalPage = 3;
$('#loadMore').click(function(){
  pageNo++;
  $.ajax({ url: '/api/channel/articles', type: 'get', dataType: 'json',
    data: {channelId: 47, pageNo: pageNo, pageSize: 10},
    success: function(res){ $('#articleList').append(render(res.data.list)); } });
});
</script>"""


def _endpoint(html: str) -> jsonapi.Endpoint:
    (endpoint,) = jsonapi.find_endpoints(html, LISTING)
    return endpoint


def test_a_stepped_page_counter_in_an_ajax_data_object_pages_the_api() -> None:
    endpoint = _endpoint(LOAD_MORE)
    assert endpoint.page_key == "pageNo"
    assert endpoint.first_page == 1
    assert "channelId=47" in endpoint.url and "pageSize=10" in endpoint.url
    assert jsonapi.page_url(endpoint, 3).endswith("pageNo=3")


def test_a_get_json_data_argument_and_the_counters_own_start() -> None:
    html = (
        "<script>var page = 0;\nfunction more(){ page += 1;\n"
        "  $.getJSON('/api/list', {columnId: 'fzzf', page: page}, function(r){ show(r); });\n"
        "}</script>"
    )
    endpoint = _endpoint(html)
    assert endpoint.page_key == "page" and endpoint.first_page == 0
    assert "columnId=fzzf" in endpoint.url
    stepped = "<script>var p = 2;\n$('#more').on('click', function(){ ++p;\n$.getJSON('/api/l', {pn: p}); });</script>"
    assert _endpoint(stepped).page_key == "pn" and _endpoint(stepped).first_page == 2


def test_a_page_variable_never_stepped_names_no_page() -> None:
    """A function's parameter (`load(1)`, no pager) or a constant: the API is asked once."""
    html = (
        "<script>var List = { methods: { load: function (page) {\n"
        "  $.ajax({ url: '/api/xxgk/list', data: { catId: 'fzzfjs', pageNo: page,"
        " pageSize: 15 } }); } } };</script>"
    )
    endpoint = _endpoint(html)
    assert endpoint.page_key is None
    assert "pageNo" not in endpoint.url
    size = "<script>var PAGE = 20;\n$.ajax({url: '/api/l', data: {pageSize: PAGE}});</script>"
    assert _endpoint(size).page_key is None


def _spider() -> Any:
    return portal_spider("more_county", "某县", "http://127.0.0.1/")


def _api_reply(spider: Any, items: list[tuple[str, str]], shown: frozenset[str]) -> TextResponse:
    endpoint = _endpoint(LOAD_MORE)
    url = jsonapi.page_url(endpoint, 1)
    data = {
        "code": 0,
        "data": {"totalPage": 3, "list": [{"title": t, "linkUrl": u} for t, u in items]},
    }
    request = scrapy.Request(
        url,
        meta={
            "lr_endpoint": endpoint,
            "lr_page": 1,
            "lr_depth": 2,
            "lr_report_column": True,
            "lr_listing_url": LISTING,
            "lr_listing_shown": shown,
        },
    )
    return TextResponse(url, body=json.dumps(data).encode(), encoding="utf-8", request=request)


def _pages_asked(requests: list[Any]) -> list[str]:
    return sorted(r.url.rsplit("pageNo=", 1)[1] for r in requests if "pageNo=" in r.url)


def test_an_api_first_page_repeating_the_listing_pages_on() -> None:
    spider = _spider()
    item = ("某县2025年法治政府建设工作要点", "/content/47/1.html")
    shown = frozenset({spider._identity("http://127.0.0.1/content/47/1.html")})
    spider.seen_links |= shown
    asked = list(spider.parse_api(_api_reply(spider, [item], shown)))
    assert _pages_asked(asked) == ["2", "3"]


def test_an_api_first_page_of_nothing_new_elsewhere_stops() -> None:
    spider = _spider()
    item = ("某县2025年法治政府建设工作要点", "/content/47/1.html")
    spider.seen_links.add(spider._identity("http://127.0.0.1/content/47/1.html"))
    asked = list(spider.parse_api(_api_reply(spider, [item], frozenset())))
    assert _pages_asked(asked) == []


SCROLL_JS = """(function () {
  var list = document.getElementById('scrollList');
  var cat = list.getAttribute('data-cat'), size = list.getAttribute('data-size') || 15;
  var page = 1;
  function load() {
    fetch('/api/notice/list.do?catId=' + cat + '&pageIndex=' + (page + 1) + '&pageSize=' + size)
      .then(function (r) { return r.json(); });
  }
  window.addEventListener('scroll', load);
})();"""
SCROLL_PAGE = (
    '<ul class="list" id="scrollList" data-cat="12"><li><a href="/art/1.html">通知</a></li></ul>'
    '<div id="scrollTip">下拉加载更多</div><script src="/js/jquery.min.js"></script>'
    '<script src="/js/scrollload.js"></script><script src="https://cdn.example.com/x.js"></script>'
)


def test_a_url_built_by_concatenation_takes_the_pages_data_attributes() -> None:
    (endpoint,) = jsonapi.script_endpoints(SCROLL_JS, LISTING, {"data-cat": "12"})
    assert endpoint.url == (
        "http://127.0.0.1/api/notice/list.do?catId=12&pageIndex=1&pageSize=15"  # size's default
    )
    assert endpoint.page_key == "pageIndex"
    inline = "<script>var cat = 7;\nfetch('/api/l?cat=' + cat + '&pageNo=' + pageNo);</script>"
    assert _endpoint(inline).url == "http://127.0.0.1/api/l?cat=7&pageNo=1"
    assert jsonapi.data_attributes(SCROLL_PAGE) == {"data-cat": "12"}


def test_a_list_loaded_on_scroll_reads_its_own_script_once_for_every_listing() -> None:
    from lawreports.discovery.listscripts import loader_scripts

    assert loader_scripts(SCROLL_PAGE, LISTING) == ["http://127.0.0.1/js/scrollload.js"]
    assert loader_scripts(SCROLL_PAGE.replace("下拉加载更多", ""), LISTING) == []
    spider = _spider()
    first = TextResponse(
        LISTING, body=SCROLL_PAGE.encode(), encoding="utf-8", request=scrapy.Request(LISTING)
    )
    other = LISTING.replace("47", "48")
    second = TextResponse(
        other,
        body=SCROLL_PAGE.replace('"12"', '"13"').encode(),
        encoding="utf-8",
        request=scrapy.Request(other),
    )
    asked = list(spider._loader_scripts(first, 2, True, frozenset()))
    assert [r.url for r in asked] == ["http://127.0.0.1/js/scrollload.js"]
    assert list(spider._loader_scripts(second, 2, True, frozenset())) == []  # waits for it
    script = TextResponse(
        asked[0].url, body=SCROLL_JS.encode(), encoding="utf-8", request=asked[0]
    )
    pages = sorted(r.url for r in spider.parse_list_script(script))
    assert ["catId=12" in pages[0], "catId=13" in pages[1]] == [True, True]


def test_a_menu_a_script_writes_gives_its_links() -> None:
    from lawreports.discovery.listscripts import own_scripts, written_markup

    menu = (
        "function showsub(n){ var o=document.getElementById('sub'+n); }\n"
        "document.write(\"<table><tr><td onclick='showsub(1)'>政务公开</td></tr>\");\n"
        "document.write(\"<tr><td><a href='list.asp?classid=26' target='mainFrame'>法治政府建设"
        '</a></td></tr></table>");'
    )
    markup = written_markup(menu)
    assert "<a href='list.asp?classid=26' target='mainFrame'>法治政府建设</a>" in markup
    page = '<script src="js/jquery.js"></script><script src="js/menu.js"></script>'
    assert own_scripts(page, "http://x.gov.cn/menu.htm") == ["http://x.gov.cn/js/menu.js"]


def test_a_hit_counter_an_article_page_calls_is_no_list_api() -> None:
    """`$.getJSON('/u/visit/hits?manuscriptId=…')` filling `#hits`, a `/api/getClickCount.do`
    beside it, a call whose answer fills only a counter: none is asked as a list."""
    article = (
        "<span id='hits'></span><script>"
        "$.getJSON('/u/visit/hits?manuscriptId=274afe65a3093927c29caa48fec94543',"
        "function(d){$('#hits').text(d.count);});\n"
        "$.get('/api/getClickCount.do?id=12');\n"
        "$.getJSON('/api/doc/12', function (d) { $('#ReadNum').html(d.n); });\n"
        "$.ajax({url: '/api/stat/12', success: function (d) {"
        " document.getElementById('djl').innerHTML = d; }});"
        "</script>"
    )
    assert jsonapi.find_endpoints(article, LISTING) == []
    for counter in ("/u/visit/hits", "/api/getClickCount.do", "/cms/viewcount", "/pv.jsp"):
        assert jsonapi.counts_hits(counter), counter


def test_a_list_api_is_not_taken_for_a_counter() -> None:
    listing = (
        "<script>$.getJSON('/api/visitList', {pageNo: 1}, function (d) {"
        " $('#list').html(render(d.rows)); $('#total').text(d.total); });</script>"
    )
    (endpoint,) = jsonapi.find_endpoints(listing, LISTING)
    assert endpoint.url.startswith("http://127.0.0.1/api/visitList")
    for api in ("/api/article/list", "/u/channel/treeNew/xinning", "/api/account/articles"):
        assert not jsonapi.counts_hits(api), api


def test_a_data_field_given_a_constant_of_the_script_is_sent_with_its_value() -> None:
    """`var channelId = '5c1e…'` … `data: {channelId: channelId}`: sent as the page sends it; a
    variable assigned again (or stepped) is no constant."""
    html = (
        "<script>var projectName = 'xinning';\nvar channelId = '5c1e7d0b';\nvar size = 15;\n"
        "$.ajax({ url: '/u/channel/treeNew/' + projectName, dataType: 'jsonp',"
        " data: { level: 1, pid: '', channelId: channelId, rows: size } });</script>"
    )
    endpoint = _endpoint(html)
    assert endpoint.url.startswith("http://127.0.0.1/u/channel/treeNew/xinning?level=1&pid=")
    assert "channelId=5c1e7d0b" in endpoint.url and "rows=15" in endpoint.url
    changed = html.replace("var size = 15;", "var size = 15; size = readSize();")
    assert "rows=" not in _endpoint(changed).url
