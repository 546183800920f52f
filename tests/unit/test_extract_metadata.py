"""The 信息公开 block in its real layouts, and dates in every form portals print."""

from __future__ import annotations

from pathlib import Path

import pytest
from scrapy.http import HtmlResponse

from lawreports.extract.dates import (
    date_from_url,
    is_month_cell,
    parse_date,
    split_day_date,
    year_named,
)
from lawreports.extract.metadata import (
    glued_bare_label,
    info_line_tokens,
    normalize_index_no,
    parse_label_text,
    spaced_bare_labels,
)
from lawreports.extract.report import extract_report, report_year

REALPAGES = Path(__file__).resolve().parent.parent / "data" / "realpages"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Hubei TRS inline run, with the doubled 文号 template bug
        (
            "索 引 号: 011396186/2023-09181 主题分类: 其他 发布机构: 市政府办公室 发文日期: 2023年01月31日 13:45:00 "
            "文  号: 文  号:无 效力状态: 有效 发布日期: 2023年02月02日 10:45:00 名  称: 某报告",
            {
                "index_no": "011396186/2023-09181",
                "publisher": "市政府办公室",
                "written_date": "2023年01月31日 13:45:00",
                "publish_date": "2023年02月02日 10:45:00",
            },
        ),
        # Chongqing brackets
        (
            "[ 索引号 ] 115001010086458821/2025-00001\n[ 发文字号 ]\n[ 发布机构 ] 万州区后山镇\n[ 成文日期 ] 2025-01-16\n"
            "[ 发布日期 ] 2025-01-16",
            {
                "index_no": "115001010086458821/2025-00001",
                "publisher": "万州区后山镇",
                "publish_date": "2025-01-16",
            },
        ),
        # table cells (tabs), U+2002 inside labels
        (
            "索\u2002引\u2002号：\t000014349/2018-00222\t主题分类：\t司法\n发布机构：\t某县司法局\t发布日期：\t2018-03-02",
            {
                "index_no": "000014349/2018-00222",
                "publisher": "某县司法局",
                "publish_date": "2018-03-02",
            },
        ),
        # ucap dl/dd: value on the next line
        (
            "索\u2002引\u2002号：\n014742224A/2023-0043406\n责任部门：\n万载县统计局",
            {"index_no": "014742224A/2023-0043406", "publisher": "万载县统计局"},
        ),
        # bare line (seed 004)
        (
            "发布机构:区政府办 发布时间: 2021-01-18 06:45 字体: [ ]",
            {"publisher": "区政府办", "publish_date": "2021-01-18 06:45"},
        ),
        # pipe table (Gansu)
        (
            "索 引 号 | 11620300013909010R/2025-48086 | 主题分类 | 金政发 |\n发文字号 | 金政发〔2025〕33号 | 制发机构 | |",
            {"index_no": "11620300013909010R/2025-48086", "doc_no": "金政发〔2025〕33号"},
        ),
        # other names portals give the publisher, the written date and the document number
        (
            "发布机关：\t某县人民政府办公室\t签发日期：\t2024年3月1日\n文件字号：\t某政办〔2024〕3号",
            {
                "publisher": "某县人民政府办公室",
                "written_date": "2024年3月1日",
                "doc_no": "某政办〔2024〕3号",
            },
        ),
        ("公开主体：某县司法局 印发时间：2024-02-28", {"publisher": "某县司法局"}),
        # older platforms' 索取号, and their names for the source and the dates
        (
            "索取号：000014349/2024-00012\t内容分类：法治\n信息提供单位：某县司法局\t"
            "产生日期：2024-03-01\t公布日期：2024-03-05",
            {
                "index_no": "000014349/2024-00012",
                "publisher": "某县司法局",
                "written_date": "2024-03-01",
                "publish_date": "2024-03-05",
            },
        ),
    ],
)
def test_label_layouts(text: str, expected: dict[str, str]) -> None:
    found = parse_label_text(text)
    for key, value in expected.items():
        assert found.get(key) == value, key


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2024-03-12", "2024-03-12"),
        ("2024-03-12 14:18:38", "2024-03-12"),
        ("2023年01月31日", "2023-01-31"),
        ("2021/03/29 11:30:01", "2021-03-29"),
        ("2023年1月5日", "2023-01-05"),
        ("２０２４－０３－１２", "2024-03-12"),
        ("二〇二四年三月十二日", "2024-03-12"),
        ("二〇二三年十二月三十一日", "2023-12-31"),
        ("二〇二四年十月一日", "2024-10-01"),
        ("二〇二四年十三月一日", None),
        ("", None),
        ("无", None),
    ],
)
def test_dates(raw: str, iso: str | None) -> None:
    assert parse_date(raw) == iso


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("http://x/zwgk/fzzfjsndbg/202403/t20240312_1001.html", "2024-03-12"),
        ("http://x/art/2024/3/12/art_1229_3001.html", "2024-03-12"),
        ("http://x/gongkai/show/20210118064546562.html", "2021-01-18"),
        ("http://x/info/5381/256725.htm", None),
        ("http://x/a/20240312.html", None),  # a bare number may be an id
    ],
)
def test_dates_in_urls(url: str, iso: str | None) -> None:
    assert date_from_url(url) == iso


def _saved(name: str, url: str) -> HtmlResponse:
    body = (REALPAGES / name).read_bytes()
    return HtmlResponse(url=url, body=body, headers={"Content-Type": "text/html; charset=UTF-8"})


