"""File-type patterns: one vocabulary of extensions, built into the pattern each test needs."""

from __future__ import annotations

import pytest

from lawreports.discovery import links
from lawreports.extract import attachments, body, report
from lawreports.extract.filetypes import (
    alternation,
    named_suffix,
    page_suffixes,
    quoted_path,
    url_suffix,
)
from lawreports.extract.vocabulary import ATTACHMENT_TYPES, DOCUMENT_TYPES


def test_every_file_pattern_is_built_from_the_shared_vocabulary() -> None:
    assert body._DOCUMENT_LINK.pattern == url_suffix(DOCUMENT_TYPES).pattern
    assert body._ANY_FILE.pattern == url_suffix(ATTACHMENT_TYPES).pattern
    assert attachments._MAYBE_FILE.pattern == named_suffix(ATTACHMENT_TYPES).pattern
    assert attachments._SCRIPTED_FILE.pattern == quoted_path(ATTACHMENT_TYPES).pattern
    dotted, encoded = page_suffixes(ATTACHMENT_TYPES)
    assert (report._FILE_SUFFIX.pattern, report._ENCODED_FILE_SUFFIX.pattern) == (
        dotted.pattern,
        encoded.pattern,
    )
    # Discovery's "a link to a file, not a page" knows every attachment type.
    for kind in ATTACHMENT_TYPES:
        assert links.ATTACHMENT_URL.search(f"/u/r.{kind.upper()}?v=1")
        assert not links.ATTACHMENT_URL.search(f"/u/r.{kind}x.html")


def test_documents_are_attachment_types() -> None:
    assert DOCUMENT_TYPES <= ATTACHMENT_TYPES
    assert {"pdf", "doc", "docx", "wps", "ofd"} == DOCUMENT_TYPES


def test_alternation_is_longest_first_and_stable() -> None:
    assert alternation({"doc", "docx", "pdf", "7z"}) == "(?:docx|doc|pdf|7z)"
    assert alternation(["pdf", "doc", "docx", "7z"]) == alternation({"7z", "docx", "doc", "pdf"})


@pytest.mark.parametrize(
    ("href", "document", "any_file"),
    [
        ("/u/2024/P0203.pdf", True, True),
        ("/u/r.PDF?v=2", True, True),
        ("/u/r.docx#page=1", True, True),
        ("/u/r.doc&t=1", True, True),
        ("/u/r.wps", True, True),
        ("/u/统计数据.zip", False, True),
        ("/u/r.xlsx?x", False, True),
        ("/u/t20240312_1.html", False, False),
        ("/u/r.pdfx", False, False),
        ("/u/r.pdf/view", False, False),
        ("/viewer.html?file=/u/r.pdf", True, True),
    ],
)
def test_url_suffix_answers_document_link_and_any_file(
    href: str, document: bool, any_file: bool
) -> None:
    assert bool(url_suffix(DOCUMENT_TYPES).search(href)) is document
    assert bool(url_suffix(ATTACHMENT_TYPES).search(href)) is any_file


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("附件：示范县2023年度报告.pdf", True),
        ("downfile.jsp?showname=r%2Edocx&id=1", True),
        ("/u/r.doc.", True),
        ("报告.rar（2.3MB）", True),
        ("www.example.docs.gov.cn", False),
        ("/pdfviewer/index.html", False),
        ("r.pdf2", False),
    ],
)
def test_named_suffix_finds_a_file_named_anywhere(text: str, named: bool) -> None:
    assert bool(named_suffix(ATTACHMENT_TYPES).search(text)) is named


@pytest.mark.parametrize(
    ("script", "path"),
    [
        ("downloadFile('/u/2024/r.pdf')", "/u/2024/r.pdf"),
        ('javascript:openFile("r.DOCX?v=3")', "r.DOCX?v=3"),
        ("show('a b.pdf')", ""),
        ("go('/zwgk/t1.html')", ""),
    ],
)
def test_quoted_path_is_the_file_a_script_names(script: str, path: str) -> None:
    match = quoted_path(ATTACHMENT_TYPES).search(script)
    assert (match.group(1) if match else "") == path


def test_a_type_added_to_the_vocabulary_is_recognised_by_every_builder() -> None:
    types = ATTACHMENT_TYPES | {"ceb"}
    assert url_suffix(types).search("/u/r.ceb")
    assert named_suffix(types).search("报告.ceb")
    match = quoted_path(types).search("open('/u/r.ceb')")
    assert match and match.group(1) == "/u/r.ceb"


@pytest.mark.parametrize(
    "page",
    [
        "<p>附件：示范县2023年度报告.pdf</p>",
        '<a href="downfile.jsp?showname=r%2Edocx">下载</a>',
        '<a href="/u/R.PDF">r</a>',
        "<p>数据见 统计.XLSX。</p>",
        "<p>www.example.docs.gov.cn r.pdfx /pdfviewer/ 1.5 倍</p>",
        "",
    ],
)
def test_page_suffixes_answer_as_named_suffix_does(page: str) -> None:
    """The two whole-page patterns together find a type where `named_suffix` finds one."""
    dotted, encoded = page_suffixes(ATTACHMENT_TYPES)
    either = bool(dotted.search(page) or encoded.search(page))
    assert either is bool(named_suffix(ATTACHMENT_TYPES).search(page))
