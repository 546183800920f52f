"""A shell's content call written with a data object (`$.ajax({url, data: {id: …}})`, `$.getJSON(
url, {id: …})`, a POST form), a query read off `location.search` by hand, and the query of a
hash route (`#/detail?id=123`, `#/article/123` of a `/article/:id` route)."""

from __future__ import annotations

from lawreports.discovery.jsonapi import Record, records
from lawreports.discovery.links import clean_url, page_links, route_url
from lawreports.discovery.scripturls import (
    DataCall,
    detail_calls,
    detail_endpoints,
    link_templates,
)

PAGE = "http://gov.example.cn/zwgk/detail.html?id=5123"
QUERY_JS = (
    "function getQueryString(name) { var r = window.location.search.substr(1)"
    ".match(new RegExp('(^|&)' + name + '=([^&]*)(&|$)')); return r ? r[2] : null; }\n"
)


def _page(script: str) -> str:
    return f"<html><body><div id='content'></div><script>{QUERY_JS}{script}</script></body></html>"


def test_ajax_options_with_a_data_object_give_the_detail_url() -> None:
    html = _page(
        "$.ajax({url: '/api/article/detail', dataType: 'json',"
        " data: {id: getQueryString('id'), siteId: '12'}, success: function (res) {"
        " $('#content').html(res.data.content); }});"
    )
    assert detail_endpoints(html, PAGE) == [
        "http://gov.example.cn/api/article/detail?id=5123&siteId=12"
    ]


def test_a_post_with_a_variable_read_off_the_query_is_a_form() -> None:
    html = _page(
        "var id = getQueryString('id');\n"
        "$.ajax({type: 'POST', data: {articleId: id}, url: '/api/article/info',"
        " success: function (res) { render(res); }});"
    )
    assert detail_calls(html, PAGE) == [
        DataCall("http://gov.example.cn/api/article/info", "POST", (("articleId", "5123"),))
    ]


def test_getjson_with_a_data_argument_and_location_search_parsed_by_hand() -> None:
    html = _page(
        "var id = location.search.split('=')[1];\n"
        "$.getJSON('/api/doc/get', {docId: id}, function (res) { show(res); });\n"
        "$.post('/api/count/hit', {id: id});"
    )
    assert detail_calls(html, PAGE) == [
        DataCall("http://gov.example.cn/api/doc/get?docId=5123"),
        DataCall("http://gov.example.cn/api/count/hit", "POST", (("id", "5123"),)),
    ]


def test_a_data_value_that_cannot_be_read_leaves_the_call_unread() -> None:
    html = _page(
        "$.ajax({url: '/api/article/detail', data: {id: getQueryString('id'), sign: sign()}});"
    )
    assert detail_calls(html, PAGE) == []


def test_a_hash_route_query_and_route_params_are_the_page_query() -> None:
    html = _page(
        "const routes = [{path: '/list', component: List}, {path: '/article/:articleId',"
        " component: Detail}];\n"
        "const Detail = { created() { axios.get('/api/xxgk/detail', {params: {id:"
        " this.$route.params.articleId || this.$route.query.id}}).then(this.show); } };"
    )
    spa = "http://gov.example.cn/xxgk/index.html"
    assert detail_endpoints(html, spa + "#/article/77") == [
        "http://gov.example.cn/api/xxgk/detail?id=77"
    ]
    assert detail_endpoints(html, spa + "#/detail?id=78") == [
        "http://gov.example.cn/api/xxgk/detail?id=78"
    ]
    assert detail_endpoints(html, spa) == []


def test_a_hash_route_link_keeps_its_route() -> None:
    spa = "http://gov.example.cn/xxgk/index.html?v=2"
    assert route_url(spa, "#/detail?id=123") == spa + "#/detail?id=123"
    assert route_url(spa, "#!/article/123") == spa + "#!/article/123"
    assert route_url(spa, "/xxgk/index.html#/article/9") == (
        "http://gov.example.cn/xxgk/index.html#/article/9"
    )
    assert route_url(spa, "#top") is None
    assert route_url(spa, "#/") is None
    assert route_url(spa, "list.html") is None
    assert clean_url(spa + "#/detail?id=123") == spa


def test_a_list_whose_records_hold_only_ids_gets_its_links_from_the_page_template() -> None:
    spa = (
        '<div id="app"><ul><li v-for="a in items">'
        "<router-link :to=\"'/article/' + a.id\">{{ a.title }}</router-link></li></ul>"
        '<p v-for="n in notices"><a :href="`/tzgg/${n.docId}.html`">{{ n.title }}</a></p>'
        '<a :href="\'#/detail?id=\' + x.id" v-if="false">x</a></div>'
        "<script>new VueRouter({routes: [{path: '/article/:id', component: Detail}]});</script>"
    )
    templates = link_templates(spa)
    reply = {"data": {"records": [{"id": 402, "title": "某县2024年度法治政府建设工作报告"}]}}
    assert records(reply, templates) == [
        Record("某县2024年度法治政府建设工作报告", "#/article/402")
    ]
    notices = {"rows": [{"docId": "n7", "title": "关于开展法治宣传活动的通知"}]}
    assert records(notices, templates) == [Record("关于开展法治宣传活动的通知", "/tzgg/n7.html")]
    history = spa.replace("new VueRouter({", "new VueRouter({mode: 'history', ")
    assert records(reply, link_templates(history)) == [
        Record("某县2024年度法治政府建设工作报告", "/article/402")
    ]
    assert records(reply) == []


def test_a_script_written_anchor_is_a_template_too() -> None:
    page = (
        "<ul id='list'></ul><script>$.getJSON('/api/list?page=1', function (res) {"
        " var html = ''; $.each(res.rows, function (i, a) {"
        " html += '<li><a href=\"#/detail?id=' + a.articleId + '\">' + a.title + '</a></li>';"
        " }); $('#list').html(html); });</script>"
    )
    reply = {"rows": [{"articleId": "a9", "title": "某县2024年度法治政府建设工作报告"}]}
    assert records(reply, link_templates(page)) == [
        Record("某县2024年度法治政府建设工作报告", "#/detail?id=a9")
    ]


def test_a_rendered_app_anchor_to_a_reports_route_is_a_link_and_its_other_routes_are_not() -> None:
    """A report's route is a report link; a column toward reports is a view of the app (read
    through the browser, `via` "route"); the app's home and its other articles are neither."""
    spa = "http://gov.example.cn/xxgk/index.html"
    html = (
        '<div id="app"><a href="#/list/fzzfjs">法治政府建设</a><a href="#/home">首页</a>'
        '<a href="#/detail?id=401">某县司法局2024年度法治政府建设工作报告</a>'
        '<a href="#/detail?id=399">某县2025年法治政府建设工作要点</a></div>'
    )
    links = page_links(html, spa)
    assert [(lk.url, lk.is_report, lk.via) for lk in links] == [
        (spa + "#/list/fzzfjs", False, "route"),
        (spa + "#/detail?id=401", True, ""),
    ]
