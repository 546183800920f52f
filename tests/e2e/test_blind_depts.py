"""A district whose 13 departments each keep a 信息公开 column tree (机构职能, 政策文件,
法治政府建设, 其他) under 部门信息公开 (a TRS `createPageHTML` list of departments): reports
titled without their issuer (`2023年度法治政府建设工作报告` by two departments, told apart by
发布机构 and 索引号 or by 来源 alone), the 区政府's report reposted in the 区司法局's column, a
department's report only as a PDF (`详见附件。`), a named report on page 2 of its column, and
工作要点, 实施方案, 听取 meetings and 信息公开 annual reports in every column. Crawled with
only name/region/start_urls: every report once, its fields, its body whole and clean.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_department_reports_with_generic_titles_come_out_once_each(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "dept_reports_district", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 450
