"""Reading a pager from the page itself: what a double arrow means (next on `上一页 1 2 3 >>`,
last beside `>`), which GridView postbacks to follow (`Page$Next`, never `Page$Last`), and a
listing's stop said once when two pager forms reach it."""

from __future__ import annotations

from parsel import Selector
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from lawreports.discovery import journal as jr
from lawreports.discovery.pagination import next_links, other_pages, pager_urls, read_pager
from lawreports.discovery.postback import pager_postbacks
from lawreports.sites import SiteConfig, spider_class_for

HOST = "http://www.ahx.gov.cn"
GRID = "ctl00$Main$GridView1"


def pages_of(html: str, url: str) -> list[str]:
    found = other_pages(html, url, Selector(text=html))
    return [u for urls in found.values() for u in urls]


def test_a_double_arrow_beside_a_single_one_is_last_and_not_followed() -> None:
    """`<a href="list_2.html">></a><a href="list_9.html">>></a>`: `>` next, `>>` last."""
    html = (
        '<div class="page"><span>1</span><a href="list_2.html">&gt;</a>'
        '<a href="list_9.html">&gt;&gt;</a></div>'
    )
    url = f"{HOST}/tzgg/list.html"
    assert pages_of(html, url) == [f"{HOST}/tzgg/list_2.html"]
    assert read_pager(url, Selector(text=html)).arrows == {f"{HOST}/tzgg/list_9.html": "last"}
    # The last page is the pager's, never a column to crawl on its own.
    assert f"{HOST}/tzgg/list_9.html" in pager_urls(url, Selector(text=html))


def test_a_double_arrow_naming_the_page_after_this_one_is_next() -> None:
    """`上一页 1 2 [3] >>`, numbers in blocks of three: `>>` is the only way to page 4, and the
    numbers behind this page are not pages to follow."""
    html = (
        '<div class="pagination"><a href="list_2.html">上一页</a> <a href="list.html">1</a>'
        ' <a href="list_2.html">2</a> <span class="current">3</span>'
        ' <a href="list_4.html">&gt;&gt;</a></div>'
    )
    url = f"{HOST}/tzgg/list_3.html"
    assert other_pages(html, url) == {"next_link": [f"{HOST}/tzgg/list_4.html"]}
    assert next_links(html, url, Selector(text=html)) == [f"{HOST}/tzgg/list_4.html"]


def test_two_pages_where_next_and_last_are_the_same_page() -> None:
    html = '<span>1</span> <a href="?cid=8&page=2">2</a> <a href="?cid=8&page=2">»»</a>'
    assert pages_of(html, f"{HOST}/fgwj/list.jsp?cid=8") == [f"{HOST}/fgwj/list.jsp?cid=8&page=2"]


def test_a_last_double_arrow_with_a_page_number_names_every_page_after_this_one() -> None:
    """`<< < 1 [2] 3 > >>` on `?page=2`: pages 3 to 6, the first page and this one not again."""
    html = (
        '<div class="pages"><a href="?cid=8&page=1">&lt;&lt;</a><a href="?cid=8&page=1">&lt;</a>'
        '<a href="?cid=8&page=1">1</a><span class="cur">2</span><a href="?cid=8&page=3">3</a>'
        '<a href="?cid=8&page=3">&gt;</a><a href="?cid=8&page=6">&gt;&gt;</a></div>'
    )
    url = f"{HOST}/fgwj/list.jsp?cid=8&page=2"
    assert sorted(pages_of(html, url)) == [
        f"{HOST}/fgwj/list.jsp?cid=8&page={n}" for n in range(3, 7)
    ]
    # From the bare first URL, where `1` is the current page and `?page=1` its twin.
    first = html.replace('<span class="cur">2</span>', "").replace(
        '<a href="?cid=8&page=1">1</a>', '<span class="cur">1</span><a href="?cid=8&page=2">2</a>'
    )
    assert sorted(pages_of(first, f"{HOST}/fgwj/list.jsp?cid=8")) == [
        f"{HOST}/fgwj/list.jsp?cid=8&page={n}" for n in range(2, 7)
    ]


def test_a_directory_listing_is_its_index_page() -> None:
    """帝国CMS `/zcwj/`: `index_2.html` is its page 2, `>>` to `index_6.html` the last."""
    html = (
        '<div class="epages"><b>1</b>&nbsp;<a href="/zcwj/index_2.html">2</a>&nbsp;'
        '<a href="/zcwj/index_2.html">&gt;</a>&nbsp;<a href="/zcwj/index_6.html">&gt;&gt;</a>'
        '<a href="/zcwj/t20240815_6969.html">安化县2021年度法治政府建设工作报告</a></div>'
    )
    url = f"{HOST}/zcwj/"
    reading = read_pager(url, Selector(text=html))
    assert reading.arrows == {f"{HOST}/zcwj/index_6.html": "last"}
    assert f"{HOST}/zcwj/t20240815_6969.html" not in reading.positions  # an article
    assert pages_of(html, url) == [f"{HOST}/zcwj/index_2.html"]


def test_a_more_link_is_no_pager() -> None:
    """`通知公告 >>` on a home page leads to a column, not a page of the home page."""
    html = '<h3>通知公告</h3><a href="/tzgg/list.html">&gt;&gt;</a>'
    assert pages_of(html, f"{HOST}/") == []
    assert pager_urls(f"{HOST}/", Selector(text=html)) == set()


FORM = (
    '<form method="post" action="./List.aspx?cid=3" id="aspnetForm">'
    '<input type="hidden" name="__VIEWSTATE" value="/wEPDw" />{}</form>'
)


