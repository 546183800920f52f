"""Link scoring: which links lead toward reports, which are reports, which are never followed."""

from __future__ import annotations

import pytest
from parsel import Selector

from lawreports.discovery.links import (
    EDITION_SCORE,
    REPORT_COLUMN_ARTICLE_SCORE,
    REPORT_COLUMN_SCORE,
    REPORT_SCORE,
    clean_url,
    edition_root,
    is_blocked,
    is_report_column,
    is_year_tab,
    names_other_edition,
    nav_score,
    page_identity,
    page_links,
    plain_url,
    score_link,
    standard_version,
    title_links_elsewhere,
    topic_search_term,
)

BASE = "http://www.example.gov.cn/"


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("法治政府建设年度报告", BASE + "col/col1002/index.html"),
        ("政府信息公开", BASE + "zfxxgk/"),
        ("其他主动公开内容", BASE + "xxgk/qtzdgknr/"),
        ("部门信息公开", BASE + "bmxxgk/"),
        ("县教育局", BASE + "bmxxgk/jyj/"),
        ("城关镇", BASE + "xzjd/cgz/"),
        ("通知公告", BASE + "tzgg.htm"),
        ("更多>>", BASE + "zwgk/fzzfjsndbg/"),
        ("专题专栏", BASE + "col/col40006/index.html"),  # where a 法治政府建设专栏 may hide
        # other names portals give the 政务公开 section and its 其他 column
        ("阳光政务", BASE + "col/col51/index.html"),
        ("透明政务", BASE + "col/col52/index.html"),
        ("其他法定公开内容", BASE + "col/col53/index.html"),
        ("更多>>", BASE + "ygzw/"),
    ],
)
def test_navigation_toward_reports_scores(text: str, url: str) -> None:
    assert nav_score(text, url) > 0


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("首页", BASE),
        ("网站地图", BASE + "wzdt/"),
        ("领导信箱", BASE + "xxgk/ldxx/"),
        ("下个月", BASE + "index.jsp?ym=202406"),
        ("政务服务", BASE + "zwfw/"),
    ],
)
def test_furniture_is_not_followed(text: str, url: str) -> None:
    assert score_link(text, url).score == 0 or is_blocked(url)


def test_ranking_puts_report_columns_first() -> None:
    column = nav_score("法治政府建设年度报告", BASE + "x/")
    catalogue = nav_score("政府信息公开", BASE + "y/")
    notices = nav_score("通知公告", BASE + "z/")
    assert column > catalogue > notices > 0


def test_report_links_and_article_links() -> None:
    report = score_link("溪湖区2023年度法治政府建设工作报告", BASE + "a/t20240312_1.html")
    assert report.is_report and report.score == REPORT_SCORE
    news = score_link("荆门市1号行政执法决定信息公开", BASE + "art/2023/1/1/art_1_2.html")
    assert news.score == 0, "a short article title with nav words is still an article"
    truncated = score_link("某县人民政府关于2023年度法治政府…", BASE + "a/t20240101_3.html")
    assert truncated.score > 0 and not truncated.is_report
    negative = score_link("某县2024年法治政府建设工作要点", BASE + "a/t20240101_4.html")
    assert negative.score == 0


def test_loose_titles_count_only_inside_a_report_column() -> None:
    loose = ("2023年度", BASE + "xxgk/202403/t20240301_9.html")
    assert score_link(*loose).score == 0
    assert score_link(*loose, in_report_column=True).score > 0
    assert score_link("行政执法公示", loose[1], in_report_column=True).score == 0
    # What a report column lists beside its reports is no report, named subject or not.
    for beside in ("溪湖区行政执法公示信息（2024年第1期）", "关于做好2024年度报送工作的通知"):
        assert score_link(beside, loose[1], in_report_column=True).score == 0
    assert score_link("区司法局2023年报告", loose[1], in_report_column=True).score > 0
    assert is_report_column("法治政府建设年度报告", BASE + "col/col1/index.html")
    assert is_report_column(None, BASE + "xxgk/fzzfjsndbg/")
    assert not is_report_column("通知公告", BASE + "tzgg/")


@pytest.mark.parametrize(
    "url",
    [
        BASE + "events/list.jsp?date=2024-05-01",
        BASE + "index.jsp?ym=202406",
        BASE + "calendar/2024/06/",
        BASE + "was5/web/search?searchword=法治",
        "javascript:void(0)",
        BASE + "images/banner.jpg",
    ],
)
def test_calendars_search_and_assets_are_blocked(url: str) -> None:
    assert is_blocked(url)


def test_a_placeholder_for_a_node_without_a_page_is_blocked() -> None:
    assert is_blocked(BASE + "xinning/xxgkzd/null.shtml")  # a catalogue tree's empty node
    assert is_blocked(BASE + "col/undefined/index.html")  # built from a variable never set
    assert not is_blocked(BASE + "xxgk/nullah.shtml")  # a page whose name only begins so


def test_a_catalogue_served_from_the_search_page_is_followed_the_site_search_is_not() -> None:
    catalogue = BASE + "xxgk/search.do"
    assert is_blocked(catalogue)
    assert is_blocked(catalogue, "站内搜索")
    assert not is_blocked(catalogue, "政府信息公开目录")
    assert not is_blocked(catalogue + "?page=4&keyword=&year=")  # its pages: everything listed
    assert is_blocked(catalogue + "?page=4&keyword=法治&year=")  # a search's results
    assert not is_blocked(BASE + "list.jsp?page=2&year=")  # an empty year is no calendar


