"""Attachment recognition on saved page markup: which links are the report's files."""

from __future__ import annotations

from urllib.parse import quote, urljoin

import pytest

from lawreports.extract.attachments import (
    _candidates,
    _may_be_attachment,
    classify_link,
    clean_name,
    find_attachments,
    may_hold_attachments,
    more_han_than,
    query_name,
)
from lawreports.extract.body import parse_html
from lawreports.extract.report import (
    _ENCODED_FILE_SUFFIX,
    _FILE_SUFFIX,
    _file_type_after,
    _may_have_attachments,
    extract_report,
)
from lawreports.extract.text import BLANKS, SPACES, cjk_count, squash_spaces
from tests.fixtureweb import pages

BASE = "http://www.sfx.gov.cn/zwgk/fzzfjsndbg/202403/t20240312_1.html"
TITLE = "示范县2023年度法治政府建设工作报告"


def _page(article: str, sidebar: str = "") -> str:
    return (
        pages.head(TITLE)
        + pages.top_bar()
        + '<div class="main w1200">'
        + pages.breadcrumb([("首页", "/")])
        + f'<div class="xxgk-left"><h3>信息公开</h3><ul>{sidebar}</ul></div>'
        + f'<div class="detail"><h1 class="article-title">{TITLE}</h1>{article}</div></div>'
        + pages.footer()
    )


def test_extension_in_path_is_an_attachment_resolved_against_the_page() -> None:
    html = _page(
        '<div class="TRS_Editor"><p>详见附件。</p></div>'
        '<p><a href="./P020240312345.pdf">附件：示范县2023年度报告.pdf</a></p>'
    )
    assert find_attachments(parse_html(html), BASE, TITLE) == [
        {
            "name": "示范县2023年度报告.pdf",
            "url": "http://www.sfx.gov.cn/zwgk/fzzfjsndbg/202403/P020240312345.pdf",
            "type": "pdf",
        }
    ]


def test_hanweb_downfile_takes_name_and_type_from_showname_utf8_and_gbk() -> None:
    name = "2023年法治政府建设年度报告.docx"
    for encoded in (quote(name, encoding="utf-8"), quote(name, encoding="gbk")):
        url = f"/module/download/downfile.jsp?classid=0&filename=0f3a9c2e.docx&showname={encoded}"
        assert query_name(url) == name
        assert classify_link("http://x.gov.cn" + url, "") == (name, "docx")


def test_link_text_says_attachment_when_url_does_not() -> None:
    url = "http://x.gov.cn/attach/download?id=8812"
    assert classify_link(url, "附件1：2023年度报告.pdf") == ("2023年度报告.pdf", "pdf")
    assert classify_link(url, "附件1") == ("download", None)  # type learnt on fetch
    assert classify_link("http://x.gov.cn/a/b.html", "附件1") is None
    assert classify_link("http://x.gov.cn/news/123", "2023年度报告") is None


def test_size_suffix_and_prefix_are_removed_from_names() -> None:
    assert classify_link("http://x/a.pdf", "附件2. 报告全文.pdf（256.3KB）") == (
        "报告全文.pdf",
        "pdf",
    )
    assert classify_link("http://x/a.pdf", "点击下载") == ("a.pdf", "pdf")


def test_sidebar_and_footer_files_are_not_the_reports() -> None:
    sidebar = '<li><a href="/zwgk/xxgkzn/政府信息公开指南.pdf">政府信息公开指南.pdf</a></li>'
    html = _page(
        '<div class="TRS_Editor"><p>详见附件。</p></div>'
        '<p><a href="./P1.pdf">附件：报告.pdf</a></p>',
        sidebar,
    )
    html = html.replace(
        "</body>", '<div class="footer"><a href="/privacy.pdf">隐私声明.pdf</a></div></body>'
    )
    found = find_attachments(parse_html(html), BASE, TITLE)
    assert [a["name"] for a in found] == ["报告.pdf"]


def test_hidden_ucap_attachment_block_is_read() -> None:
    html = _page(
        '<div class="article-content"><ucapcontent><p>详见附件。</p></ucapcontent></div>'
        '<div class="fj-a" style="display: none;"><p>附件：</p>'
        '<a href="/files/2023.docx">示范县报告.docx</a></div>'
    )
    found = find_attachments(parse_html(html), BASE, TITLE)
    assert [(a["name"], a["type"]) for a in found] == [("示范县报告.docx", "docx")]


