"""A text pasted from a print layout (Word, WPS, a PDF): its page numbers, the running header
beside them and its 版记 are no text, and a paragraph a page break cut is one again."""

from __future__ import annotations

import pytest

from lawreports.pipelines.clean import FurnitureCleaner, without_print_layout

HEAD = "一、主要举措和成效"
CUT = "二是压实安全生产主体责任。对全区104户监管企业实行2轮全覆盖检查。制"
REST = "造业、危化方面，开展冶金、铸造企业安全生产专项排查。"
NEXT = "（二）健全政府机构职能体系。"


@pytest.mark.parametrize(
    "number", ["— 3 —", "- 3 -", "－ 3 －", "—3—", "第 3 页 共 5 页", "第3页/共5页"]
)
def test_a_page_number_is_no_text_and_the_cut_paragraph_is_joined(number: str) -> None:
    assert without_print_layout([HEAD, CUT, number, REST, NEXT]) == [HEAD, CUT + REST, NEXT]


def test_a_page_break_between_paragraphs_joins_nothing() -> None:
    ended = "二是压实安全生产主体责任。"
    assert without_print_layout([ended, "- 2 -", NEXT]) == [ended, NEXT]
    assert without_print_layout(["一是加强学习", "- 2 -", "二是突出教育。"]) == [
        "一是加强学习",
        "二是突出教育。",
    ]


def test_a_running_header_beside_two_page_numbers_goes_and_the_signature_stays() -> None:
    office = "鄄城县人民政府"
    lines = [HEAD, CUT, "- 1 -", office, REST, "- 2 -", office, NEXT, office, "2025年3月18日"]
    assert without_print_layout(lines) == [HEAD, CUT + REST, NEXT, office, "2025年3月18日"]
    # beside one page break only, a line may be text: it stays
    assert without_print_layout([HEAD, "- 1 -", office, NEXT]) == [HEAD, office, NEXT]


def test_the_document_record_under_the_signature_is_no_text() -> None:
    lines = [
        NEXT,
        "鄄城县人民政府",
        "2025年3月18日",
        "（此件公开发布）",
        "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。",
        "鄄城县人民政府办公室 2025年3月18日印发",
    ]
    assert without_print_layout(lines) == lines[:4]


def test_a_sentence_about_copies_and_printing_in_the_text_stays() -> None:
    lines = ["抄送相关部门备案。", "县政府办公室于2024年3月印发《实施方案》。", NEXT, "县政府"]
    assert without_print_layout(lines) == lines


def test_the_cleaner_reads_a_pasted_print_layout() -> None:
    text = "\n".join([HEAD, CUT, "— 1 —", REST, NEXT, "— 2 —"])
    assert FurnitureCleaner().clean_text(text)[0] == "\n".join([HEAD, CUT + REST, NEXT])


CC = "抄送：县委各部门，县人大常委会办公室，县政协办公室，县人民"
CC_REST = "法院，县人民检察院，县人武部。"


def test_a_document_record_a_layout_split_goes_whole_after_the_signatures_date() -> None:
    signed = [NEXT, "澧县人民政府", "二〇二五年三月十八日", "（此件公开发布）"]
    lines = [*signed, CC, CC_REST, "澧县人民政府办公室", "2025年3月20日印发"]
    assert without_print_layout(lines) == signed
    assert (
        without_print_layout([*signed, CC, CC_REST, "澧县人民政府办公室 2025年3月20日印发"])
        == signed
    )


def test_a_bare_printing_date_is_a_record_line() -> None:
    signed = [NEXT, "澧县司法局", "二〇二五年三月六日"]
    assert without_print_layout([*signed, "2025年3月7日印发"]) == signed


def test_lines_after_a_record_stay_unless_the_signatures_date_stands_above_it() -> None:
    # no signature's date above the 抄送 line: only the record lines go
    lines = [NEXT, "县政府", CC, CC_REST]
    assert without_print_layout(lines) == [NEXT, "县政府", CC_REST]
    # a long line in the block is text, not a piece of the record
    long = "下一步，我县将持续巩固整改成果，建立健全长效机制，推动法治政府建设不断取得新成效。"
    lines = [NEXT, "二〇二五年三月十八日", CC, long]
    assert without_print_layout(lines) == [NEXT, "二〇二五年三月十八日", long]


def test_a_closing_download_box_goes_and_a_pointer_line_naming_the_file_stays() -> None:
    cleaner = FurnitureCleaner()
    box = [NEXT, "相关附件：", "2024年度法治政府建设工作报告（盖章版）.pdf", "统计表.xlsx"]
    assert cleaner.clean_text("\n".join(box))[0] == NEXT
    pointer = ["详见附件。", "附件：某县2023年度法治政府建设工作报告.pdf"]
    assert cleaner.clean_text("\n".join(pointer))[0] == "\n".join(pointer)


@pytest.mark.parametrize(
    "caption", ["▲3月19日，隆回县召开2024年法治政府建设工作推进会。", "图为县政府常务会议现场。"]
)
def test_a_photo_caption_ending_a_sentence_is_no_text(caption: str) -> None:
    assert FurnitureCleaner().clean_text("\n".join([NEXT, caption, HEAD]))[0] == f"{NEXT}\n{HEAD}"
