"""The body on shapes nobody wrote a selector for: tiers, furniture, headings, repeated titles."""

from __future__ import annotations

import pytest

from lawreports.extract.body import (
    MIN_CONTAINER_CJK,
    _holds_text,
    _text_cjk,
    _without_runs,
    drop_furniture,
    drop_metadata_blocks,
    parse_html,
    text_content,
    trim_head,
)
from lawreports.extract.report import extract_report
from lawreports.extract.text import (
    _BEGIN,
    _END,
    LABEL_EDGE,
    cell_and_plain_lines,
    cell_lines,
    element_lines,
    flat_text_around,
    plain_lines,
)
from lawreports.pipelines.clean import FurnitureCleaner

PARAS = [
    "2023年，在市委、市政府的坚强领导下，我县坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。",
    "一、2023年度法治政府建设主要举措和成效",
    "（一）加强党的领导，认真贯彻《法治政府建设实施纲要(2021—2025年)》。",
    "一是健全依法决策机制，全年审查重大行政决策事项12件，提出合法性审查意见36条。",
]
TITLE = "某县2023年度法治政府建设情况报告"


def _paras() -> str:
    return "".join(f"<p>{p}</p>" for p in PARAS)


def _body_lines(page: str) -> list[str]:
    item, _ = extract_report(page, "http://127.0.0.1/a.html")
    return item.body.split("\n")


def _page(body: str) -> str:
    return (
        f"<html><head><title>{TITLE}_某县人民政府</title></head><body>"
        '<div class="footer-nav"><a href="/">首页</a></div>'
        f"<h1>{TITLE}</h1>{body}"
        "<div class='foot'><p>主办：某县人民政府办公室</p><p>鲁ICP备05012345号-1</p></div>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("container", "tier"),
    [
        (
            f'<div class=TRS_Editor><style type="text/css">.TRS_Editor P{{margin-top:5px;}}</style>{_paras()}</div>',
            "cms",
        ),
        (
            f"<div id=zoom><!--ZJEG_RSS.content.begin--><style>p{{x:1}}</style>{_paras()}<!--ZJEG_RSS.content.end--></div>",
            "markers",
        ),
        (  # the markers at different depths: the source between them is parsed apart
            f"<div class=wrap><!--ZJEG_RSS.content.begin-->{_paras()}</div>"
            "<div class=share>分享到：微信</div><!--ZJEG_RSS.content.end-->",
            "markers",
        ),
        (  # tail text right after the begin marker is body text too
            f"<div><!--<$[信息内容]>begin-->{PARAS[0]}<p>{'</p><p>'.join(PARAS[1:])}</p>"
            "<!--<$[信息内容]>end--><p>打印本页</p></div>",
            "markers",
        ),
        (f'<div class="unknown-cms-box"><div class="txt">{_paras()}</div></div>', "density"),
    ],
)
def test_body_tiers_keep_headings_and_drop_styles(container: str, tier: str) -> None:
    item, found_tier = extract_report(_page(container), "http://x.gov.cn/a/t20240312_1.html")
    assert found_tier == tier
    assert item.body.split("\n") == PARAS
    assert "margin-top" not in item.body and "{" not in item.body


def test_site_selector_wins() -> None:
    from lawreports.extract.report import PageHints

    page = _page(f'<div class="TRS_Editor">{_paras()}</div><div class="mine">{_paras()}</div>')
    _, tier = extract_report(page, "http://x.gov.cn/", PageHints(body_selector=".mine"))
    assert tier == "site"


def test_repeated_title_split_over_two_lines_and_metadata_line_are_not_body() -> None:
    body = (
        '<div class="TRS_Editor"><p style="text-align:center">某县人民政府</p>'
        '<p style="text-align:center">关于2023年度法治政府建设情况的报告</p>'
        "<p>发布时间：2024-03-12 来源：某县司法局 【字体：大 中 小】</p>"
        f"{_paras()}</div>"
    )
    item, _ = extract_report(
        _page(body).replace(TITLE, "某县人民政府关于2023年度法治政府建设情况的报告"), "http://x/"
    )
    assert item.body.split("\n") == PARAS


def test_mojibake_runs_are_removed_and_counted_but_a_single_question_mark_stays() -> None:
    lines, repaired = FurnitureCleaner().clean_lines(
        ["推进依法决策。??????????", "是否依法？是的。", "\ufffd\ufffd\ufffd统一标准"]
    )
    assert lines == ["推进依法决策。", "是否依法？是的。", "统一标准"]
    assert repaired == 2


def test_a_related_files_heading_ends_the_body_but_report_text_citing_it_stays() -> None:
    text = "等相关文件，细化工作目标。"
    lines, _ = FurnitureCleaner().clean_lines(
        ["一、概况", "相关文件精神", text, "相关文件：", "无"]
    )
    assert lines == ["一、概况", "相关文件精神", text]


def test_a_box_heading_above_the_text_is_dropped_but_does_not_end_the_text() -> None:
    """`相关解读` closes the text when it comes after it; a box of that name above the text
    (the report's sentences follow it) loses its heading only."""
    report = [f"（{n}）全面推进依法行政，全年审查规范性文件{n}件。" for n in "一二三四"]
    lines, _ = FurnitureCleaner().clean_lines(["某县人民政府", "相关解读", *report])
    assert lines == ["某县人民政府", *report]
    lines, _ = FurnitureCleaner().clean_lines(
        [*report, "相关解读", "图解：某县2023年度法治政府建设情况报告", "网友留言", "请文明发言。"]
    )
    assert lines == report


