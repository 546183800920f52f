"""More shapes of portals nobody wrote selectors for: `<br>`-stacked label and value cells,
values in elements named for their field with CSS-drawn labels, QR/account captions and
`本文来源` lines under the text.

Each rule is shown with report text that looks like what it removes or reads but must stay.
"""

from __future__ import annotations

from lawreports.extract.report import extract_report
from lawreports.pipelines.clean import FurnitureCleaner

TITLE = "某县2023年度法治政府建设情况报告"
PARAS = [
    "2023年，在市委、市政府的坚强领导下，我县坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。",
    "一、2023年度法治政府建设主要举措和成效",
    "（一）加强党的领导，认真贯彻《法治政府建设实施纲要(2021—2025年)》。",
    "一是健全依法决策机制，全年审查重大行政决策事项12件，提出合法性审查意见36条。",
]
URL = "http://www.sfx.gov.cn/gk/1.html"


def _page(meta: str, body: str | None = None) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS) if body is None else body
    return (
        f"<html><head><title>{TITLE}</title></head><body>"
        '<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>'
        f'{meta}<div class="bt">{TITLE}</div><div class="nr">{body}</div>'
        '<div class="foot"><p>主办：某县人民政府办公室</p><p>鲁ICP备05012345号-1</p></div>'
        "</body></html>"
    )


def test_label_and_value_cells_split_by_br_are_paired_line_by_line() -> None:
    meta = (
        '<table class="gk"><tr><td>索 引 号：<br>发布机构：<br>成文日期：</td>'
        "<td>sfx-2024-00012<br>某县司法局<br>2024-03-10</td>"
        "<td>主题分类：<br>文　　号：<br>发布日期：</td>"
        "<td>综合政务<br>無<br>2024-03-12</td></tr></table>"
    )
    item, _ = extract_report(_page(meta), URL)
    assert (item.index_no, item.publisher, item.doc_no) == ("sfx-2024-00012", "某县司法局", None)
    assert (item.written_date, item.publish_date) == ("2024-03-10", "2024-03-12")
    assert "sfx-2024-00012" not in item.body


def test_a_report_table_whose_cells_are_split_by_br_is_body_not_metadata() -> None:
    table = (
        "<table><tr><td>行政复议：<br>行政应诉：<br>来源：</td><td>126件<br>87件<br>县统计局</td>"
        "</tr></table>"
    )
    item, _ = extract_report(_page("", "".join(f"<p>{p}</p>" for p in PARAS) + table), URL)
    assert "126件" in item.body and "87件" in item.body and "县统计局" in item.body


def test_values_in_elements_named_for_their_field_are_read_and_left_out_of_the_body() -> None:
    meta = (
        '<ul class="gkxx"><li><span class="syh">sfx-2024-00012</span></li>'
        '<li><span class="fbjg">某县司法局</span></li><li><span class="wh">某政发〔2024〕3号</span></li>'
        '<li><span class="cw-rq">2024-03-10</span></li><li><span class="fbrq">2024-03-12</span></li></ul>'
    )
    body = f'<div class="nr"><div class="gkxx-in">{meta}</div>' + "".join(
        f"<p>{p}</p>" for p in PARAS
    )
    item, _ = extract_report(_page("", body + "</div>"), URL)
    assert (item.index_no, item.publisher, item.doc_no) == (
        "sfx-2024-00012",
        "某县司法局",
        "某政发〔2024〕3号",
    )
    assert (item.written_date, item.publish_date) == ("2024-03-10", "2024-03-12")
    assert item.body.split("\n") == PARAS


def test_report_text_wearing_a_field_class_stays_and_gives_no_field() -> None:
    long_text = "全年制发规范性文件12件，均按照某政发〔2024〕3号文件要求进行合法性审核和备案审查。"
    body = (
        "".join(f"<p>{p}</p>" for p in PARAS)
        + f'<p class="wh">{long_text}</p><p class="fbrq">全年无延期答复</p>'
        + '<div class="sidebar-x"><span class="fbjg">详见附件，下载后查看</span></div>'
    )
    item, _ = extract_report(_page("", body), URL)
    assert long_text in item.body and "全年无延期答复" in item.body
    assert (item.doc_no, item.publish_date, item.publisher) == (None, None, None)


def test_qr_captions_account_names_and_source_lines_are_furniture_report_text_stays() -> None:
    report = [
        "一、概况",
        "数据来源：县统计局",
        "开通政务微信公众号“某县发布”，全年推送信息1200条。",
        "扫描二维码即可查询办事指南，全年访问2万人次。",
        "本文来源于县司法局年度工作总结，经县政府常务会议审议通过。",
    ]
    furniture = ["扫描二维码关注", "政务微信", "政务微博", "官方微博二维码", "本文来源：县司法局"]
    lines, _ = FurnitureCleaner().clean_lines([*report, *furniture])
    assert lines == report
