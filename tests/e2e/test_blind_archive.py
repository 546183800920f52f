"""A prefecture-level city whose nine 法治政府建设 reports (2016–2024) are all in its 政府信息公开
column 通知公告, newest first among budget, personnel, procurement and land notices and decoys
in the same words, paged by TRS `createPageHTML`: 46 pages with the 2016 report on page 41, or,
at a busier city's volume, 74 pages with it on page 65. Its 法治政府建设 专栏 lists only
2021–2024 (2021 as a copy at a URL of its own). Items from before the portal's 2020 redesign link
into the frozen old ASP site (`/old/ShowArticle.asp?ArticleID=`, table layout, GB2312 bytes
without a charset header, `发布时间：2017-3-15 9:30:12　来源：…` line, a report split over two
pages by the CMS's `[1] [2] 下一页` pager, another in `<BR>` lines, 上一篇/下一篇 and 相关文章
links); the 2019 report, imported into the new CMS, is still on the old site too. Every year
once, its fields as the page shows them, its body whole and clean, within a budget a careful
crawler of a city portal can afford (the listing pages, the reports, the way there)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("name", "max_requests"), [("archive_city", 180), ("archive_city_deep", 220)]
)
def test_every_year_since_2016_is_found_deep_in_a_big_column_and_on_the_old_site(
    fixture_web: FixtureWeb, tmp_path: Path, name: str, max_requests: int
) -> None:
    site, result, requests = crawl_home_only(fixture_web, name, tmp_path)
    assert_fields_and_clean_body(site, result)
    for item in result.items:  # the old CMS's article pager is no report text
        assert "下一页" not in item["body"] and "上一页" not in item["body"], item["url"]
    assert requests <= max_requests