def test_a_box_heading_that_opens_the_text_is_dropped() -> None:
    report = [f"（{n}）全面推进依法行政，全年审查规范性文件{n}件。" for n in "一二三四"]
    lines, _ = FurnitureCleaner().clean_lines(["相关解读", *report])
    assert lines == report


def test_an_empty_attachment_box_or_a_source_line_closing_the_text_is_furniture() -> None:
    """And a file listed under the box stays."""
    report = ["一、全面推进依法行政。", "二、严格规范执法。"]
    for heading in (
        "附件下载：",
        "附件：",
        "【附件】",
        "相关附件",
        "附件列表:",
        "来源：某县司法局",
    ):
        lines, _ = FurnitureCleaner().clean_lines([*report, heading])
        assert lines == report, heading
    files = ["附件：", "1.2023年度法治政府建设重点任务完成情况统计表.docx"]
    lines, _ = FurnitureCleaner().clean_lines([*report, *files])
    assert lines == [*report, *files]


def test_a_toolbar_line_of_several_widgets_is_furniture_but_report_text_naming_them_stays() -> (
    None
):
    text = "建立打印、收藏、关闭窗口等操作留痕制度。"
    lines, _ = FurnitureCleaner().clean_lines(
        [
            "一、概况",
            "【打印本页】【关闭窗口】【收藏】",
            "打印本页 关闭窗口",
            text,
            "返回顶部 | 关闭",
            # a Taiwan-style conversion's words
            "列印本頁",
            "關閉視窗",
            "回到頂部",
        ]
    )
    assert lines == ["一、概况", text]


def test_bylines_error_report_buttons_and_counters_are_furniture_report_text_on_them_stays() -> (
    None
):
    report = [
        "一、概况",
        "建立网站纠错机制，群众留言的纠错意见当日转办。",
        "推行政务服务二维码，扫码办事覆盖率达到95%。",
        "审核：严格落实重大行政决策合法性审核制度，全年审核文件32件，提出修改意见57条。",
    ]
    furniture = [
        "【我要纠错】",
        "我为政府网站找错",
        "微信扫一扫分享",
        "本页二维码",
        "分享：",
        "阅读量：1024",
        "访问次数：88",
        "【手机版】",
        "（责任编辑：张三）",
        "编辑：李四 审核：王五",
    ]
    lines, _ = FurnitureCleaner().clean_lines(
        [*report, *furniture, "上一条：关于印发…的通知", "x"]
    )
    assert lines == report


def test_footer_notes_on_the_site_and_bracketed_buttons_are_furniture_report_text_stays() -> None:
    report = [
        "一、概况",
        "建议使用统一的行政执法文书格式，全面推行行政执法“三项制度”。",
        "全县政务服务事项100%可在手机上查看办理进度。",
        "本站支持群众在线评议，全年收到意见建议213条。",
        "设立公共法律服务热线，联系电话在全县公示。",
        "建议使用高分辨率遥感影像开展违法用地动态巡查，全年发现并处置违法用地线索46条，整改率100%",
        "（来源：县统计局2023年统计公报，下同）",
        "本文链接的政策文件均已在县政府门户网站公开。",
        "录入：全年录入行政执法案卷1200件，评查合格率98%。",
        "群众对行政执法的满意度达到98%，不满意件次同比下降40%。",
        "提示：各单位应于每月5日前报送执法数据。",
        "县司法局主办全县法治培训班3期，培训执法人员600人次。",
        "依法保护知识产权，查处侵犯版权所有人权益案件12件。",
        "关注我们的群众诉求，全年办结信访件98件。",
        "未经批准不得擅自调整执法范围。",
    ]
    furniture = [
        "[打印本页] [关闭窗口]",
        "【网站纠错】",
        "扫码阅读",
        "在手机上查看",
        "建议使用1024×768分辨率、IE9以上浏览器浏览本站",
        "您是第123位访客",
        "本站支持IPv6访问",
        "本页面已被访问 5 次",
        "保护视力色：",
        "办公地址：某县人民路1号",
        "站点地图 | 关于我们 | 网站声明",
        "【返回顶部】",
        "【大 中 小】",
        "扫码分享",
        "（来源：县司法局）",
        "本文链接：http://www.example.gov.cn/art/2024/3/5/art_1_2.html",
        "录入：张三",
        "网站编辑：李四",
        "发布人：admin",
        "温馨提示：如需下载附件，请使用WPS或Office打开。",
        "免责声明：本网站转载的文章仅供参考，版权归原作者所有。",
        "本文如有侵权请联系我们删除",
        "您对本文的满意度：",
        "满意 一般 不满意",
        "附件请用PDF阅读器打开",
        # a footer whose region no class names
        "电子邮箱：anxzf@163.com",
        "党政机关",
        "无障碍阅读",
        "适老化服务",
        "建议使用IE9及以上浏览器",
        "最佳分辨率1366*768",
        "(C) 2024 某县人民政府 版权所有",
        "未经授权禁止复制或建立镜像",
        "本网站由某县人民政府办公室主办",
        "某县人民政府办公室 主办",
        "网站运维：某县融媒体中心",
        "关注我们",
        "政务新媒体",
        "English",
    ]
    lines, _ = FurnitureCleaner().clean_lines([*report, *furniture])
    assert lines == report


