"""The title and report year where portals print them in less common ways."""

from __future__ import annotations

import pytest

from lawreports.extract.report import extract_report, report_year

TITLE = "安宁县2023年度法治政府建设情况报告"
PARAS = [
    "2023年，在市委、市政府的坚强领导下，安宁县扎实推进法治政府建设各项工作，取得了明显成效。",
    "一、2023年度推进法治政府建设的主要举措和成效",
    "县政府常务会议专题研究法治政府建设工作4次，将法治政府建设纳入全县经济社会发展总体规划。",
]
URL = "http://www.anning.gov.cn/zwgk/202403/t20240318_1.html"


def _page(above: str, title_tag: str = "安宁县人民政府", paras: list[str] = PARAS) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f"<html><head><title>{title_tag}</title></head><body><div class='main'>{above}"
        f"<div class='article-content'>{body}</div></div></body></html>"
    )


@pytest.mark.parametrize(
    "title_html",
    [
        # a subtitle in a block of its own, on the same source line
        f'<div class="title"><p>{TITLE}</p><p class="sub">——在安宁县第十八届人大常委会第十六次'
        "会议上</p></div>",
        # the date and source under the title, inside the title element
        f'<div class="title"><p>{TITLE}</p><div>日期：2024-03-05 来源：安宁县司法局</div></div>',
        f'<div class="title">{TITLE}<br>日期：2024-03-05 来源：安宁县司法局</div>',
    ],
)
def test_a_title_elements_blocks_are_its_lines_on_one_source_line(title_html: str) -> None:
    item, _ = extract_report(_page(title_html), URL)
    assert item.title == TITLE


def test_a_title_broken_by_an_inline_tag_is_read_whole() -> None:
    item, _ = extract_report(_page(f"<h1><span>{TITLE[:9]}</span>{TITLE[9:]}</h1>"), URL)
    assert item.title == TITLE


YEARLESS = "安宁县人民政府关于法治政府建设工作情况的报告"


@pytest.mark.parametrize("cls", ["wzbt", "bt", "tit", "xxbt", "article-bt", "ny-tit", "newsTit"])
def test_a_title_class_named_in_pinyin_initials_or_cut_short_is_read(cls: str) -> None:
    item, _ = extract_report(
        _page(f'<div class="{cls}">{TITLE}</div>', "安宁县人民政府门户网站"), URL
    )
    assert item.title == TITLE


@pytest.mark.parametrize("cls", ["lmbt", "bt-position", "btn"])
def test_a_columns_crumbs_or_buttons_class_is_no_title_class(cls: str) -> None:
    other = "安宁县2022年度法治政府建设情况报告"
    page = _page(f'<div class="{cls}">{other}</div>', f"{TITLE}_安宁县人民政府")
    item, _ = extract_report(page, URL)
    assert item.title == TITLE


@pytest.mark.parametrize(
    ("column", "title"),
    [
        ('<h2 class="lm">法治政府建设年度报告</h2>', f'<div class="wzbt">{TITLE}</div>'),
        ('<h2 class="lm">2023年度法治政府建设年度报告</h2>', f'<div class="wzbt">{TITLE}</div>'),
        ('<h2 class="lm">法治政府建设年度报告</h2>', f'<div class="wzbt">{YEARLESS}</div>'),
        (
            '<div class="lm-title">法治政府建设年度报告</div>',
            f'<div class="article-title">{YEARLESS}</div>',
        ),
        ("<h1>法治政府建设专栏</h1>", f'<div class="title">{YEARLESS}</div>'),
    ],
)
def test_a_column_heading_above_the_article_does_not_beat_its_title(
    column: str, title: str
) -> None:
    expected = TITLE if TITLE in title else YEARLESS
    item, _ = extract_report(_page(column + title), URL)
    assert item.title == expected


def test_a_column_name_stays_the_title_when_nothing_later_names_the_subject() -> None:
    item, _ = extract_report(_page("<h1>法治政府建设年度报告</h1>", "安宁县人民政府门户网站"), URL)
    assert item.title == "法治政府建设年度报告"