def test_a_year_alone_is_a_listings_filter_a_calendar_only_with_a_day_or_in_its_widget() -> None:
    assert not is_blocked(BASE + "xxgk/list.do?catId=215&year=2023&pageNo=1")
    assert is_blocked(BASE + "hdjl/rili.jsp?year=2024&month=5")
    assert is_blocked(BASE + "events/list.jsp?year=2024&day=12")
    html = (
        '<div class="year-tab"><a href="list.do?catId=215&year=2023">2023年</a></div>'
        '<div class="rili"><a href="index.jsp?year=2023">上一年</a>'
        '<a href="index.jsp?year=2025">下一年</a></div>'
    )
    urls = {lk.url for lk in page_links(html, BASE + "xxgk/list.do?catId=215", None, None, True)}
    assert BASE + "xxgk/list.do?catId=215&year=2023" in urls
    assert not any("index.jsp" in u for u in urls)


GBK_WORD = "%B7%A8%D6%CE%D5%FE%B8%AE%BD%A8%C9%E8"  # 法治政府建设 in GBK
UTF8_WORD = "%E6%B3%95%E6%B2%BB%E6%94%BF%E5%BA%9C%E5%BB%BA%E8%AE%BE"
WAS5 = BASE + "was5/web/search"


def test_a_site_search_for_the_report_topic_is_followed_in_utf8_or_gbk() -> None:
    gbk = f"{WAS5}?channelid=205816&searchword={GBK_WORD}&orderby=-DOCRELTIME"
    utf8 = f"{WAS5}?searchword={UTF8_WORD}&channelid=205816"
    for url in (gbk, utf8, WAS5 + "?q=依法行政"):
        assert not is_blocked(url) and not is_blocked(url, "更多>>")
    assert topic_search_term(gbk) == topic_search_term(utf8) == "法治政府建设"
    # scored by what it searches, but its hits are no report column's items
    assert nav_score("更多>>", gbk) >= REPORT_COLUMN_SCORE
    assert not is_report_column("法治政府建设", gbk)
    # any other search stays blocked; a topic word outside a search is no search
    assert is_blocked(WAS5 + "?searchword=招聘") and topic_search_term(WAS5 + "?q=招聘") is None
    assert topic_search_term(BASE + "list.jsp?name=法治政府建设") is None


def test_one_topic_search_under_another_order_or_encoding_is_one_listing() -> None:
    first = clean_url(f"{WAS5}?channelid=205816&searchword={GBK_WORD}&orderby=-DOCRELTIME")
    same = [
        f"{WAS5}?searchword={UTF8_WORD}&channelid=205816",
        f"{WAS5}?page=1&channelid=205816&searchword={GBK_WORD}&keyword={GBK_WORD}"
        "&orderby=&perpage=10&outlinepage=10",
    ]
    for url in same:
        assert page_identity(clean_url(url)) == page_identity(first), url
    page2 = f"{WAS5}?page=2&channelid=205816&searchword={GBK_WORD}&orderby=-DOCRELTIME"
    other_channel = f"{WAS5}?channelid=1&searchword={GBK_WORD}"
    assert page_identity(clean_url(page2)) != page_identity(first)
    assert page_identity(clean_url(other_channel)) != page_identity(first)


def test_a_gbk_query_value_keeps_its_bytes_through_clean_url() -> None:
    url = f"{BASE}was5/web/search?channelid=205816&searchword={GBK_WORD}&orderby=-DOCRELTIME"
    cleaned = clean_url(url + "&rnd=1711100000123")
    assert cleaned == (
        f"{BASE}was5/web/search?channelid=205816&orderby=-DOCRELTIME&searchword={GBK_WORD}"
    )
    assert "%EF%BF%BD" not in clean_url(f"{BASE}list.asp?lb={GBK_WORD[:12]}&page=2")


@pytest.mark.parametrize(
    ("box", "name"),
    [
        # a title bar holding its heading and the link
        (
            '<div class="tit"><span>法治政府建设</span><a href="/s?q=1">更多&gt;&gt;</a></div>',
            "法治政府建设",
        ),
        # a heading just before the link
        (
            '<div class="box"><h3>法治政府建设</h3><a href="/s?q=1">more+</a><ul></ul></div>',
            "法治政府建设",
        ),
        # a title bar whose link sits in a wrapper
        (
            '<div class="hd"><h3>法治政府建设</h3><span class="more"><a href="/s?q=1">'
            "更多</a></span></div>",
            "法治政府建设",
        ),
        # at a box's foot, after its list: the list names nothing
        (
            '<div class="box"><ul><li><a href="/a.html">通知</a></li></ul>'
            '<a href="/s?q=1">查看更多</a></div>',
            "查看更多",
        ),
    ],
)
def test_a_more_link_is_named_by_its_box_heading(box: str, name: str) -> None:
    html = '<div class="tit">政策文件</div>' + box  # the box before: never this one's name
    link = next(lk for lk in page_links(html, BASE) if lk.url.endswith("/s?q=1"))
    assert link.text == name


def test_a_more_link_named_by_a_plain_heading_is_still_followed_to_its_column() -> None:
    html = '<div class="box"><h3>政策文件</h3><a class="more" href="/zcwj/">更多&gt;&gt;</a></div>'
    (link,) = page_links(html, BASE)
    assert link.text == "政策文件" and link.score == nav_score("更多>>", link.url) > 0


def test_session_ids_are_removed_from_urls() -> None:
    assert clean_url(BASE + "list.jsp;jsessionid=ABC123?page=2") == BASE + "list.jsp?page=2"
    assert clean_url(BASE + "a.html?PHPSESSID=x&id=3#top") == BASE + "a.html?id=3"