def test_traditional_labels_are_read() -> None:
    page = _page(
        f"<p>發布機構：某縣司法局 發布時間：2024-03-12</p><div class=TRS_Editor>{_paras()}</div>"
    )
    item, _ = extract_report(page, "http://x/")
    assert item.publisher == "某縣司法局"
    assert item.publish_date == "2024-03-12"


@pytest.mark.parametrize("style", ["display:none", "DISPLAY: NONE", "Display: None;"])
def test_a_block_hidden_by_inline_style_is_not_body(style: str) -> None:
    hidden = (
        "<p>此处为隐藏的打印版本，不应出现在正文中，内容与正文不同，用于检查隐藏区块被删除。</p>"
    )
    page = _page(f'<div id="zoom">{_paras()}<div style="{style}">{hidden}</div></div>')
    item, _ = extract_report(page, "http://127.0.0.1/a.html")
    assert "隐藏的打印版本" not in item.body
    assert PARAS[0] in item.body


def test_a_hidden_block_holding_the_pages_text_stays() -> None:
    """A page hiding its text until a script shows it (`display:none` on the only copy): the
    text is the report; a hidden menu beside it still goes."""
    page = _page(
        f'<div id="zoom" style="display:none">{_paras()}</div>'
        '<ul style="display: none"><li>机构概况</li><li>政策文件</li></ul>'
    )
    assert _body_lines(page) == PARAS


def test_a_text_in_a_pre_block_is_body() -> None:
    page = _page("<pre>" + "\n".join(PARAS) + "</pre>")
    assert _body_lines(page) == PARAS


@pytest.mark.parametrize(
    "logo",
    [
        '<h1 class="logo">某县人民政府</h1>',
        '<div class="site-logo"><img src="/logo.png" alt="">某县人民政府门户网站</div>',
        '<div class="top_banner">某县人民政府欢迎您</div>',
    ],
)
def test_a_logo_or_banner_beside_the_text_is_not_body(logo: str) -> None:
    """The site's name in a logo or banner block that shares the body's region (here the
    page itself, the text having no wrapper of its own)."""
    page = (
        f"<html><head><title>{TITLE}_某县人民政府</title></head><body>{logo}"
        f"<h2>{TITLE}</h2><div class='zw'>{_paras()}</div>"
        "<div>扫一扫在手机打开当前页</div></body></html>"
    )
    item, _ = extract_report(page, "http://127.0.0.1/a.html")
    assert item.body.split("\n")[0] == PARAS[0]
    assert "某县人民政府" not in item.body


@pytest.mark.parametrize("name", ["xgwz", "xgwj", "xgxw", "xgyd", "xgjd", "xgwd"])
def test_a_related_articles_block_named_in_pinyin_initials_is_not_body(name: str) -> None:
    """相关文章/文件/新闻/阅读/解读/文档 as `xgwz`…: two links to other years' reports, no heading."""
    related = (
        f'<div class="{name}"><a href="/a/2.html">某县2022年度法治政府建设情况报告</a>'
        '<a href="/a/3.html">某县2021年度法治政府建设情况报告</a></div>'
    )
    page = _page(f'<div class="zw">{_paras()}{related}</div>')
    assert _body_lines(page) == PARAS


@pytest.mark.parametrize(
    "copies",
    [
        '<div class="pc-con">{p}</div><div class="m-con">{p}</div>',
        '<div class="con">{p}</div><div class="print-area hide">{p}</div>',
    ],
)
def test_a_text_the_region_holds_twice_over_comes_out_once(copies: str) -> None:
    """Desktop and mobile copies side by side, or a print copy hidden by a class."""
    page = _page(f'<div class="article">{copies.format(p=_paras())}</div>')
    assert _body_lines(page) == PARAS


def test_a_report_repeating_a_line_is_not_cut() -> None:
    paras = [*PARAS[:2], *PARAS[:2], *PARAS[2:]]
    body = "".join(f"<p>{p}</p>" for p in paras)
    item, _ = extract_report(_page(f'<div class="zw">{body}</div>'), "http://127.0.0.1/a.html")
    assert item.body.split("\n") == paras


def _catalogue_page(title_block: str) -> str:
    """A 信息公开 catalogue page with no h1 and no ArticleTitle: a tree of boxes, then the
    article's own title block, then its text."""
    boxes = "".join(
        f'<div class="tree-title">{name}</div><ul><li><a href="/c{i}/">{name}目录</a></li></ul>'
        for i, name in enumerate(
            ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "年报"]
        )
    )
    return (
        f"<html><head><title>某县人民政府</title></head><body><div class=tree>{boxes}</div>"
        '<ul class="news-title"><li><a href="/a/1.html">某县2022年度法治政府建设情况报告</a></li></ul>'
        f"{title_block}<div class=text>{_paras()}</div></body></html>"
    )


@pytest.mark.parametrize(
    "title_block",
    [
        f'<div class="xxgk_title">{TITLE}</div>',
        f'<div class="zwxl-title"><p>{TITLE}</p>\n<div>日期:2024-03-12 来源:某县司法局 语音播报</div></div>',
        '<div class="articleTitle">某县人民政府\n<br>关于2023年度法治政府建设情况的报告</div>',
    ],
)
def test_the_title_is_found_past_a_catalogues_box_titles_and_links_without_the_line_under_it(
    title_block: str,
) -> None:
    item, _ = extract_report(_catalogue_page(title_block), "http://x/")
    assert item.title in (TITLE, "某县人民政府关于2023年度法治政府建设情况的报告")
    assert "\n" not in item.title and "日期" not in item.title
    assert item.body.split("\n") == PARAS


