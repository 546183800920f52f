"""Pagers of older county CMSs, on saved GBK pages (charset only in a `<meta http-equiv>`):
ASP.NET postback paging, `goPage()` scripts that build the page URL from a typed-in number
(DedeCMS `list_12_N.html`, 动易 `List.asp?ClassID=5&page=N`), and the metadata lines of their
detail pages."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs

import pytest
from parsel import Selector
from scrapy.http import HtmlResponse

from lawreports.discovery.pagination import other_pages, script_pager, text_page_count
from lawreports.discovery.postback import form_pages, pager_postbacks, postback_request
from lawreports.extract.metadata import parse_label_text

LISTINGS = Path(__file__).resolve().parent.parent / "data" / "listings"
HOST = "http://www.tongwei.gov.cn"
PAGER = "ctl00$ContentPlaceHolder1$AspNetPager1"


def saved(name: str, url: str) -> HtmlResponse:
    """A saved page as the server sent it: GBK bytes, a Content-Type without a charset."""
    body = (LISTINGS / name).read_bytes()
    return HtmlResponse(url, body=body, headers={"Content-Type": "text/html"})


def test_aspnet_pager_names_the_pages_after_the_current_one() -> None:
    response = saved("aspnet_pager_page2.gbk.html", f"{HOST}/NewsList.aspx?cid=5")
    assert "政府信息公开" in response.text  # decoded as GBK from the meta tag
    pages = pager_postbacks(response.selector, response.url, current=2)
    assert [(p.target, p.argument, p.page) for p in pages] == [(PAGER, "3", 3), (PAGER, "4", 4)]
    assert {p.form_url for p in pages} == {f"{HOST}/NewsList.aspx?cid=5"}
    # 首页, 上一页 and 1 post back for page 1: never asked for again.
    assert response.text.count(f"__doPostBack('{PAGER}','1')") == 3
    assert len({p.key for p in pages}) == 2


def test_postback_posts_the_form_with_its_state_and_the_pager_event() -> None:
    response = saved("aspnet_pager_page2.gbk.html", f"{HOST}/NewsList.aspx?cid=5")
    page = pager_postbacks(response.selector, response.url, current=2)[0]
    request = postback_request(response, page, meta={"x": 1})
    assert request.method == "POST"
    assert request.url == f"{HOST}/NewsList.aspx?cid=5"
    assert request.headers[b"Content-Type"] == b"application/x-www-form-urlencoded"
    form = parse_qs(request.body.decode("ascii"), True)
    viewstate = response.xpath("//input[@name='__VIEWSTATE']/@value").get()
    validation = response.xpath("//input[@name='__EVENTVALIDATION']/@value").get()
    assert form["__VIEWSTATE"] == [viewstate]
    assert form["__EVENTVALIDATION"] == [validation]
    assert form["__VIEWSTATEGENERATOR"] == ["1E4F2A6B"]
    assert form["__EVENTTARGET"] == [PAGER] and form["__EVENTARGUMENT"] == ["3"]
    assert "ctl00$btnSearch" not in form  # the search button is not clicked
    assert request.meta["x"] == 1


def test_postback_links_that_are_not_a_pager_are_not_pages() -> None:
    html = (
        '<form method="post" action="./Default.aspx"><input type="hidden" name="__VIEWSTATE"'
        ' value="/wEPDw" />'
        "<a href=\"javascript:__doPostBack('ctl00$lbtnLogin','')\">用户登录</a>"
        "<a href=\"javascript:__doPostBack('ctl00$gvList','Sort$Title')\">标题</a>"
        "<a href=\"javascript:__doPostBack('ctl00$gvList','Page$2')\">2</a>"
        "<a href=\"javascript:__doPostBack('ctl00$gvList','Page$11')\">...</a>"
        "<a href=\"javascript:__doPostBack('ctl00$lbtnMore','3')\">更多信息</a></form>"
    )
    pages = pager_postbacks(Selector(text=html), f"{HOST}/Default.aspx")
    assert [(p.target, p.argument) for p in pages] == [
        ("ctl00$gvList", "Page$2"),
        ("ctl00$gvList", "Page$11"),
    ]
    # Without a WebForms form (no viewstate) there is nothing to post back.
    bare = html.replace("__VIEWSTATE", "token")
    assert pager_postbacks(Selector(text=bare), f"{HOST}/Default.aspx") == []


def _form_pager(page: int, pages: int, script: str | None = None) -> str:
    def link(text: str, target: int) -> str:
        return f'<a href="javascript:void(0)" onclick="goPage({target})">{text}</a>'

    script = script or (
        "function goPage(p){ var f = document.getElementById('pageForm');"
        " document.getElementById('pageNo').value = p; f.submit(); }"
    )
    return (
        '<html><body><form name="search" action="/search.jsp"><input type="text" name="q" />'
        '<input type="hidden" name="page" value="1" /></form>'
        '<div class="pagebar"><form name="pageForm" id="pageForm" method="post"'
        ' action="/xxgk/list.jsp"><input type="hidden" name="catId" value="1205" />'
        f'<input type="hidden" name="pageNo" id="pageNo" value="{page}" /></form>'
        + link("首页", 1)
        + link("上一页", max(page - 1, 1))
        + (link("下一页", page + 1) if page < pages else "<span>下一页</span>")
        + (link("尾页", pages) if page < pages else "<span>尾页</span>")
        + f"<span>第{page}/{pages}页</span></div><script>{script}</script></body></html>"
    )


def test_a_form_pager_posts_its_form_for_each_page_after_the_current_one() -> None:
    html = _form_pager(2, 5)
    pages = form_pages(Selector(text=html), html, f"{HOST}/xxgk/list.jsp?catId=1205")
    assert [p.page for p in pages] == [3, 4, 5]
    assert {(p.form_url, p.method, p.field) for p in pages} == {
        (f"{HOST}/xxgk/list.jsp", "POST", "pageNo")
    }
    assert pages[0].fields == (("catId", "1205"), ("pageNo", "3"))
    assert len({p.key for p in pages}) == 3
    other_column = _form_pager(2, 5).replace('value="1205"', 'value="1210"')
    (first, *_) = form_pages(Selector(text=other_column), other_column, f"{HOST}/xxgk/list.jsp")
    assert first.key != pages[0].key
    response = HtmlResponse(
        f"{HOST}/xxgk/list.jsp?catId=1205", body=html.encode(), encoding="utf-8"
    )
    request = pages[0].request(response, meta={"x": 1})
    assert (request.method, request.url) == ("POST", f"{HOST}/xxgk/list.jsp")
    assert parse_qs(request.body.decode("ascii")) == {"catId": ["1205"], "pageNo": ["3"]}
    assert request.meta["x"] == 1
    # The count its text states bounds it where the links name only the next page.
    only_next = _form_pager(1, 7).replace("goPage(7)", "goPage(2)")
    assert [p.page for p in form_pages(Selector(text=only_next), only_next, HOST)] == [
        2,
        3,
        4,
        5,
        6,
        7,
    ]
    last = _form_pager(5, 5)
    assert form_pages(Selector(text=last), last, HOST) == []


@pytest.mark.parametrize(
    "script",
    [
        "function goPage(p){ $('#pageNo').val(p); $('#pageForm').submit(); }",
        "function goPage(n){ document.pageForm.pageNo.value = n; doQuery(); }"
        " function doQuery(){ document.pageForm.submit(); }",
    ],
)
def test_a_form_pager_is_read_however_its_function_sets_the_field_and_submits(
    script: str,
) -> None:
    html = _form_pager(1, 3, script)
    assert [p.page for p in form_pages(Selector(text=html), html, HOST)] == [2, 3]


@pytest.mark.parametrize(
    "script",
    [
        "function goPage(p){ location.href = 'list.jsp?pageNo=' + p; }",  # no form: a URL pager
        "function goPage(p){ document.getElementById('pageNo').value = p; }",  # never submitted
        "function goPage(p){ document.getElementById('q').value = p; pageForm.submit(); }",
    ],
)
def test_a_function_that_does_not_set_the_page_field_and_submit_is_no_form_pager(
    script: str,
) -> None:
    html = _form_pager(1, 3, script)
    assert form_pages(Selector(text=html), html, HOST) == []


def test_dede_go_box_pages_up_to_the_count_its_text_states() -> None:
    """`第1页/共5页 <input id="pageNo"> GO`, the URL built from the box's value."""
    response = saved("dede_gopage.gbk.html", f"{HOST}/a/zwgk/")
    pages = script_pager(response.text, response.url, response.selector)
    assert pages == [f"{HOST}/a/zwgk/list_12_{n}.html" for n in range(2, 6)]
    assert other_pages(response.text, response.url, response.selector) == {"script_pager": pages}


