"""Generic layouts nobody wrote selectors for: form-field values, labels-row tables, bare
info-line dates, toolbar words after values, row-per-paragraph tables, comment boxes.

Each rule is shown with report text that looks like what it removes or reads but must stay.
"""

from __future__ import annotations

import pytest

from lawreports.extract.body import trim_head, trim_tail
from lawreports.extract.report import extract_report
from lawreports.pipelines.clean import FurnitureCleaner
from tests.fixtureweb.seeds import all_seeds

TITLE = "某县2023年度法治政府建设情况报告"
PARAS = [
    "2023年，在市委、市政府的坚强领导下，我县坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。",
    "一、2023年度法治政府建设主要举措和成效",
    "（一）加强党的领导，认真贯彻《法治政府建设实施纲要(2021—2025年)》。",
    "一是健全依法决策机制，全年审查重大行政决策事项12件，提出合法性审查意见36条。",
]


def _page(meta: str, body: str | None = None, *, title_tag: str = TITLE) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS) if body is None else body
    return (
        f"<html><head><title>{title_tag}</title></head><body>"
        '<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>'
        f'{meta}<div class="bt">{TITLE}</div><div class="nr">{body}</div>'
        '<div class="foot"><p>主办：某县人民政府办公室</p><p>鲁ICP备05012345号-1</p></div>'
        "</body></html>"
    )


def test_read_only_form_fields_give_their_values_but_a_search_box_gives_nothing() -> None:
    meta = (
        '<form><div><label>索 引 号：</label><input type="text" readonly value="sfx-2024-00012"></div>'
        '<div><label>发布机构：</label><input class="inp" readonly="readonly" value="某县司法局"></div>'
        '<div><label>发布日期：</label><input type="TEXT" disabled value="2024-03-12"></div></form>'
        '<form><input name="q" value="请输入关键字"><input type="hidden" readonly value="来源：隐藏"></form>'
    )
    item, _ = extract_report(_page(meta), "http://www.sfx.gov.cn/gk/1.html")
    assert (item.index_no, item.publisher, item.publish_date) == (
        "sfx-2024-00012",
        "某县司法局",
        "2024-03-12",
    )
    assert "请输入关键字" not in item.body and "隐藏" not in item.body


def test_a_labels_row_over_a_values_row_is_read_by_column_even_with_empty_cells() -> None:
    meta = (
        '<table class="gk"><tr><td>索引号</td><td>发布机构</td><td>文号</td><td>成文日期</td>'
        "<td>发布日期</td></tr><tr><td>sfx-2024-00012</td><td>某县司法局</td><td></td>"
        "<td>2024-03-10</td><td>2024-03-12</td></tr></table>"
    )
    item, _ = extract_report(_page(meta), "http://www.sfx.gov.cn/gk/1.html")
    assert (item.index_no, item.publisher, item.doc_no) == ("sfx-2024-00012", "某县司法局", None)
    assert (item.written_date, item.publish_date) == ("2024-03-10", "2024-03-12")


def test_a_report_table_whose_header_is_not_all_labels_is_not_read_as_metadata() -> None:
    table = (
        "<table><tr><td>序号</td><td>时间</td><td>来源</td></tr>"
        "<tr><td>1</td><td>2023-05-06</td><td>群众来信</td></tr></table>"
    )
    item, _ = extract_report(
        _page("", "".join(f"<p>{p}</p>" for p in PARAS) + table),
        "http://www.sfx.gov.cn/gk/1.html",
    )
    assert item.publisher is None and item.publish_date is None
    assert "群众来信" in item.body


def test_a_bare_date_leading_the_info_line_is_the_publish_date_and_the_line_is_not_body() -> None:
    meta = '<div class="m-info"><span>2021-01-18</span> <span>来源：区政府办</span></div>'
    item, _ = extract_report(_page(meta), "http://m.sfx.gov.cn/wap/show-1.html")
    assert (item.publish_date, item.publisher) == ("2021-01-18", "区政府办")
    lines = trim_head(["2021-01-18 来源：区政府办", *PARAS], TITLE)
    assert lines == PARAS


