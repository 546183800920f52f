"""A county portal whose reports are 公文 files behind short article pages (pdf_layout_county):
red 文件头, two-line titles, 主送, justified lines wrapped mid-sentence, `— N —` page numbers at
alternating sides, a running header, 署名 with a Chinese-numeral date and a 版记 on the last
page; one report a DOCX from the same template. Every report is found once, with the page's
fields, and its body is the report as a reader reads it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_reports_published_as_gongwen_files_come_out_as_their_text(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "pdf_layout_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 40