@pytest.mark.parametrize(
    "query",
    [
        "from=singlemessage&isappinstalled=0",
        "from=groupmessage",
        "from=timeline&scene=1&clicktime=1711100000&enterid=1711100000",
        "spm=zm1012-001.0.0.1.aB3kLm",
        "utm_source=weibo&utm_medium=share&utm_campaign=fzzf",
        "wxshare_count=2&share_token=9f8e7d&sharer_sharetime=1711100000",
        "tdsourcetag=s_pcqq_aiomsg",
        "fbclid=IwAR0abc&gclid=Cj0KCQ",
    ],
)
def test_share_tracking_parameters_are_removed_from_urls(query: str) -> None:
    article = BASE + "art/2024/3/22/art_1231_4940.html"
    assert clean_url(f"{article}?{query}") == article
    assert clean_url(f"{BASE}list.jsp?cid=8&{query}&page=2") == BASE + "list.jsp?cid=8&page=2"


def test_from_is_tracking_only_with_a_wechat_share_value() -> None:
    assert clean_url(BASE + "info.jsp?id=3&from=list") == BASE + "info.jsp?from=list&id=3"
    assert clean_url(BASE + "info.jsp?id=3&from=index") == BASE + "info.jsp?from=index&id=3"
    assert clean_url(BASE + "info.jsp?id=3&from=timeline") == BASE + "info.jsp?id=3"


def test_repeated_slashes_in_a_path_are_merged() -> None:
    host = "http://www.example.gov.cn:8080"
    assert clean_url(host + "//art/2024/2/5/art_1305_4848.html") == (
        host + "/art/2024/2/5/art_1305_4848.html"
    )
    assert clean_url(host + "/xxgk///bmxxgk//sfj/") == host + "/xxgk/bmxxgk/sfj/"
    # the scheme's `//`, a URL carried in the path and a query's slashes are kept
    assert clean_url(host + "/goto/http://other.example.cn/a") == (
        host + "/goto/http://other.example.cn/a"
    )
    assert clean_url(host + "/a.jsp?u=//b//c") == host + "/a.jsp?u=%2F%2Fb%2F%2Fc"


def test_plain_url_drops_what_names_no_page_and_keeps_the_portals_spelling() -> None:
    assert plain_url(BASE + "art_1_2.html?from=singlemessage&isappinstalled=0") == (
        BASE + "art_1_2.html"
    )
    assert plain_url(BASE + "/info.jsp;jsessionid=AB12?id=3&cid=2&spm=a.b.c") == (
        BASE + "info.jsp?id=3&cid=2"
    )
    assert plain_url(BASE + "info.jsp?id=3&cid=2") == BASE + "info.jsp?id=3&cid=2"
    assert plain_url(BASE + "app/#/detail?id=3") == BASE + "app/#/detail?id=3"
    assert (
        plain_url(BASE + "list.php?t=1709251200&cid=%E6%B3%95") == BASE + "list.php?cid=%E6%B3%95"
    )


def test_title_attribute_completes_truncated_anchor_text() -> None:
    html = (
        '<ul><li><a href="./202503/t20250321_1.html" title="重庆市万州区人民政府关于2024年度'
        '法治政府建设情况的报告">重庆市万州区人民政府关于2024年度法治政府建设情况的...</a></li></ul>'
    )
    (link,) = [lk for lk in page_links(html, BASE + "col/") if "t2025" in lk.url]
    assert link.is_report and link.text.endswith("情况的报告")


def test_a_listing_whose_item_title_was_taken_for_its_own_is_recognised() -> None:
    from lawreports.discovery.links import title_links_elsewhere

    title = "某县2023年度法治政府建设工作报告"
    listing = f'<ul><li><a class="title" href="./202403/t20240312_1.html">{title}</a></li></ul>'
    assert title_links_elsewhere(listing, title, BASE + "col/")
    report = (
        f"<h1>{title}</h1><p><a href='./P020240312.pdf'>{title}</a></p>"
        f"<a href='{BASE}col/t1.html'>{title}</a>"
    )
    assert not title_links_elsewhere(report, title, BASE + "col/t1.html")


def test_titles_cut_without_an_ellipsis_are_followed_when_no_title_attribute_completes_them() -> (
    None
):
    html = (
        '<ul><li><a href="/a/zwgk/gzbg/20230328/1102.html">中共某县委 某县人民政府关于2022年度法治政</a></li>'
        '<li><a href="/a/zwgk/gzbg/20230301/1103.html">某县人民政府关于2022年度法治政府建设工</a></li>'
        '<li><a href="/a/zwgk/gzbg/20230302/1104.html" title="某县2022年度法治政府建设经验交流材料">'
        "某县2022年度法治政府建设经验交流材料</a></li>"
        '<li><a href="/a/zwgk/gzbg/20230303/1105.html">2024年某县法治政府建设工作要点（征求意见</a></li>'
        # cut inside the subject, with an ellipsis or at Dede's 17 characters
        '<li><a href="/a/zwgk/gzbg/20230304/1106.html">某县人民政府关于2023年度法治...</a></li>'
        '<li><a href="/a/zwgk/gzbg/20230305/1107.html">安平县人民政府关于2023年度法治</a></li>'
        '<li><a href="/a/zwgk/gzbg/20230306/1108.html">某县2023年度依法…</a></li></ul>'
    )
    scores = {lk.url.rsplit("/", 1)[1]: lk.score for lk in page_links(html, BASE)}
    assert scores["1102.html"] > 0 and scores["1103.html"] > 0
    assert scores["1106.html"] > 0 and scores["1107.html"] > 0 and scores["1108.html"] > 0
    # complete (title attribute) or a hard negative: not followed
    assert scores["1104.html"] == 0 and scores["1105.html"] == 0


