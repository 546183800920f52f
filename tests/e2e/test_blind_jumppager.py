"""A county whose long columns page only by pagers that are not plain links to page 2,
crawled with only name/region/start_urls: a `<select onchange="location.href=this.value">`
jump box (通知公告), `javascript:goPage(n)` links whose inline function builds `more_N.html`
from a page 1 named `more.html` (法治建设), a page count and URL template held only in hidden
inputs and rendered by a site-wide external script (其他主动公开内容), a TRS list numbered from
0 showing only 下一页 and 末页 (政策文件), and an old 动易 ASP column paged by image buttons with
no text (县司法局 依法治县, GBK). Every report (each on page 4 or later) exactly once, fields as
shown, body clean; decoys (工作要点, 一图读懂, 常务会议 听取, 述法, 信息公开年报, 报送 notices)
never emitted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_jump_pager_county_reports_once_with_fields_and_clean_body(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "jump_pager_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 110