@pytest.mark.parametrize(
    "info",
    [
        ["发布时间：2024-03-05 来源：县司法局"],
        ["来源：县司法局"],
        ["作者：张三 浏览次数：120", "【字体：大 中 小】"],
        ["关键词：法治政府 年度报告"],
    ],
)
def test_an_info_line_printed_under_the_text_is_not_body(info: list[str]) -> None:
    assert trim_tail([*PARAS, *info]) == PARAS
    body = "".join(f"<p>{p}</p>" for p in [*PARAS, *info])
    item, _ = extract_report(_page("", body), "http://www.sfx.gov.cn/gk/1.html")
    assert item.body.split("\n") == PARAS


@pytest.mark.parametrize(
    "block",
    [
        "<div class='xx'><p>索引号：11340000/2024-00012</p><p>发布机构：县司法局</p>"
        "<p>内容概述：本报告总结了2023年度法治政府建设情况。</p></div>",
        "<table><tr><td>索引号：</td><td>11340000/2024-00012</td><td>发布机构：</td>"
        "<td>县司法局</td></tr><tr><td>内容概述</td>"
        "<td colspan=3>本报告总结了2023年度法治政府建设情况。</td></tr></table>",
    ],
)
def test_a_block_whose_summary_is_a_sentence_is_still_a_metadata_block(block: str) -> None:
    """A sentence in a labelled line or a table cell is a field's value (内容概述), not text."""
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    page = _page("", f"{block}{paras}")
    item, _ = extract_report(page, "http://www.sfx.gov.cn/gk/1.html")
    assert (item.index_no, item.publisher) == ("11340000/2024-00012", "县司法局")
    assert item.body.split("\n") == PARAS


def test_an_articles_own_header_gives_its_title_and_info_line_and_is_not_body() -> None:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    page = (
        f"<html><head><title>{TITLE}_某县人民政府</title></head><body>"
        "<header class='site'><div>某县人民政府</div></header><main><article><header>"
        f"<h1>{TITLE}</h1><p>发布时间：2024-03-05 来源：县司法局</p></header>"
        f"<section>{paras}</section><footer>责任编辑：张三</footer></article></main></body></html>"
    )
    item, _ = extract_report(page, "http://www.sfx.gov.cn/gk/1.html")
    assert (item.title, item.publisher, item.publish_date) == (TITLE, "县司法局", "2024-03-05")
    assert item.body.split("\n") == PARAS


@pytest.mark.parametrize("tag", ["aside", "div"])
def test_a_sidebars_index_box_gives_the_fields_and_its_lists_stay_furniture(tag: str) -> None:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    page = (
        f"<html><head><title>{TITLE}</title></head><body><div class='main'>"
        f"<{tag} class='sidebar fr'><div class='box'><h3>信息索引</h3><ul>"
        "<li><span>索 引 号：</span>11511322MB0J37291X/2025-00031</li>"
        "<li><span>发布机构：</span>某县人民政府</li><li><span>成文日期：</span>2025-03-25</li>"
        "<li><span>文　　号：</span>某府函〔2025〕18号</li></ul></div>"
        "<div class='box'><h3>相关链接</h3><ul><li><a href='/a.html'>某县召开常务会议</a></li>"
        f"</ul></div></{tag}><div class='detail-main'><h1>{TITLE}</h1>"
        f"<div class='art-con'>{paras}<p>来源：县司法局　发布时间：2025-03-28</p></div>"
        "</div></div></body></html>"
    )
    item, _ = extract_report(page, "http://www.sfx.gov.cn/gk/1.html")
    assert (item.index_no, item.publisher, item.written_date, item.doc_no) == (
        "11511322MB0J37291X/2025-00031",
        "某县人民政府",  # 发布机构 outranks the 来源 under the text
        "2025-03-25",
        "某府函〔2025〕18号",
    )
    assert item.publish_date == "2025-03-28"
    assert item.body.split("\n") == PARAS


_FOLDED_TABLE = (
    "<div class='xxgk-btn'><a href='javascript:;'>查看详细信息</a></div>"
    "<div class='xxgk-table' style='display: none'><table>"
    "<tr><th>索引号</th><td>11431024006185392X/2025-00037</td><th>发布机构</th>"
    "<td>某县人民政府</td></tr><tr><th>成文日期</th><td>2025-03-24</td><th>文号</th>"
    "<td>某政函〔2025〕21号</td></tr></table></div>"
)