def test_density_counts_add_up_bottom_up_with_comment_tails_and_inline_text() -> None:
    from lawreports.extract.body import _count_cjk, parse_html

    root = parse_html(
        "<html><body><div id='w'>前言<!--c-->注释后<p>第一段<span>内联</span></p>"
        "<div id='b'>块内</div><a href='/x'>链接文字</a>尾巴</div></body></html>",
        keep_comments=True,
    )
    counts = _count_cjk(root.find("body"))
    wrapper = root.xpath("//div[@id='w']")[0]
    block = root.xpath("//div[@id='b']")[0]
    para = root.find(".//p")
    assert counts.tally(para).total == 5 and counts.tally(para).direct == 5
    assert counts.tally(wrapper).total == 2 + 3 + 5 + 2 + 4 + 2
    # own text: its text, the comment's tail, the inline <p>, the tails; not the block or link
    assert counts.tally(wrapper).direct == 2 + 3 + 5 + 2
    assert counts.tally(wrapper).links == 4
    assert counts.tally(wrapper).blocks == counts.tally(block).direct == 2
    assert counts.tally(root.find("body")).total == counts.tally(wrapper).total
    # an element without text is left out of the map and counts 0
    empty = parse_html("<html><body><div>前<p> </p></div></body></html>").find(".//p")
    assert _count_cjk(empty.getparent()).of.get(empty) is None
    assert _count_cjk(empty.getparent()).tally(empty).total == 0


def test_count_cjk_adds_a_comment_tail_and_a_textless_element_tail() -> None:
    from lawreports.extract.body import _count_cjk, parse_html

    root = parse_html(
        "<html><body><div><!--c-->甲乙<b></b>丙<a href='/x'><i></i>丁</a></div></body></html>",
        keep_comments=True,
    )
    div = root.find(".//div")
    counts = _count_cjk(div)
    assert (
        counts.tally(div).total == 4
        and counts.tally(div).direct == 3
        and counts.tally(div).links == 1
    )


_META = (
    "<table><tr><td>索引号：</td><td>11370000/2024-00012</td>"
    "<td>发布机构：</td><td>县司法局</td></tr></table>"
)


@pytest.mark.parametrize(
    ("inside", "taken_out"),
    [
        (f"<p>{PARAS[0]}</p>{_META}<p>{PARAS[1]}</p>", True),
        (f"<p>{PARAS[0]}</p><div>\n{_META}\n</div>\n<p>{PARAS[1]}</p>", True),
        (f"<p>{PARAS[0]}</p><div>{_META}<span>{PARAS[1]}</span></div>", True),
        (f"<span>{PARAS[0]}</span><br/>{_META}<span>{PARAS[1]}</span>", True),
        # Text after the block moves to the text before it when the block goes.
        (f"<p>{PARAS[0]}</p>{PARAS[2]}{_META}{PARAS[1]}", False),
        # Nothing breaks the line on either side: the two spans meet.
        (f"<span>{PARAS[0]}</span>{_META}\n<span>{PARAS[1]}</span>", False),
        # The block's line is also a line of the text: which one went is not known.
        (
            f"<div>{PARAS[0]}</div><p>索引号： 11370000/2024-00012 发布机构： 县司法局</p>"
            f"<div>{_META}</div>",
            False,
        ),
    ],
)
def test_a_dropped_metadata_block_takes_out_its_own_lines_or_the_container_is_read_again(
    inside: str, taken_out: bool
) -> None:
    """The body's lines without a block are its lines as read before, less the block's, only
    when that is what reading the container again would give."""
    root = parse_html(f"<html><body><div id='c'>{inside}</div></body></html>")
    container = root.find(".//div[@id='c']")
    assert container is not None
    lines = element_lines(container)
    removed = drop_metadata_blocks(container)
    kept = _without_runs(lines, removed) if removed is not None else None
    reread = element_lines(container)
    assert sum("索引号" in line for line in reread) == sum("索引号" in line for line in lines) - 1
    assert (kept is not None) is taken_out
    if kept is not None:
        assert kept == reread


@pytest.mark.parametrize(
    ("head", "inside", "clean"),
    [
        ("头部", "正文", True),
        ("头部", f"正文{_BEGIN}", False),
        ("头部", f"正文{_END}", False),
        (f"头部{_END}", "正文", False),
        (f"头部{_BEGIN}", "正文", False),
    ],
)
def test_the_page_is_cut_around_the_body_only_when_the_cut_is_clean(
    head: str, inside: str, clean: bool
) -> None:
    """A page holding the characters that mark the body's edges is not cut by them."""
    root = parse_html(
        f"<html><body><p>{head}</p><div id='c'><p>{inside}</p></div><p>尾部</p></body></html>"
    )
    container = root.find(".//div[@id='c']")
    assert container is not None
    cut = flat_text_around(root, container)
    assert (cut is not None) is clean
    if cut is not None:
        assert "头部" in cut[0] and "正文" in cut[1] and "尾部" in cut[2]


@pytest.mark.parametrize(
    "text",
    [
        f"\n  \n{LABEL_EDGE}来源：{LABEL_EDGE}县司法局\n\t正文\u3000一段\t\n",
        f"{LABEL_EDGE}{LABEL_EDGE}\n \t{LABEL_EDGE} \n\t文号：\t\t\t\t\n法治\u200b政府",
        "\t甲\t\t乙\t\n\n  丙  丁 \n",
        "",
    ],
)
def test_cell_and_plain_lines_are_the_two_splits_at_once(text: str) -> None:
    """The body's cell lines and plain lines, split together, are each split's own lines."""
    assert cell_and_plain_lines(text) == (cell_lines(text), plain_lines(text))