def test_real_ucap_page_metadata_and_body() -> None:
    resp = _saved(
        "jx-wanzai-ucap-detail-2023.html",
        "http://www.wanzai.gov.cn/wzxrmzf/tjsja/202305/7215380191c5400397df5d7d0b5fd06b.shtml",
    )
    item, tier = extract_report(resp.text, resp.url)
    assert item.index_no == "014742224A/2023-0043406"
    assert item.publisher == "万载县统计局"
    assert item.written_date == "2023-05-11"
    assert item.title.startswith("万载县2022年国民经济和社会发展统计公报")
    assert tier == "cms"
    for furniture in ("ICP备", "网站标识码", "扫一扫", "关闭本页", "关联稿件", "索引号", "繁體"):
        assert furniture not in item.body
    assert len(item.body) > 1000


def test_labels_glued_to_the_previous_value_are_read() -> None:
    # <span>索引号:</span><span>xhqrmzf-2024-00119</span><span>发布机构:</span>… without spaces
    text = "索引号:xhqrmzf-2024-00119发布机构:溪湖区司法局\n信息名称:溪湖区2023年度法治政府建设工作报告主题分类:执行结果公开"
    found = parse_label_text(text)
    assert found["index_no"] == "xhqrmzf-2024-00119"
    assert found["publisher"] == "溪湖区司法局"
    assert found["title"] == "溪湖区2023年度法治政府建设工作报告"


def test_labels_in_their_own_inline_elements_are_read_even_when_glued_to_a_value() -> None:
    """Dede's `.info` line: `<small>时间:</small>…09:30<small>来源:</small>县司法局<small>作者:`."""
    body = "".join(f"<p>{'全面推进依法行政，加快建设法治政府。' * 3}</p>" for _ in range(6))
    page = (
        "<html><head><title>某县2023年法治政府建设工作情况的报告</title></head><body>"
        '<div class="viewbox"><div class="title"><h2>某县2023年法治政府建设工作情况的报告</h2></div>'
        '<div class="info"><small>时间:</small>2024-03-12 09:30<small>来源:</small>某县司法局'
        "<small>作者:</small>admin<small>点击:</small>次</div>"
        f'<div class="content">{body}<p>加<b>强</b>领导：确保落实。</p></div></div></body></html>'
    )
    item, _ = extract_report(page, "http://www.example.gov.cn/a/zwgk/gzbg/20240312/1234.html")
    assert item.publisher == "某县司法局"
    assert item.publish_date == "2024-03-12"
    assert "加强领导：确保落实。" in item.body  # inline markup in the body is not split


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("溪湖区2023年度法治政府建设工作报告", 2023),
        ("关于2024年度法治政府建设情况的报告", 2024),
        ("某县２０２３年度法治政府建设工作报告", 2023),
        ("二〇二三年度法治政府建设情况报告", 2023),
        ("某县2023年法治政府建设工作总结及2024年工作计划", 2023),
        ("法治政府建设年度报告", None),
    ],
)
def test_the_year_a_title_names(text: str, year: int | None) -> None:
    assert year_named(text) == year


def test_report_year_falls_back_to_the_opening_sentence() -> None:
    assert report_year("县司法局关于法治政府建设工作情况的报告", ["2024年，在县委…"]) == 2024
    assert report_year("县司法局关于法治政府建设工作情况的报告", ["在县委的领导下…"]) is None


def test_labels_whose_spaces_a_converter_could_not_encode_are_read() -> None:
    """A big5 gateway writes `?` for the spaces inside `索 引 号` that Big5 cannot hold."""
    text = "索?引?號：11341302003099128K/202403-00037\t文??號：埇政秘〔2024〕21號"
    labels = parse_label_text(text)
    assert labels["index_no"] == "11341302003099128K/202403-00037"
    assert labels["doc_no"] == "埇政秘〔2024〕21號"
    # a question ending a sentence before a word is no label
    assert "index_no" not in parse_label_text("是否需要？索引号不详")


def test_labels_a_converter_annotated_with_pinyin_are_read() -> None:
    """A 繁體 gateway that puts pinyin after some characters does so in the labels too
    (`發(fā)布機構(gòu)：`), as on the page seed 002 was captured from."""
    text = (
        "索引號：MB1A08302/2022-02723\t發(fā)布機構(gòu)：潛江市司法局\n"
        "成文日期：2022-01-20\t發(fā)布日期：2022-01-25\t文號(hào)：潛政發(fā)〔2022〕3號(hào)"
    )
    labels = parse_label_text(text)
    assert labels["index_no"] == "MB1A08302/2022-02723"
    assert labels["publisher"] == "潛江市司法局"
    assert labels["written_date"] == "2022-01-20"
    assert labels["publish_date"] == "2022-01-25"
    assert labels["doc_no"].startswith("潛政發(fā)〔2022〕3號")
    # a bracket of Latin letters that is no pinyin is no label's part
    assert "publisher" not in parse_label_text("發(x)布機構：潛江市司法局")


_GRID_BODY = "".join(
    f"<p>{'二、深入推进依法行政，全面提升政府法治建设水平。' * 3}</p>" for _ in range(6)
)
_GRIDS = {
    "div rows": (
        '<div class="g"><div class="r"><div>索引号</div><div>发布机构</div><div>文号</div></div>'
        '<div class="r"><div>11371329MB2850123X/2025-00012</div><div>临沭县司法局</div>'
        "<div></div></div></div>"
    ),
    "list rows": (
        "<div><ul><li>索 引 号：</li><li>发布机构：</li><li>文 号：</li></ul>"
        "<ul><li>11371329MB2850123X/2025-00012</li><li>临沭县司法局</li><li></li></ul></div>"
    ),
}