def test_embedded_pdf_viewer_is_an_attachment() -> None:
    html = _page(
        '<div class="TRS_Editor"><iframe src="/pdfjs/web/viewer.html?file=/u/2023.pdf">'
        "</iframe></div>"
    )
    found = find_attachments(parse_html(html), BASE, TITLE)
    # The attachment is the document the viewer shows, not the viewer page.
    assert [(a["name"], a["url"], a["type"]) for a in found] == [
        ("2023.pdf", urljoin(BASE, "/u/2023.pdf"), "pdf")
    ]


def test_a_link_whose_script_downloads_the_file_is_an_attachment() -> None:
    html = _page(
        '<div class="TRS_Editor"><p>附件：<a href="javascript:void(0)" '
        "onclick=\"downloadFile('/u/2023/r.pdf')\">2023年度法治政府建设情况报告.pdf</a></p></div>"
    )
    found = find_attachments(parse_html(html), BASE, TITLE)
    assert [(a["name"], a["url"]) for a in found] == [
        ("2023年度法治政府建设情况报告.pdf", urljoin(BASE, "/u/2023/r.pdf"))
    ]


def test_same_file_linked_twice_is_listed_once_with_the_text_name() -> None:
    html = _page(
        '<div class="TRS_Editor"><p>详见附件。</p><a href="./P9.pdf"><img src="i.png"></a>'
        '<a href="./P9.pdf">示范县报告.pdf</a></div>'
    )
    found = find_attachments(parse_html(html), BASE, TITLE)
    assert [a["name"] for a in found] == ["示范县报告.pdf"]


def test_report_page_lists_its_attachment_with_type() -> None:
    html = _page(
        '<div class="TRS_Editor"><p>详见附件。</p></div>'
        '<p><a href="./P020240312345.wps">附件：示范县报告.wps</a></p>'
    )
    item, _tier = extract_report(html, BASE)
    assert item.title == TITLE
    assert [(a["name"], a["type"]) for a in item.attachments] == [("示范县报告.wps", "wps")]


def test_a_place_named_like_attachment_keeps_its_name() -> None:
    assert classify_link("http://x/a.pdf", "附件县2023年度报告.pdf") == (
        "附件县2023年度报告.pdf",
        "pdf",
    )
    assert classify_link("http://x/download?id=3", "附件县报告") is None


def test_attachment_links_resolve_against_the_pages_base_href() -> None:
    html = _page(
        '<div class="TRS_Editor"><p>详见附件。</p></div>'
        '<p><a href="upload/P020240312345.pdf">附件：示范县报告.pdf</a></p>'
    ).replace("<head>", '<head><base href="http://www.sfx.gov.cn/">', 1)
    item, _tier = extract_report(html, BASE)
    assert [a["url"] for a in item.attachments] == [
        "http://www.sfx.gov.cn/upload/P020240312345.pdf"
    ]


@pytest.mark.parametrize(
    ("link", "passes"),
    [
        ('<a href="/u/2024/report.pdf">报告</a>', True),
        ('<a href="/module/download/downfile.jsp?id=3">法治政府建设报告</a>', True),
        ('<a href="/art/2024/3/12/art_1.html">2023年度报告.docx</a>', True),
        ('<a href="/art/2024/3/12/art_1.html">附件：年度报告</a>', True),
        ('<a href="javascript:void(0)" onclick="downloadFile(\'/u/r.pdf\')">下载</a>', True),
        ('<a href="/art/1.html" title="年度报告.pdf">\u200b \u3000</a>', True),
        ('<a href="/art/1.html" title="年度报告.pdf">报告</a>', False),
        ('<a href="/art/1.html">\n</a><a href="#top">返回顶部</a>', False),
        ('<iframe src="/pdfjs/web/viewer.html?file=%2Fu%2Fr.pdf"></iframe>', True),
        ('<a href="mailto:a@b.cn">联系我们 附近</a>', False),
    ],
)
def test_the_attachment_precheck_reads_links_as_the_finder_does(link: str, passes: bool) -> None:
    """The page-level pre-check reads an href before the link's text, and that text unsquashed;
    it must still say what testing every (href, squashed text) pair would."""
    root = parse_html(_page(f"<div class='TRS_Editor'><p>{link}</p></div>"))
    pairs = [(href, text) for _, href, text in _candidates(root)]
    assert may_hold_attachments(root) is passes
    assert any(_may_be_attachment(href, text) for href, text in pairs) is passes


