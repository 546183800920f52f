"""Kingsoft WPS Writer `.wps` attachments: read as the Word 97 file they usually are.

No program here writes a Kingsoft `.wps`; the file read is a real Word 97–2003 `.doc`
(`tests/data/documents/report-004.doc`) under a `.wps` name, which is the format Kingsoft WPS
Office 2005 and later saves `.wps` in (an OLE compound file with a `WordDocument` stream).
"""

from __future__ import annotations

import logging

import pytest
from scrapy.http import Response

from lawreports.attachments.fetch import read_file
from lawreports.attachments.policy import files_to_read
from lawreports.attachments.text import FAILED, OK, extract_text
from tests.fixtureweb.documents import report_doc

OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
URL = "http://www.sfx.gov.cn/zwgk/202402/P020240212345.wps"


def test_a_wps_in_word_97_format_gives_the_same_text_as_the_doc() -> None:
    as_wps = extract_text(report_doc(), "wps")
    assert as_wps.status == OK
    assert as_wps.paragraphs == extract_text(report_doc(), "doc").paragraphs
    assert len(as_wps.paragraphs) > 5


def test_a_downloaded_wps_is_sniffed_and_read() -> None:
    response = Response(
        URL, body=report_doc(), headers={"Content-Type": "application/octet-stream"}
    )
    record = read_file(URL, response, max_pages=0)
    assert (record.kind, record.status) == ("wps", OK)
    assert record.paragraphs == extract_text(report_doc(), "doc").paragraphs


def test_a_listed_wps_is_fetched_unless_the_same_document_comes_in_a_better_type() -> None:
    wps = {"name": "示范县报告.wps", "url": URL, "type": "wps"}
    assert files_to_read([wps], limit=3) == [wps]
    pdf = {"name": "示范县报告.pdf", "url": URL.replace(".wps", ".pdf"), "type": "pdf"}
    doc = {"name": "示范县报告.doc", "url": URL.replace(".wps", ".doc"), "type": "doc"}
    assert files_to_read([wps, pdf], limit=3) == [pdf]
    assert files_to_read([wps, doc], limit=3) == [doc]


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"WPS2000 own format, not OLE" + b"\0" * 64, "not an OLE compound file"),
        (OLE_HEADER + b"\0" * 2048, "not in Word 97 format"),
    ],
)
def test_a_wps_no_reader_reads_is_listed_with_the_reason_logged(
    data: bytes, why: str, caplog: pytest.LogCaptureFixture
) -> None:
    assert extract_text(data, "wps").status == FAILED
    with caplog.at_level(logging.WARNING, logger="lawreports.attachments.fetch"):
        record = read_file(URL, Response(URL, body=data), max_pages=0)
    assert (record.kind, record.status) == ("wps", FAILED)
    assert why in caplog.text and URL in caplog.text