@pytest.mark.parametrize("grid", list(_GRIDS.values()), ids=list(_GRIDS))
def test_a_grid_of_blocks_pairs_labels_with_the_values_below(grid: str) -> None:
    """Every cell a block puts labels and values on lines of their own: paired by column,
    and an empty value cell leaves its field empty (not the next label's value)."""
    page = (
        "<html><head><title>临沭县2024年度法治政府建设情况报告</title></head><body>"
        f'<div class="main">{grid}<h1>临沭县2024年度法治政府建设情况报告</h1>'
        f'<div class="zw">{_GRID_BODY}</div></div></body></html>'
    )
    item, _ = extract_report(page, "http://www.linshu.gov.cn/a/1.html")
    assert (item.index_no, item.publisher, item.doc_no) == (
        "11371329MB2850123X/2025-00012",
        "临沭县司法局",
        None,
    )
    assert item.body.startswith("二、深入推进依法行政")


def test_a_value_under_its_label_may_hold_a_comma() -> None:
    text = "索引号\n11340000/2024-00012\n发布机构\n县委办，县政府办\n"
    assert parse_label_text(text)["publisher"] == "县委办，县政府办"


def test_a_dl_with_an_empty_value_still_pairs_each_label_with_its_own_value() -> None:
    page = (
        "<html><body><h1>临沭县2024年度法治政府建设情况报告</h1><dl>"
        "<dt>索引号</dt><dd></dd><dt>发布机构</dt><dd>临沭县司法局</dd>"
        "<dt>发布日期</dt><dd>2025-01-16</dd></dl>"
        f'<div class="zw">{_GRID_BODY}</div></body></html>'
    )
    item, _ = extract_report(page, "http://www.linshu.gov.cn/a/1.html")
    assert (item.index_no, item.publisher, item.publish_date) == (
        None,
        "临沭县司法局",
        "2025-01-16",
    )


def _info_page(info: str, first: str) -> str:
    """An article whose info block (`info`) sits between its title and its text."""
    return (
        "<html><body><div class='art'><h1>安平县2023年度法治政府建设情况报告</h1>"
        f"<div class='info'>{info}</div><div class='zw'><p>{first}</p>"
        f"<p>{'全面推进依法行政，取得明显成效。' * 6}</p></div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("info", "publisher"),
    [
        ("[ 2024-03-05 ] 来源：县司法局", "县司法局"),
        ("【2024-03-05】信息来源：县司法局", "县司法局"),
        ("供稿单位：县司法局 发布日期：2024-03-05", "县司法局"),
        ("发布部门：县司法局 日期：2024-03-05", "县司法局"),
        ("发文时间：2024-03-05 发文单位：县司法局", "县司法局"),
        # fields each in its own brackets, and a label led by 文章
        ("【来源：县司法局】【时间：2024-03-05】", "县司法局"),
        # the date without a label, after a pipe
        ("来源：县司法局 | 2024-03-05", "县司法局"),
        ("文章作者：admin 发布时间：2024-03-05 供稿：县司法局", "县司法局"),
        # parts separated by dots or slashes
        ("来源：县司法局 · 发布时间：2024.03.05 · 阅读：128", "县司法局"),
        ("日期：2024年3月5日 09:30 / 来源：县司法局 / 作者：张三", "县司法局"),
    ],
)
def test_an_info_line_above_the_text_gives_its_fields_and_is_not_body(
    info: str, publisher: str
) -> None:
    first = "全面推进依法行政，持续深化法治政府建设，取得明显成效。" * 3
    item, _ = extract_report(_info_page(info, first), "http://www.example.gov.cn/a/1.html")
    assert (item.publisher, item.publish_date) == (publisher, "2024-03-05")
    assert item.body.startswith(first)


@pytest.mark.parametrize(
    "first_line",
    [
        "为深入贯彻落实习近平法治思想，现将我县2023年度法治政府建设情况报告如下。",
        "一、2023年度推进法治政府建设的主要举措和成效",
        "（一）坚持党的领导",
        "市委、市政府：",
    ],
)
def test_a_blank_label_above_the_text_does_not_take_its_first_line(first_line: str) -> None:
    """`来源：` left empty in its own block: the line under it is the report, not a value."""
    info = "<div>发布日期：2024-03-05</div><div>来源：</div>"
    item, _ = extract_report(_info_page(info, first_line), "http://www.example.gov.cn/a/1.html")
    assert (item.publisher, item.publish_date) == (None, "2024-03-05")
    assert item.body.startswith(first_line)


@pytest.mark.parametrize(
    "article",
    [
        # the date in its own block between the title and the text
        '<div class="art"><h1>{t}</h1><p class="time">2024-03-12 10:20</p>'
        '<div class="zw">{b}</div></div>',
        # the same line inside the text's container, above the first paragraph
        '<div class="art"><h1>{t}</h1><div class="zw"><p>[2024年03月12日]</p>{b}</div></div>',
        # a source's name and the date, no label (news templates)
        '<div class="art"><h1>{t}</h1><p class="time">临沭县司法局 2024-03-12</p>'
        '<div class="zw">{b}</div></div>',
        '<div class="art"><h1>{t}</h1><div class="zw"><p>临沭县司法局　2024年03月12日</p>{b}'
        "</div></div>",
    ],
)
def test_a_date_alone_under_the_title_is_the_publish_date(article: str) -> None:
    title = "临沭县2023年度法治政府建设情况报告"
    page = (
        "<html><body><div class='top'>今天是：2024年11月26日 星期三</div>"
        + article.format(t=title, b=_GRID_BODY)
        + "</body></html>"
    )
    item, _ = extract_report(page, "http://www.linshu.gov.cn/zwgk/art/1.html")
    assert item.publish_date == "2024-03-12"
    assert item.body.startswith("二、深入推进依法行政")


def test_the_clock_above_the_title_is_not_a_publish_date() -> None:
    page = (
        "<html><body><div class='top'>2024年11月26日</div>"
        f"<div class='art'><h1>临沭县2023年度法治政府建设情况报告</h1><div class='zw'>{_GRID_BODY}"
        "</div></div></body></html>"
    )
    item, _ = extract_report(page, "http://www.linshu.gov.cn/zwgk/art/1.html")
    assert item.publish_date is None