def test_blanks_are_every_character_squashing_leaves_nothing_of() -> None:
    spaces = {chr(code) for code in range(0x110000) if chr(code).isspace()}
    assert spaces | set(SPACES) == set(BLANKS)
    for ch in BLANKS:
        assert squash_spaces(f"{ch}{ch}") == ""


@pytest.mark.parametrize(
    "block",
    [
        # the 附件 label in the cell beside the link's
        '<table><tr><td>附件：</td><td><a href="/u/r.pdf">示范县报告.pdf</a></td></tr></table>',
        # a list under a 相关附件 heading
        '<div><h4>相关附件</h4><ul><li><a href="/u/r.pdf">示范县报告.pdf</a></li></ul></div>',
        # a block named for attachments around a list whose items are only names
        '<div class="xgfj"><ul><li><a href="/attachment/download/8812">示范县报告.pdf</a></li>'
        "</ul></div>",
    ],
)
def test_a_file_a_few_blocks_under_its_label_outside_the_article_is_an_attachment(
    block: str,
) -> None:
    html = _page('<div class="TRS_Editor"><p>详见附件。</p></div>')
    html = html.replace("</div></div>", f"</div></div>{block}", 1)
    assert [a["name"] for a in find_attachments(parse_html(html), BASE, TITLE)] == [
        "示范县报告.pdf"
    ]


def test_a_download_box_that_names_attachments_below_its_heading_labels_none() -> None:
    box = (
        '<div class="right-box"><h3>下载中心</h3><ul>'
        '<li><a href="/xzzx/1.doc">行政复议申请书.doc</a></li>'
        '<li><a href="/xzzx/2.docx">政府信息公开申请表.docx</a></li>'
        "<li>附件下载说明</li></ul></div>"
    )
    html = _page('<div class="TRS_Editor"><p>详见附件。</p></div>')
    html = html.replace("</div></div>", f"</div></div>{box}", 1)
    assert find_attachments(parse_html(html), BASE, TITLE) == []


def test_a_script_naming_the_file_by_its_display_name_downloads_the_path_beside_it() -> None:
    html = _page(
        '<div class="TRS_Editor"><p>附件：<a href="#" onclick="downloadFile('
        "'/attach/getFile?id=88231','报告.pdf')\">报告.pdf</a></p></div>"
    )
    found = find_attachments(parse_html(html), BASE, TITLE)
    assert [(a["name"], a["url"]) for a in found] == [
        ("报告.pdf", urljoin(BASE, "/attach/getFile?id=88231"))
    ]


@pytest.mark.parametrize(
    ("link", "name"),
    [
        # the name only in the title, the text a download word
        ('<a href="./P1.pdf" title="示范县报告.pdf">点击下载</a>', "示范县报告.pdf"),
        # the name in the download attribute
        ('<a href="/file/abc123" download="示范县报告.pdf">示范县报告</a>', "示范县报告.pdf"),
        # a size, a date or a counter after the name's extension
        ('<a href="./P1.docx">示范县统计表.docx (2.35MB) 2024-03-05</a>', "示范县统计表.docx"),
        ('<a href="./P1.docx">示范县统计表.docx [下载次数：12]</a>', "示范县统计表.docx"),
        # a GBK percent-encoded file name in the path, the text a download word
        (f'<a href="/u/{quote("示范县报告.doc", encoding="gbk")}">下载</a>', "示范县报告.doc"),
    ],
)
def test_an_attachments_name_is_found_where_the_page_puts_it(link: str, name: str) -> None:
    html = _page(f'<div class="TRS_Editor"><p>详见附件。</p><p>附件：{link}</p></div>')
    assert [a["name"] for a in find_attachments(parse_html(html), BASE, TITLE)] == [name]


def test_a_report_published_as_a_scan_lists_its_images_and_a_report_with_text_does_not() -> None:
    scans = (
        '<p><img src="./W020240312582462534023.jpg"></p><p><img src="./W0202403125824.png"></p>'
    )
    item, _ = extract_report(_page(f'<div class="TRS_Editor">{scans}</div>'), BASE)
    assert [(a["name"], a["type"]) for a in item.attachments] == [
        ("W020240312582462534023.jpg", "jpg"),
        ("W0202403125824.png", "png"),
    ]
    assert item.body == ""
    text = "<p>" + "全面推进依法行政，持续深化法治政府建设。" * 5 + "</p>"
    item, _ = extract_report(_page(f'<div class="TRS_Editor">{text}{scans}</div>'), BASE)
    assert item.attachments == []


