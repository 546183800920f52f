"""Pagination strategies on saved listing markup of each CMS family."""

from __future__ import annotations

from pathlib import Path

from parsel import Selector

from lawreports.discovery.pagination import (
    hidden_count_next_file,
    hidden_field_pager,
    image_word,
    next_links,
    other_pages,
    page_number_links,
    pager_urls,
    script_pager,
    trs_wcm,
    turns_page_of,
    vsb_backwards,
    with_page_param,
)

LISTINGS = Path(__file__).resolve().parent.parent / "data" / "listings"


def saved(name: str) -> str:
    return (LISTINGS / name).read_text(encoding="utf-8")


def run(strategy, name: str, url: str) -> list[str]:  # type: ignore[no-untyped-def]
    text = saved(name)
    return list(strategy(text, url, Selector(text=text)))


COL = "http://www.wz.gov.cn/zwgk_266/zfxxgkml_3393/fzzfjsndbg/qzfndbg/"


def test_trs_create_page_html_names_index_1_to_count_minus_1() -> None:
    assert run(trs_wcm, "trs_createpagehtml.html", COL + "index.html") == [
        COL + "index_1.html",
        COL + "index_2.html",
    ]


def test_trs_count_page_variable_and_shtml() -> None:
    col = "http://www.tianmen.gov.cn/zwgk/fzzfjsndbg/"
    pages = run(trs_wcm, "trs_countpage_shtml.html", col + "index_1.shtml")
    assert pages == [col + f"index_{i}.shtml" for i in range(1, 4)]


def test_trs_create_page_of_chongqing() -> None:
    pages = run(trs_wcm, "trs_createpage_cq.html", COL)
    assert len(pages) == 33 and pages[-1] == COL + "index_33.html"


# The pager TRS templates write out by `document.write` when they call no createPageHTML.
TRS_INLINE_PAGER = """<div class="page"><script language="JavaScript">
var currentPage = {current};//所在页从0开始
var prevPage = currentPage-1//上一页
var nextPage = currentPage+1//下一页
var countPage = 3//共多少页
if(countPage>1&&currentPage!=0&&currentPage!=1)
\tdocument.write("<a href=\\"index"+"_" + prevPage + "."+"html\\">上一页</a>&nbsp;");
for(var i=0;i<countPage;i++){{
\tif(currentPage==i) document.write("<span>"+(i+1)+"</span>&nbsp;");
\telse if(i==0) document.write("<a href=\\"index.html\\">【"+(i+1)+"】</a>&nbsp;");
\telse document.write("<a href=\\"index"+"_" + i + "."+"html\\">【"+(i+1)+"】</a>&nbsp;");
}}
if(countPage>1&&currentPage!=(countPage-1))
\tdocument.write("<a href=\\"index"+"_" + nextPage + "."+"html\\">下一页</a>&nbsp;");
</script></div>"""


def test_trs_pager_written_out_by_its_template() -> None:
    first = TRS_INLINE_PAGER.format(current=0)
    assert trs_wcm(first, COL + "index.html", Selector(text=first)) == [
        COL + "index_1.html",
        COL + "index_2.html",
    ]
    # entered on the second page (a pasted start URL): the first page is named too
    second = TRS_INLINE_PAGER.format(current=1)
    pages = trs_wcm(second, COL + "index_1.html", Selector(text=second))
    assert pages == [COL + "index.html", COL + "index_1.html", COL + "index_2.html"]


def test_vsb_first_page_numbers_backwards_to_one() -> None:
    pages = run(vsb_backwards, "vsb_first_page.html", "http://www.linshu.gov.cn/zbgg.htm")
    assert pages == [f"http://www.linshu.gov.cn/zbgg/{n}.htm" for n in range(10, 0, -1)]


def test_vsb_middle_page_continues_down() -> None:
    pages = run(vsb_backwards, "vsb_middle_page.html", "http://www.linshu.gov.cn/zbgg/10.htm")
    assert pages == [f"http://www.linshu.gov.cn/zbgg/{n}.htm" for n in range(9, 0, -1)]


def test_generic_next_link() -> None:
    pages = run(next_links, "generic_next_and_last.html", "http://x.gov.cn/list.jsp?cid=12&page=2")
    assert pages == ["http://x.gov.cn/list.jsp?cid=12&page=3"]


def test_last_page_link_names_every_page_and_calendar_days_are_not_pages() -> None:
    pages = run(
        page_number_links, "generic_next_and_last.html", "http://x.gov.cn/list.jsp?cid=12&page=2"
    )
    assert "http://x.gov.cn/list.jsp?cid=12&page=7" in pages
    assert not any("day=" in p or "/events/" in p for p in pages)


