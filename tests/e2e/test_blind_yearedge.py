"""A Hebei county (故城县, TRS WCM) whose 法治政府建设 column holds six years of the 县政府's
reports and the 县司法局's 2023 report, with years that are hard to read: three reports share
one yearless title (`故城县人民政府关于法治政府建设工作情况的报告`, the year only in the
body's opening), the 2022 report has another yearless title and opens `今年以来，…` (its year
only in its 成文日期 and in figures deep in the text), the 2022 and 2023 reports were published
in the last days of the years they review, the 2019 one under the old name `依法行政工作情况
报告` half a year late, and the 县司法局's `2023年度` report was written 2024-01-15. Beside them:
工作要点, a 解读, a 上半年 report, a `2020—2021年度` 示范创建 report, a 2016—2020 规划 and a
repost of the 纲要（2021—2025年）. The list spans three pages. Every report once, with the
year it reviews and the fields its page shows, its body whole and clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_reports_whose_year_is_not_in_their_title_come_out_once_with_the_year_they_review(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "year_edges_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    years = sorted(item["report_year"] for item in result.items)
    assert years == [2019, 2020, 2021, 2022, 2023, 2023, 2024]
    assert requests <= 60