def test_a_value_ends_at_the_pipe_after_it() -> None:
    """`来源：县司法局 | 2024-03-05`: the pipe separates the info line's parts."""
    assert parse_label_text("来源：县司法局 | 2024-03-05")["publisher"] == "县司法局"
    assert parse_label_text("| 发布机构 | 县司法局 | 文号 | 临政发〔2024〕1号 |") == {
        "publisher": "县司法局",
        "doc_no": "临政发〔2024〕1号",
    }


_BARE = {
    "index_no": "11130000-01-2024-001",
    "publisher": "安平县司法局",
    "written_date": "2024-03-01",
    "publish_date": "2024-03-05",
    "doc_no": "安司发〔2024〕3号",
}


@pytest.mark.parametrize(
    "holder",
    [
        "<b>{}</b>",
        "<span class='l'>{}</span>",
        "<strong>{} </strong>",
        "<label>{}</label>",
        "<i>{}</i>",
    ],
)
@pytest.mark.parametrize("traditional", [False, True], ids=["simplified", "traditional"])
def test_labels_printed_without_a_colon_in_their_own_element_are_read(
    holder: str, traditional: bool
) -> None:
    """`<li><b>索引号</b>11130000…</li>`: the style draws the separator, the text has none."""
    labels = ["索引号", "发布机构", "成文日期", "发布日期", "文号"]
    if traditional:
        labels = ["索引號", "發布機構", "成文日期", "發布日期", "文號"]
    rows = "".join(
        f"<li>{holder.format(label)}{value}</li>"
        for label, value in zip(labels, _BARE.values(), strict=True)
    )
    first = "全面推进依法行政，持续深化法治政府建设，取得明显成效。" * 3
    item, _ = extract_report(
        _info_page(f"<ul class='xxgk'>{rows}</ul>", first), "http://www.example.gov.cn/a/1.html"
    )
    assert {field: getattr(item, field) for field in _BARE} == _BARE
    assert item.body.startswith(first)


@pytest.mark.parametrize("space", [" ", "\u3000", "  "])
@pytest.mark.parametrize("traditional", [False, True], ids=["simplified", "traditional"])
def test_a_block_of_labels_printed_between_spaces_in_plain_text_is_read(
    space: str, traditional: bool
) -> None:
    """`<p>索引号 1113… 发布机构 安平县司法局 …</p>`, or one `<p>` each: no colon and no
    element around a label; the publish date is on an info line with colons."""
    labels = ["索引号", "发布机构", "成文日期", "文号"]
    if traditional:
        labels = ["索引號", "發布機構", "成文日期", "文號"]
    values = [_BARE[f] for f in ("index_no", "publisher", "written_date", "doc_no")]
    pairs = [f"{label}{space}{value}" for label, value in zip(labels, values, strict=True)]
    first = "全面推进依法行政，持续深化法治政府建设，取得明显成效。" * 3
    for run in (f"<p>{space.join(pairs)}</p>", "".join(f"<p>{pair}</p>" for pair in pairs)):
        block = f"<p class='info'>发布时间：2024-03-05</p>{run}"
        item, _ = extract_report(_info_page(block, first), "http://www.example.gov.cn/a/1.html")
        assert {field: getattr(item, field) for field in _BARE} == _BARE
        assert item.body.startswith(first)


@pytest.mark.parametrize(
    "line",
    [
        "索引号 编制工作已完成，发布机构 改革按计划推进。",  # one line of report text: no second label
        "全县发布机构改革方案 文号 统一规范。",  # no label opens the line
        "文号 统一规范后印发。\n全面推进依法行政。",  # the next line opens with none
    ],
)
def test_report_lines_naming_labels_are_not_read_as_a_spaced_block(line: str) -> None:
    assert spaced_bare_labels(line) is None


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        ("索引号11130000-01-2024-001", True),
        ("主题分类\t发布机构 安平县司法局", True),
        ("发布机构：安平县司法局", False),
        ("索引号\t11130000-01-2024-001", False),
        ("我县发布机构改革方案。", False),
    ],
)
def test_a_label_run_into_its_value_is_told_from_one_with_a_separator(
    text: str, glued: bool
) -> None:
    assert glued_bare_label(text) is glued


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("临沭县司法局 2024-03-12", "临沭县司法局"),
        ("临沭县人民政府　2024年03月12日", "临沭县人民政府"),
        # the date first, or two spans run together
        ("2024-03-12 临沭县司法局", "临沭县司法局"),
        ("<span>2024-03-12</span><span>临沭县司法局</span>", "临沭县司法局"),
        # a list's row under a heading, no organisation: the date only
        ("临沭县政府信息公开指南 2024-03-12", None),
        # a reader count after them, with or without its word
        ("临沭县司法局 2024-03-12 阅读 17", "临沭县司法局"),
        ("2024-03-12 10:20 | 临沭县司法局 | 17", "临沭县司法局"),
    ],
)
def test_a_name_and_date_under_the_title_give_the_source_and_the_date(
    line: str, publisher: str | None
) -> None:
    title = "临沭县2023年度法治政府建设情况报告"
    page = (
        f"<html><body><div class='art'><h1>{title}</h1><p class='ly'>{line}</p>"
        f"<div class='zw'>{_GRID_BODY}</div></div></body></html>"
    )
    item, _ = extract_report(page, "http://www.linshu.gov.cn/zwgk/art/1.html")
    assert (item.publisher, item.publish_date) == (publisher, "2024-03-12")


