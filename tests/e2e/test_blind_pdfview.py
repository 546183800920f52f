"""A county whose report pages show the report only through an embedded document viewer,
crawled with only name/region/start_urls: a pdf.js viewer in an iframe, an `<embed>` PDF, a
kkFileView 在线预览 link (`onlinePreview?url=<base64>`) beside an OFD download button, `下载OFD版`
/ `下载Word版` buttons (`<button onclick="window.open('…')">`), and a page whose HTML is a
three-paragraph teaser before a `（全文见附件）` PDF. Every report comes out once, its fields as
the page shows them, its body the document's text (not the page's summary line), and no decoy
(工作要点 in viewers, a 一图读懂 PDF, 政府信息公开工作年度报告 PDFs) comes out.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_reports_shown_only_in_document_viewers_come_out_once_with_their_text(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "pdf_viewer_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 60
