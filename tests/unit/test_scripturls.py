"""Data URLs a page's script builds: a detail shell's content endpoint from the page's own query,
a hash-routed catalogue's list API per route."""

from __future__ import annotations

from parsel import Selector

from lawreports.discovery.render import empty_content_container
from lawreports.discovery.scripturls import (
    detail_endpoints,
    handler_target,
    list_endpoints,
    route_endpoints,
    routes,
)

PAGE = "http://gov.example.cn/gkmlpt/content.html?id=5123"


def _page(script: str, body: str = "") -> str:
    return f"<html><body>{body}<div id='content'></div><script>{script}</script></body></html>"


def test_concatenated_query_reader_gives_the_detail_endpoint() -> None:
    html = _page("$.getJSON('/api/article/detail?id=' + getQueryString('id'), function (r) {});")
    assert detail_endpoints(html, PAGE) == ["http://gov.example.cn/api/article/detail?id=5123"]


def test_a_variable_given_the_query_parameter_is_followed() -> None:
    html = _page(
        "const params = new URLSearchParams(location.search);\n"
        "const id = params.get('id');\n"
        "fetch(`/api/content/${encodeURIComponent(id)}`).then(r => r.json());"
    )
    assert detail_endpoints(html, PAGE) == ["http://gov.example.cn/api/content/5123"]


def test_content_endpoint_ranks_before_a_counter_and_constant_urls_are_not_details() -> None:
    html = _page(
        "$.get('/api/count/visit?id=' + getQueryString('id'));\n"
        "$.getJSON('/api/article/detail?id=' + getQueryString('id'), show);\n"
        "$.getJSON('/api/news/list?page=1', list);\n"
        "$.getScript('/js/share.js');"
    )
    assert detail_endpoints(html, PAGE) == [
        "http://gov.example.cn/api/article/detail?id=5123",
        "http://gov.example.cn/api/count/visit?id=5123",
    ]


def test_an_unreadable_piece_leaves_no_endpoint() -> None:
    signed = _page(
        "fetch('/api/detail?id=' + getQueryString('id') + '&sign=' + sign(Date.now()));"
    )
    assert detail_endpoints(signed, PAGE) == []
    assert detail_endpoints(_page("fetch('/api/detail?id=' + id);"), PAGE.partition("?")[0]) == []


def test_hash_routes_fill_the_list_api_with_their_key() -> None:
    script = (
        "var SID = '763125';\n"
        'var catalogs = [{"id":2615,"name":"法治政府建设","url":"/gkmlpt/index#2615"}];\n'
        "function getList(catid, page) {\n"
        "  $.getJSON('/gkmlpt/api/all/' + catid + '?page=' + page + '&sid=' + SID, draw);\n}\n"
        "function route() { var catid = location.hash.replace('#', '') || 0; getList(catid, 1); }\n"
    )
    html = _page(script, '<a href="#2620">政府信息公开年报</a><a href="#top">顶部</a>')
    page = "http://gov.example.cn/gkmlpt/index"
    assert {(r.key, r.name) for r in routes(html, page)} == {
        ("2615", "法治政府建设"),
        ("2620", "政府信息公开年报"),
    }
    found = {route.key: endpoint for route, endpoint in route_endpoints(html, page)}
    assert found["2615"].url == "http://gov.example.cn/gkmlpt/api/all/2615?page=1&sid=763125"
    assert found["2615"].page_key == "page"
    assert set(found) == {"2615", "2620"}


def test_a_page_that_does_not_read_its_hash_has_no_routes_to_list() -> None:
    html = _page(
        "$.getJSON('/api/list/' + catid + '?page=1');", '<a href="#2615">法治政府建设</a>'
    )
    assert route_endpoints(html, "http://gov.example.cn/xxgk/index.html") == []


def test_a_shell_names_its_empty_body_container_for_the_browser() -> None:
    shell = (
        '<html><body><div class="location"><a href="/">首页</a></div>'
        '<div class="article"><h1 id="articleTitle"></h1><div id="content"></div>'
        '<div class="tools"><a href="javascript:window.print()">打印</a></div></div>'
        '<script src="/js/detail.js"></script><script>renderDetail();</script></body></html>'
    )
    assert empty_content_container(Selector(text=shell)) == "div#content"
    filled = shell.replace('<div id="content"></div>', '<div id="content"><p>正文</p></div>')
    assert empty_content_container(Selector(text=filled)) is None


def test_a_column_shell_asks_its_list_api_with_its_own_query_values() -> None:
    html = _page(
        "function loadList(page) {\n"
        "  $.getJSON('/api/dept/articles?deptId=' + getQueryString('deptId') + '&catId='"
        " + getQueryString('catId') + '&page=' + page, draw);\n}\nloadList(1);"
    )
    page = "http://gov.example.cn/bmxxgk/list.html?deptId=sfj&catId=fzzfjs"
    (endpoint,) = list_endpoints(html, page)
    assert endpoint.url == "http://gov.example.cn/api/dept/articles?deptId=sfj&catId=fzzfjs&page=1"
    assert (endpoint.page_key, endpoint.first_page) == ("page", 1)
    assert list_endpoints(html, "http://gov.example.cn/bmxxgk/list.html") == []


_FUNCTIONS = _page(
    "function toggleNode(obj){ $(obj).parent().toggleClass('open'); }\n"
    "function showList(id){ location.href = '/xxgk/list.jsp?catId=' + id; }\n"
    "var base = '/art/';\n"
    "window.openArt = function (id, kind) {\n"
    "  var u = base + kind + '/' + id + '.html';\n  window.open(u, '_blank');\n};\n"
    "function loadCol(c){ $('#list').load('/col/' + c + '/list.html'); }"
)


def test_a_handler_calling_a_page_function_goes_where_the_function_builds_its_url() -> None:
    assert handler_target(_FUNCTIONS, "showList('1205')") == "/xxgk/list.jsp?catId=1205"
    assert handler_target(_FUNCTIONS, 'javascript:showList("12");return false;') == (
        "/xxgk/list.jsp?catId=12"
    )
    assert handler_target(_FUNCTIONS, "openArt(55, 'zc')") == "/art/zc/55.html"
    assert handler_target(_FUNCTIONS, "loadCol('fzzf')") == "/col/fzzf/list.html"


def test_a_handler_whose_call_cannot_be_read_goes_nowhere() -> None:
    assert handler_target(_FUNCTIONS, "toggleNode(this)") is None  # no navigation in it
    assert handler_target(_FUNCTIONS, "openArt(this, 'zc')") is None  # not a literal
    assert handler_target(_FUNCTIONS, "openArt(55)") is None  # a parameter not given
    assert handler_target(_FUNCTIONS, "unknown('1')") is None
    assert handler_target(_page("var id = '9'; location.href = '/x?id=' + id;"), "go('1')") is None


def test_a_body_its_own_script_writes_is_an_empty_container_to_render() -> None:
    """`<div id="zoom"><script>document.write('<p>…</p>')</script></div>`, and the same with
    `unescape('%u6CD5…')`: the script is no text of the container, and it fills it."""
    for code in (
        "document.write('<p>2021年以来，我县…</p>');",
        "document.write(unescape('%u6CD5'));",
    ):
        page = f'<html><body><h1>题</h1><div id="zoom"><script>{code}</script></div></body></html>'
        assert empty_content_container(Selector(text=page)) == "div#zoom"