def test_a_folded_index_table_behind_a_button_gives_the_fields() -> None:
    """A 信息公开 table hidden inline until a click opens it is in the page: its fields are
    read (it stays out of the body)."""
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    page = (
        f"<html><body><div class='art'><h1>{TITLE}</h1>{_FOLDED_TABLE}"
        f"<div class='art-con'>{paras}</div></div></body></html>"
    )
    item, _ = extract_report(page, "http://www.sfx.gov.cn/gk/1.html")
    assert (item.index_no, item.publisher, item.written_date, item.doc_no) == (
        "11431024006185392X/2025-00037",
        "某县人民政府",
        "2025-03-24",
        "某政函〔2025〕21号",
    )
    assert item.body.split("\n") == PARAS


def test_a_shown_index_block_outranks_a_folded_one() -> None:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    page = (
        f"<html><body><div class='art'><h1>{TITLE}</h1>"
        "<div class='xxgk'>索引号：000001/2025-00001　发布机构：某县司法局</div>"
        f"{_FOLDED_TABLE}<div class='art-con'>{paras}</div></div></body></html>"
    )
    item, _ = extract_report(page, "http://www.sfx.gov.cn/gk/1.html")
    assert (item.index_no, item.publisher, item.written_date) == (
        "000001/2025-00001",
        "某县司法局",
        None,
    )


def test_a_hidden_block_naming_no_index_number_is_not_read() -> None:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    page = (
        f"<html><body><div class='art'><h1>{TITLE}</h1>"
        "<div style='display:none'>发布机构：某县司法局　成文日期：2025-03-24</div>"
        f"<div class='art-con'>{paras}</div></div></body></html>"
    )
    item, _ = extract_report(page, "http://www.sfx.gov.cn/gk/1.html")
    assert (item.publisher, item.written_date) == (None, None)


@pytest.mark.parametrize(
    "closing",
    [
        ["某县人民政府", "2024年3月5日"],
        ["（此件公开发布）"],
        ["来源：县统计局2023年统计年鉴，全县生产总值增长6.1%。"],
        ["附件：1.某县2023年度法治政府建设重点任务完成情况"],
        ["一是严格执行发布时间：每季度首月公开一次"],
    ],
)
def test_the_reports_own_closing_lines_stay(closing: list[str]) -> None:
    assert trim_tail([*PARAS, *closing]) == [*PARAS, *closing]


@pytest.mark.parametrize(
    "above",
    [
        "<h1>某县人民政府</h1>",
        "<div class='lm'><h3>热点新闻</h3><ul><li><a href='/1.html'>某县召开常务会议</a></li></ul></div>",
        "<p>栏目导航</p><p>法治政府建设</p>",
    ],
)
def test_what_a_region_holds_above_the_title_is_not_body(above: str) -> None:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    _assert_title_and_text(
        f"<html><head><title>{TITLE}</title></head><body>{above}<h2>{TITLE}</h2>"
        f"<div class='zw'>{paras}</div></body></html>"
    )


def _assert_title_and_text(page: str) -> None:
    """The page gives TITLE for title and PARAS for body, nothing else."""
    item, _ = extract_report(page, "http://www.sfx.gov.cn/gk/1.html")
    assert item.title == TITLE
    assert item.body.split("\n") == PARAS


@pytest.mark.parametrize(
    "line",
    [
        "索引号：11340000/2024-00012",
        "文号：某政〔2024〕5号",
        "主题分类：司法",
        "成文日期：2024-03-01",
    ],
)
def test_a_line_of_one_field_above_the_text_is_not_body(line: str) -> None:
    assert trim_head([line, *PARAS], TITLE) == PARAS


def test_a_first_line_led_by_a_label_word_stays_when_it_is_a_sentence() -> None:
    first = "索引号：2023年起，全县行政规范性文件统一编制索引号并公开"
    assert trim_head([first, *PARAS], TITLE) == [first, *PARAS]


def test_lines_above_a_title_are_kept_when_they_are_report_text() -> None:
    """Only short lines, and no sentence, stand above a title."""
    opening = [PARAS[0], TITLE, *PARAS[1:]]
    assert trim_head(opening, TITLE) == opening


@pytest.mark.parametrize(
    "title_html",
    [
        f"<h1>{TITLE}<span>2024-03-05</span></h1>",
        f"<h1>{TITLE} <em>[2024-03-05 10:20]</em></h1>",
        f"<h1>{TITLE}<small>发布时间：2024-03-05</small></h1>",
    ],
)
def test_a_date_run_into_the_title_element_is_not_the_title(title_html: str) -> None:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    page = f"<html><body>{title_html}<div class='zw'>{paras}</div></body></html>"
    item, _ = extract_report(page, "http://www.sfx.gov.cn/gk/1.html")
    assert item.title == TITLE


