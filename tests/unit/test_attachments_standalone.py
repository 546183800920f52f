"""A report published as a bare file: title from the link text, else the document's first line."""

from __future__ import annotations

from lawreports.attachments.memory import FileRecord
from lawreports.attachments.policy import (
    compose_body,
    document_lines,
    files_to_read,
    is_pointer_page,
    page_lines_beyond_pointers,
)
from lawreports.attachments.standalone import file_name, report_from_file

URL = "http://x.gov.cn/zwgk/202403/P020240315600001.docx"
PARAS = [
    "某县2023年度法治政府建设工作报告",
    "2023年，我县深入学习贯彻习近平法治思想。",
    "一、主要工作",
]


def _record(paragraphs: list[str], status: str = "ok") -> FileRecord:
    return FileRecord(URL, 1234, "ab" * 32, "docx", status, paragraphs)


def test_title_from_link_text_and_body_without_the_repeated_title() -> None:
    item, why = report_from_file(
        _record(PARAS), link_text="某县2023年度法治政府建设工作报告", name="n"
    )
    assert item is not None, why
    assert item.title == "某县2023年度法治政府建设工作报告"
    assert item.body == "\n".join(PARAS[1:])
    assert item.report_year == 2023
    assert item.publish_date == "2024-03-15"
    assert item.attachments == [
        {"name": "n", "url": URL, "type": "docx", "size": 1234, "sha256": "ab" * 32}
    ]


def test_title_from_first_line_when_the_link_says_nothing() -> None:
    item, _ = report_from_file(_record(PARAS), link_text="下载", name="n")
    assert item is not None and item.title == PARAS[0]


def test_a_file_that_is_not_a_report_is_not_emitted() -> None:
    item, why = report_from_file(
        _record(["会议通知", "请各单位准时参会。"]), link_text="", name="n"
    )
    assert item is None and "title" in why
    assert report_from_file(_record([], "no_text"), link_text=PARAS[0], name="n")[0] is None


def test_file_name_prefers_link_text_then_disposition_then_path() -> None:
    assert file_name(URL, "报告.docx", "附件1：年度报告.docx") == "年度报告.docx"
    assert file_name(URL, "报告.docx", "") == "报告.docx"
    assert file_name(URL, None, None) == "P020240315600001.docx"


def test_pointer_pages_and_which_files_are_read() -> None:
    atts = [
        {"name": "报告.pdf", "url": "u1", "type": "pdf"},
        {"name": "报告.docx", "url": "u2", "type": "docx"},
        {"name": "数据.zip", "url": "u3", "type": "zip"},
        {"name": "附件2", "url": "u4", "type": None},
    ]
    assert is_pointer_page("详见附件。\n附件：报告.pdf", atts, 200)
    assert is_pointer_page("", atts, 200)
    assert not is_pointer_page("正文" * 150, atts, 200)
    assert [a["url"] for a in files_to_read(atts, 3)] == ["u2", "u4"]


def test_a_file_about_the_report_is_not_read_into_it() -> None:
    """A 一图读懂 or a 解读 attached beside the report is another document."""
    atts = [
        {"name": "略阳县2023年度法治政府建设工作情况的报告.pdf", "url": "u1", "type": "pdf"},
        {"name": "一图读懂略阳县2023年度法治政府建设工作.pdf", "url": "u2", "type": "pdf"},
        {"name": "《略阳县2023年度法治政府建设工作报告》解读.docx", "url": "u3", "type": "docx"},
        {"name": "2403121530123.pdf", "url": "u4", "type": "pdf"},
    ]
    assert [a["url"] for a in files_to_read(atts, 5)] == ["u1", "u4"]


def test_a_bracketed_pointer_line_says_only_see_the_file() -> None:
    atts = [{"name": "略阳县2020年度法治政府建设工作开展情况.wps", "url": "u1", "type": "wps"}]
    assert page_lines_beyond_pointers("（附件下载）\n【详见附件】", atts) == []


