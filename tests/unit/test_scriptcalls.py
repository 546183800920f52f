"""Links written only in script: the calls that load or open a page by a literal URL, and the
name each is given from the page (the tab, the box heading, the caller, a comment)."""

from __future__ import annotations

from lawreports.discovery import jsonapi
from lawreports.discovery.frames import frame_sources
from lawreports.discovery.links import page_links
from lawreports.discovery.scriptcalls import may_load_pages, page_calls

BASE = "http://www.example.gov.cn/"


def _page(body: str, script: str) -> str:
    return f'<html><body>{body}<script type="text/javascript">\n{script}\n</script></body></html>'


def test_calls_that_load_or_open_a_page_by_a_literal() -> None:
    page = _page(
        "",
        "$('#tab2').load('/col/col5678/list.html .list-box');\n"
        "$.get('/zwgk/fzzfjs/list.shtml', function (html) { $('#fzzf').html(html); });\n"
        "$.get('/api/list.jsp?page=1', function (d) { render(d); });\n"
        "$.ajax({ url: '/xxgk/nb/list.html', success: function (h) { $('#nb').html(h); } });\n"
        "function goFzzf() { window.open('/col/col91/index.html'); } // 法治政府建设\n"
        "location.href = '/jsearchfront/search.do?q=' + q;\n"
        "var u = '/col/col1/index.html'; $('#x').load(u);\n"
        "function showTab(url) { $('#y').load(url); }\n"
        "$.get('/bm/list.jsp?colId=7', function (data) { $('#bm').html(data); });\n"
        "$.get('/api/docs.jsp?page=1', function (data) { $('#docs').html(render(data)); });\n"
        "$.getScript('/js/tabs.js');",
    )
    calls = {(c.url, c.via, c.target, c.function, c.label) for c in page_calls(page)}
    assert calls == {
        ("/col/col5678/list.html", "load", "tab2", None, ""),
        ("/zwgk/fzzfjs/list.shtml", "load", "fzzf", None, ""),
        ("/xxgk/nb/list.html", "load", "nb", None, ""),
        ("/col/col91/index.html", "open", None, "goFzzf", "法治政府建设"),
        # a variable given a literal; a function's parameter is not one
        ("/col/col1/index.html", "load", "x", None, ""),
        # not a static page, but its reply goes into the page as it is: a list, not an API
        ("/bm/list.jsp?colId=7", "load", "bm", None, ""),
    }


def test_a_name_beside_a_call_is_looked_for_near_it() -> None:
    """A minified script is one line: a name far from the call is not the call's."""
    far = "alert('法治政府建设专栏');" + "var a = 1;" * 30 + "$('#x').load('/col/col5/list.html');"
    assert [c.label for c in page_calls(_page("", far))] == [""]
    near = "$('#x').load('/col/col5/list.html'); // 依法行政"
    assert [c.label for c in page_calls(_page("", near))] == ["依法行政"]


def test_a_page_without_such_calls_is_not_read() -> None:
    assert not may_load_pages("<html><body><script>var a = 1;</script></body></html>")
    assert not may_load_pages("<html><body><p>$('#x').load('/a.html')</p></body></html>")
    assert page_calls("<html><body><a href='/x.html'>x</a></body></html>") == ()


def _scripted(page: str) -> dict[str, tuple[str, int, str]]:
    return {
        lk.url.removeprefix(BASE): (lk.text, lk.score, lk.via)
        for lk in page_links(page, BASE + "index.html")
        if lk.via
    }


def test_a_loaded_list_is_named_by_its_tab_heading_or_caller() -> None:
    page = _page(
        # tabs matched to panes by index
        '<div class="box"><ul class="tab-nav"><li class="on">通知公告</li><li>图片新闻</li>'
        '<li>法治政府建设</li></ul><div class="tab-con" id="t1"></div>'
        '<div class="tab-con" id="t2"></div><div class="tab-con" id="t3"></div></div>'
        # a tab that names its pane
        '<ul><li><a href="#gk" data-toggle="tab">政府信息公开</a></li></ul><div id="gk"></div>'
        # a box heading
        '<div class="bm"><div class="bm-tit"><h3>依法行政</h3></div><div id="yfxz">'
        '<img src="/images/loading.gif" /></div></div>'
        # a caller
        '<li onclick="showNb()">年度报告</li><div id="header"></div>',
        "$('#t1').load('/col/col11/list.html');\n$('#t2').load('/col/col12/list.html');\n"
        "$('#t3').load('/col/col13/list.html');\n$('#gk').load('/col/col20/list.html');\n"
        "$.get('/col/col30/list.shtml', function (h) { $('#yfxz').html(h); });\n"
        "function showNb() { $('#main').load('/col/col40/list.html'); }\n"
        "$('#header').load('/include/header.html');",
    )
    links = _scripted(page)
    assert links["col/col11/list.html"][:1] == ("通知公告",)
    assert links["col/col13/list.html"] == ("法治政府建设", 70, "load")
    assert links["col/col20/list.html"][0] == "政府信息公开"
    assert links["col/col30/list.shtml"][0] == "依法行政"
    assert links["col/col40/list.html"][0] == "年度报告"
    # 图片新闻 and the header include lead nowhere worth going
    assert "col/col12/list.html" not in links
    assert "include/header.html" not in links