def test_an_attachment_named_only_by_its_label_keeps_it() -> None:
    assert clean_name("附件1.docx") == "附件1.docx"
    assert clean_name("附件1：报告.docx") == "报告.docx"


@pytest.mark.parametrize(
    ("link", "name", "path"),
    [
        # a Windows path, as a browser reads it
        (
            "<a href='\\uploadfiles\\2024\\tj.xls'>统计表.xls</a>",
            "统计表.xls",
            "/uploadfiles/2024/tj.xls",
        ),
        # the link's text is the file's address
        (
            "<a href='/u/P0202403.pdf'>http://www.sfx.gov.cn/u/P0202403.pdf</a>",
            "P0202403.pdf",
            "/u/P0202403.pdf",
        ),
    ],
)
def test_an_attachment_link_written_loosely_is_read_as_a_browser_would(
    link: str, name: str, path: str
) -> None:
    html = _page(f'<div class="TRS_Editor"><p>详见附件。</p><p>附件：{link}</p></div>')
    found = find_attachments(parse_html(html), BASE, TITLE)
    assert [(a["name"], a["url"]) for a in found] == [(name, urljoin(BASE, path))]


def test_a_file_linked_above_the_title_in_the_articles_block_is_not_the_reports() -> None:
    """A guide the block shows before the article (`相关文件：政府信息公开指南.pdf`)."""
    html = _page(
        '<div class="TRS_Editor"><p>详见附件。</p><p><a href="./P1.pdf">附件：报告.pdf</a></p></div>'
    ).replace(
        '<div class="detail">',
        '<div class="detail">\n<p class="tips"><a href="/zwgk/xxgkzn/P0001.pdf">政府信息公开指南.pdf</a>'
        "</p>\n",
    )
    assert [a["name"] for a in find_attachments(parse_html(html), BASE, TITLE)] == ["报告.pdf"]


def test_a_link_labelled_only_by_its_own_text_counts_inside_the_article_alone() -> None:
    box = (
        '<div class="right-box"><ul><li><a href="/xzzx/1.doc">行政复议申请书.doc</a></li>'
        '<li><a href="/module/download/downfile.jsp?classid=0&amp;filename=ab12.xls">'
        "附件：统计报表模板.xls</a></li></ul></div>"
    )
    article = (
        '<div class="TRS_Editor"><p>详见附件。</p>'
        '<p><a href="./P020240312.pdf">附件：示范县报告.pdf</a></p></div>'
    )
    html = _page(article).replace("</div></div>", f"</div></div>{box}", 1)
    assert [a["name"] for a in find_attachments(parse_html(html), BASE, TITLE)] == [
        "示范县报告.pdf"
    ]


@pytest.mark.parametrize("heading", ["<h3>下载中心</h3>", "<div class='hd'>常用表格下载</div>"])
def test_a_download_box_inside_the_articles_block_lists_none_of_the_reports_files(
    heading: str,
) -> None:
    box = (
        f'<div class="rightbar">{heading}<ul><li><a href="/xzzx/P1.doc">行政复议申请书.doc</a></li>'
        '<li><a href="/xzzx/P2.pdf">政府信息公开指南.pdf</a></li></ul></div>'
    )
    article = (
        f'{box}<div class="TRS_Editor"><p>详见附件。</p></div>'
        '<p>附件：<a href="./P020240312.pdf">示范县报告.pdf</a></p>'
    )
    assert [a["name"] for a in find_attachments(parse_html(_page(article)), BASE, TITLE)] == [
        "示范县报告.pdf"
    ]


def test_a_page_of_interpretation_linked_as_an_attachment_is_no_file() -> None:
    article = (
        '<div class="TRS_Editor"><p>详见附件。</p></div>'
        '<p>附件2：<a href="/zwgk/content/post_1234567">附件2：政策解读</a></p>'
        '<p>附件3：<a href="/module/download/downfile.jsp?filename=9c1e2f">示范县报告</a></p>'
    )
    assert [a["name"] for a in find_attachments(parse_html(_page(article)), BASE, TITLE)] == [
        "示范县报告"
    ]


