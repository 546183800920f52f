"""An article its editor split into pages: the pager under its text names the same article's
pages (a page key, a numbered file name); neighbours, listings and other links are never them."""

from __future__ import annotations

from lawreports.extract.article_pages import (
    MAX_ARTICLE_PAGES,
    append_page,
    other_article_pages,
    page_number,
)
from lawreports.items import ReportItem

BASE = "http://www.py.gov.cn"


def _page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body><h1>彭阳县司法局2023年度法治政府建设工作报告</h1>{body}</body></html>"


def test_dede_dynamic_pages_relative_to_the_base() -> None:
    """`{dede:pagebreak/}`: `view.php?aid=N&pageno=2`, written relative to `<base href>` at the
    site root; the link numbered 1 is the article's bare URL, 上一篇/下一篇 its neighbours."""
    html = _page(
        '<div class="content">正文</div><div class="dede_pages"><ul class="pagelist">'
        "<li><a>共3页: </a></li><li><a href='#'>上一页</a></li>"
        "<li class=\"thisclass\"><a href='#'>1</a></li>"
        "<li><a href='plus/view.php?aid=2466&pageno=2'>2</a></li>"
        "<li><a href='plus/view.php?aid=2466&pageno=3'>3</a></li>"
        "<li><a href='plus/view.php?aid=2466&pageno=2'>下一页</a></li></ul></div>"
        "<ul><li>上一篇：<a href='plus/view.php?aid=2468'>白阳镇司法所开展培训</a></li>"
        "<li>下一篇：<a href='plus/view.php?aid=2464'>2</a></li></ul>",
        head=f'<base href="{BASE}/" />',
    )
    url = BASE + "/plus/view.php?aid=2466"
    assert other_article_pages(html, url) == [
        BASE + "/plus/view.php?aid=2466&pageno=2",
        BASE + "/plus/view.php?aid=2466&pageno=3",
    ]
    # from page 2: only the pages after it; page 1 (`pageno=1` too) is never named again
    page2 = _page(
        "<div class='dede_pages'><a href='/plus/view.php?aid=2466&pageno=1'>1</a>"
        "<a href='/plus/view.php?aid=2466&pageno=2'>2</a>"
        "<a href='/plus/view.php?aid=2466&pageno=3'>3</a></div>"
    )
    assert other_article_pages(page2, url + "&pageno=2", url) == [url + "&pageno=3"]


def test_phpcms_dynamic_and_static_pages() -> None:
    show = BASE + "/index.php?a=show&c=index&catid=12&id=345&m=content"
    html = _page(
        '<div id="pages" class="text-c"><a class="a1">上一页</a> <span>1</span> '
        '<a href="?m=content&amp;c=index&amp;a=show&amp;catid=12&amp;id=345&amp;page=2">2</a> '
        '<a href="?m=content&amp;c=index&amp;a=show&amp;catid=12&amp;id=345&amp;page=2" '
        'class="a1">下一页</a></div>'
        '<a href="?m=content&amp;c=index&amp;a=show&amp;catid=12&amp;id=348">2</a>'
    )
    assert other_article_pages(html, show) == [show + "&page=2"]
    static = BASE + "/html/2024/gsgg_0301/show-12-345-1.html"
    html = _page(
        '<div id="pages"><a href="show-12-345-1.html">1</a><a href="show-12-345-2.html">2</a>'
        '<a href="show-12-345-3.html">3</a><a href="show-12-345-2.html">下一页</a></div>'
        '<a href="show-12-346-1.html">下一篇</a>'
    )
    assert other_article_pages(html, static) == [
        static.replace("-1.html", "-2.html"),
        static.replace("-1.html", "-3.html"),
    ]
    assert page_number(static.replace("-1.html", "-3.html"), static) == 3


def test_trs_pages_after_the_documents_name_and_neighbours_are_not_pages() -> None:
    url = BASE + "/zwgk/202403/t20240301_123456.html"
    html = _page(
        '<div class="pagelink"><span>1</span><a href="t20240301_123456_1.html">2</a>'
        '<a href="t20240301_123456_2.html">3</a><a href="t20240301_123456_1.html">下一页</a></div>'
        '<a href="t20240301_123457.html">上一篇</a><a href="t20240301_12.html">2</a>'
        '<a href="../202402/t20240228_99.html">下一页</a>'
    )
    assert other_article_pages(html, url) == [
        BASE + "/zwgk/202403/t20240301_123456_1.html",
        BASE + "/zwgk/202403/t20240301_123456_2.html",
    ]