def test_an_excerpt_that_hands_over_to_its_attachment_is_read_from_the_file() -> None:
    from lawreports.attachments.policy import compose_body

    atts = [{"name": "报告.pdf", "url": "u1", "type": "pdf"}]
    opening = "2023年，我县深入学习贯彻习近平法治思想，" + "坚持依法行政，" * 40 + "成效明显。"
    excerpt = f"{opening}\n一、主要工作\n……\n（全文见附件）"
    assert is_pointer_page(excerpt, atts, 200)  # long enough, but an excerpt
    lead_in = "为全面总结2023年度法治政府建设工作，现将有关情况报告如下。全文见附件。"
    assert page_lines_beyond_pointers(f"{lead_in}\n附件：报告.pdf", atts) == []
    document = [opening, "一、主要工作", "二、存在的问题"]
    page = page_lines_beyond_pointers(excerpt, atts)
    assert compose_body(page, [document]) == "\n".join(document)


OPENING = "2024年，我县深入学习贯彻习近平法治思想，坚持依法行政，法治政府建设取得新成效。"


def test_a_gongwens_red_head_and_title_go_whatever_title_the_page_gives() -> None:
    head = [
        "澧县人民政府文件",
        "澧政发〔2024〕4号",
        "澧县人民政府",
        "关于2023年度法治政府建设工作情况的报告",
    ]
    text = ["常德市人民政府：", OPENING, "一、主要举措和成效"]
    assert document_lines([*head, *text], "澧县2023年度法治政府建设工作报告") == text
    # no 主送: the first paragraph ends the title; a title on one line
    one = [
        "澧县人民政府文件",
        "澧政发〔2021〕2号",
        "澧县人民政府关于2020年度法治政府建设工作开展情况的报告",
    ]
    assert document_lines([*one, *text[1:]], "澧县2020年度法治政府建设工作开展情况") == text[1:]


def test_a_red_head_of_a_report_to_the_level_above_names_its_signer() -> None:
    head = [
        "澧县司法局文件",
        "澧司发〔2025〕3号 签发人：王明",
        "关于2024年度法治政府建设工作情况的报告",
    ]
    text = ["县人民政府：", OPENING]
    assert document_lines([*head, *text], "澧县司法局2024年度法治政府建设工作报告") == text


def test_a_red_head_over_more_short_lines_than_a_title_takes_drops_only_mark_and_number() -> None:
    headings = ["一 主要举措", "二 存在不足", "三 下步打算", "四 其他事项", OPENING]
    lines = ["某县人民政府文件", "某政发〔2024〕4号", *headings]
    assert document_lines(lines, "某县2023年度法治政府建设工作报告") == headings


def test_a_text_opening_without_a_document_number_keeps_its_lines() -> None:
    lines = ["县人民政府：", OPENING, "一、主要举措和成效"]
    assert document_lines(lines, "某县2024年度法治政府建设情况报告") == lines
    # a sentence first is no office's mark, even with a number under it
    cited = ["根据上级要求，现报告如下", "某政发〔2024〕4号", OPENING]
    assert document_lines(cited, "某县2024年度法治政府建设情况报告") == cited


def test_the_pages_sentence_that_publishes_the_document_goes_when_the_document_is_read() -> None:
    atts = [{"name": "报告.pdf", "url": "u1", "type": "pdf"}]
    lead_in = "根据《法治政府建设与责任落实督察工作规定》，现将澧县人民政府2024年度法治政府建设情况予以公开。"
    page = page_lines_beyond_pointers(lead_in, atts)
    assert page == [lead_in]  # the page alone: left to the pointer-page threshold
    document = ["常德市人民政府：", OPENING]
    assert compose_body(page, [document]) == "\n".join(document)
    for line in (
        "现将《某县2020年度法治政府建设工作报告》公布如下：",
        "现将有关情况印发给你们，请认真贯彻执行。",
    ):
        assert compose_body([line], [document]) == "\n".join(document)


def test_a_page_sentence_that_says_more_than_publishing_stays() -> None:
    document = ["常德市人民政府：", OPENING]
    said = "现将工作情况公开。我县还建成法治文化阵地200余处，群众满意度明显提升。"
    assert compose_body([said], [document]) == "\n".join([said, *document])
    told = "今年我县落实重大行政决策程序，依法公开决策事项23项。"
    assert compose_body([told], [document]) == "\n".join([told, *document])
