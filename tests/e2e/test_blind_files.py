"""A county portal whose reports are mostly files (`attachment_county`), crawled with only
name/region/start_urls: a page saying `详见附件。` whose PDF is behind `downfile.jsp` (no name in
the URL, `application/octet-stream`, a GBK file name), a full-text page with the same PDF
attached, a DOCX behind `onclick="download(8842)"`, a `.wps`, a PDF the listing links itself;
decoys that are files too. Every report once, its fields as the page or listing row shows them,
its body whole and free of furniture.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_file_reports_come_out_once_with_the_fields_of_their_page_or_row(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "attachment_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 40