def post(argument: str, text: str, target: str = GRID) -> str:
    return f"<a href=\"javascript:__doPostBack('{target}','{argument}')\">{text}</a>"


def test_gridview_next_is_followed_and_last_first_prev_never() -> None:
    html = FORM.format(
        post("Page$First", "首页")
        + post("Page$Prev", "上一页")
        + post("Page$Next", "下一页")
        + post("Page$Last", "尾页")
        + post("Sort$Title", "标题")
        + post("", "用户登录", "ctl00$lbtnLogin")
    )
    pages = pager_postbacks(Selector(text=html), f"{HOST}/Info/List.aspx?cid=3", current=2)
    assert [(p.argument, p.page) for p in pages] == [("Page$Next", 3)]


def test_gridview_numbers_and_next_name_each_page_once() -> None:
    """NumericFirstLast with a next: `Page$3` and `Page$Next` from page 2 are one page; `>>`
    (`Page$Last`) and an image-only next are read as GridView writes them."""
    html = FORM.format(
        "<span>2</span>"
        + post("Page$3", "3")
        + post("Page$4", "4")
        + post("Page$Next", "&gt;")
        + post("Page$Last", "&gt;&gt;")
    )
    pages = pager_postbacks(Selector(text=html), f"{HOST}/Info/List.aspx?cid=3", current=2)
    assert [p.page for p in pages] == [3, 4]
    assert len({p.key for p in pages}) == 2
    image = FORM.format(post("Page$Next", '<img src="/images/next.gif" alt="" />'))
    pages = pager_postbacks(Selector(text=image), f"{HOST}/Info/List.aspx?cid=3", current=4)
    assert [p.page for p in pages] == [5]


def test_aspnetpager_last_arrow_does_not_jump_over_the_pages_between() -> None:
    """AspNetPager's defaults `<< < 1 2 3 > >>` with numbers as arguments: `>` (page 2) and the
    numbers shown are followed; `>>` (page 40) is not, nor 尾页."""
    target = "ctl00$ContentPlaceHolder1$AspNetPager1"
    html = FORM.format(
        "<span>1</span>"
        + post("2", "2", target)
        + post("3", "3", target)
        + post("2", "&gt;", target)
        + post("40", "&gt;&gt;", target)
        + post("40", "尾页", target)
    )
    pages = pager_postbacks(Selector(text=html), f"{HOST}/NewsList.aspx", current=1)
    assert [p.page for p in pages] == [2, 3]


LISTING = """<html><head><title>政务公开_安化县人民政府</title></head><body>
<form method="post" action="./List.aspx?cid=3"><input type="hidden" name="__VIEWSTATE" value="x" />
<ul class="list"><li><a href="/Info/202401/t20240115_1.html">安化县政务服务事项办理情况公示</a></li></ul>
<div class="page"><a href="List.aspx?cid=3&amp;page=3">3</a> <a href="List.aspx?cid=3&amp;page=3">下一页</a>
<a href="javascript:__doPostBack('ctl00$Main$GridView1','Page$3')">3</a></div></form></body></html>"""


def test_a_listing_paged_by_urls_and_postbacks_is_stopped_once() -> None:
    """A page over the listing budget (or bringing nothing new) whose listing has both pager
    forms: the stop is counted and journaled once, and once more pages of it reach it."""
    config = SiteConfig(name="pager_county", region="某县", start_urls=[f"{HOST}/"])
    spider_cls = spider_class_for(config)
    crawler = get_crawler(spider_cls, {"LAWREPORTS_MAX_LISTING_PAGES": 2})
    spider = spider_cls.from_crawler(crawler)
    crawler.spider = spider
    crawler.stats.open_spider()
    listing = f"{HOST}/Info/List.aspx?cid=3"

    def page(url: str, pages_seen: int) -> HtmlResponse:
        meta = {"lr_kind": "page", "lr_listing_pages": pages_seen, "lr_first_page": listing}
        meta |= {"lr_depth": 1, "lr_postback_page": 2}
        request = Request(url, meta=meta)
        return HtmlResponse(url, body=LISTING.encode(), encoding="utf-8", request=request)

    for url in (f"{listing}&page=2", f"{HOST}/Info/List.aspx?cid=3&page=4"):
        requests = list(spider.follow_links(page(url, 2)))
        assert not [r for r in requests if r.meta.get("lr_kind") == "page"]
    assert crawler.stats.get_value("lawreports/budget_exhausted/max_listing_pages") == 1
    assert len(spider.journal.of(jr.BUDGET)) == 1
    # Pages of another listing, with both forms, that bring nothing new: one stop.
    other = f"{HOST}/Info/List.aspx?cid=4"
    before = crawler.stats.get_value("lawreports/pagination/stopped_nothing_new", 0)
    for url in (f"{other}&page=2", f"{other}&page=3"):
        response = page(url, 1)
        response.meta["lr_first_page"] = other
        assert not [r for r in spider.follow_links(response) if r.meta.get("lr_kind") == "page"]
    after = crawler.stats.get_value("lawreports/pagination/stopped_nothing_new")
    assert after - before == 1


def test_a_column_whose_file_is_numbered_like_a_page_is_no_page() -> None:
    """A sidebar's `list_13.html` named 政策文件, beside `list_12.html`: a column, not page 13
    of this one, and not the furthest page a `>>` could be last to."""
    html = (
        '<ul class="tree"><li><a href="list_13.html">政策文件</a></li></ul>'
        '<div class="page"><span>1</span><a href="list_12_2.html">2</a>'
        '<a href="list_12_2.html">&gt;&gt;</a></div>'
    )
    url = f"{HOST}/xxgk/list_12.html"
    assert f"{HOST}/xxgk/list_13.html" not in pager_urls(url, Selector(text=html))