def test_powereasy_go_page_query_with_a_page_count_in_its_text() -> None:
    """动易: `function goPage(n){location.href='List.asp?ClassID=5&page='+n}`, 页次：1/3页."""
    response = saved("powereasy_gopage.gbk.html", f"{HOST}/List.asp?ClassID=5")
    pages = script_pager(response.text, response.url, response.selector)
    assert pages == [f"{HOST}/List.asp?ClassID=5&page={n}" for n in (2, 3)]


@pytest.mark.parametrize(
    ("html", "count"),
    [
        ("<span>第<strong>1</strong>页/共<strong>5</strong>页</span>", 5),
        ('页次：<strong><font color="red">1</font>/3</strong>页', 3),
        ("共 12 页 当前第 1 页", 12),
        ("<div>1/7页 首页 上一页</div>", 7),
        ("<div>没有分页</div>", None),
    ],
)
def test_page_count_stated_by_a_pager(html: str, count: int | None) -> None:
    assert text_page_count(html) == count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "作者：佚名　文章来源：通渭县司法局　点击数：218　更新时间：2025-1-15",
            {"publisher": "通渭县司法局", "publish_date": "2025-1-15"},
        ),
        (
            "发布时间：2025-03-20 16:05 来源：县政府办 作者：admin 点击数：",
            {"publisher": "县政府办", "publish_date": "2025-03-20 16:05"},
        ),
        (
            "文章来源：通渭县司法局\t更新时间：2022-02-18 10:12:45\t点击：",
            {"publisher": "通渭县司法局", "publish_date": "2022-02-18 10:12:45"},
        ),
    ],
)
def test_old_cms_article_lines(text: str, expected: dict[str, str]) -> None:
    found = parse_label_text(text)
    assert {k: found.get(k) for k in expected} == expected