def test_a_report_sentence_opening_with_a_date_stays_and_gives_no_publish_date() -> None:
    first = "2024年3月12日，区政府召开常务会议，来源于基层的意见建议全部纳入决策。"
    assert trim_head([first, *PARAS], TITLE) == [first, *PARAS]
    far = "（二）2023年3月5日起，全区开展执法案卷评查，共抽查案卷120卷，作者：县司法局"
    item, _ = extract_report(_page(f"<p>{far}</p>"), "http://www.sfx.gov.cn/gk/1.html")
    assert item.publish_date is None


@pytest.mark.parametrize(
    ("info", "publisher"),
    [
        ("来源：某县司法局 打印", "某县司法局"),
        ("来源：某县司法局　关闭", "某县司法局"),
        ("来源：某县打印厂", "某县打印厂"),  # no space: part of the name
    ],
)
def test_a_toolbar_word_after_a_value_ends_it(info: str, publisher: str) -> None:
    item, _ = extract_report(
        _page(f'<div class="info">{info}</div>'), "http://www.sfx.gov.cn/gk/1.html"
    )
    assert item.publisher == publisher


def test_a_table_of_one_paragraph_rows_is_the_body_but_a_one_cell_body_stays_the_cell() -> None:
    rows = "".join(f"<tr><td>{p}</td></tr>" for p in PARAS)
    page = _page("", f"<table><tr><td><table>{rows}</table></td></tr></table>")
    item, tier = extract_report(page, "http://www.sfx.gov.cn/gk/1.html")
    assert (tier, item.body.split("\n")) == ("density", PARAS)
    one_cell = (
        f'<table><tr><td class="t">{TITLE}</td></tr><tr><td>发布日期：2024-03-12</td></tr>'
        f"<tr><td>{'<br>'.join(PARAS)}</td></tr></table>"
    )
    item, _ = extract_report(_page("", one_cell), "http://www.sfx.gov.cn/gk/1.html")
    assert item.body.split("\n") == PARAS


def test_a_comment_box_heading_ends_the_body_but_report_text_on_comments_stays() -> None:
    text = "网友评论和留言全部在三个工作日内答复，发表评论的渠道进一步拓宽。"
    lines, _ = FurnitureCleaner().clean_lines(
        ["一、概况", text, "发表评论", "网友评论仅供其表达个人看法", "验证码："]
    )
    assert lines == ["一、概况", text]
    lines, _ = FurnitureCleaner().clean_lines(["一、概况", "评论（0）", "用户名："])
    assert lines == ["一、概况"]


@pytest.mark.parametrize("seed", all_seeds(), ids=lambda s: s.key)
def test_no_seed_line_is_taken_by_the_new_rules(seed) -> None:  # type: ignore[no-untyped-def]
    """The report text of every seed survives the comment-box tail and the head trim."""
    lines = list(seed.body_lines)
    kept, _ = FurnitureCleaner().clean_lines(lines)
    assert len(kept) == len(lines)
    assert trim_head(lines, None) == lines


def test_a_gateways_traditional_title_is_chosen_over_the_site_name_before_it() -> None:
    title = "潛江市人民政府2021年度法治政府建設(shè)工作報告"
    page = (
        f"<html><head><title>示範縣人民政府-{title}</title></head><body>"
        f'<div class="bt">{title}</div><div class="nr">'
        + "".join(f"<p>{p}</p>" for p in PARAS)
        + "</div></body></html>"
    )
    item, _ = extract_report(page, "http://big5.sfx.gov.cn/gate/big5/www.sfx.gov.cn/1.html")
    assert item.title == title


def test_a_traditional_info_line_is_trimmed_but_a_traditional_report_sentence_stays() -> None:
    first = "2021年以來，在省委、省政府和市委的正確領導下，來源於基層的意見全部納入決策。"
    lines = trim_head(["2021-01-18 來源：朝天區人民政府", "發布時間：2021-01-18", first], None)
    assert lines == [first]