@pytest.mark.parametrize(
    "table",
    [
        # a table of the documents the report lists: two records under the labels
        "<table><tr><td>文件名称</td><td>文号</td><td>发布日期</td></tr>"
        "<tr><td>安平县行政规范性文件管理办法</td><td>安政发〔2023〕1号</td><td>2023-01-11</td></tr>"
        "<tr><td>安平县重大行政决策程序规定</td><td>安政发〔2023〕2号</td><td>2023-02-11</td></tr>"
        "</table>",
        # a table in the text naming only 时间 and 来源
        "<table><tr><td>时间</td><td>来源</td></tr><tr><td>2023年5月</td><td>省司法厅</td></tr></table>",
        # a 相关信息 table under the text: its values link to other pages
        "<table><tr><th>标题</th><th>发布机构</th><th>发布日期</th></tr><tr><td>"
        "<a href='/a/2.html'>安平县2022年度法治政府建设情况报告</a></td><td>安平县人民政府办公室</td>"
        "<td>2023-03-01</td></tr></table>",
    ],
)
def test_a_row_of_labels_heading_a_table_of_records_is_not_the_metadata(table: str) -> None:
    first = "全面推进依法行政，持续深化法治政府建设，取得明显成效。" * 3
    page = _info_page("发布时间：2024-03-05 来源：安平县司法局 文号：安司发〔2024〕3号", first)
    page = page.replace("</div></div></body>", f"{table}</div></div></body>")
    item, _ = extract_report(page, "http://www.example.gov.cn/a/1.html")
    assert (item.title, item.publisher, item.publish_date, item.doc_no) == (
        "安平县2023年度法治政府建设情况报告",
        "安平县司法局",
        "2024-03-05",
        "安司发〔2024〕3号",
    )


@pytest.mark.parametrize(
    "block",
    [
        "<table><tr><td>发布日期：</td><td>2024-03-05</td><td>文号：</td><td></td></tr></table>",
        "<ul><li>发布日期：2024-03-05</li><li>文号：</li></ul>",
        "<dl><dt>发布日期：</dt><dd>2024-03-05</dd><dt>发布机构：</dt><dd></dd></dl>",
        "<p>发布时间：2024-03-05 来源：</p>",
    ],
)
def test_an_empty_last_field_does_not_take_the_title_under_it(block: str) -> None:
    title = "安平县2023年度法治政府建设情况报告"
    page = (
        f"<html><body><div class='art'>{block}<h1>{title}</h1><div class='zw'>"
        f"<p>{'全面推进依法行政，持续深化法治政府建设，取得明显成效。' * 3}</p></div></div>"
        "</body></html>"
    )
    item, _ = extract_report(page, "http://www.example.gov.cn/a/1.html")
    assert (item.title, item.publish_date, item.doc_no, item.publisher) == (
        title,
        "2024-03-05",
        None,
        None,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("文号：\n安司发〔2024〕3号", {"doc_no": "安司发〔2024〕3号"}),
        ("发布机构：\n安平县司法局", {"publisher": "安平县司法局"}),
        ("索引号：\n11130000-01-2024-001", {"index_no": "11130000-01-2024-001"}),
        ("成文日期：\n2024年03月01日", {"written_date": "2024年03月01日"}),
        ("文号：\n安平县2023年度法治政府建设情况报告", {}),
        ("发布机构：\n关于2023年度法治政府建设情况的报告", {}),
        ("成文日期：\n安平县人民政府", {}),
    ],
)
def test_a_value_on_the_line_under_its_label_must_look_like_the_field(
    text: str, expected: dict[str, str]
) -> None:
    """dl/dd: the value is on the next line, unless that line is something else."""
    assert parse_label_text(text) == expected


@pytest.mark.parametrize(
    "other",
    ["载体类型：电子", "统一编号：ANXD01-2024-0001", "公开属性：主动公开", "所属类别：法治政府"],
)
@pytest.mark.parametrize("layout", ["table", "inline"])
def test_a_catalogue_field_the_project_does_not_keep_ends_the_value_before_it(
    other: str, layout: str
) -> None:
    label, value = other.split("：")
    if layout == "table":
        block = (
            f"<table><tr><td>索引号：</td><td>11130000-01-2024-001</td><td>{label}：</td>"
            f"<td>{value}</td></tr><tr><td>发布机构：</td><td>安平县司法局</td>"
            "<td>发布日期：</td><td>2024-03-05</td></tr></table>"
        )
    else:
        block = f"<p>索引号：11130000-01-2024-001 {other} 发布机构：安平县司法局 发布日期：2024-03-05</p>"
    first = "全面推进依法行政，持续深化法治政府建设，取得明显成效。" * 3
    item, _ = extract_report(_info_page(block, first), "http://www.example.gov.cn/a/1.html")
    assert (item.index_no, item.publisher, item.publish_date) == (
        "11130000-01-2024-001",
        "安平县司法局",
        "2024-03-05",
    )


def test_a_value_ends_with_its_cell() -> None:
    """An unknown label in the next cell (`公开日期` is known, `信息时效` is not)."""
    text = "索引号：\t11130000-01-2024-001\t信息时效：\t长期\n发布机构：\t安平县司法局\t"
    assert parse_label_text(text) == {
        "index_no": "11130000-01-2024-001",
        "publisher": "安平县司法局",
    }


