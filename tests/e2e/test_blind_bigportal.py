"""A large, busy Hanweb county portal (big_portal_county), crawled with only name/region/
start_urls: about 1,100 listing pages (news columns of 50–200 pages, a 40-page 通知公告, a
100-page 留言 board, a 政府信息公开 tree of about 70 leaves with 25 departments and 10 乡镇)
and some 21,000 articles. Five reports: two in 其他主动公开 › 法治政府建设 (pages 1 and 3),
one in the 县司法局's 部门信息公开 column, one only in 通知公告 (page 12 of 40), one in a
法治政府建设 专题 reached only by a home-page banner image's `alt`.

Every report must come out once with its fields and a clean body, no decoy (工作要点, 一图读懂,
行政执法统计年报, 政府法律顾问工作情况, news naming 法治…) may, and the crawl must stay within
what a good crawler needs: news listings paged a few pages, their articles not fetched, the
留言 board left alone. The assertion messages say where the requests went, by column.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb
from tests.fixtureweb.sites.big_portal_county import BigPortalCountySite

pytestmark = pytest.mark.e2e

# Home, 8 menu sections and ~15 catalogue nodes, ~70 catalogue leaves and their further pages
# (~60 more), 40 通知公告 pages, ~5 pages of each of ~10 news columns, the 专题 (~10), a few
# dozen candidate articles: a good crawler needs well under this.
MAX_REQUESTS = 400
NEWS_COLUMNS = ("今日要闻", "部门动态", "乡镇动态", "图片新闻", "媒体聚焦", "视频缙云")


def test_a_big_county_portal_yields_every_report_within_a_sane_budget(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site = fixture_web.sites["big_portal_county"]
    assert isinstance(site, BigPortalCountySite)
    before = Counter(site.hits)
    site, result, requests = crawl_home_only(fixture_web, "big_portal_county", tmp_path)
    assert isinstance(site, BigPortalCountySite)
    hits = Counter(site.hits)
    hits.subtract(before)
    spent = Counter()
    for path, n in hits.items():
        if n > 0:
            spent[site.page_kind(path)] += n
    account = ", ".join(f"{k} {n}" for k, n in spent.most_common())
    print(f"big_portal_county: {requests} requests: {account}")  # shown when the test fails

    assert_fields_and_clean_body(site, result)
    assert requests <= MAX_REQUESTS, f"{requests} requests: {account}"
    for name in NEWS_COLUMNS:
        assert spent[f"{name} listing"] <= 5, account
        assert spent[f"{name} article"] == 0, account
    assert spent["留言 board"] == 0, account
    assert spent["通知公告 listing"] == 40, account  # the report is on page 12