def test_other_pages_names_each_page_once_and_caps_the_listing() -> None:
    text = saved("trs_createpage_cq.html")
    found = other_pages(text, COL, limit=10)
    assert list(found) == ["trs_wcm"]
    assert len(found["trs_wcm"]) == 10
    generic = other_pages(
        saved("generic_next_and_last.html"), "http://x.gov.cn/list.jsp?cid=12&page=2"
    )
    every = [u for urls in generic.values() for u in urls]
    assert len(every) == len(set(every))
    assert "http://x.gov.cn/list.jsp?cid=12&page=2" not in every
    assert not any("day=" in u for u in every)


LAYPAGE = """<div id="pageBox"></div><script type="text/javascript">
layui.use(['laypage'], function(){ var laypage = layui.laypage;
  laypage.render({ elem: 'pageBox', count: 35, limit: 12, curr: 1,
    jump: function(obj, first){ if(!first){ window.location.href = obj.curr == 1 ?
    'index.html' : 'index_' + obj.curr + '.html'; } } });
});</script>"""
GO_PAGE = """<script>var pageCount = 4; function goPage(page){
  location.href = page == 1 ? "list.shtml" : "list_" + (page - 1) + ".shtml"; }</script>"""


def test_script_pager_names_its_pages_from_record_count_and_page_size() -> None:
    url = "http://www.lz.gov.cn/zwgk/fdzdgknr/col24530/"
    assert script_pager(LAYPAGE, url, Selector(text=LAYPAGE)) == [
        url + "index_2.html",
        url + "index_3.html",
    ]
    assert other_pages(LAYPAGE, url) == {
        "script_pager": [url + "index_2.html", url + "index_3.html"]
    }


def test_script_pager_counting_from_zero_and_a_page_count() -> None:
    url = "http://www.example.gov.cn/tzgg/list.shtml"
    base = "http://www.example.gov.cn/tzgg/"
    assert script_pager(GO_PAGE, url, Selector(text=GO_PAGE)) == [
        base + "list_1.shtml",
        base + "list_2.shtml",
        base + "list_3.shtml",
    ]


def test_script_without_a_page_file_or_count_names_nothing() -> None:
    text = "<script>var x = 'a_' + n + '.html'; var total = 'n/a';</script>"
    assert script_pager(text, "http://e.gov.cn/", Selector(text=text)) == []


def _pager(current: int, last: int, href: str) -> str:
    links = "".join(f'<a href="{href.format(k)}">{k}</a>' for k in range(1, last + 1))
    nxt = href.format(min(current + 1, last))
    return f'<div class="pagination"><a href="{href.format(1)}">首页</a>{links}<a href="{nxt}">下一页</a></div>'


def test_the_page_1_twin_of_a_listings_bare_url_is_not_another_page() -> None:
    """`col` and `col?page=1` are one page where link `2` says `page=2`; from page 2 too."""
    col = "http://xh.example.gov.cn/publicity/zdxxgz/zfgzbgzhjg"
    page1 = _pager(1, 2, "?page={}")
    assert other_pages(page1, col) == {"page_numbers": [col + "?page=2"]}
    page2 = other_pages(_pager(2, 2, "?page={}"), col + "?page=2", first_page=col)
    assert page2 == {}
    index = "http://yc.example.gov.cn/zfxxgk/fzzfjs/index.html"
    single = _pager(1, 1, "index.html?uid=77&pageNum={}")
    assert other_pages(single, index) == {}


def test_where_the_bare_url_is_page_0_page_1_is_the_second_page() -> None:
    col = "http://www.example.gov.cn/news"
    zero_based = '<a href="?page=1">2</a><a href="?page=2">3</a><a href="?page=1">下一页</a>'
    assert other_pages(zero_based, col)["page_numbers"] == [col + "?page=1", col + "?page=2"]


def test_a_link_to_another_page_of_the_same_listing_turns_its_page() -> None:
    col = "http://e.gov.cn/list?cat=3"
    assert turns_page_of("http://e.gov.cn/list?cat=3&page=2", col)
    assert turns_page_of("http://e.gov.cn/list?cat=3&page=1", col + "&page=2")
    assert not turns_page_of("http://e.gov.cn/list?cat=5&page=2", col)
    assert not turns_page_of("http://e.gov.cn/other?cat=3&page=2", col)
    assert not turns_page_of("http://e.gov.cn/list?cat=3", col)