@pytest.mark.parametrize(
    "title_tag",
    [
        f"安宁县人民政府&gt;政务公开&gt;法治政府建设&gt;{TITLE}",
        f"首页 » 政务公开 » {TITLE}",
        f"安宁县人民政府：{TITLE}",
        f"安宁县人民政府门户网站:{TITLE}",
        f"{TITLE} · 安宁县人民政府",
        f"{TITLE}·安宁政府网",
        f"安宁在线：{TITLE}",  # the site's own name, from its SiteName tag
        f"{TITLE}－安宁县人民政府",  # a full-width hyphen
        f"【{TITLE}】-安宁县人民政府",  # the title in brackets
        f"【转载】{TITLE}_安宁县人民政府",  # a repost's mark
    ],
)
def test_the_title_tag_is_split_where_the_site_or_a_crumb_stands_beside_the_title(
    title_tag: str,
) -> None:
    page = _page("", title_tag).replace(
        "</head>", '<meta name="SiteName" content="安宁在线"></head>'
    )
    item, _ = extract_report(page, URL)
    assert item.title == TITLE


@pytest.mark.parametrize(
    "title_tag",
    [
        # a colon in the title itself, with no site name on either side
        "关于法治政府建设工作情况的报告：安宁县人民政府2024年1月",
        "图文解读：《安宁县法治政府建设年度报告》",
    ],
)
def test_a_title_tag_holding_a_colon_of_its_own_is_kept_whole(title_tag: str) -> None:
    item, _ = extract_report(_page("", title_tag), URL)
    assert item.title == title_tag


OPENING = "2023年，在市委、市政府的坚强领导下，安宁县扎实推进法治政府建设各项工作。"


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("屏边县司法局关于２０２４年法治政府建设工作情况和２０２５年度工作计划的报告", 2024),
        ("关于二〇二三年度法治政府建设工作情况和2024年工作安排的报告", 2023),
        ("安宁县2023年法治政府建设工作总结及2024年工作计划", 2023),
        ("安宁县人民政府关于2023年度法治政府建设情况的报告", 2023),
    ],
)
def test_a_title_ending_with_next_years_plan_names_the_year_before_it(
    title: str, year: int
) -> None:
    assert report_year(title, []) == year


def test_a_year_of_a_document_the_opening_cites_is_not_the_reports() -> None:
    cites = (
        "根据《中共红河州委全面依法治州委员会办公室关于做好2021年度法治政府建设有关工作的"
        "通知》（红法治办〔2021〕1号）要求，现将我县上一年度法治政府建设情况报告如下。"
    )
    lines = ["县人大常委会：", cites, "2020年，在县委的坚强领导下，我县扎实推进法治政府建设。"]
    assert report_year(YEARLESS, lines) == 2020
    # a citing sentence that does not announce the report ends the search, as any sentence
    assert report_year(YEARLESS, ["根据《2022年工作要点》，我县推进法治建设。", OPENING]) == 2022


@pytest.mark.parametrize(
    "above",
    [
        ["县人大常委会："],
        ["各乡（镇）人民政府，县直各单位："],
        ["安政报〔2024〕5号"],
        ["安政报 [2024] 5 号", "县人大常委会："],
        ["（2024年1月10日在安宁县第十八届人民代表大会第三次会议上）"],
        ["2024年1月10日"],
        [YEARLESS, "安宁县人民政府"],
    ],
)
def test_the_year_is_read_past_what_a_report_opens_with(above: list[str]) -> None:
    assert report_year(YEARLESS, [*above, OPENING, *PARAS[1:]]) == 2023


def test_the_year_is_looked_for_in_the_opening_lines_only() -> None:
    above = ["县人大常委会：", "安政报〔2024〕5号", "安宁县人民政府", "县司法局"]
    assert report_year(YEARLESS, [*above, OPENING]) is None
    # a sentence that names no year ends the search; the first line's year stands
    assert report_year(YEARLESS, ["在县委的领导下，我县扎实推进法治政府建设。", OPENING]) is None
    dateline = "（2024年1月10日在安宁县第十八届人民代表大会第三次会议上）"
    assert report_year(YEARLESS, [dateline, "在县委的领导下，我县扎实推进。", OPENING]) == 2024
    assert report_year(TITLE, ["县人大常委会：", "2022年，…"]) == 2023


