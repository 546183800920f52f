"""A county portal that publishes its annual report in several places (the 法治政府建设
catalogue, a reworded 通知公告 notice, the 司法局's catalogue with its own 索引号, a 专题 article
with the report as a PDF), a department's report that copies three of its paragraphs, two towns'
reports with one generic title, a department's report republished as a 更正版, and 2023/2024
reports opening with the same boilerplate: each report comes out once, with the catalogue copy's
(or the corrected page's) fields, and distinct reports are never merged."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_copies_of_one_report_come_out_once_and_overlapping_reports_stay_apart(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "copies_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    # The 教育局's first page waits for its （更正版）, linked beside it, and gives way to it.
    assert result.stat("lawreports/superseded_by_correction") == 1
    assert requests <= 60