@pytest.mark.parametrize(
    ("line", "repeated"),
    [
        ("重庆市万州区人民政府关于2024年度法治政府建设的报告", 1),  # the title, a word left out
        ("溪湖区2023年度法治政府建设工作报告", 0),  # another report's title
        ("一、2024年度法治政府建设的主要举措和成效", 0),  # a heading of the report
    ],
)
def test_a_restated_title_is_trimmed_whatever_its_small_changes(line: str, repeated: int) -> None:
    title = "重庆市万州区人民政府关于2024年度法治政府建设情况的报告"
    lines = trim_head([line, *PARAS], title)
    assert lines == [line, *PARAS][repeated:]


_NAV = "".join(f'<a href="/col{i}/">栏目{i}</a> ' for i in range(12))
_CONTACT = (
    "<p>办公地址：临沭县人民路1号</p><p>办公时间：周一至周五上午8:30-12:00，下午14:30-18:00</p>"
    "<p>咨询电话：0839-1234567</p>"
)
_REPORT_LINK = '<a href="/u/2024/r.pdf">临沭县2023年度法治政府建设情况报告.pdf</a>'
_THIN_PAGES = {
    "contact box beside": (
        f'<div class="head">{_NAV}</div><div class="main"><h1>临沭县2023年度法治政府建设情况报告</h1>'
        f'<div class="zw"><p>详见附件。</p><p>附件：{_REPORT_LINK}</p></div></div>'
        f'<div class="lxwm">{_CONTACT}</div>',
        ["详见附件。", "附件：临沭县2023年度法治政府建设情况报告.pdf"],
    ),
    "layout table": (
        f'<table width="1000"><tr><td>{_NAV}</td></tr><tr><td>当前位置：首页 &gt; 政务公开</td></tr>'
        "<tr><td>发布时间：2024-03-12 来源：县司法局</td></tr>"
        f"<tr><td>附件：{_REPORT_LINK}</td></tr><tr><td>{_CONTACT}</td></tr>"
        "<tr><td>版权所有：临沭县人民政府 网站标识码：5108120001 川ICP备05012345号</td></tr></table>",
        ["附件：临沭县2023年度法治政府建设情况报告.pdf"],
    ),
    "guide in a side box": (
        f'<div class="main"><h1>临沭县2023年度法治政府建设情况报告</h1>'
        f'<div class="zw"><p>详见附件。</p><p>附件：{_REPORT_LINK}</p></div></div>'
        '<div class="box"><h3>信息公开</h3><ul><li><a href="/g/zn.pdf">政府信息公开指南.pdf</a></li>'
        f"</ul>{_CONTACT}</div>",
        ["详见附件。", "附件：临沭县2023年度法治政府建设情况报告.pdf"],
    ),
    "intro beside the attachment list": (
        '<div class="main"><div class="art"><h1>临沭县2023年度法治政府建设情况报告</h1>'
        '<div class="zw"><p>根据《法治政府建设与责任落实督察工作规定》，现将我县2023年度法治政府建设'
        "情况报告予以公开。</p></div>"
        f'<div class="fj"><p>附件：{_REPORT_LINK}</p></div></div></div><div class="lxwm">{_CONTACT}</div>',
        [
            "根据《法治政府建设与责任落实督察工作规定》，现将我县2023年度法治政府建设情况报告予以公开。",
            "附件：临沭县2023年度法治政府建设情况报告.pdf",
        ],
    ),
}


@pytest.mark.parametrize("case", list(_THIN_PAGES.values()), ids=list(_THIN_PAGES))
def test_a_page_whose_report_is_its_attachment_keeps_only_the_lines_around_the_file(
    case: tuple[str, list[str]],
) -> None:
    """With no report text of its own, the densest region is a contact box or the layout
    table; the body is the block around the report's file link, so the pointer lines are
    what the attachment step sees (and replaces with the document's text)."""
    markup, lines = case
    page = f"<html><head><title>临沭县人民政府</title></head><body>{markup}</body></html>"
    item, _ = extract_report(page, "http://www.sfx.gov.cn/zwgk/2024/03/12/1.html")
    assert item.body.split("\n") == lines
    assert [a["url"] for a in item.attachments] == ["http://www.sfx.gov.cn/u/2024/r.pdf"]