def test_handlers_naming_a_page_are_links() -> None:
    page = (
        "<html><body><ul>"
        "<li onclick=\"showTab('/bm/sfj/col313/list.shtml', this)\">法治政府建设</li>"
        "<li onclick=\"showTab(this, 'tab2')\">工作动态</li>"
        "<li><a href=\"javascript:openCol('/col/col91/index.html')\">依法治县</a></li>"
        '<li><a href="javascript:void(0)">打印</a></li></ul></body></html>'
    )
    links = _scripted(page)
    assert links == {
        "bm/sfj/col313/list.shtml": ("法治政府建设", 70, "onclick"),
        "col/col91/index.html": ("依法治县", 45, "onclick"),
    }


def test_a_frame_whose_source_a_script_sets_is_a_page() -> None:
    page = _page(
        '<iframe id="xxgkFrame" src="about:blank"></iframe><iframe name="list"></iframe>'
        '<div id="f3"><iframe id="gkFrame"></iframe></div><iframe id="weatherFrame"></iframe>'
        '<img id="banner" src="" />',
        "document.getElementById('xxgkFrame').src = '/xxgk/col/col1234/index.html';\n"
        "window.frames['list'].location.href = 'list.jsp?catId=215';\n"
        "$('#gkFrame').attr('src', '/zwgk/index.html');\n"
        "document.getElementById('weatherFrame').src = '/tianqi/index.html';\n"
        "document.getElementById('banner').src = '/images/banner.jpg';\n"
        "document.getElementById('nothere').src = '/x/index.html';",
    )
    frames = frame_sources(page, BASE + "xxgk/index.html")
    assert [(f.url.removeprefix(BASE), f.scripted) for f in frames] == [
        ("xxgk/col/col1234/index.html", True),
        ("xxgk/list.jsp?catId=215", True),
        ("zwgk/index.html", True),
    ]


def test_a_ztree_node_names_its_column_in_a_click_handler() -> None:
    page = _page(
        "",
        "var zNodes = [\n"
        "  { id:3, pId:1, name:'法治政府建设', click:\"openCol('/col/col91/index.html')\" },\n"
        "  { id:4, pId:1, name:'财政信息', link:'/col/col92/index.html' },\n"
        "  { id:5, pId:0, name:'信息公开目录', open:true },\n"
        "  { id:6, pId:1, name:'政府信息公开年报', click: function(){ openCol('/col/col93/index.html'); } }\n];",
    )
    assert {(r.title, r.url) for r in jsonapi.inline_records(page)} == {
        ("法治政府建设", "/col/col91/index.html"),
        ("财政信息", "/col/col92/index.html"),
        ("政府信息公开年报", "/col/col93/index.html"),
    }


def test_records_inside_a_tree_keyed_by_column_and_inside_a_nodes_children() -> None:
    """An object that is no record itself (a tree keyed by column, a node with its children)
    holds records: its own name and URL when it has them, and each inner object's."""
    keyed = _page(
        "",
        'var gkTree = {"jgzn": [{name: "机构职能", url: "/htx/c1001/list.shtml"},'
        ' {name: "领导信息", url: "/htx/c1002/list.shtml"}],'
        ' "qtzdgk": [{name: "重点领域", url: "/htx/c1010/list.shtml"}]};',
    )
    assert {(r.title, r.url) for r in jsonapi.inline_records(keyed)} == {
        ("机构职能", "/htx/c1001/list.shtml"),
        ("领导信息", "/htx/c1002/list.shtml"),
        ("重点领域", "/htx/c1010/list.shtml"),
    }
    nested = _page(
        "",
        "var zNodes = [{name:'其他主动公开', url:'/gk/qt/index.html', children:["
        "{name:'重点领域', url:'/gk/qt/zdly/index.html'},"
        "{name:'法治政府建设', url:'/gk/qt/fzzfjs/index.html'}]}];",
    )
    assert {(r.title, r.url) for r in jsonapi.inline_records(nested)} == {
        ("其他主动公开", "/gk/qt/index.html"),
        ("重点领域", "/gk/qt/zdly/index.html"),
        ("法治政府建设", "/gk/qt/fzzfjs/index.html"),
    }


def test_a_tree_nodes_placeholder_page_is_no_link() -> None:
    """A catalogue tree's parent and empty nodes point at `null.shtml`: only real pages are
    records, from a JSONP reply or from inline nodes; a node's real `iframeurl` still counts."""
    reply = jsonapi.parse_json(
        'JsonpCallBack({"list": ['
        '{"name": "法定主动公开内容", "url": "/xinning/fdzdgknr/null.shtml",'
        ' "iframeurl": "/xinning/fdzdgknr/null.shtml", "isParent": true},'
        '{"name": "法治政府建设", "url": "/xinning/fzzfjs/xlist.shtml",'
        ' "iframeurl": "/xinning/fzzfjs/zwgk_right.shtml"},'
        '{"name": "政府信息公开制度", "url": "/xinning/xxgkzd/null.shtml",'
        ' "iframeurl": "/xinning/xxgkzd/zwgk_right.shtml"}]});'
    )
    assert [(r.title, r.url) for r in jsonapi.records(reply)] == [
        ("法治政府建设", "/xinning/fzzfjs/xlist.shtml"),
        ("政府信息公开制度", "/xinning/xxgkzd/zwgk_right.shtml"),
    ]
    page = _page(
        "",
        "var zNodes = [\n  { id:2, pId:0, name:'依申请公开', url:'null.shtml' },\n"
        "  { id:3, pId:0, name:'政府信息公开年报', url:'/col/col93/index.html' }\n];",
    )
    assert [(r.title, r.url) for r in jsonapi.inline_records(page)] == [
        ("政府信息公开年报", "/col/col93/index.html")
    ]