_REPORT_TITLE = "某县2023年度法治政府建设工作报告"


@pytest.mark.parametrize(
    "anchor",
    [
        '<a href="./t2.html"><span>某县2023年度</span> 法治政府建设工作报告</a>',
        f'<A HREF="./t2.html">\n  {_REPORT_TITLE}\n</A>',
        f'<a href="./t2.html" title="{_REPORT_TITLE}">某县2023年度法治…</a>',
        '<a href="./t2.html">&#26576;县2023年度法治政府建设工作报告</a>',
        f'<a href="./t2.html"><!-- </a> -->{_REPORT_TITLE}</a>',
        f'<a href="./t2.html">{_REPORT_TITLE}<div class="footer">',
    ],
)
def test_the_title_is_found_in_anchors_however_they_are_written(anchor: str) -> None:
    from lawreports.discovery.links import title_links_elsewhere

    title = "某县2023年度 法治政府建设工作报告" if "<span>" in anchor else _REPORT_TITLE
    page = f"<title>{title}</title><h1>{title}</h1><ul><li>{anchor}</li></ul>"
    assert title_links_elsewhere(page, title, BASE + "col/t1.html")


def test_a_title_in_headings_and_cells_only_does_not_link_away() -> None:
    from lawreports.discovery.links import title_links_elsewhere

    page = (
        f"<title>{_REPORT_TITLE}</title><h1>{_REPORT_TITLE}</h1>"
        f"<table><tr><td>信息名称</td><td>{_REPORT_TITLE}</td></tr></table>"
        '<ul><li><a href="./t2.html">某县2022年度法治政府建设工作报告</a></li></ul>'
        f'<script>document.write("<a href=x>" + "{_REPORT_TITLE}")</script>'
    )
    assert not title_links_elsewhere(page, _REPORT_TITLE, BASE + "col/t1.html")


def test_a_jump_page_and_onclick_items_lead_where_their_script_says() -> None:
    jump = (
        '<html><head><script>if (/mobile/.test(navigator.userAgent)) { window.location.href = "/m/index.html"; }'
        ' else { window.location.href = "/xxrmzf/index.html"; }</script></head>'
        "<body><p>页面跳转中，请稍候……</p></body></html>"
    )
    urls = {lk.url for lk in page_links(jump, BASE) if lk.score > 0}
    assert urls == {BASE + "m/index.html", BASE + "xxrmzf/index.html"}
    listing = (
        "<ul>"
        + "".join(f'<li><a href="/n/{i}.html">某县新闻{i}</a></li>' for i in range(5))
        + "<li onclick=\"window.open('/zwgk/fzzfjsndbg/202403/t20240312_1.html')\">"
        "某县2023年度法治政府建设工作报告</li>"
        '<li><a href="javascript:void(0)" onclick="location.href=\'/zwgk/\'">政府信息公开</a></li>'
        "<script>var u = 'x'; location.href = '/not-a-jump.html';</script></ul>"
    )
    links = {lk.url: lk for lk in page_links(listing, BASE)}
    assert links[BASE + "zwgk/fzzfjsndbg/202403/t20240312_1.html"].is_report
    assert links[BASE + "zwgk/"].score > 0
    assert BASE + "not-a-jump.html" not in links  # a page with links is no jump page


def test_every_anchor_the_listing_hint_selects_is_a_report_column_article() -> None:
    items = "".join(
        f'<li><a href="/c/{i}.html">区司法局2023年工作总结情况{i}号文件汇编</a></li>'
        for i in range(8)
    )
    html = f'<ul class="lst">{items}</ul><a href="/c/other.html">区司法局2023年工作总结情况文件汇编</a>'
    scores = {lk.url: lk.score for lk in page_links(html, BASE + "c/", listing_query="ul.lst a")}
    assert scores.pop(BASE + "c/other.html") == 0
    assert set(scores.values()) == {REPORT_COLUMN_ARTICLE_SCORE}


def test_a_malformed_href_is_skipped_and_the_other_links_still_come() -> None:
    html_text = (
        "<html><body>"
        '<a href="http://127.0.0.11:33415127.0.0.11:33415beian.miit.gov.cn">京ICP备05070218号</a>'
        '<a href="http://[broken/x.html">坏链接</a>'
        '<a href="/zwgk/fzzfjsndbg/">法治政府建设年度报告</a>'
        "</body></html>"
    )
    links = page_links(html_text, "http://127.0.0.11:8000/")
    assert [lk.url for lk in links] == ["http://127.0.0.11:8000/zwgk/fzzfjsndbg/"]


def test_a_trs_mobile_twin_is_named_by_its_pc_page() -> None:
    wap = "http://czj.example.gov.cn/zwgk/202111/t20211109_9939049_wap.html"
    assert clean_url(wap) == "http://czj.example.gov.cn/zwgk/202111/t20211109_9939049.html"
    assert clean_url(wap.replace(".html", ".shtml")).endswith("/t20211109_9939049.shtml")
    # only the article twin: a column or a file that merely says _wap is left as it is
    assert clean_url(BASE + "news_wap.html") == BASE + "news_wap.html"
    assert clean_url(BASE + "wap/index_wap.html") == BASE + "wap/index_wap.html"