@pytest.mark.parametrize(
    "above",
    ["县人大常委会：", "安政报〔2024〕5号", "（2024年1月10日在安宁县第十八届人大常委会会议上）"],
)
def test_a_year_less_titles_page_gets_the_year_its_opening_sentence_names(above: str) -> None:
    item, _ = extract_report(
        _page(f"<h1>{YEARLESS}</h1>", f"{YEARLESS}_安宁县人民政府", [above, OPENING, *PARAS[1:]]),
        URL,
    )
    assert (item.title, item.report_year) == (YEARLESS, 2023)


def test_an_issuer_on_a_line_of_its_own_above_the_title_is_part_of_it() -> None:
    above = "<p><strong>安宁县人民政府<br>关于2023年度法治政府建设情况的报告</strong></p>"
    page = _page("").replace(
        "<div class='article-content'>", f"<div class='article-content'>{above}"
    )
    item, _ = extract_report(page, URL)
    assert item.title == "安宁县人民政府关于2023年度法治政府建设情况的报告"
    assert item.body.split("\n") == PARAS


# A heading the page shows against the 标题 field its head (`ArticleTitle`) and 名称 row give.
FORMAL = "安宁县人民政府关于2023年度法治政府建设工作情况的报告"
NEIGHBOUR = "安宁县人民政府关于2024年度法治政府建设情况的报告"
SFJ_TITLE = "安宁县司法局2024年度法治政府建设工作报告"


def _headed_page(head_title: str, above: str, title_tag: str = "安宁县人民政府") -> str:
    meta = f'<meta name="ArticleTitle" content="{head_title}">'
    return _page(above, title_tag).replace("</title>", f"</title>{meta}", 1)


def test_a_stale_article_title_from_the_pages_neighbour_loses_to_its_heading() -> None:
    # The template binds ArticleTitle to the 上一篇: another report's title, linked on the page.
    above = (
        f"<h1>{SFJ_TITLE}</h1><div class='prev'>上一篇："
        f"<a href='./t20250326_2.html' title='{NEIGHBOUR}'>{NEIGHBOUR}</a></div>"
    )
    item, _ = extract_report(_headed_page(NEIGHBOUR, above, f"{SFJ_TITLE}_安宁县人民政府"), URL)
    assert item.title == SFJ_TITLE


def test_the_headings_formal_title_beats_the_fields_short_one_in_head_and_name_row() -> None:
    table = f"<table><tr><th>名　　称：</th><td>{TITLE}</td></tr></table>"
    item, _ = extract_report(_headed_page(TITLE, f"{table}<h1>{FORMAL}</h1>", TITLE), URL)
    assert item.title == FORMAL


def test_a_heading_set_in_two_lines_is_read_without_the_space_the_field_has() -> None:
    spaced = "安宁县人民政府 关于2022年法治政府建设情况的报告"
    heading = "<h1>安宁县人民政府<br><span>关于2022年法治政府建设情况的报告</span></h1>"
    item, _ = extract_report(_headed_page(spaced, heading, spaced), URL)
    assert item.title == spaced.replace(" ", "")


def test_the_field_keeps_its_spelling_where_the_heading_has_the_space() -> None:
    spaced = "安宁县人民政府 关于2022年法治政府建设情况的报告"
    whole = spaced.replace(" ", "")
    item, _ = extract_report(_headed_page(whole, f"<h1>{spaced}</h1>"), URL)
    assert item.title == whole


def test_a_heading_split_into_its_issuer_and_the_rest_keeps_the_fields_whole_title() -> None:
    above = "<h1>安宁县人民政府</h1><h2>关于2023年度法治政府建设工作情况的报告</h2>"
    item, _ = extract_report(_headed_page(FORMAL, above), URL)
    assert item.title == FORMAL


@pytest.mark.parametrize(
    "above",
    [
        f"<h3><a href='./t20250326_2.html'>{NEIGHBOUR}</a></h3>",  # a 相关文章 entry
        "<h1>安宁县人民政府关于2023年度法治政府建设工作情况的…</h1>",  # cut short
        "<h1>法治政府建设年度报告</h1>",  # the column's banner
        f"<h1>图解：{TITLE}</h1>",  # no report's title
    ],
)
def test_a_heading_that_is_no_reports_whole_own_title_does_not_beat_the_field(
    above: str,
) -> None:
    item, _ = extract_report(_headed_page(FORMAL, above), URL)
    assert item.title == FORMAL


