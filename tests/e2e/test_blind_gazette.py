"""A prefecture-level city whose 法治政府建设 reports are published in its 政府公报: issues in a
cover grid by year tabs, each issue a table of contents under 【市政府文件】【部门文件】…, the
gazette printing each document's 文号 and 成文日期 without labels (under the title, or in the
signature), older issues in a GB2312 table site of their own; one report also in the 信息公开
catalogue. Crawled with only name/region/start_urls: every report once, its fields as the page
shows them, its body whole and free of furniture."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_reports_in_a_government_gazette_come_out_once_with_their_gazette_fields(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "gazette_city", tmp_path)
    assert_fields_and_clean_body(site, result)
    # home, 政务公开, 政府公报 and its year pages, 27 issues, the reports, the old system's list.
    assert requests <= 90