def test_labels_without_a_colon_are_read_beside_an_info_line_with_colons() -> None:
    """A CSS grid (`<span class="tit">索引号</span><span class="con">…</span>`) and, above
    the text, `发布时间：… 来源：…`: two fields are read with colons, the grid's are not."""
    grid = "".join(
        f'<div class="row"><span class="tit">{label}</span><span class="con">{value}</span></div>'
        for label, value in (
            ("索引号", _BARE["index_no"]),
            ("成文日期", _BARE["written_date"]),
            ("文号", _BARE["doc_no"]),
        )
    )
    info = f"<div class='xxgk'>{grid}</div><p>发布时间：2024-03-05 来源：安平县司法局</p>"
    first = "全面推进依法行政，持续深化法治政府建设，取得明显成效。" * 3
    item, _ = extract_report(_info_page(info, first), "http://www.example.gov.cn/a/1.html")
    assert {field: getattr(item, field) for field in _BARE} == _BARE
    assert item.body.startswith(first)


@pytest.mark.parametrize("doc_no", ["安政发【2024】3号", "安政发 [2024] 3号", "安政发〔2024〕3号"])
def test_a_doc_number_in_any_bracket_is_kept_whole(doc_no: str) -> None:
    first = "全面推进依法行政，持续深化法治政府建设，取得明显成效。" * 3
    info = f"<p>发布时间：2024-03-05 来源：安平县司法局 文号：{doc_no}</p>"
    item, _ = extract_report(_info_page(info, first), "http://www.example.gov.cn/a/1.html")
    assert item.doc_no == doc_no


@pytest.mark.parametrize("space", [" ", "\u3000", "&nbsp;&nbsp;"])
def test_a_date_after_the_source_without_a_label_is_the_publish_date(space: str) -> None:
    first = "全面推进依法行政，持续深化法治政府建设，取得明显成效。" * 3
    item, _ = extract_report(
        _info_page(f"来源：安平县司法局{space}2024-03-05", first), "http://www.example.gov.cn/a/1"
    )
    assert (item.publisher, item.publish_date) == ("安平县司法局", "2024-03-05")
    assert item.body.startswith(first)


def test_a_publish_date_a_script_writes_after_its_label_is_read() -> None:
    first = "全面推进依法行政，持续深化法治政府建设，取得明显成效。" * 3
    info = (
        '发布时间：<span><script>document.write("2024-03-05 09:30".substring(0,10))</script>'
        "</span> 来源：安平县司法局"
    )
    item, _ = extract_report(_info_page(info, first), "http://www.example.gov.cn/a/1.html")
    assert (item.publish_date, item.publisher) == ("2024-03-05", "安平县司法局")


def test_a_publish_date_in_the_breadcrumb_is_read_when_no_other_date_is_found() -> None:
    page = (
        "<html><body><div class='position'>当前位置：首页 &gt; 政务公开"
        "<span class='fr'>发布时间：2024-03-05</span></div><div class='art'>"
        "<h1>安平县2023年度法治政府建设情况报告</h1><div class='zw'>"
        f"<p>{'全面推进依法行政，持续深化法治政府建设，取得明显成效。' * 3}</p></div></div>"
        "</body></html>"
    )
    item, _ = extract_report(page, "http://www.example.gov.cn/a/1.html")
    assert item.publish_date == "2024-03-05"
    assert "当前位置" not in item.body


@pytest.mark.parametrize("pinyin", ["(suǒ)", "（suǒ）", "( suǒ )", "(Suǒ)", "(suo\u030c)"])
def test_a_label_with_pinyin_in_any_bracket_is_read(pinyin: str) -> None:
    first = "全面推进依法行政，持续深化法治政府建设，取得明显成效。" * 3
    info = f"<p>索{pinyin}引號：11130000-01-2024-001</p><p>發（fā）布時間：2024-03-05</p>"
    item, _ = extract_report(_info_page(info, first), "http://www.example.gov.cn/a/1.html")
    assert (item.index_no, item.publish_date) == ("11130000-01-2024-001", "2024-03-05")


@pytest.mark.parametrize("empty", ["", "&nbsp;", "<b></b>"])
def test_empty_rows_of_a_two_column_table_keep_their_values_empty(empty: str) -> None:
    """`文号` and `主题词` rows left empty between two filled ones: no value moves up or down."""
    rows = "".join(
        f"<tr><td>{label}：</td><td>{value}</td></tr>"
        for label, value in (
            ("发布机构", "安平县司法局"),
            ("文号", empty),
            ("主题词", empty),
            ("有效性", empty),
            ("发布日期", "2024-03-05"),
        )
    )
    first = "全面推进依法行政，持续深化法治政府建设，取得明显成效。" * 3
    item, _ = extract_report(_info_page(f"<table>{rows}</table>", first), "http://x.gov.cn/a/1")
    assert (item.publisher, item.doc_no, item.publish_date) == ("安平县司法局", None, "2024-03-05")
    assert item.body.startswith(first)


def test_labels_spaced_out_and_printed_without_colons_are_read_beside_one_with_a_colon() -> None:
    """天门: `<li><span>索 引 号</span> MB1A…</li>` … `<li><span>标 题:</span> …</li>`."""
    block = (
        "<ul><li><span>索 引 号</span> MB1A08302/2023-02723</li>"
        "<li><span>发布机构</span> 天门市司法局</li><li><span>文 号</span></li>"
        "<li><span>标 题:</span> 天门市2023年度法治政府建设情况报告</li></ul>"
    )
    first = "全面推进依法行政，持续深化法治政府建设，取得明显成效。" * 3
    item, _ = extract_report(_info_page(block, first), "http://x.gov.cn/a/1")
    assert (item.index_no, item.publisher, item.doc_no) == (
        "MB1A08302/2023-02723",
        "天门市司法局",
        None,
    )


def test_words_after_an_index_number_are_not_part_of_it() -> None:
    assert normalize_index_no("MB1A08302/2023-02723 分类 司法") == "MB1A08302/2023-02723"
    assert normalize_index_no("11130000-01 -2024-001") == "11130000-01-2024-001"


