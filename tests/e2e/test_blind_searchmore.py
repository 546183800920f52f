"""A county whose 法治政府建设 box shows only its three newest items and whose `更多>>` is the
site search (TRS WAS5, a GBK application: `/was5/web/search?channelid=…&searchword=<GBK
%-bytes>&orderby=-DOCRELTIME`, and from 政务公开 the same search with UTF-8 %-bytes sorted by
relevance). The reports sit in a 信息公开 column no menu names, on result pages 1, 2, 3 and 7
among 70-odd hits (工作要点, 图解, 述法, 考核, 常务会议, 推进会, 信息公开年报, 政府工作报告),
titles highlighted with `<font color='red'>`. Every report once, its fields as the page shows
them, its body whole and clean, within the budget of the search pages and the hits."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_reports_behind_a_search_more_link_are_found_once_with_clean_fields(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "search_more_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    for item in result.items:  # no highlight markup or result snippet in what comes out
        assert "<font" not in item["title"] and "color=" not in item["body"], item["url"]
    # 27 when written: 15 pages of the portal, 4 reports, the 8 pages of one search listing
    # (the other sort order and the UTF-8 spelling of the same search are not asked again)
    assert requests <= 36
    searched = [h for h in site.log[-requests:] if h.path == "/was5/web/search"]
    assert len(searched) <= 8, [h.query for h in searched]