def test_a_guide_above_the_title_is_not_the_reports_file_on_a_one_line_page() -> None:
    info = f'<table class="xxgk"><tr><td>标题：</td><td>{TITLE}</td></tr></table>'
    guide = '<p class="tips">相关文件：<a href="/zwgk/xxgkzn/P1.pdf">政府信息公开指南.pdf</a></p>'
    html = _page('<div class="TRS_Editor"><p>详见附件。</p></div>').replace(
        '<h1 class="article-title">', f'{info}{guide}<h1 class="article-title">'
    )
    html = html.replace("\n", "")  # the whole page on one line of source
    assert find_attachments(parse_html(html), BASE, TITLE) == []


def test_a_link_calling_the_pages_download_function_is_the_file_it_goes_to() -> None:
    """`onclick="download(8842)"` with `function download(id){location.href=…+id}`."""
    html = _page(
        '<p>详见附件。</p><p>附件：<a href="javascript:void(0);" onclick="download(8842)">'
        "示范县2023年度法治政府建设工作报告.docx</a></p>"
        "<script>function download(id){window.location.href='/attach/download?id='+id;}</script>"
    )
    root = parse_html(html)
    assert may_hold_attachments(root)
    found = find_attachments(root, BASE, TITLE)
    assert [(a["url"], a["type"]) for a in found] == [
        ("http://www.sfx.gov.cn/attach/download?id=8842", "docx")
    ]


def test_a_button_that_opens_a_file_and_a_base64_preview_link_are_attachments() -> None:
    import base64

    pdf = "http://www.sfx.gov.cn/uploadfile/2025/0328/r.pdf"
    preview = "/preview/onlinePreview?url=" + quote(base64.b64encode(pdf.encode()).decode())
    html = _page(
        '<div class="TRS_Editor"><p>全文见附件。</p></div>'
        f'<p><a href="{preview}" target="_blank">在线预览</a> '
        "<button onclick=\"window.open('/uploadfile/2025/0328/r.ofd')\">下载OFD版</button></p>"
    )
    found = find_attachments(parse_html(html), BASE, TITLE)
    assert [(a["url"], a["type"]) for a in found] == [
        (pdf, "pdf"),
        ("http://www.sfx.gov.cn/uploadfile/2025/0328/r.ofd", "ofd"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "附件",
        "报告" * 60,
        "报告" * 61,
        "a" * 500 + "报" * 121,
        "报" * 121 + "a" * 500,
        "报 " * 300,
    ],
)
def test_more_han_than_agrees_with_a_count(text: str) -> None:
    assert more_han_than(text, 120) == (cjk_count(text) > 120)


@pytest.mark.parametrize(
    "html",
    [
        "<p>报告</p>",
        '<a href="/u/r.pdf">下载</a>',
        '<a href="/u/r.PDF?v=1">下载</a>',
        '<a href="/u/r.pdfx">下载</a>',
        '<a href="www.gov.cn/a.html">x</a><link href="s.css">',
        "<a href='/d?f=r%2Edocx'>x</a>",
        "<a href='/d?f=r%2epd'>x</a>",
        "见附件",
        "1.一 2.二 end.",
        "r.c\u017fv",
        "ends with a dot.",
        "ends with .p",
    ],
)
def test_may_have_attachments_agrees_with_the_searches(html: str) -> None:
    searched = (
        "附" in html
        or _FILE_SUFFIX.search(html) is not None
        or _ENCODED_FILE_SUFFIX.search(html) is not None
    )
    assert _may_have_attachments(html) == searched


def test_file_type_after_tries_a_window_not_ascii() -> None:
    assert _file_type_after(".", _FILE_SUFFIX, "r.c\u017fv")  # re.I reads ſ as s
    assert not _file_type_after(".", _FILE_SUFFIX, "a.com b.cn c.js")
    assert _file_type_after("%2e", _ENCODED_FILE_SUFFIX, "r%2EXlsx")


def test_file_type_after_reads_the_two_characters_after_the_dot() -> None:
    assert not _file_type_after(".", _FILE_SUFFIX, "1.关于 www.gov.cn/a.png")
    assert _file_type_after(".", _FILE_SUFFIX, "1.关于 a.PDF")
    assert _file_type_after(".", _FILE_SUFFIX, "a.Zıp")  # re.I reads ı as i
    assert not _file_type_after(".", _FILE_SUFFIX, "a.z")