def test_a_run_of_colonless_labels_after_a_labelled_index_number_is_read() -> None:
    """天门's inline run: `索引号: … 分类 司法 发布机构 天门市司法局 来源 天门市司法局`."""
    first = "全面推进依法行政，持续深化法治政府建设，取得明显成效。" * 3
    run = "<p>索引号: MB1A08302/2023-02723 分类 司法 发布机构 天门市司法局 来源 天门市司法局</p>"
    item, _ = extract_report(_info_page(run, first), "http://x.gov.cn/a/1")
    assert (item.index_no, item.publisher) == ("MB1A08302/2023-02723", "天门市司法局")
    assert item.body.startswith(first)


@pytest.mark.parametrize("line", ["一是：规范 发布机构 名称。", "来源：规范 发布机构 名称。"])
def test_a_report_line_led_by_a_word_and_a_colon_is_not_read_as_a_run(line: str) -> None:
    assert spaced_bare_labels(line) is None


def test_a_date_beside_the_title_inside_its_heading_is_the_publish_date() -> None:
    page = (
        "<html><body><div class='art'><h1>安平县2023年度法治政府建设情况报告"
        "<span class='time'>2024-03-20</span></h1><div class='info'>来源：安平县司法局</div>"
        f"<div class='zw'><p>{'全面推进依法行政，取得明显成效。' * 6}</p></div></div></body></html>"
    )
    item, _ = extract_report(page, "http://www.example.gov.cn/a/1.html")
    assert (item.title, item.publish_date) == ("安平县2023年度法治政府建设情况报告", "2024-03-20")


def test_a_spaced_slash_before_digits_stays_inside_an_index_number() -> None:
    labels = parse_label_text(
        "索引号：11530181MB1234567X / 2024-00012\n发布机构：安宁县司法局 / 作者：张三"
    )
    assert normalize_index_no(labels["index_no"]) == "11530181MB1234567X/2024-00012"
    assert labels["publisher"] == "安宁县司法局"


def test_a_written_time_label_beside_a_publish_date_is_the_written_date() -> None:
    both = parse_label_text("发文时间：2024-03-01\t发布时间：2024-03-05\t发布机构：安宁县司法局")
    assert (both["written_date"], both["publish_date"]) == ("2024-03-01", "2024-03-05")
    alone = parse_label_text("发文时间：2024-03-05 发文单位：安宁县司法局")
    assert alone["publish_date"] == "2024-03-05" and "written_date" not in alone


_TOOLS = (
    "<div class='tools'><a href='javascript:;'>大</a><a href='javascript:;'>中</a>"
    "<a href='javascript:;'>小</a></div>"
)


@pytest.mark.parametrize(
    "info",
    [
        # an info bar of icon fonts, pipes between its parts, a reader count after them
        "<div class='info'><span><i class='icon-time'></i>2024-03-12 15:30</span><em>|</em>"
        "<span><i class='icon-source'></i>临沭县司法局</span><em>|</em>"
        "<span><i class='icon-eye'></i>阅读 <b>1,203</b></span></div>" + _TOOLS,
        # spans with no space between them: `临沭县司法局2024-03-1217` in the flat text
        "<div class='info'><span class='source'>临沭县司法局</span>"
        "<span class='date'>2024-03-12</span><span class='views'>17</span></div>" + _TOOLS,
    ],
)
def test_an_unlabelled_info_line_with_a_reader_count_gives_the_source_and_the_date(
    info: str,
) -> None:
    title = "临沭县2023年度法治政府建设情况报告"
    page = (
        f"<html><body><div class='art'><div class='head'><h1>{title}</h1>{info}</div>"
        f"<div class='zw'>{_GRID_BODY}</div></div></body></html>"
    )
    item, _ = extract_report(page, "http://www.linshu.gov.cn/zwgk/art/1.html")
    assert (item.publisher, item.publish_date) == ("临沭县司法局", "2024-03-12")
    assert item.body.startswith("二、深入推进依法行政")


def test_a_day_block_beside_the_title_and_an_office_glued_to_its_count() -> None:
    """`<span>28</span><span>2024.03</span>` reads `282024.03`, the office and its count
    `临沭县人民政府856`: as cells they are a date and an office."""
    title = "临沭县2023年度法治政府建设情况报告"
    page = (
        "<html><body><div class='art'><div class='head'><div class='date-block'>"
        "<span class='day'>28</span><span class='ym'>2024.03</span></div><div class='tit'>"
        f"<h1>{title}</h1><div class='sub'><span><i class='icon-source'></i>临沭县人民政府</span>"
        f"<span><i class='icon-eye'></i><em>856</em></span>{_TOOLS}</div></div></div>"
        f"<div class='zw'>{_GRID_BODY}</div></div></body></html>"
    )
    item, _ = extract_report(page, "http://www.linshu.gov.cn/zwgk/art/1.html")
    assert (item.publisher, item.publish_date) == ("临沭县人民政府", "2024-03-28")


@pytest.mark.parametrize(
    "head",
    [
        # a list's rows under the heading: their dates are other pages'
        "<div class='col'><h1>{t}</h1><ul><li><a href='/a/2.html'>临沭县召开常务会议</a>"
        "<span>2024-03-12</span><span>17</span></li></ul></div>",
        # a list's row that the title is (its date is the listed page's)
        "<ul><li><span class='bt'>{t}</span><span class='rq'>2024-03-12</span>"
        "<a href='/a/2.html'>【详细】</a></li><li><span class='bt'>临沭县司法局2024年工作要点</span>"
        "<span class='rq'>2024-02-01</span><a href='/a/3.html'>【详细】</a></li></ul>",
        # two dates: which one is the publish date is not said
        "<div class='head'><h1>{t}</h1><span>2024-03-12</span><span>2024-03-15</span></div>",
        # a number and a month that are not side by side
        "<div class='head'><span>28</span><span>作者</span><span>2024.03</span><h1>{t}</h1></div>",
    ],
)
def test_cells_around_the_title_that_are_no_info_line_give_no_date(head: str) -> None:
    title = "临沭县2023年度法治政府建设情况报告"
    page = (
        f"<html><body><div class='art'>{head.format(t=title)}<div class='zw'>{_GRID_BODY}</div>"
        "</div></body></html>"
    )
    item, _ = extract_report(page, "http://www.linshu.gov.cn/zwgk/art/1.html")
    assert item.publish_date is None