def test_a_select_that_navigates_on_change_lists_its_options_as_links() -> None:
    page = (
        '<div class="year-tabs"><a href="/col/c123/2024/index.html">2024年度</a>'
        '<select onchange="location.href=this.value"><option value="">请选择</option>'
        '<option value="/col/c123/2021/index.html">2021年</option>'
        '<option value="2020">2020年</option></select>'
        "<select onchange=\"if(this.value!='')window.open(this.value)\">"
        '<option value="http://www.other.gov.cn/">市政府</option></select>'
        '<form action="/s"><select name="scope"><option value="/zwgk/">公开</option></select>'
        '</form><select id="unitSel"><option value="0">部门</option>'
        '<option value="/bmxxgk/sfj/index.html">县司法局</option></select></div>'
        "<script>$('#unitSel').change(function () { location.href = $(this).val(); });</script>"
    )
    links = {lk.url: lk for lk in page_links(page, BASE, in_report_column=True)}
    assert set(links) == {
        BASE + "col/c123/2024/index.html",
        BASE + "col/c123/2021/index.html",
        "http://www.other.gov.cn/",
        BASE + "bmxxgk/sfj/index.html",  # a script bound to a select outside any form
    }
    # In a report column a year's tab leads to that year's report column, however it is named.
    assert links[BASE + "col/c123/2021/index.html"].score >= 70
    assert links[BASE + "col/c123/2024/index.html"].score >= 70
    elsewhere = {lk.url: lk for lk in page_links(page, BASE)}
    assert elsewhere[BASE + "col/c123/2021/index.html"].score == 0


@pytest.mark.parametrize(
    ("text", "tab"),
    [
        ("2024年度", True),
        ("2023年", True),
        (" 2022 ", True),
        ("2024年度报告", False),
        ("更多", False),
        (None, False),
    ],
)
def test_year_tabs(text: str | None, tab: bool) -> None:
    assert is_year_tab(text) is tab


def test_column_names_in_traditional_script_score_as_their_simplified_names() -> None:
    for simplified, traditional in (
        ("法治政府建设年度报告", "法治政府建設(shè)年度報告"),
        ("政府信息公开", "政府信息公開"),
        ("其他主动公开内容", "其他主動公開內容"),
        ("通知公告", "通知公告"),
    ):
        assert nav_score(traditional, BASE + "x/") == nav_score(simplified, BASE + "x/")


def test_a_banner_link_is_named_by_its_image() -> None:
    html = (
        '<html><body><div class="banner"><a href="/ztzl/zt01/"><img src="/img/b1.jpg" '
        'alt="法治政府建设专栏"></a><a href="/ztzl/other/"><img src="/img/b2.jpg"></a>'
        "</div></body></html>"
    )
    links = {lk.url: lk for lk in page_links(html, BASE)}
    assert links[BASE + "ztzl/zt01/"].text == "法治政府建设专栏"
    assert links[BASE + "ztzl/zt01/"].score == nav_score("法治政府建设专栏", BASE + "z/")


def test_relative_links_resolve_against_the_pages_base_href() -> None:
    html = (
        '<html><head><base href="/zwgk/"><base target="_blank"></head><body>'
        '<a href="fzzfjsndbg/index.html">法治政府建设年度报告</a></body></html>'
    )
    urls = {lk.url for lk in page_links(html, BASE + "a/b/c.html")}
    assert BASE + "zwgk/fzzfjsndbg/index.html" in urls


def test_the_topic_index_ranks_below_the_catalogue_and_a_named_topic_above_it() -> None:
    index = nav_score("专题专栏", BASE + "col/col40006/index.html")
    topic = nav_score("法治政府建设专栏", BASE + "col/col40601/index.html")
    assert topic > nav_score("政府信息公开", BASE + "y/") > index > nav_score("更多>>", BASE)


def test_catalogue_nodes_calling_a_page_function_and_rows_with_cut_titles_are_links() -> None:
    tree = (
        '<ul class="tree"><li><a href="javascript:void(0)" onclick="showList(\'1205\')">'
        "法治政府建设</a></li>"
        '<li><a href="javascript:void(0)" onclick="toggleNode(this)">法定主动公开内容</a></li>'
        "</ul><table>"
        "<tr onclick=\"window.open('/xxgk/content.jsp?id=5512')\"><td>1</td>"
        '<td title="某县人民政府关于2024年度法治政府建设工作情况的报告">'
        "某县人民政府关于2024年度法治政府建设…</td><td>2025-03-20</td></tr></table>"
        "<script>function toggleNode(o){ $(o).toggleClass('open'); }\n"
        "function showList(id){ location.href = '/xxgk/list.jsp?catId=' + id; }</script>"
    )
    links = {lk.url: lk for lk in page_links(tree, BASE)}
    column = links[BASE + "xxgk/list.jsp?catId=1205"]
    assert (column.text, column.via) == ("法治政府建设", "onclick")
    assert column.score > 0
    row = links[BASE + "xxgk/content.jsp?id=5512"]
    assert row.is_report
    assert row.text == "某县人民政府关于2024年度法治政府建设工作情况的报告"


