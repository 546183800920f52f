"""Text of PDF and DOCX attachments against the source text they were made from."""

from __future__ import annotations

import pytest

from lawreports.attachments.layout import Line, Page, paragraphs, strip_page_furniture
from lawreports.attachments.sniff import disposition_name, sniff_type
from lawreports.attachments.text import FAILED, NO_TEXT, OK, UNSUPPORTED, extract_text
from lawreports.pipelines.normalize import strip_pinyin, to_simplified
from tests.fixtureweb.documents import (
    DOC_TABLE_LINES,
    big_zip,
    report_doc,
    report_docx,
    report_pdf,
    scanned_pdf,
)
from tests.fixtureweb.seeds import load_seed


def _simplified(text: str) -> str:
    return to_simplified(strip_pinyin(text)[0])


@pytest.fixture(scope="module")
def source() -> tuple[str, list[str]]:
    seed = load_seed("002")
    return _simplified(seed.title), [_simplified(p) for p in seed.gold_body.split("\n")]


def test_chinese_pdf_gives_back_its_paragraphs_without_header_and_page_numbers(
    source: tuple[str, list[str]],
) -> None:
    title, paras = source
    pdf = report_pdf(title, paras, "潜江市人民政府办公室")
    result = extract_text(pdf, "pdf")
    assert result.status == OK
    assert result.paragraphs == [title, *paras]


def test_docx_gives_paragraphs_in_order_then_table_rows(source: tuple[str, list[str]]) -> None:
    title, paras = source
    data = report_docx(title, paras[:5], [["项目", "数量"], ["行政复议", "24件"]])
    result = extract_text(data, "docx")
    assert result.status == OK
    assert result.paragraphs == [title, *paras[:5], "项目 数量", "行政复议 24件"]
    assert "内部资料" not in "".join(result.paragraphs)  # the header part is not body


def test_scanned_pdf_has_no_text() -> None:
    assert extract_text(scanned_pdf(), "pdf").status == NO_TEXT


def test_broken_and_unreadable_files_are_reported_not_raised() -> None:
    assert extract_text(b"%PDF-1.4\n% stub\n%%EOF\n", "pdf").status == FAILED
    assert extract_text(b"PK\x03\x04broken", "docx").status == FAILED
    broken_doc = extract_text(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "doc")
    assert (broken_doc.status, broken_doc.reason) == (
        FAILED,
        "ValueError: antiword: is not a Word Document.",
    )
    assert extract_text(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "wps").status == FAILED
    assert extract_text(b"\x00\x01", "ofd").status == FAILED  # read since OFD support
    assert extract_text(b"\x00\x01", "xls").status == UNSUPPORTED


def test_running_lines_repeat_per_page_but_a_one_off_line_stays() -> None:
    def page(n: int, extra: str) -> Page:
        return Page(
            600,
            800,
            [
                Line("某某县司法局文件", 250, 350, 30, 40),
                Line(extra, 80, 500, 100, 112),
                Line(f"- {n} -", 290, 310, 760, 770),
            ],
        )

    cleaned = strip_page_furniture([page(1, "第一段正文。"), page(2, "第二段正文。")])
    assert [ln.text for p in cleaned for ln in p.lines] == ["第一段正文。", "第二段正文。"]
    assert paragraphs([Page(600, 800, [Line("唯一一页的页眉", 250, 350, 30, 40)])]) == [
        "唯一一页的页眉"
    ]


def test_file_type_comes_from_bytes_then_headers() -> None:
    docx = report_docx(None, ["正文"])
    assert sniff_type(docx) == "docx"
    assert sniff_type(big_zip(10)) == "zip"
    assert sniff_type(b"%PDF-1.7 ...") == "pdf"
    assert sniff_type(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", url="/a/b.wps") == "wps"
    assert sniff_type(b"<html>", content_type="text/html") is None
    assert sniff_type(b"<html>", content_type="application/pdf") is None
    assert sniff_type(b"x", disposition='attachment; filename="a.ofd"') == "ofd"


def test_content_disposition_names() -> None:
    assert disposition_name("attachment; filename*=UTF-8''%E6%8A%A5%E5%91%8A.pdf") == "报告.pdf"
    assert disposition_name('attachment; filename="%B1%A8%B8%E6.pdf"') == "报告.pdf"
    assert disposition_name("inline") is None


def test_word_97_doc_gives_its_paragraphs_then_table_rows_without_header_or_footer() -> None:
    seed = load_seed("004")
    result = extract_text(report_doc(), "doc")
    assert result.status == OK
    assert result.paragraphs == [seed.title, *seed.gold_body.split("\n"), *DOC_TABLE_LINES]
    assert "内部资料" not in "".join(result.paragraphs)
    assert "第 1 页" not in result.paragraphs


def test_a_doc_without_antiword_installed_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PATH", "")
    result = extract_text(report_doc(), "doc")
    assert result.status == FAILED
    assert "apt-get install antiword" in result.reason


def _lines(*rows: tuple[str, float, float, float]) -> list[Page]:
    """One page of body lines: (text, x0, x1, top), each 16 high."""
    return [Page(600, 800, [Line(t, x0, x1, top, top + 16) for t, x0, x1, top in rows])]


def test_a_number_wrapped_at_a_line_end_stays_one_number() -> None:
    pages = _lines(
        ("    全年办理行政处罚案件17", 110, 520, 100),
        ("36件，同比下降5%。", 80, 300, 130),
        ("    英文名称为Law Based", 110, 520, 160),
        ("Government。", 80, 200, 190),
    )
    assert paragraphs(pages) == [
        "全年办理行政处罚案件1736件，同比下降5%。",
        "英文名称为Law Based Government。",
    ]


def test_runs_on_one_baseline_are_one_line_and_a_hanging_indent_starts_a_paragraph() -> None:
    pages = _lines(
        ("抄送：县委各部门，县人大常委会办公室，县人民", 93, 500, 650),
        ("法院，县人民检察院。", 135, 345, 674),
        ("澧县人民政府办公室", 93, 220, 700),
        ("2025年3月20日印发", 392, 508, 700.4),
    )
    assert paragraphs(pages)[-1] == "澧县人民政府办公室 2025年3月20日印发"
    # a table row's cells come out as one line, left to right
    row = _lines(("合计", 80, 120, 100), ("1736", 300, 340, 100.2), ("件", 200, 216, 99.9))
    assert paragraphs(row) == ["合计 件 1736"]