def test_a_page_that_only_embeds_its_report_has_no_sidebar_for_a_body() -> None:
    """The viewer survives furniture removal as a marker: the block showing the document is
    the body container (empty), not the sidebar with the site's guide PDF."""
    viewer = "/static/pdfjs/web/viewer.html?file=%2Fu%2F2024%2Fr.pdf"
    page = (
        "<html><head><title>临沭县2023年度法治政府建设情况报告</title></head><body>"
        f'<div class="box"><h3>信息公开</h3><ul><li><a href="/g/zn.pdf">政府信息公开指南.pdf</a>'
        f"</li></ul>{_CONTACT}</div>"
        '<div class="main"><h1>临沭县2023年度法治政府建设情况报告</h1>'
        f'<div class="zw"><iframe src="{viewer}" width="100%"></iframe></div></div></body></html>'
    )
    item, _ = extract_report(page, "http://www.sfx.gov.cn/zwgk/2024/03/12/1.html")
    assert item.body == ""
    assert [a["url"] for a in item.attachments] == ["http://www.sfx.gov.cn/u/2024/r.pdf"]


def test_paragraphs_in_nested_inline_tags_are_one_body() -> None:
    """Word's `<p><span><font>…</font></span></p>`: an inline element's text is counted once,
    so the first paragraph's `<span>` does not outscore the block holding every paragraph."""
    paras = [
        "2023年，我县坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。",
        "一、主要工作",
        "（一）加强党的领导。县委常委会会议专题研究法治政府建设工作4次。",
    ]
    text = "".join(
        f'<p><span style="font-family:仿宋"><font size="3">{p}</font></span></p>' for p in paras
    )
    page = (
        "<html><body><div class='nav'><a href='/'>首页</a></div><div class='art'>"
        f"<h1>临沭县2023年度法治政府建设情况报告</h1><div class='zw'>{text}</div></div></body></html>"
    )
    item, _ = extract_report(page, "http://www.linshu.gov.cn/zwgk/art/1.html")
    assert item.body.split("\n") == paras


def test_a_link_list_sharing_the_paragraphs_wrapper_is_not_body_but_the_file_list_is() -> None:
    paras = [
        "2023年，我县坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。",
        "（一）加强党的领导。县委常委会会议专题研究法治政府建设工作4次，县政府常务会议学法6次。",
        "（二）完善制度体系。制定修订规范性文件12件，全部经过合法性审查，备案审查率100%。",
        "（三）严格规范执法。开展行政执法案卷评查，评查案卷120卷，发现问题及时整改到位。",
    ]
    paras = [p * 2 for p in paras]  # a report's length: the page has text of its own
    side = "".join(
        f'<li><a href="/n/{i}.html">关于做好2024年第{i}季度安全生产工作的通知</a></li>'
        for i in range(6)
    )
    files = "".join(f'<a href="/u/{i}.pdf">附件{i}：统计表{i}.pdf</a> ' for i in range(1, 4))
    page = (
        "<html><body><div id='wrapper'><h1>临沭县2023年度法治政府建设情况报告</h1>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + f"<div class='files'>{files}</div><div class='box2'><ul>{side}</ul></div></div>"
        "</body></html>"
    )
    item, _ = extract_report(page, "http://www.linshu.gov.cn/zwgk/art/1.html")
    assert item.body.split("\n") == [
        *paras,
        "附件1：统计表1.pdf 附件2：统计表2.pdf 附件3：统计表3.pdf",
    ]


@pytest.mark.parametrize(
    ("article", "title_tag", "head"),
    [
        # a table cell named in pinyin (标题 → biaoti)
        (
            f"<table><tr><td class='biaoti'>{TITLE}</td></tr><tr><td>{{body}}</td></tr></table>",
            "某县人民政府",
            "",
        ),
        # the report pasted whole: its title a centred bold line on top of the text
        (
            f"<div class='nr'><p align='center'><b>{TITLE}</b></p>{{body}}</div>",
            "某县人民政府",
            "",
        ),
        # the same where the title tag cuts the title short
        (f"<div class='nr'><p><strong>{TITLE}</strong></p>{{body}}</div>", TITLE[:12] + "...", ""),
        # only an Open Graph title names it
        ("<div class='nr'>{body}</div>", "首页", f'<meta property="og:title" content="{TITLE}">'),
    ],
)
def test_the_title_is_found_where_the_title_tag_names_only_the_site(
    article: str, title_tag: str, head: str
) -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    _assert_title_and_text(
        f"<html><head><title>{title_tag}</title>{head}</head><body>"
        f"{article.format(body=body)}</body></html>"
    )