def test_a_field_shown_only_as_a_link_away_gives_way_to_the_pages_other_report_title() -> None:
    # No heading names a report: the tab title, not the neighbour's, is the page's.
    above = (
        "<h1>法治政府建设</h1><div class='prev'>上一篇："
        f"<a href='./t20250326_2.html'>{NEIGHBOUR}</a></div>"
    )
    item, _ = extract_report(_headed_page(NEIGHBOUR, above, f"{SFJ_TITLE}_安宁县人民政府"), URL)
    assert item.title == SFJ_TITLE


def test_a_field_linked_only_to_the_page_itself_or_with_nothing_else_to_take_stays() -> None:
    own = f"<h1>法治政府建设</h1><a href='{URL}'>{FORMAL}</a>"
    item, _ = extract_report(_headed_page(FORMAL, own, f"{SFJ_TITLE}_安宁县人民政府"), URL)
    assert item.title == FORMAL
    away = f"<h1>法治政府建设</h1><a href='./t2.html'>{FORMAL}</a>"
    item, _ = extract_report(_headed_page(FORMAL, away, "安宁县人民政府"), URL)
    assert item.title == FORMAL


def test_a_title_is_a_line_of_a_text_only_whole() -> None:
    from lawreports.extract.report import _a_line_of

    assert _a_line_of(f"首页\n{TITLE}\n发布时间", TITLE)
    assert _a_line_of(TITLE, TITLE)
    assert not _a_line_of(f"名称：{TITLE}\n{TITLE}（图解）", TITLE)


def test_a_title_tag_padding_the_pages_own_title_with_site_and_column_is_not_a_report_title() -> (
    None
):
    """Hanweb's `站点 栏目 标题`, one space apart: the column's words (法治政府建设) must not make
    a statistics report in that column a 法治政府建设 report."""
    own = "缙云县2024年行政执法统计年报"
    item, _ = extract_report(
        _page(f"<h1>{own}</h1>", f"缙云县人民政府 法治政府建设 {own}"), "http://127.0.0.1/a.html"
    )
    assert item.title == own
    # a title tag that is the title itself, or sets the site apart with a separator, still counts
    item, _ = extract_report(_page("", f"{TITLE}_安宁县人民政府"), "http://127.0.0.1/a.html")
    assert item.title == TITLE


@pytest.mark.parametrize(
    ("title", "publisher", "another"),
    [
        ("蕲春县人民政府关于2024年度法治政府建设情况的报告", "蕲春县司法局", True),
        ("蕲春县人民政府关于2024年度法治政府建设情况的报告", "县政府办公室", False),
        ("蕲春县人民政府关于2024年度法治政府建设情况的报告", "蕲春县人民政府", False),
        ("蕲春县司法局关于2024年度法治政府建设情况的报告", "县司法局", False),
        ("2024年度法治政府建设工作报告", "县司法局", False),
        ("蕲春县人民政府关于2024年度法治政府建设情况的报告", None, False),
    ],
)
def test_a_copy_filed_by_another_office_than_its_titles_issuer_is_told(
    title: str, publisher: str | None, another: bool
) -> None:
    from lawreports.extract.report import filed_by_another_office
    from lawreports.items import ReportItem

    item = ReportItem(url="http://127.0.0.1/a.html", title=title, publisher=publisher)
    assert filed_by_another_office(item) is another


def test_a_report_naming_no_year_up_front_takes_the_year_its_date_shows() -> None:
    """`今年以来，…` signed in late December reviews that year; dated in the first months of
    a year, the year before — when its text names that year at all."""
    lines = [
        "今年以来，县政府深入推进法治政府建设，取得新成效。",
        "一是完善制度。2022年共出台规范性文件3件。",
        "某县人民政府",
        "2022年12月26日",
    ]
    assert report_year(YEARLESS, lines) == 2022
    # No signature date: the page's 成文日期 (or 发布日期) stands in for it.
    unsigned = lines[:2]
    assert report_year(YEARLESS, unsigned, dated="2022-12-28") == 2022
    assert report_year(YEARLESS, unsigned, dated="2023-03-02") == 2022
    # A date whose year the text never names proves nothing.
    assert report_year(YEARLESS, unsigned, dated="2025-03-02") is None
    assert report_year(YEARLESS, unsigned) is None
    # A year up front still wins over the date.
    assert report_year(YEARLESS, [OPENING, *lines[1:]], dated="2022-12-28") == 2023
