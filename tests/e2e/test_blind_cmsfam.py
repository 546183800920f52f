"""A county on the Hunan 政府网站集约化平台 (`hunan_platform_county`), crawled with only
name/region/start_urls: every report once, with the fields its page shows, its text whole and
free of furniture.

Columns are template pages (`<col>/xlist.shtml`, `<col>/gfxwjlist.shtml`) paged only by
`createPageHTML('page_div', pageCount, currentPage, 'xlist', 'shtml', total)` whose function is in
an external script (page n ≥ 2 is `xlist_n.shtml`, there is no `xlist_1`); the 信息公开目录 is a
zTree filled by JSONP whose nodes load bare `zwgk_right.shtml` lists into an iframe; the
法治政府建设 column is otherwise reached from the 信息公开 sidebar and the 网站地图. Reports sit on
a column's first and last page, in 县政府文件 (with a 文号) and on page 2 of 通知公告, beside
工作要点, 实施方案, 考核, 督察整改, 图解, 年报 and a news item about the meeting that heard the report.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_hunan_platform_county_reports_once_with_fields_and_clean_body(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "hunan_platform_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    fetched = [
        f"{hit.path}?{hit.query}" if hit.query else hit.path for hit in site.log[-requests:]
    ]
    # Pages numbered from the bare page's 1: `xlist_2` … `xlist_N`, never a `_1` file.
    assert "/xinning/fzzfjs/xlist_3.shtml" in fetched
    assert not any("_1.shtml" in path for path in fetched), fetched
    # The article's hit counter is no list API; a tree node's placeholder is no page.
    assert not any(path.startswith("/u/visit/") for path in fetched), fetched
    assert not any("null.shtml" in path for path in fetched), fetched
    assert requests <= 28, fetched