@pytest.mark.parametrize(
    "inner",
    [
        "<p>" + "法" * 39 + "</p>",
        "<p>" + "法" * 20 + "</p><!-- 注释 -->" + "治" * 20,
        "<p><span>" + "法" * 10 + "</span>" + "\u3000" * 40 + "政府" * 14 + "</p>",
        "<p>法治政府建设</p>" * 5,
        "",
    ],
)
def test_a_container_holds_text_as_its_whole_text_says(inner: str) -> None:
    """Reading a container's text node by node up to the threshold says what its whole text
    says (comments and the container's own tail left out)."""
    page = f"<html><body><div id='c'>{inner}</div>" + "尾" * 50 + "</body></html>"
    root = parse_html(page, keep_comments=True)
    container = root.find(".//div[@id='c']")
    assert container is not None
    assert _holds_text(container) == (_text_cjk(container) >= MIN_CONTAINER_CJK)


_WORD_TABLE = (
    "<table><tr><td><p><span>序号</span></p></td><td><p>文件名称</p></td><td><p>文号</p></td>"
    "<td><p>发布日期</p></td></tr>"
    "<tr><td><p>1</p></td><td><p>某县重大行政决策程序规定</p></td><td><p>某政发〔2023〕3号</p></td>"
    "<td><p>2023年4月10日</p></td></tr>"
    "<tr><td><p>2</p></td><td><p>某县行政规范性文件管理办法</p></td><td><p>某政发〔2023〕7号</p>"
    "</td><td><p>2023年8月2日</p></td></tr></table>"
)
_WORD_ROWS = [
    "序号 文件名称 文号 发布日期",
    "1 某县重大行政决策程序规定 某政发〔2023〕3号 2023年4月10日",
    "2 某县行政规范性文件管理办法 某政发〔2023〕7号 2023年8月2日",
]


@pytest.mark.parametrize(
    "wrapper", ['<div class="TRS_Editor">{}</div>', '<div class="zw">{}</div>']
)
def test_a_table_pasted_from_word_keeps_a_row_a_line_and_is_not_a_metadata_block(
    wrapper: str,
) -> None:
    """`<td><p>…</p></td>`: each cell's text in a paragraph, as Word pastes it. The header
    row names 文号 and 发布日期, but the rows under it are records the report lists."""
    page = _page(
        "<div class='info'>发布时间：2024-03-26 来源：某县司法局</div>"
        + wrapper.format(_paras() + _WORD_TABLE + "<p>二、存在的不足。</p>")
    )
    item, _ = extract_report(page, "http://127.0.0.1/a.html")
    assert item.body.split("\n") == [*PARAS, *_WORD_ROWS, "二、存在的不足。"]
    assert (item.publish_date, item.doc_no) == ("2024-03-26", None)


def test_a_word_table_laid_out_over_source_lines_keeps_a_row_a_line() -> None:
    """Word writes each `<tr>`, `<td>` and `<p>` on lines of its own: those line breaks are
    markup layout, and plain cells (`<td>38</td>`) stand on one line as well."""
    laid_out = (
        _WORD_TABLE.replace("<tr>", "\n <tr>\n  ")
        .replace("</td>", "\n  </td>\n  ")
        .replace("<td><p>", "<td>\n  <p>")
    )
    plain = "<table>\n <tr>\n  <td>县公安局</td>\n  <td>27</td>\n  <td>纠错</td>\n </tr>\n</table>"
    page = _page(f'<div class="TRS_Editor">{_paras()}{laid_out}{plain}</div>')
    assert _body_lines(page) == [*PARAS, *_WORD_ROWS, "县公安局 27 纠错"]


def test_word_settings_a_paste_left_without_their_comment_are_no_text() -> None:
    settings = (
        "<xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom>"
        "<w:LidThemeOther>EN-US</w:LidThemeOther></w:WordDocument></xml>"
    )
    page = _page(f'<div class="TRS_Editor">{settings}{_paras()}</div>')
    assert _body_lines(page) == PARAS


def test_a_layout_cell_and_a_signature_cell_keep_their_lines() -> None:
    """A cell holding the text itself (long), or alone in its row (a signature block)."""
    signature = "<table><tr><td><p>某县人民政府</p><p>2024年3月25日</p></td></tr></table>"
    page = _page(f'<div class="TRS_Editor">{_paras()}{signature}</div>')
    assert _body_lines(page) == [*PARAS, "某县人民政府", "2024年3月25日"]
    layout = f"<table><tr><td>{_paras()}</td><td>　</td></tr></table>"
    assert _body_lines(_page(f'<div class="TRS_Editor">{layout}</div>')) == PARAS


def test_more_toolbar_prev_next_player_and_poll_lines_are_furniture() -> None:
    report = ["一、全面推进依法行政。", "二、严格规范公正文明执法，全年办理案件1326件。"]
    furniture = [
        "【打印本文】 【关闭此页】",
        "打印正文",
        "【加入收藏】",
        "【我要打印】",
        "分享至：",
        "1326次浏览",
        "浏览：1326",
        "背景色：",
        "护眼色：",
        "听全文",
        "听新闻 00:00 / 03:21 播放 暂停",
        "点击播报本文，约 3 分钟",
        "您对本页信息是否满意",
        "本页面信息是否对您有帮助",
        "已有0条评论",
        "相关热词搜索：法治政府 年度报告",
    ]
    lines, _ = FurnitureCleaner().clean_lines([report[0], *furniture, report[1]])
    assert lines == report


