"""OFD attachments: TextCodes placed where they print, grouped into lines, and the PDF path's
layout step (page numbers, running headers, wrapped lines joined) over them."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from lawreports.attachments.memory import AttachmentMemory, FileRecord, text_cache_beside
from lawreports.attachments.ofd import OfdError, deltas, ofd_pages, ofd_paragraphs
from lawreports.attachments.policy import distinct_parts, document_lines, files_to_read
from lawreports.attachments.sniff import sniff_type
from lawreports.attachments.text import FAILED, OK, UNSUPPORTED, extract_text
from lawreports.state.store import SqliteStateStore
from tests.fixtureweb.ofdgen import (
    Gongwen,
    OfdDoc,
    Text,
    encrypted,
    gongwen_ofd,
    ofd_bytes,
    without_namespace,
)

TITLE = "略阳县人民政府关于2024年度法治政府建设情况的报告"
LONG = (
    "2024年，县政府坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
    "全面推进依法行政，各项工作取得新成效，全县行政机关负责人出庭应诉率保持100%。"
)
PARAS = [
    "一、主要举措和成效",
    LONG,
    "（一）健全依法行政制度体系。严格落实重大行政决策程序，重大行政决策事项全部经过合法性审查。",
    *[
        f"{n}. 持续深化“放管服”改革，优化法治化营商环境，办理行政复议案件{n}件。"
        for n in range(30)
    ],
    "二、存在的不足和2025年工作打算",
]
DOC = Gongwen(
    title_lines=["略阳县人民政府", "关于2024年度法治政府建设情况的报告"],
    paragraphs=PARAS,
    running_header="略阳县人民政府　略政发〔2025〕9号",
    red_head=("略阳县人民政府文件", "略政发〔2025〕9号"),
    addressee="汉中市人民政府：",
    signature="略阳县人民政府",
    date="2025年3月18日",
)
EXPECTED = [
    "略阳县人民政府文件",
    "略政发〔2025〕9号",
    "略阳县人民政府",
    "关于2024年度法治政府建设情况的报告",
    "汉中市人民政府：",
    *PARAS,
    "略阳县人民政府",
    "2025年3月18日",
]


@pytest.mark.parametrize("mode", ["line", "char", "run", "ctm"])
def test_every_way_converters_cut_text_reads_the_same(mode: str) -> None:
    """One TextCode a line (`DeltaX` as `g N w`), one a character (only the first giving `Y`),
    one a run, or points under a `CTM`: the same paragraphs, the 版头 from the first page's
    template, no running header (a template on every page) and no `— N —`."""
    assert ofd_paragraphs(gongwen_ofd(DOC, mode)) == EXPECTED


def test_a_wrapped_line_is_joined_and_the_document_spans_pages() -> None:
    data = gongwen_ofd(DOC)
    pages = ofd_pages(data)
    assert len(pages) >= 2
    texts = [ln.text for ln in pages[0].lines]
    assert (
        "— 1 —" in texts and "略阳县人民政府　略政发〔2025〕9号" in texts
    )  # before the layout step
    assert LONG in ofd_paragraphs(data)  # printed over three lines, one paragraph again


def test_the_body_after_the_red_head_and_title_go() -> None:
    assert document_lines(ofd_paragraphs(gongwen_ofd(DOC)), TITLE) == EXPECTED[4:]


def test_pieces_on_one_baseline_apart_are_one_line_with_a_space() -> None:
    """The 印发机关 at the left and the 印发日期 at the right of one printed line."""
    line = [Text("略阳县人民政府办公室", 30, 200, 4.9), Text("2025年3月20日印发", 130, 200.4, 4.9)]
    body = [Text("正文" * 10, 28, 100 + 10 * k, 5.5) for k in range(3)]
    data = ofd_bytes(OfdDoc([body + line]))
    assert ofd_paragraphs(data)[-1] == "略阳县人民政府办公室 2025年3月20日印发"


def test_latin_words_in_separate_pieces_keep_their_space() -> None:
    pieces = [Text("Open", 30, 100, 4.0), Text("Fixed", 42, 100, 4.0), Text("文档", 54, 100, 4.0)]
    assert ofd_paragraphs(ofd_bytes(OfdDoc([pieces]))) == ["Open Fixed文档"]


def test_a_piece_drawn_twice_for_bold_is_read_once() -> None:
    pieces = [Text("加粗标题", 60, 100, 6.0), Text("加粗标题", 60.1, 100, 6.0)]
    assert ofd_paragraphs(ofd_bytes(OfdDoc([pieces]))) == ["加粗标题"]


def test_parts_without_the_ofd_namespace_read_the_same() -> None:
    assert ofd_paragraphs(without_namespace(gongwen_ofd(DOC))) == EXPECTED


def test_delta_lists_and_their_repeat_shorthand() -> None:
    assert deltas("g 3 5.5 2 g 2 1", 10) == [5.5, 5.5, 5.5, 2.0, 1.0, 1.0]
    assert deltas("g 1000000000 5", 4) == [5.0] * 4  # a huge count costs nothing
    assert deltas(None, 3) == []
    assert deltas("x 1 nan 2", 5) == [1.0, 2.0]


def test_pages_read_are_bounded() -> None:
    assert len(ofd_pages(gongwen_ofd(DOC), max_pages=1)) == 1


def test_broken_encrypted_and_oversized_files_fail_without_raising() -> None:
    data = gongwen_ofd(DOC)
    assert extract_text(data, "ofd").status == OK
    assert extract_text(encrypted(data), "ofd").status == FAILED
    assert extract_text(data[: len(data) // 2], "ofd").status == FAILED
    assert extract_text(b"PK\x03\x04broken", "ofd").status == FAILED
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("OFD.xml", b"<OFD>" + b" " * (17 * 1024 * 1024) + b"</OFD>")
    failed = extract_text(bomb.getvalue(), "ofd")
    assert failed.status == FAILED and "too large" in failed.reason
    with pytest.raises(OfdError):
        ofd_pages(_zip({"OFD.xml": "<OFD><DocBody><DocRoot>Doc_0/Document.xml</DocRoot>"}))


def test_an_ofd_is_known_by_its_bytes() -> None:
    assert sniff_type(gongwen_ofd(DOC), content_type="application/octet-stream") == "ofd"


def test_links_that_only_name_a_format_are_one_document() -> None:
    """`在线预览` / `下载OFD版` / `下载Word版` beside each other render the page's one document:
    the preferred format alone is read."""
    atts = [
        {"name": "下载OFD版", "url": "u1", "type": "ofd"},
        {"name": "下载Word版", "url": "u2", "type": "docx"},
    ]
    assert [a["url"] for a in files_to_read(atts, 3)] == ["u2"]
    atts = [
        {"name": "在线预览", "url": "u3", "type": "pdf"},
        {"name": "【OFD下载】", "url": "u4", "type": "ofd"},
    ]
    assert [a["url"] for a in files_to_read(atts, 3)] == ["u3"]
    same = [
        {"name": f"{TITLE}.pdf", "url": "u5", "type": "pdf"},
        {"name": f"{TITLE}.ofd", "url": "u6", "type": "ofd"},
    ]
    assert [a["url"] for a in files_to_read(same, 3)] == ["u5"]
    two = [
        {"name": "附件1：2024年度报告.ofd", "url": "u7", "type": "ofd"},
        {"name": "附件2：行政执法数据统计.ofd", "url": "u8", "type": "ofd"},
    ]
    assert [a["url"] for a in files_to_read(two, 3)] == ["u7", "u8"]


def test_a_file_that_repeats_one_read_before_adds_nothing() -> None:
    report = [LONG, *PARAS]
    again = [LONG[:40], LONG[40:], *PARAS]  # the other format wrapped one line differently
    other = ["行政执法数据统计", "行政处罚案件1736件，行政检查6111件次，较上年增长百分之十二。"]
    assert distinct_parts([report, again, other]) == [report, other]


def _zip(parts: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, text in parts.items():
            z.writestr(name, text)
    return out.getvalue()


def test_a_file_remembered_as_unread_is_read_again_once_its_type_has_a_reader(
    tmp_path: Path,
) -> None:
    """A run before OFD support stored a servlet's OFD as `unsupported`; the next run reads it
    instead of reusing that."""
    store = SqliteStateStore(tmp_path / "state.sqlite3")
    memory = AttachmentMemory(store, text_cache_beside(store))
    memory.put(FileRecord("http://x.gov.cn/d?id=1", 10, "a" * 64, "ofd", UNSUPPORTED))
    memory.put(FileRecord("http://x.gov.cn/d?id=2", 10, "b" * 64, "xls", UNSUPPORTED))
    later = AttachmentMemory(store, text_cache_beside(store))
    assert later.get("http://x.gov.cn/d?id=1") is None
    kept = later.get("http://x.gov.cn/d?id=2")
    assert kept is not None and kept.status == UNSUPPORTED
    memory.close()
    later.close()