def test_an_office_above_the_title_or_a_page_widget_is_not_the_source() -> None:
    title = "临沭县2023年度法治政府建设情况报告"
    page = (
        "<html><body><div class='art'><div class='head'><div class='col'>临沭县司法局</div>"
        f"<h1>{title}</h1><div class='info'><span>2024-03-12</span><span>856</span></div>"
        f"<a href='javascript:scrollTo(0,0)'>返回顶部</a></div><div class='zw'>{_GRID_BODY}</div>"
        "</div></body></html>"
    )
    item, _ = extract_report(page, "http://www.linshu.gov.cn/zwgk/art/1.html")
    assert (item.publisher, item.publish_date) == (None, "2024-03-12")


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        (
            "2025-03-28 15:30\t|嘉禾县人民政府|阅读 1,203",
            ["2025-03-28 15:30", "嘉禾县人民政府", "阅读", "1,203"],
        ),
        ("【大 中 小】 打印", ["大", "中", "小", "打印"]),
        ("28", ["28"]),
        ("嘉禾县人民政府856", None),  # an office glued to its count: no cell of an info line
        ("嘉禾县司法局2025-01-22517", None),
        ("全县法治政府建设取得新成效 2025-01-22", None),  # a sentence
        ("发布时间：2025-01-22", None),  # a label: the label grammar's
    ],
)
def test_the_tokens_of_an_info_line(text: str, tokens: list[str] | None) -> None:
    assert info_line_tokens(text) == tokens


@pytest.mark.parametrize(
    ("day", "month", "iso"),
    [
        ("28", "2024.03", "2024-03-28"),
        ("5", "2024-3", "2024-03-05"),
        ("05日", "2024年03月", "2024-03-05"),
        ("31", "2024.02", None),
        ("856", "2024.03", None),
    ],
)
def test_a_day_beside_its_year_and_month_is_a_date(day: str, month: str, iso: str | None) -> None:
    assert split_day_date(day, month) == iso
    assert is_month_cell(month)


def test_a_document_number_keeps_a_rare_name_character_of_any_plane() -> None:
    from lawreports.extract.metadata import normalize_doc_no

    assert normalize_doc_no("𡌶府〔2025〕6号") == "𡌶府〔2025〕6号"
    assert normalize_doc_no("䢺政发〔2024〕3号") == "䢺政发〔2024〕3号"


@pytest.mark.parametrize(
    ("line", "may"),
    [
        ("索引号：11130000-2024-001", True),
        ("【发布机构】县司法局", True),
        ("发布时间 ： 2024-03-05", True),  # spaces before the colon
        ("发(fā)布机构：县司法局", True),  # a pinyin reading between label and colon
        ("来源\t县司法局", True),  # the end of its cell
        ("文号∶无 | 有效", True),  # a look-alike colon
        ("县" * 50 + "索引号", False),  # long, with no separator
        ("索引号", True),  # short, ending as a label does
        ("一是健全工作机制：推进综合执法，避免多头执法、多层执法。", False),
        ("主要做法：强化法治思维", False),
    ],
)
def test_only_a_line_where_a_label_can_end_goes_to_the_label_grammar(line: str, may: bool) -> None:
    from lawreports.extract.metadata import _label_lines, _label_table

    assert bool(_label_lines(line, _label_table()[2])) is may
    # the same line among others: only it, with its span
    text = f"一是健全机制：推进执法。\n{line}\n"
    expected = [(13, 13 + len(line))] if may else []
    assert [found[:2] for found in _label_lines(text, _label_table()[2])] == expected


@pytest.mark.parametrize(
    ("line", "at", "ends"),
    [
        ("索引号：", 3, True),
        ("索引号 \u3000：", 5, True),
        ("发(fā)：", 5, True),
        ("做法：", 2, False),
        ("  ：", 2, False),
        ("", 0, False),
    ],
)
def test_a_label_end_is_the_last_character_before_a_closer_past_spaces(
    line: str, at: int, ends: bool
) -> None:
    from lawreports.extract.metadata import _label_end_before, _label_table

    assert _label_end_before(line, at, _label_table()[2]) is ends


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2024-03-12", "2024-03-12"),
        ("2024-03-12 14:18:00", "2024-03-12"),
        ("2024年03月12日", "2024-03-12"),
        ("2021/03/29", "2021-03-29"),
        ("2024-13-45", None),  # no day: the regexes read the text
        ("2024-3-12", None),  # another shape
        (" 2024-03-12", None),
        ("发布时间：2024-03-12", None),
    ],
)
def test_a_date_opening_the_text_in_the_usual_shape_is_read_by_slices(
    text: str, iso: str | None
) -> None:
    from lawreports.extract.dates import _leading_date

    assert _leading_date(text) == iso


def test_a_label_closed_by_a_later_colon_of_the_line_is_found() -> None:
    from lawreports.extract.metadata import _label_lines, _label_table

    classes = _label_table()[2]
    assert _label_lines("主要做法：强化 索引号：11130000", classes)
    assert not _label_lines("做法：一是：", classes)
    assert not _label_lines("县" * 50 + "索引号∶", classes)  # a look-alike colon alone