@pytest.mark.parametrize(
    "tail",
    [
        ["【上一篇】县司法局2023年工作总结", "【下一篇】某县2024年普法工作要点"],
        ["上篇：县司法局2023年工作总结", "下篇：某县2024年普法工作要点"],
        ["上一则：县司法局2023年工作总结"],
        ["推荐阅读", "某县召开法治政府建设推进会"],
        ["往期推荐", "某县召开法治政府建设推进会"],
    ],
)
def test_prev_next_and_reading_lists_end_the_text(tail: list[str]) -> None:
    report = [f"（{n}）全面推进依法行政，全年审查规范性文件{n}件。" for n in "一二三"]
    lines, _ = FurnitureCleaner().clean_lines([*report, *tail])
    assert lines == report


def test_a_report_sentence_opening_with_a_tail_heading_does_not_end_the_text() -> None:
    report = [
        "（一）全面推进依法行政。",
        "相关阅读材料已印发至各乡镇（街道）和县直各部门。",
        "相关新闻报道被《法治日报》等中央媒体刊发12篇次。",
        "（二）严格规范公正文明执法。",
    ]
    assert FurnitureCleaner().clean_lines(report)[0] == report


def test_a_reposts_wechat_furniture_is_not_text() -> None:
    report = ["一、全面推进依法行政。", "二、严格规范公正文明执法。"]
    wechat = [
        "- END -",
        "长按识别二维码关注我们",
        "点个在看你最好看",
        "阅读原文",
        "分享 收藏 点赞 在看",
    ]
    lines, _ = FurnitureCleaner().clean_lines(["点击蓝字关注我们", *report, *wechat])
    assert lines == report


def test_a_report_line_naming_who_organises_is_text() -> None:
    line = "主办单位：县委依法治县办；承办单位：县司法局。"
    assert FurnitureCleaner().clean_lines(["一、概况", line])[0] == ["一、概况", line]


@pytest.mark.parametrize(
    "first",
    [
        "发布年度报告是法治政府建设的法定要求。按照《条例》规定，现将有关情况报告如下。",
        "时间回顾：2023年是全面贯彻党的二十大精神的开局之年。",
    ],
)
def test_a_first_sentence_opening_like_an_info_line_is_text(first: str) -> None:
    page = _page(f'<div class="TRS_Editor"><p>{first}</p>{_paras()}</div>')
    assert _body_lines(page) == [first, *PARAS]


@pytest.mark.parametrize(
    "name", ["content position", "tab-nav-content", "col-md-12 news-detail-content share-content"]
)
def test_a_text_wrapper_named_for_furniture_and_content_keeps_the_text(name: str) -> None:
    report = [*PARAS, *(f"（{n}）{PARAS[3]}" for n in "二三四五六七八")]  # a report's length
    text = "".join(f"<p>{line}</p>" for line in report)
    page = _page(f'<div class="{name}">{text}<div class="share">分享到：</div></div>')
    assert _body_lines(page) == report


def test_a_related_list_named_for_content_is_still_furniture() -> None:
    """A `nav-content` list holding more text than a report that says only 详见附件, as links."""
    links = "".join(
        f'<li><a href="/a/{n}.html">某县{n}年度法治政府建设情况报告及相关工作动态汇总</a></li>'
        for n in range(2010, 2023)
    )
    page = _page(f'<div class="zw"><p>详见附件。</p></div><ul class="nav-content">{links}</ul>')
    root = parse_html(page)
    drop_furniture(root, page)
    assert not root.xpath("//ul[@class='nav-content']")
    assert "2015年度" not in extract_report(page, "http://127.0.0.1/a.html")[0].body


def test_a_zero_width_space_inside_a_word_is_removed_not_made_a_space() -> None:
    page = _page(
        f'<div class="TRS_Editor"><p>推进法治政府\u200b建设，依法行政。</p>{_paras()}</div>'
    )
    assert _body_lines(page)[0] == "推进法治政府建设，依法行政。"


def test_a_stray_replacement_character_is_removed_and_counted() -> None:
    lines, repaired = FurnitureCleaner().clean_lines(["县政府\ufffd常务会议研究法治政府建设。"])
    assert (lines, repaired) == (["县政府常务会议研究法治政府建设。"], 1)


def test_a_templates_style_rules_printed_as_text_are_not_body() -> None:
    css = ".TRS_Editor P{margin-top:5px;font-family:宋体;font-size:12pt;}.TRS_Editor TD{margin:0}"
    page = _page(f'<div class="TRS_Editor">{css}{_paras()}</div>')
    assert (
        FurnitureCleaner()
        .clean_text(extract_report(page, "http://x/a.html")[0].body)[0]
        .split("\n")
        == PARAS
    )


def test_many_short_widget_lines_above_the_title_in_the_region_are_not_body() -> None:
    widgets = ["无障碍", "长者浏览模式", "关怀版", "简体 | 繁体", "繁體版", "登录 | 注册"]
    page = (
        "<html><body><div class='main'>"
        + "".join(f"<div>{w}</div>" for w in widgets)
        + f"<h1>{TITLE}</h1>{_paras()}</div></body></html>"
    )
    assert _body_lines(page) == PARAS