GO_PAGE_QUERY = """<div id="pageDiv"></div><script>var totalRecord = 23; var perPage = 10;
var currentPage = 1; var totalPage = 3;
function goPage(page) { if (page < 1 || page > totalPage) return;
  location.href = 'index.html?uid=7742310&pageNum=' + page; }
document.getElementById('pageDiv').innerHTML = '<a href="javascript:goPage(2)">下一页</a>';</script>"""


def test_script_pager_building_a_page_number_query() -> None:
    url = "http://yc.example.gov.cn/zfxxgk/bmxxgk/xsfj/fdzdgknr/index.html"
    assert other_pages(GO_PAGE_QUERY, url) == {
        "script_pager": [url + "?pageNum=2&uid=7742310", url + "?pageNum=3&uid=7742310"]
    }


def _hidden_pager(current: int, template: str, count: int = 4) -> str:
    return (
        f'<input type="hidden" id="totalPage" value="{count}" />'
        f'<input type="hidden" name="current_page" value="{current}" />'
        f'<input type="hidden" id="pageUrl" value="{template}" /><div id="pageBar"></div>'
        '<script src="/js/pagebar.js"></script>'
    )


def test_a_pager_drawn_from_hidden_fields_names_pages_2_to_its_count() -> None:
    """`totalPage` and a `pageUrl` template in hidden fields (an external script draws the
    bar): the bare URL is page 1, the template names the others."""
    col = "http://e.gov.cn/xxgk/qtgk/"
    text = _hidden_pager(1, "/xxgk/qtgk/index_{page}.html")
    assert other_pages(text, col + "index.html") == {
        "hidden_fields": [col + f"index_{n}.html" for n in (2, 3, 4)]
    }


def test_hidden_field_templates_in_each_placeholder_and_counting_from_zero() -> None:
    url = "http://e.gov.cn/col/list.jsp?cid=8"
    for template in ("list.jsp?cid=8&pageNo={{pageNo}}", "list.jsp?cid=8&pageNo=[page]"):
        text = _hidden_pager(1, template, count=3)
        assert hidden_field_pager(text, url, Selector(text=text)) == [
            "http://e.gov.cn/col/list.jsp?cid=8&pageNo=2",
            "http://e.gov.cn/col/list.jsp?cid=8&pageNo=3",
        ]
    data = (
        '<input type="hidden" id="pageCount" value="3"><input type="hidden" id="curPage"'
        ' value="0"><div class="pager" data-url="index_%d.html"></div>'
    )
    assert hidden_field_pager(data, "http://e.gov.cn/c/", Selector(text=data)) == [
        "http://e.gov.cn/c/index_1.html",
        "http://e.gov.cn/c/index_2.html",
    ]


def test_hidden_fields_without_a_url_template_or_a_count_name_nothing() -> None:
    url = "http://e.gov.cn/c/index.html"
    no_template = _hidden_pager(1, "%Y-%m-%d")
    no_count = _hidden_pager(1, "index_{page}.html", count=1)
    visible = '<input type="text" id="totalPage" value="5"><input value="index_{page}.html">'
    for text in (no_template, no_count, visible):
        assert hidden_field_pager(text, url, Selector(text=text)) == []


def _picture_pager(alt: str = "", names: tuple[str, ...] = ("next", "last")) -> str:
    pages = {"first": 1, "prev": 1, "next": 2, "last": 6, "xyy": 2, "btn_03": 2}
    return (
        "".join(
            f'<a href="ShowClass.asp?ClassID=12&amp;page={pages[n]}"><img src="/Images/{n}.gif"'
            f' alt="{alt}" border="0"></a>'
            for n in names
        )
        + "页次：1/6页"
    )


def test_picture_pager_buttons_speak_by_their_file_names() -> None:
    """An old ASP pager of `next.gif`/`last.gif` buttons with empty alt: the last page names
    every page, next the page after this one; the buttons are the pager's, not columns."""
    url = "http://e.gov.cn/sfj/Article/ShowClass.asp?ClassID=12"
    text = _picture_pager()
    sel = Selector(text=text)
    pages = [url + f"&page={n}" for n in range(2, 7)]
    assert page_number_links(text, url, sel) == pages
    assert next_links(text, url, sel) == [url + "&page=2"]
    assert pager_urls(url, sel) == {url + "&page=2", url + "&page=6"}
    assert other_pages(text, url) == {"page_numbers": pages}