# TRS's document pager as its templates write it: the links exist only once the script runs.
TRS_DOCUMENT_PAGER = """<script language="JavaScript">
var currentPage = {current};//所在页从0开始
var prevPage = currentPage-1//上一页
var nextPage = currentPage+1//下一页
var countPage = 3//共多少页
//设置上一页代码
if(countPage>1&&currentPage!=0&&currentPage!=1)
\tdocument.write("<a href=\\"t20240301_123456"+"_" + prevPage + "."+"html\\">上一页</a>&nbsp;");
for(var i=0;i<countPage;i++){{
\tif(currentPage==i) document.write("<span>"+(i+1)+"</span>&nbsp;");
\telse if(i==0) document.write("<a href=\\"t20240301_123456.html\\">"+(i+1)+"</a>&nbsp;");
\telse document.write("<a href=\\"t20240301_123456"+"_" + i + "."+"html\\">"+(i+1)+"</a>&nbsp;");
}}
</script>"""


def test_trs_pages_drawn_by_the_document_pager_script() -> None:
    url = BASE + "/zwgk/202403/t20240301_123456.html"
    assert other_article_pages(_page(TRS_DOCUMENT_PAGER.format(current=0)), url) == [
        BASE + "/zwgk/202403/t20240301_123456_1.html",
        BASE + "/zwgk/202403/t20240301_123456_2.html",
    ]
    # read from the second page, only the third is left
    second = BASE + "/zwgk/202403/t20240301_123456_1.html"
    html = _page(TRS_DOCUMENT_PAGER.format(current=1))
    assert other_article_pages(html, second, url) == [
        BASE + "/zwgk/202403/t20240301_123456_2.html"
    ]


def test_trs_pages_drawn_by_create_page_html_with_the_documents_name() -> None:
    url = BASE + "/zwgk/202403/t20240301_123456.shtml"
    html = _page('<script>createPageHTML(2, 0, "t20240301_123456", "shtml");</script>')
    assert other_article_pages(html, url) == [BASE + "/zwgk/202403/t20240301_123456_1.shtml"]
    # a listing's pager on the same page (a related list) is no page of the article
    listing = _page('<script>createPageHTML(5, 0, "index", "shtml");</script>')
    assert other_article_pages(listing, url) == []
    # a count with no script building the document's numbered names says nothing
    assert other_article_pages(_page("<script>var countPage = 4;</script>"), url) == []


def test_a_page_without_its_articles_pager_names_nothing() -> None:
    url = BASE + "/plus/view.php?aid=2466"
    # another script's pager (a list), another article, another host: none of them
    html = _page(
        "<a href='/plus/list.php?tid=5&PageNo=2'>2</a>"
        "<a href='/plus/view.php?aid=2470&pageno=2'>2</a>"
        "<a href='http://other.gov.cn/plus/view.php?aid=2466&pageno=2'>2</a>"
        "<a href='/plus/view.php?aid=2466&pageno=2'>阅读全文</a>"
    )
    assert other_article_pages(html, url) == []
    assert other_article_pages(_page("<p>正文</p>"), url) == []


def test_an_articles_pages_are_bounded() -> None:
    url = BASE + "/plus/view.php?aid=2466"
    html = _page(
        "".join(f"<a href='/plus/view.php?aid=2466&pageno={n}'>{n}</a>" for n in range(1, 60))
    )
    pages = other_article_pages(html, url)
    assert len(pages) == MAX_ARTICLE_PAGES - 1
    assert pages[0].endswith("pageno=2") and pages[-1].endswith(f"pageno={MAX_ARTICLE_PAGES}")


def test_append_page_adds_the_next_pages_text_once() -> None:
    item = ReportItem(url="u", title="t", body="一、第一页\n二、仍是第一页")
    assert append_page(item, ReportItem(url="u2", body="三、第二页"))
    assert item.body == "一、第一页\n二、仍是第一页\n三、第二页"
    # a server ignoring the page key answers with the first page again: nothing added
    assert not append_page(item, ReportItem(url="u3", body="一、第一页\n二、仍是第一页"))
    assert not append_page(item, ReportItem(url="u4", body=""))
    # the whole text again under a pager of comments: not another page of it
    again = item.body + "\n网友评论：很好"
    assert not append_page(item, ReportItem(url="u5", body=again))
    # a heading every page repeats is left out of the next page's text
    assert append_page(item, ReportItem(url="u6", body="一、第一页\n四、第三页\n五、仍是第三页"))
    assert item.body.endswith("三、第二页\n四、第三页\n五、仍是第三页")
    item2 = ReportItem(url="u", attachments=[{"url": "a.pdf"}], body="x")
    append_page(
        item2, ReportItem(url="u2", body="y", attachments=[{"url": "a.pdf"}, {"url": "b.doc"}])
    )
    assert [a["url"] for a in item2.attachments] == ["a.pdf", "b.doc"]