def test_a_rubys_reading_is_not_text() -> None:
    page = _page(
        f'<div class="TRS_Editor"><p>法治政府<ruby>建<rt>jiàn</rt></ruby>设。</p>{_paras()}</div>'
    )
    assert _body_lines(page)[0] == "法治政府建设。"


def test_a_last_sentence_naming_a_source_stays() -> None:
    report = ["一、全面推进依法行政。", "以上数据来源：县统计局，截至2023年12月31日。"]
    assert FurnitureCleaner().clean_lines(report)[0] == report


@pytest.mark.parametrize("between", ["", "<br>", "\n  <p>&nbsp;</p>\n"])
def test_a_text_pasted_into_two_editor_blocks_side_by_side_is_read_whole(between: str) -> None:
    first, rest = (
        "".join(f"<p>{p}</p>" for p in PARAS[:2]),
        "".join(f"<p>{p}</p>" for p in PARAS[2:]),
    )
    page = _page(
        f'<div class="article"><div class="TRS_Editor">{first}</div>{between}'
        f'<div class="TRS_Editor">{rest}<p>某县人民政府</p></div></div>'
    )
    item, tier = extract_report(page, "http://x.gov.cn/a/t20240312_1.html")
    assert tier == "cms"
    assert item.body.split("\n") == [*PARAS, "某县人民政府"]


def test_an_editor_block_apart_from_the_text_is_not_joined_to_it() -> None:
    page = _page(
        f'<div class="TRS_Editor">{_paras()}</div><p>相关解读</p>'
        '<div class="TRS_Editor"><p>解读：某县2023年度法治政府建设情况报告的要点。</p></div>'
    )
    assert _body_lines(page) == PARAS


@pytest.mark.parametrize(
    "signature",
    [
        '<div class="luokuan" style="text-align:right"><p>某县人民政府</p><p>2024年3月25日</p></div>',
        "<p>某县人民政府　2024年3月25日</p>",
    ],
)
def test_a_signature_block_right_after_the_editors_is_text(signature: str) -> None:
    page = _page(f'<div class="TRS_Editor">{_paras()}</div>{signature}')
    lines = _body_lines(page)
    assert lines[: len(PARAS)] == PARAS
    assert "".join(lines[len(PARAS) :]).replace("　", "").replace(" ", "") == (
        "某县人民政府2024年3月25日"
    )


@pytest.mark.parametrize(
    "after",
    [
        '<div class="date">2024年3月25日</div>',  # a date alone: maybe the page's own
        "<div><p>某县人民政府</p><p>2024年3月25日</p><p>浏览次数：12</p></div>",
        "<div><p>某县人民政府</p></div>",
    ],
)
def test_a_block_after_the_editors_that_is_not_a_signature_is_not_text(after: str) -> None:
    page = _page(f'<div class="TRS_Editor">{_paras()}</div>{after}')
    assert _body_lines(page) == PARAS


def test_a_signature_cell_beside_an_empty_layout_cell_keeps_its_lines() -> None:
    page = _page(
        f'<div id="zoom">{_paras()}<table width="100%"><tr><td width="60%"></td>'
        '<td align="center"><p>某县人民政府</p><p>2024年3月25日</p></td></tr></table></div>'
    )
    assert _body_lines(page) == [*PARAS, "某县人民政府", "2024年3月25日"]


_DOCS = [
    "《某县重大行政决策程序规定》",
    "《某县行政规范性文件管理办法》",
    "《某县行政执法公示办法》",
]


def _linked_docs() -> str:
    items = "".join(
        f'<li><a href="/zwgk/zcwj/2023/t2023010{i}_{i}.html">{d}</a></li>'
        for i, d in enumerate(_DOCS, 1)
    )
    return f"<ul>{items}</ul>"


def test_a_list_of_linked_documents_the_text_announces_stays_in_a_dense_region() -> None:
    intro = "全年出台行政规范性文件3件，均已在政府网站公开："
    page = _page(
        f'<div class="nr-box">{_paras()}<p>{intro}</p>{_linked_docs()}<p>{PARAS[0]}</p></div>'
    )
    assert _body_lines(page) == [*PARAS, intro, *_DOCS, PARAS[0]]


def test_a_list_of_other_pages_under_a_box_heading_in_a_dense_region_is_not_text() -> None:
    page = _page(f'<div class="nr-box">{_paras()}<p>相关文件：</p>{_linked_docs()}</div>')
    lines = _body_lines(page)
    assert lines[: len(PARAS)] == PARAS
    assert not set(_DOCS) & set(lines)  # the heading is the furniture backstop's


@pytest.mark.parametrize(
    "widget",
    ["END", "【默认 大 超大】 【视力保护色】", "默认 大 中 小", "下载附件", "【点击下载附件】"],
)
def test_a_font_switcher_a_repost_end_mark_and_a_download_button_are_furniture(
    widget: str,
) -> None:
    cleaned, _ = FurnitureCleaner().clean_lines([*PARAS, widget])
    assert cleaned == PARAS


def test_a_title_wrapped_over_two_lines_goes_whole_even_when_its_first_line_reads_as_it() -> None:
    """A document's title set over two lines (`…建设工作` / `情况的报告`): the first line alone is
    close enough to the title to pass for it, but the two together spell it."""
    title = "略阳县人民政府关于2023年度法治政府建设工作情况的报告"
    lines = ["略阳县人民政府关于2023年度法治政府建设工作", "情况的报告", "一、主要工作成效"]
    assert trim_head(lines, title) == ["一、主要工作成效"]
    # a title on one line, then the text: the text stays
    assert trim_head([title, "各位代表："], title) == ["各位代表："]


