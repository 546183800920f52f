"""Listings filled by script, on saved markup: Hanweb jpage/dataproxy, JSON APIs, render evidence."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from parsel import Selector

from lawreports.discovery import hanweb, jsonapi
from lawreports.discovery.links import page_links
from lawreports.discovery.render import empty_list_container

LISTINGS = Path(__file__).resolve().parent.parent / "data" / "listings"
PAGE = "http://www.example.gov.cn/col/col64511/index.html"


def saved(name: str) -> str:
    return (LISTINGS / name).read_text(encoding="utf-8")


def test_hanweb_jpage_fields_come_from_the_page_script() -> None:
    jpage = hanweb.find_jpage(saved("hanweb_column.html"))
    assert jpage is not None
    assert jpage.proxy_path == "/module/web/jpage/dataproxy.jsp"
    assert jpage.total == 1376 and jpage.per_page == 15
    assert jpage.fields["columnid"] == "64511" and jpage.fields["unitid"] == "1234567"
    assert jpage.fields["webname"] == "某县人民政府"
    assert jpage.fields["sourceContentType"] == "1" and jpage.fields["col"] == "1"


def test_hanweb_first_call_is_a_post_with_a_record_window() -> None:
    jpage = hanweb.find_jpage(saved("hanweb_column.html"))
    assert jpage is not None
    call = hanweb.call(jpage, PAGE, variant=0, batch=1)
    assert call is not None and call.method == "POST"
    query = parse_qs(urlsplit(call.url).query)
    assert query == {"startrecord": ["46"], "endrecord": ["90"], "perpage": ["45"]}
    assert call.formdata is not None and call.formdata["columnid"] == "64511"
    assert hanweb.batch_count(jpage, None) == 31


def test_hanweb_variants_try_get_then_the_other_proxy_paths() -> None:
    jpage = hanweb.find_jpage(saved("hanweb_column.html"))
    assert jpage is not None
    calls = [hanweb.call(jpage, PAGE, v, 0) for v in range(4)]
    assert [(c.method, urlsplit(c.url).path) for c in calls if c] == [
        ("POST", "/module/web/jpage/dataproxy.jsp"),
        ("GET", "/module/web/jpage/dataproxy.jsp"),
        ("POST", "/module/jpage/dataproxy.jsp"),
        ("POST", "/module/jslib/jquery/jpage/dataproxy.jsp"),
    ]
    get = calls[1]
    assert get is not None and "columnid=64511" in get.url and get.formdata is None
    assert hanweb.call(jpage, PAGE, 4, 0) is None


def test_hanweb_records_inline_and_in_a_dataproxy_reply_are_links() -> None:
    links = {lk.url: lk for lk in page_links(saved("hanweb_column.html"), PAGE)}
    report = "http://www.example.gov.cn/art/2024/3/12/art_64511_10312345.html"
    assert links[report].is_report
    assert links["http://www.example.gov.cn/art/2024/2/20/art_64511_10298765.html"].score == 0
    reply = saved("hanweb_dataproxy_reply.xml")
    assert hanweb.has_records(reply) and hanweb.reply_total(reply) == 1928
    reports = [lk for lk in page_links(reply, PAGE) if lk.is_report]
    assert [lk.url for lk in reports] == [
        "http://www.example.gov.cn/art/2026/9/16/art_77278_11830771.html"
    ]


def test_jsonp_wrapped_datastore_is_unwrapped() -> None:
    raw = 'raw({"result":"<datastore><totalrecord>1<\\/totalrecord><recordset><record><![CDATA[<a href=\\"/art/1.html\\">x</a>]]></record></recordset></datastore>"})'
    assert '<a href="/art/1.html">' in hanweb.unwrap_jsonp(raw)


def test_json_endpoints_are_found_in_fetch_and_ajax_calls() -> None:
    endpoints = jsonapi.find_endpoints(saved("json_list_page.html"), "http://x.gov.cn/xxgk/")
    by_path = {urlsplit(e.url).path: e for e in endpoints}
    api = by_path["/api/list"]
    assert api.page_key == "page" and api.first_page == 1
    assert jsonapi.page_url(api, 3).endswith("columnId=fzzfjsndbg&page=3")
    docs = by_path["/interface/getDocs.do"]  # `type: "post"`: its data is the form it posts
    assert docs.page_key == "pageNo" and ("channelId", "2371") in docs.fields
    assert (docs.method, docs.body) == ("POST", jsonapi.FORM)


def test_json_records_and_page_count_anywhere_in_the_document() -> None:
    data = jsonapi.parse_json(
        'cb({"code":0,"data":{"totalPage":4,"list":[{"docTitle":"某县2023年度法治政府建设工作报告",'
        '"docUrl":"/a/1.html","pubDate":"2024-03-01"},{"id":7,"name":"无链接"}]}})'
    )
    assert jsonapi.records(data) == [
        jsonapi.Record("某县2023年度法治政府建设工作报告", "/a/1.html")
    ]
    assert jsonapi.total_pages(data) == 4


def test_inline_item_array_records() -> None:
    records = jsonapi.inline_records(saved("json_list_page.html"))
    assert records[0] == jsonapi.Record(
        "某县2023年度法治政府建设工作报告", "/zwgk/2024/0301/c123.html"
    )
    assert len(records) == 2


def test_browser_only_for_an_empty_container_a_script_fills() -> None:
    empty = '<html><body><ul class="doc-list" id="docList"></ul><script>renderList();</script></body></html>'
    assert empty_list_container(Selector(text=empty)) == "ul#docList"
    filled = empty.replace("></ul>", "><li><a href='/a.html'>x</a></li></ul>")
    assert empty_list_container(Selector(text=filled)) is None
    no_script = '<html><body><ul class="list"></ul></body></html>'
    assert empty_list_container(Selector(text=no_script)) is None


def test_a_list_box_holding_a_frame_or_a_search_form_is_not_empty() -> None:
    """The list lives in a frame loaded as a page of its own; a search box lists nothing."""
    script = "<script>document.getElementById('today').innerHTML = 'x';</script>"
    framed = (
        '<html><body><div id="xxgkList" class="list-content"><iframe name="list" '
        f'src="/xxgk/list.jsp?catId=0&pageNo=1"></iframe></div>{script}</body></html>'
    )
    assert empty_list_container(Selector(text=framed)) is None
    search = (
        '<html><body><div class="xxgk-search"><form action="/s"><input name="q" /></form></div>'
        f"{script}</body></html>"
    )
    assert empty_list_container(Selector(text=search)) is None


def test_a_catalogue_tree_drawn_by_script_names_its_columns() -> None:
    """dTree `d.add(id, pid, name, url, title, target)` and zTree node literals (JavaScript,
    not JSON); calls without a name and a URL, and markup built in strings, are not records."""
    page = (
        "<html><body><script type=\"text/javascript\">\nd = new dTree('d');\n"
        "d.add(0,-1,'信息公开目录');\n"
        "d.add(215,200,'法治政府建设','list.jsp?catId=215&pageNo=1','','list');\n"
        'var zNodes = [{ id:300, pId:0, name:"政府信息公开年报", url:"/xxgk/nb/index.html"},'
        " {id: 1, name: '无链接'}];\n"
        "alert('请输入关键词'); window.open('/search.jsp');\n"
        "html += '<a href=\"/x.html\">首页</a>';\ndocument.write(d);\n</script></body></html>"
    )
    assert {(r.title, r.url) for r in jsonapi.inline_records(page)} == {
        ("法治政府建设", "list.jsp?catId=215&pageNo=1"),
        ("政府信息公开年报", "/xxgk/nb/index.html"),
    }


def test_a_page_jump_function_is_no_catalogue_record() -> None:
    """`goPage(n)` builds `'more_' + n + '.html'` and alerts a message: the pieces of the URL
    and the message are no record (no request for `.html`)."""
    page = (
        "<script>\nfunction goPage(n){\n  n = parseInt(n, 10);\n"
        "  if (isNaN(n) || n < 1 || n > 7) { alert('请输入正确的页码！'); return; }\n"
        "  location.href = 'more_' + n + '.html';\n}\n"
        "function tip(){ if (confirm('确定要离开吗？')) { window.location = '/index.html'; } }\n"
        "var box = {title: '法治建设', file: '.html'};\n</script>"
    )
    assert jsonapi.inline_records(page) == []
