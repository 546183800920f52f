"""A portal whose way to each report is written only in script, crawled with only
name/region/start_urls: a tab strip whose lists `.load()` into divs, an iframe whose `src` a
script sets, tab `onclick` handlers that `$.get` a list, zTree nodes whose column is in a click
handler. Every report comes out once with its fields; the includes, assets, login, search,
weather frame and 图片新闻 tab named in the same scripts are never fetched."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb
from tests.fixtureweb.sites.script_links import DECOYS

pytestmark = pytest.mark.e2e


def test_reports_reached_only_through_script_come_out_once(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "script_links", tmp_path)
    assert_fields_and_clean_body(site, result)
    fetched = {hit.path for hit in site.log[-requests:]}
    assert not fetched & set(DECOYS), sorted(fetched & set(DECOYS))
    assert not any(p.startswith(("/js/", "/css/", "/images/")) for p in fetched), fetched
    assert not result.stat("lawreports/rendered_listings")
    assert result.stat("lawreports/frames_followed") == 1  # xxgkFrame; the weather frame is not
    assert result.stat("lawreports/script_links/load") == 2  # 通知公告, 法治政府建设 tabs
    assert result.stat("lawreports/script_links/onclick") == 3  # the 司法局's three tabs
    assert requests <= 25, sorted(fetched)


def test_script_links_of_a_page_are_capped_likeliest_first(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    """One script link a page: the home page's 法治政府建设 tab and the 司法局's are kept, its
    通知公告 and 工作动态 tabs are not; the cap is logged as a budget."""
    site, result, requests = crawl_home_only(
        fixture_web, "script_links", tmp_path, LAWREPORTS_MAX_SCRIPT_LINKS_PER_PAGE=1
    )
    assert_fields_and_clean_body(site, result)
    fetched = {hit.path for hit in site.log[-requests:]}
    assert "/col/col1229000011/list.html" not in fetched
    assert "/col/col1229000311/list.shtml" not in fetched
    assert result.stat("lawreports/budget_exhausted/max_script_links") == 2