def test_a_reposts_lead_in_quoting_the_title_is_no_report_text() -> None:
    title = "洪雅县人民政府关于2023年度法治政府建设情况的报告"
    lead = f"近日，《{title}》正式公布，现将全文刊发如下："
    assert trim_head([lead, "2023年，全县上下坚持以习近平法治思想为指导。"], title) == [
        "2023年，全县上下坚持以习近平法治思想为指导。"
    ]
    # the report's own first sentence quoting another document stays
    own = "根据《法治政府建设实施纲要（2021—2025年）》要求，现将有关情况报告如下："
    assert trim_head([own], title) == [own]


def test_a_photo_caption_and_a_pasted_wechat_header_are_furniture() -> None:
    html = (
        "<html><body><div class='article'><h1>洪雅县2020年度法治政府建设工作报告</h1>"
        "<div id='meta_content' class='rich_media_meta_list'><span>原创</span> "
        "<span class='rich_media_meta rich_media_meta_text'>李梅</span> "
        "<a id='js_name'>洪雅司法</a> <em id='publish_time'>2021-02-04 18:30</em></div>"
        + "<p>2020年，我局坚持以习近平法治思想为指导，全面推进依法行政。</p>" * 8
        + "<p>▲2020年全县法治政府建设工作推进会现场</p></div></body></html>"
    )
    item, _ = extract_report(html, "http://www.hy.gov.cn/xwzx/fzjs/202102/t20210205_1.html")
    body, _ = FurnitureCleaner().clean_text(item.body)
    assert "洪雅司法" not in body and "李梅" not in body
    assert "▲" not in body and body.count("全面推进依法行政") == 8


def test_an_articles_pager_left_in_its_text_is_furniture() -> None:
    cleaner = FurnitureCleaner()
    text = "2017年，我市法治政府建设取得新进展。\n[1] [2] 下一页\n首页 上一页 1 2 3 下一页 尾页\n1 2 3"
    assert cleaner.clean_text(text)[0] == "2017年，我市法治政府建设取得新进展。\n1 2 3"
    assert cleaner.clean_text("下一步工作打算")[0] == "下一步工作打算"


def test_a_read_aloud_and_back_button_row_is_furniture() -> None:
    assert FurnitureCleaner().clean_text("正文一段。\n朗读全文返回上一页")[0] == "正文一段。"


def test_a_long_style_sheet_is_cut_before_parsing_and_nothing_else_is() -> None:
    from lawreports.extract.body import _without_style_sheets

    sheet = "p.MsoNormal{margin:0cm;font-size:10.5pt;}" * 200
    page = (
        f"<html><head><style>{sheet}</style><title>某县</title></head><body>"
        "<style>.a{color:red}</style><p>正文</p>"
        '<script>var s = "<style>";</script>'
        f"<style>{sheet}<b>x</b></style><p>尾</p></body></html>"
    )
    cut = _without_style_sheets(page)
    assert cut.count(sheet) == 1  # the sheet holding markup is the parser's to read
    assert "<title>某县</title>" in cut and ".a{color:red}" in cut and "<p>尾</p>" in cut
    assert _without_style_sheets("<p>无样式</p>") == "<p>无样式</p>"


def test_a_table_of_contents_inside_the_text_container_goes_with_its_caption() -> None:
    toc = (
        '<div class="css-1x2y3z"><div>目录</div><ul>'
        + "".join(f'<li><a href="#mulu{i}">{p[:8]}</a></li>' for i, p in enumerate(PARAS))
        + '</ul><a href="javascript:;">收起</a></div>'
    )
    page = _page(f'<div class="TRS_Editor">{toc}{_paras()}</div>')
    assert _body_lines(page) == PARAS
    # links to other pages, or fewer than three anchors, are no table of contents
    others = "<ul>" + "".join(f'<li><a href="/a/{i}.html">第{i}项</a></li>' for i in range(3))
    kept = _page(f'<div class="TRS_Editor">{_paras()}{others}</ul></div>')
    assert _body_lines(kept)[-1] == "第2项"


def test_a_page_nested_past_the_parsers_depth_limit_is_read_whole() -> None:
    """A broken editor paste nests thousands of empty `<span>`s inside a paragraph."""
    deep = '<span style="font-size:21px;">' * 3000 + "</span>" * 3000
    page = _page(f'<div class="TRS_Editor"><p>{PARAS[0]}{deep}</p>{_paras()}</div>')
    assert _body_lines(page)[-1] == PARAS[-1]


@pytest.mark.parametrize(
    "markup",
    [
        "<a>报告</a>",
        "<a></a>",
        "<a>附件<b>1</b>：报告.pdf</a>",
        "<a><!-- x -->报告</a>",
        "<a>报<br>告</a>",
    ],
)
def test_text_content_is_lxmls(markup: str) -> None:
    link = parse_html(f"<html><body>{markup}</body></html>", keep_comments=True).find(".//a")
    assert text_content(link) == link.text_content()


def test_a_lone_surrogate_does_not_end_the_page() -> None:
    # A broken JSON escape leaves half a surrogate pair in the decoded page.
    root = parse_html("<html><body><p>前文\ud800后文</p><p>第二段落</p></body></html>")
    text = root.text_content()
    assert text.startswith("前文") and text.endswith("后文第二段落")