def test_a_picture_button_with_words_in_its_alt_and_one_named_in_pinyin() -> None:
    url = "http://e.gov.cn/sfj/Article/ShowClass.asp?ClassID=12"
    worded = _picture_pager(alt="下一页", names=("btn_03",))
    assert next_links(worded, url, Selector(text=worded)) == [url + "&page=2"]
    pinyin = _picture_pager(names=("xyy",))
    assert next_links(pinyin, url, Selector(text=pinyin)) == [url + "&page=2"]


def test_a_wordless_picture_to_the_next_page_of_this_listing_is_next() -> None:
    url = "http://e.gov.cn/sfj/Article/ShowClass.asp?ClassID=12"
    text = _picture_pager(names=("btn_03",))
    assert next_links(text, url, Selector(text=text)) == [url + "&page=2"]


def test_a_slideshow_arrow_is_no_pager_button() -> None:
    """`next.png` on a link to an article is a slideshow's arrow: no page of this listing."""
    text = '<a href="/news/2024/t1.html"><img src="/images/next.png"></a>'
    url = "http://e.gov.cn/news/index.html"
    assert next_links(text, url, Selector(text=text)) == []
    assert other_pages(text, url) == {}


def test_image_words_of_pager_button_file_names() -> None:
    def word(src: str) -> str:
        return image_word(Selector(text=f'<a href="x"><img src="{src}"></a>').css("a")[0].root)

    assert word("/images/pageNext2.gif") == "下一页"
    assert word("btn-weiye.png") == "尾页"
    assert word("/img/syy.gif") == "上一页"
    assert word("/img/first_d.gif") == "首页"
    assert word("/img/banner_nextgen.jpg") == ""
    assert word("/img/logo.png") == ""


def _fields_only(count: int, current: int) -> str:
    return (
        f'<input type="hidden" id="totalPage" value="{count}">'
        f'<input type="hidden" id="currentPage" value="{current}"><div id="pageBar"></div>'
    )


def test_hidden_fields_without_a_template_guess_the_next_page_file() -> None:
    """No URL template: the next page by the CMS page-file pattern, one page at a time."""
    col = "http://e.gov.cn/xxgk/qtgk/"

    def nxt(text: str, url: str) -> list[str]:
        return hidden_count_next_file(text, url, Selector(text=text))

    assert nxt(_fields_only(7, 1), col + "index.html") == [col + "index_2.html"]
    assert nxt(_fields_only(7, 0), col + "index.html") == [col + "index_1.html"]
    assert nxt(_fields_only(7, 3), col + "index_3.html") == [col + "index_4.html"]
    assert nxt(_fields_only(7, 7), col + "index_7.html") == []
    assert nxt(_fields_only(7, 1), col) == []  # a directory: its index file is unknown
    assert nxt(_fields_only(7, 1), col + "t20240329_310287.html") == []
    assert other_pages(_fields_only(7, 1), col + "index.html") == {
        "hidden_count_next": [col + "index_2.html"]
    }


# The 集约化 platforms' pager: the container's id first, the record count last, the bare page
# numbered 1 (`xlist.shtml`, then `xlist_2.shtml` … `xlist_N.shtml`, no `xlist_1`).
PLATFORM_COL = "http://www.example.gov.cn/xinning/fzzfjs/"


def _platform_pager(count: int, current: int) -> str:
    return (
        '<div class="pages" id="page_div"></div><script type="text/javascript">'
        f"createPageHTML('page_div',{count}, {current},'xlist','shtml',{count * 15 - 3});</script>"
    )


def test_a_pager_call_naming_its_container_and_counting_from_one_pages_from_two() -> None:
    first = _platform_pager(3, 1)
    expected = [PLATFORM_COL + "xlist_2.shtml", PLATFORM_COL + "xlist_3.shtml"]
    assert trs_wcm(first, PLATFORM_COL + "xlist.shtml", Selector(text=first)) == expected
    assert trs_wcm(first, PLATFORM_COL, Selector(text=first)) == expected  # its directory
    assert other_pages(first, PLATFORM_COL + "xlist.shtml") == {"trs_wcm": expected}


def test_a_pager_call_naming_its_container_on_a_trs_page_0_keeps_trs_numbering() -> None:
    first = _platform_pager(3, 0)
    assert trs_wcm(first, PLATFORM_COL + "xlist.shtml", Selector(text=first)) == [
        PLATFORM_COL + "xlist_1.shtml",
        PLATFORM_COL + "xlist_2.shtml",
    ]