def test_items_a_delegated_handler_opens_by_their_data_href_are_links() -> None:
    listing = (
        '<ul class="newslist">'
        '<li data-href="/tzgg/content.jsp?id=8641"><span class="tit">'
        '某县2023年法治政府建设工作情况报告</span><span class="date">2024-03-01</span></li>'
        '<li data-url="content.jsp?id=8638" title="关于开展安全生产大检查的通知">'
        "关于开展安全生产大检查的通知 2024-02-20</li>"
        '<li data-link="zwgk/index.html">政务公开</li>'
        '<li data-href="sfj">县司法局</li>'  # a key a script looks up, not a URL
        '<a href="/xxgk/" data-url="/ignored/">信息公开</a>'
        "</ul><script>$('.newslist li').on('click', function(){"
        " window.open($(this).data('href')); });</script>"
    )
    links = {lk.url: lk for lk in page_links(listing, BASE + "tzgg/list.jsp")}
    report = links[BASE + "tzgg/content.jsp?id=8641"]
    assert report.is_report
    assert (report.text, report.via) == ("某县2023年法治政府建设工作情况报告", "data")
    notice = links[BASE + "tzgg/content.jsp?id=8638"]
    assert notice.text == "关于开展安全生产大检查的通知"
    assert not notice.is_report
    assert links[BASE + "tzgg/zwgk/index.html"].score > 0
    assert BASE + "tzgg/sfj" not in links
    assert BASE + "ignored/" not in links
    assert links[BASE + "xxgk/"].via == ""


def test_a_menu_drawn_as_an_image_map_links_its_areas() -> None:
    menu = (
        '<img src="/images/menu.gif" usemap="#MenuMap" /><map name="MenuMap">'
        '<area shape="rect" coords="0,0,110,46" href="/zwgk/index.jsp" alt="政务公开" />'
        '<area shape="rect" coords="110,0,230,46" href="/xxgk/index.jsp" />'
        '<area shape="rect" coords="230,0,350,46" href="javascript:void(0)" alt="无障碍" /></map>'
    )
    links = {lk.url: lk for lk in page_links(menu, BASE)}
    assert links[BASE + "zwgk/index.jsp"].text == "政务公开"
    assert links[BASE + "zwgk/index.jsp"].score == nav_score("政务公开", BASE + "zwgk/index.jsp")
    assert links[BASE + "zwgk/index.jsp"].score > 0
    assert links[BASE + "xxgk/index.jsp"].score > 0  # named by its URL alone
    assert set(links) == {BASE + "zwgk/index.jsp", BASE + "xxgk/index.jsp"}


def test_a_year_is_never_read_inside_a_longer_number() -> None:
    """`冀公网安备 13052202000118号` holds `2020` and `2000`: not a year, so not a loosely titled
    article of a report column."""
    police = score_link(
        "冀公网安备 13052202000118号", BASE + "beian?code=13052202000118", in_report_column=True
    )
    assert police.score == 0 and not police.may_be_report
    loose = score_link("区司法局2023年报告", BASE + "t20240101_1.html", in_report_column=True)
    assert loose.may_be_report


def test_a_script_pagers_links_are_not_links_of_their_own() -> None:
    pager = (
        '<a href="javascript:void(0)" onclick="goPage(2)">下一页</a>'
        '<a href="javascript:void(0)" onclick="goPage(3)">3</a>'
        '<a href="javascript:void(0)" onclick="goPage(9)">尾页</a>'
        '<a href="javascript:void(0)" onclick="goCol(\'fzzf\')">法治政府建设</a>'
        "<script>function goPage(p){ location.href = '/xxgk/list.jsp?page=' + p; }\n"
        "function goCol(c){ location.href = '/xxgk/' + c + '/list.jsp'; }</script>"
    )
    assert [lk.url for lk in page_links(pager, BASE)] == [BASE + "xxgk/fzzf/list.jsp"]


def test_a_report_link_carries_the_date_its_listing_row_prints() -> None:
    html = (
        "<ul class='list'>"
        "<li><a href='/uploadfiles/2024/02/20240228102334617.pdf'>"
        "略阳县应急管理局2023年度法治政府建设工作报告</a><span>2024-02-28</span></li>"
        "<li><a href='/art/2024/3/1/art_1_2.html'>略阳县2023年度法治政府建设工作报告</a></li>"
        "</ul><table><tr><td><a href='/a/3.html'>略阳县2022年度法治政府建设工作报告</a></td>"
        "<td>[2023年03月30日]</td></tr></table>"
    )
    dates = {link.url.removeprefix(BASE.rstrip("/")): link.date for link in page_links(html, BASE)}
    assert dates == {
        "/uploadfiles/2024/02/20240228102334617.pdf": "2024-02-28",
        "/art/2024/3/1/art_1_2.html": None,  # the row prints none (the title's year is no date)
        "/a/3.html": "2023-03-30",
    }


def test_a_rows_button_link_is_scored_by_the_title_its_row_shows() -> None:
    """`<td>title</td>…<td><a>查看</a></td>`, `<span class="bt">…</span><a>【详细】</a>`, a
    card's `阅读全文 >`: the button opens the item the row names."""
    html = (
        "<table><tr><td>1</td><td class='title'>阳朔县人民政府关于2024年度法治政府建设情况的报告</td>"
        "<td>2025-03-24</td><td><a href='/xxgk/detail.jsp?indexNo=2025-00109'>查看</a></td></tr>"
        "<tr><td>2</td><td>阳朔县2025年法治政府建设工作要点</td><td>2025-02-10</td>"
        "<td><a href='/xxgk/detail.jsp?indexNo=2025-00101'>查看</a></td></tr></table>"
        "<ul><li><span class='bt'>阳朔县司法局2024年度法治政府建设工作报告</span>"
        "<span class='rq'>2025-02-26</span><a class='more' href='/gk/d.jsp?id=199'>【详细】</a></li></ul>"
        "<div class='card'><h4>阳朔县2020年度法治政府建设工作情况报告</h4><p>摘要……</p>"
        "<a href='/zt/a/115.html'>阅读全文 &gt;</a></div>"
    )
    found = {link.url.removeprefix(BASE.rstrip("/")): link for link in page_links(html, BASE)}
    report = found["/xxgk/detail.jsp?indexNo=2025-00109"]
    assert report.is_report and report.text == "阳朔县人民政府关于2024年度法治政府建设情况的报告"
    assert not found["/xxgk/detail.jsp?indexNo=2025-00101"].is_report  # a 工作要点
    assert found["/gk/d.jsp?id=199"].is_report
    assert found["/zt/a/115.html"].is_report


