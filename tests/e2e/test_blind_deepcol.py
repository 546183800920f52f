"""A Hunan county whose report column is six levels deep, each level a different template: 首页
→ 政务公开 (icon tiles) → 政府信息公开 (a landing of tabs) → 法定主动公开内容 (a catalogue whose
collapsed tree's sub-nodes are written by a script from a `{name, url}` array) → 其他主动公开 /
重点领域 (a column index of boxes) → 法治政府建设 (three pages). One more report is on page 4 of
a department's 工作动态, another on page 7 of 15 of 通知公告, while 要闻 (40 pages), 乡镇动态
(60) and 部门动态 (50) are full of 法治-flavoured news. Every report exactly once, fields as
shown, body clean, without walking the news columns to their ends.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_deep_column_county_reports_once_with_fields_and_clean_body(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "deep_column_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 400