def test_a_later_page_of_a_pager_counting_from_one_names_no_page_1_file() -> None:
    """`xlist_4.shtml` saying 4 of 4 is past any TRS page (TRS's last says N-1); a middle page
    names the files both numberings share and the bare page, which tells the rest."""
    last = _platform_pager(4, 4)
    assert trs_wcm(last, PLATFORM_COL + "xlist_4.shtml", Selector(text=last)) == [
        PLATFORM_COL + "xlist.shtml",
        PLATFORM_COL + "xlist_2.shtml",
        PLATFORM_COL + "xlist_3.shtml",
        PLATFORM_COL + "xlist_4.shtml",
    ]
    middle = _platform_pager(4, 2)
    assert other_pages(middle, PLATFORM_COL + "xlist_2.shtml") == {
        "trs_wcm": [PLATFORM_COL + "xlist.shtml", PLATFORM_COL + "xlist_3.shtml"]
    }


def test_a_current_page_variable_of_1_on_the_bare_page_counts_from_one() -> None:
    html = (
        "<script>var countPage = 3;\nvar currentPage = 1;\n"
        'createPageHTML(countPage, currentPage, "list", "html");</script>'
    )
    assert trs_wcm(html, PLATFORM_COL + "list.html", Selector(text=html)) == [
        PLATFORM_COL + "list_2.html",
        PLATFORM_COL + "list_3.html",
    ]


FILTERED_PAGER = """<div class="pagination"><span>共 13 条记录</span> <span>第 1/2 页</span>
<span class="disabled">首页</span> <span class="disabled">上一页</span>
<a href="list.do?catId=215&amp;year=2025&amp;themeId=&amp;orgId=&amp;keyword=&amp;pageNo=2">下一页</a>
<a href="list.do?catId=215&amp;year=2025&amp;themeId=&amp;orgId=&amp;keyword=&amp;pageNo=2">尾页</a>
</div>"""


def test_a_filtered_listings_pages_keep_its_blank_filters_and_its_year() -> None:
    url = "http://zs.gov.cn/xxgk/list.do?catId=215"
    found = other_pages(FILTERED_PAGER, url)
    every = [u for urls in found.values() for u in urls]
    # one page 2, named as the pager names it (blank filters kept), though it carries a year
    assert every == [
        "http://zs.gov.cn/xxgk/list.do?catId=215&keyword=&orgId=&pageNo=2&themeId=&year=2025"
    ]
    assert with_page_param(url + "&year=2025&orgId=&pageNo=2", "pageNo", 3) == (
        url + "&year=2025&orgId=&pageNo=3"
    )


GBK_WORD = "%B7%A8%D6%CE%D5%FE%B8%AE%BD%A8%C9%E8"  # 法治政府建设 in GBK
WAS5_PAGER = f"""<div class="jsearch-page">首页 上一页 <span class="current">1</span>
<a href="search?page=2&amp;channelid=205816&amp;searchword={GBK_WORD}&amp;orderby=-DOCRELTIME">2</a>
<a href="search?page=2&amp;channelid=205816&amp;searchword={GBK_WORD}&amp;orderby=-DOCRELTIME">下一页</a>
<a href="search?page=3&amp;channelid=205816&amp;searchword={GBK_WORD}&amp;orderby=-DOCRELTIME">尾页</a>
共3页 到第<input type="text" id="jumpPage" size="3" value="1" />页
<a href="javascript:goPage();">GO</a></div>
<script>function goPage(){{var n=parseInt(document.getElementById('jumpPage').value,10);
location.href='search?page='+n+'&channelid=205816&searchword={GBK_WORD}&orderby=-DOCRELTIME';}}
</script>"""


def test_a_page_number_set_in_a_gbk_query_keeps_its_bytes() -> None:
    url = f"http://e.gov.cn/was5/web/search?page=1&searchword={GBK_WORD}&orderby=-DOCRELTIME"
    assert with_page_param(url, "page", 7) == url.replace("page=1", "page=7")


def test_a_search_pager_names_its_pages_with_their_gbk_query() -> None:
    url = f"http://e.gov.cn/was5/web/search?channelid=205816&searchword={GBK_WORD}"
    pages = other_pages(WAS5_PAGER, url)
    want = [
        f"http://e.gov.cn/was5/web/search?channelid=205816&orderby=-DOCRELTIME&page={n}"
        f"&searchword={GBK_WORD}"
        for n in (2, 3)
    ]
    assert pages["page_numbers"] == want
    # the goPage() jump builds the same pages, the query after the number included: claimed
    assert "script_pager" not in pages
    assert script_pager(WAS5_PAGER, url, Selector(text=WAS5_PAGER)) == [
        f"http://e.gov.cn/was5/web/search?page={n}&channelid=205816&searchword={GBK_WORD}"
        "&orderby=-DOCRELTIME"
        for n in (2, 3)
    ]