def test_a_listings_first_line_is_no_title() -> None:
    page = (
        "<html><head><title></title></head><body><div class='list'><p>当前栏目：信息公开</p>"
        + "".join(f"<p>{p}</p>" for p in PARAS)
        + "</div></body></html>"
    )
    item, _ = extract_report(page, "http://www.sfx.gov.cn/gk/list.html")
    assert item.title == ""


def test_a_soft_hyphen_in_the_title_and_a_ratio_sign_for_a_colon_are_read_through() -> None:
    meta = (
        "<table><tr><td>发布机构&#12288;&#8758;县政府办</td>"
        "<td>发布日期&#12288;&#8758;2021-01-18</td></tr></table>"
    )
    page = _page(meta).replace(
        f'<div class="bt">{TITLE}', f'<div class="bt">{TITLE[:8]}&shy;{TITLE[8:]}'
    )
    item, _ = extract_report(page, "http://www.sfx.gov.cn/gk/1.html")
    assert (item.title, item.publisher, item.publish_date) == (TITLE, "县政府办", "2021-01-18")


def test_a_title_set_in_two_lines_without_a_year_is_read_whole() -> None:
    page = _page("", title_tag="某县人民政府").replace(
        f'<div class="bt">{TITLE}</div>',
        "<h1>某县人民政府<br>关于法治政府建设工作情况的报告</h1>",
    )
    item, _ = extract_report(page, "http://www.sfx.gov.cn/gk/1.html")
    assert item.title == "某县人民政府关于法治政府建设工作情况的报告"
    assert item.report_year == 2023  # from the text's opening


def test_a_list_cells_cut_title_does_not_outrank_the_pages_own() -> None:
    from lawreports.extract.report import choose_title

    own = "《某县2023年度法治政府建设工作报告》解读"
    assert choose_title([own, own, "《某县2023年度法治政府建设工作报告…"]) == own
    assert choose_title(["某县2023年度法治政府建设工作报…"]) == "某县2023年度法治政府建设工作报…"


def test_a_document_number_on_its_own_line_over_the_text_is_the_doc_no_not_text() -> None:
    body = "<p style='text-align:center'>某府函〔2024〕8号</p>" + "".join(
        f"<p>{p}</p>" for p in PARAS
    )
    item, _ = extract_report(_page("", body), "http://www.sfx.gov.cn/gk/1.html")
    assert item.doc_no == "某府函〔2024〕8号"
    assert item.body.split("\n") == PARAS


def test_a_value_the_page_cuts_short_is_read_whole_from_its_title_attribute() -> None:
    meta = (
        "<table><tr><td>索引号：</td>"
        "<td><span title='11511322008665432K/2021-00004'>11511322008665432K/202…</span></td>"
        "<td>发布机构：</td><td>某县人民政府</td></tr></table>"
    )
    item, _ = extract_report(_page(meta), "http://www.sfx.gov.cn/gk/1.html")
    assert item.index_no == "11511322008665432K/2021-00004"


def test_the_offices_contact_note_under_a_signed_report_is_furniture() -> None:
    closing = ["某县人民政府", "2024年3月25日", "（此件公开发布）"]
    text = "\n".join([*PARAS, *closing, "（联系人：王某某；联系电话：0817-8221234）"])
    assert FurnitureCleaner().clean_text(text)[0] == "\n".join([*PARAS, *closing])


def test_a_list_links_cut_title_is_read_whole_from_the_pages_own_text() -> None:
    from lawreports.extract.report import PageHints

    full = "某县人民政府关于2023年度法治政府建设情况的报告"
    page = _page("", title_tag="文章详情 - 某县人民政府").replace(
        f'<div class="bt">{TITLE}</div>', f'<div class="text-2xl font-bold">{full}</div>'
    )
    hints = PageHints(link_text="某县人民政府关于2023年度法治政府建设情况的... 2024-03-28")
    item, _ = extract_report(page, "http://www.sfx.gov.cn/article/20510", hints)
    assert item.title == full


def test_a_name_row_read_as_the_texts_first_line_gives_its_value_as_the_title() -> None:
    generic = "2024年度法治政府建设工作报告"
    meta = f"<table><tr><td>名称</td><td>{generic}</td></tr></table>"
    page = _page("", f"{meta}" + "".join(f"<p>{p}</p>" for p in PARAS), title_tag=generic)
    item, _ = extract_report(
        page.replace(f'<div class="bt">{TITLE}</div>', ""), "http://x.gov.cn/1.html"
    )
    assert item.title == generic