def test_a_page_whose_title_is_an_item_of_its_rows_is_a_listing() -> None:
    """A catalogue page whose rows name reports in cells and open them by 查看 buttons or a
    row's click handler lists them; a report page whose related list holds a 图解 of it (its
    title inside a longer one) is still the report."""
    title = "阳朔县人民政府关于2024年度法治政府建设情况的报告"
    rows = "".join(
        f"<tr><td>{n}</td><td class='title'>{t}</td><td><a href='/d.jsp?id={n}'>查看</a></td></tr>"
        for n, t in enumerate([title, "阳朔县2025年法治政府建设工作要点", "关于印发某方案的通知"])
    )
    listing = f"<html><body><table>{rows}</table></body></html>"
    assert title_links_elsewhere(listing, title, BASE + "list.jsp?catId=1046")
    clicked = "".join(
        f"<tr onclick=\"openDetail('{n}')\"><td>{n}</td><td>{t}</td><td>2025-03-24</td></tr>"
        for n, t in enumerate([title, "阳朔县2025年法治政府建设工作要点", "关于印发某方案的通知"])
    )
    assert title_links_elsewhere(f"<table>{clicked}</table>", title, BASE + "xxgk/index.jsp")
    related = "".join(
        f"<li><a href='/d.jsp?id={n}'>{t}</a><span>2025-03-26</span></li>"
        for n, t in enumerate([f"图解：{title}", "阳朔县2025年法治政府建设工作要点", "某通知"])
    )
    report = (
        f"<html><body><h1 class='title'>{title}</h1><div id='zoom'><p>正文。</p></div>"
        f"<div class='xgwz'><h3>相关文章</h3><ul>{related}</ul></div></body></html>"
    )
    assert not title_links_elsewhere(report, title, BASE + "d.jsp?id=9")


def test_a_file_linked_from_the_menu_is_no_page_to_read() -> None:
    html = (
        "<a href='/module/download/downfile.jsp?classid=0&filename=2403121530123.pdf'>"
        "政府信息公开指南</a><a href='/xxgk/zfxxgkzn/index.html'>政府信息公开指南</a>"
        "<a href='/u/2024/yyzfbg.pdf'>略阳县2023年度法治政府建设工作报告</a>"
    )
    scores = {link.url.rsplit("/", 1)[-1]: link.score for link in page_links(html, BASE)}
    assert scores["downfile.jsp?classid=0&filename=2403121530123.pdf"] == 0
    assert scores["index.html"] > 0 and scores["yyzfbg.pdf"] == REPORT_SCORE


def test_a_page_variant_names_its_articles_standard_page() -> None:
    """无障碍 `/wza/…` and 长者模式 `?mode=elder` copies link their standard page; a mobile
    page's 电脑版 link to the home page, or a page without such a link, names none."""
    art = BASE + "art/2025/3/28/art_2951_1.html"
    wza = Selector(text="<a href='/art/2025/3/28/art_2951_1.html'>退出无障碍</a>")
    assert standard_version(wza, BASE + "wza/art/2025/3/28/art_2951_1.html") == art
    elder = Selector(text="<a href='art_2951_1.html'>【返回标准版】</a>")
    assert standard_version(elder, art + "?mode=elder") == art
    home = Selector(text="<a href='/'>电脑版</a><a href='/'>返回标准版</a>")
    assert standard_version(home, BASE + "wap/show.jsp?id=1") is None
    assert standard_version(Selector(text="<a href='/'>首页</a>"), art) is None


def test_a_related_box_listing_the_pages_own_title_elsewhere_leaves_it_a_page() -> None:
    from lawreports.discovery.links import shows_own_title, title_links_elsewhere
    from lawreports.extract.report import has_paragraphs

    related = "".join(
        f'<li><a href="/zl/{n}.html">{t}</a></li>'
        for n, t in enumerate([_REPORT_TITLE, "某县召开常务会议", "某县2023年度普法工作总结"])
    )
    text = "2023年，" + "我县坚持以习近平新时代中国特色社会主义思想为指导，深入推进依法行政。" * 6
    page = (
        f"<h1>{_REPORT_TITLE}</h1><div class='nr'><p>{text}</p><p>{text}</p></div>"
        f"<div class='xgwz'><h3>相关文章</h3><ul>{related}</ul></div>"
    )
    url = BASE + "col/t1.html"
    assert title_links_elsewhere(page, _REPORT_TITLE, url)  # the copy in the 专栏
    assert shows_own_title(page, _REPORT_TITLE, url)
    assert has_paragraphs(f"{text}\n{text}")
    listing = f"<h1>法治政府建设</h1><ul>{related}</ul>"
    assert not shows_own_title(listing, _REPORT_TITLE, url)


def test_a_column_name_with_a_bracketed_qualifier_is_no_article_title() -> None:
    link = score_link("历史信息公开目录（2021年及以前）", BASE + "xxgk/index.jsp")
    assert link.score > 0 and not link.is_report


def test_an_apps_column_routes_are_views_to_render_and_page_by_their_route() -> None:
    from lawreports.discovery.links import next_route_page, page_links
    from lawreports.discovery.render import app_mount

    shell = (
        '<html><body><div id="app"></div>'
        '<script src="/zwgk/js/app.3f2a1c.js"></script></body></html>'
    )
    assert app_mount(Selector(text=shell)) == "#app"
    drawn = shell.replace('<div id="app"></div>', '<div id="app"><p>政务公开平台</p></div>')
    assert app_mount(Selector(text=drawn)) is None  # it has content of its own
    app = BASE + "zwgk/index.html"
    rendered = (
        '<div id="app"><a href="#/list?columnId=12&page=1">法治政府建设</a>'
        '<a href="#/detail?id=38341">某县2023年度法治政府建设工作报告</a></div>'
    )
    links = {lk.url: lk for lk in page_links(rendered, app)}
    column = links[app + "#/list?columnId=12&page=1"]
    assert column.via == "route" and column.score > 0 and not column.is_report
    assert links[app + "#/detail?id=38341"].is_report
    assert next_route_page(column.url) == app + "#/list?columnId=12&page=2"
    assert next_route_page(app + "#/detail?id=38341") is None


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("返回旧版", ""),
        ("旧版网站", ""),
        ("【访问新版网站】", ""),
        ("进入新版", ""),
        ("新版入口", ""),
        ("老版网站", ""),
        ("历史网站", ""),
        ("原网站", ""),
        ("历史信息（旧版网站）", ""),  # a catalogue tree's node into the old site
        ("这里", "温馨提示：本网站于2023年3月改版上线，2022年以前信息请访问"),
        ("http://old.dc.gov.cn", "2019年之前的内容请登录："),
    ],
)
def test_a_link_to_the_portals_other_edition_is_known_by_its_name_or_sentence(
    text: str, before: str
) -> None:
    assert names_other_edition(text, before)


@pytest.mark.parametrize(
    "text",
    [
        "返回标准版",  # a page variant's way back to its standard page: one article
        "退出无障碍",
        "长者模式",
        "电脑版",
        "政策文件（旧版）",  # a column's edition qualifier: a column of this site
        "关于旧版网站停止运行的公告",  # an article about it
        "网站地图",
        "2022年以前信息",
    ],
)
def test_other_names_are_no_other_edition(text: str) -> None:
    assert not names_other_edition(text, "请访问")


def test_the_other_editions_vocabulary_is_not_the_page_variants() -> None:
    art = BASE + "art/2025/3/28/art_2951_1.html"
    old = Selector(text="<a href='http://old.example.gov.cn/'>返回旧版</a>")
    assert standard_version(old, art) is None


def test_an_other_editions_root_is_another_hosts_root_or_another_site_root_on_this_host() -> None:
    new = "https://www.dc.gov.cn/zwgk/index.html"
    assert edition_root("http://old.dc.gov.cn/", new) == "old.dc.gov.cn/"
    assert edition_root("http://old.dc.gov.cn/Index.asp", new) == "old.dc.gov.cn/"
    assert edition_root("http://www.dc.gov.cn:8080/", new) == "www.dc.gov.cn:8080/"
    # a column of the other host is no home page
    assert edition_root("http://old.dc.gov.cn/Article_Class.asp?ClassID=3", new) is None
    # on one host: a site root outside the page's own
    assert edition_root("https://www.dc.gov.cn/old/", new) == "www.dc.gov.cn/old/"
    assert (
        edition_root("https://www.dc.gov.cn/", "https://www.dc.gov.cn/old/Article_Show.asp?a=1")
        == "www.dc.gov.cn/"
    )
    # the page's own site root, and a column of this host, are not
    old_page = "https://www.dc.gov.cn/old/list.asp?id=2"
    assert edition_root("https://www.dc.gov.cn/old/index.asp", old_page) is None
    assert edition_root("https://www.dc.gov.cn/zwgk/fzzf/", new) is None


def test_links_to_the_other_edition_are_its_home_or_its_column_to_follow() -> None:
    """The new site's top bar and footer link the old site's home, its 政务公开 page sends the
    years before to the old site's 政务公开 class, its catalogue tree has a node into it; a link
    so named that stays inside this site is scored as any other."""
    html = (
        "<div class='top'><a href='http://old.dc.gov.cn/'>返回旧版</a>"
        "<a href='/wza/'>无障碍</a></div>"
        "<div class='tip'>温馨提示：本网站于2023年3月改版上线，2022年以前信息请访问"
        "<a href='http://old.dc.gov.cn/Article_Class.asp?ClassID=3'>这里</a>。</div>"
        "<ul class='tree'><li><a href='http://old.dc.gov.cn/Article_Class.asp?ClassID=12'>"
        "历史信息（旧版网站）</a></li></ul>"
        "<div class='foot'><a href='http://old.dc.gov.cn/Index.asp'>旧版网站</a>"
        "<a href='/about/jbwz.html'>旧网站</a></div>"
    )
    links = {lk.url: lk for lk in page_links(html, "https://www.dc.gov.cn/zwgk/")}
    home = links["http://old.dc.gov.cn/"]
    assert home.edition_home == "old.dc.gov.cn/" and home.score >= EDITION_SCORE
    assert links["http://old.dc.gov.cn/Index.asp"].edition_home == "old.dc.gov.cn/"
    for column in ("ClassID=3", "ClassID=12"):
        link = links[f"http://old.dc.gov.cn/Article_Class.asp?{column}"]
        assert link.score >= EDITION_SCORE and not link.edition_home and not link.is_report
    inside = links["https://www.dc.gov.cn/about/jbwz.html"]
    assert inside.score == 0 and not inside.edition_home
