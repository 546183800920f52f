"""A county whose own portal carries news only, its 政府信息公开 a sub-site of the prefecture
city's unified platform on another host, crawled with only name/region/start_urls: the
county's reports come out once each with the platform page's 信息公开 fields (not the copy on
the county's 通知公告), no sibling county's or the city's report comes out, and the crawl does
not walk every sibling's catalogue."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_a_county_on_its_citys_xxgk_platform_gets_only_its_own_reports(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "city_platform_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    spent = site.host_hits  # type: ignore[attr-defined]
    # Siblings' and the city's catalogues are a hop away on every platform page: the county's
    # sub-site is the catalogue adopted, nothing else of the platform (home, siblings, city).
    assert spent["platform sibling article"] + spent["platform city article"] == 0, spent
    assert spent["platform sibling catalogue"] + spent["platform city catalogue"] == 0, spent
    assert spent["platform home/nav"] == 0, spent
    # 5 county pages, the sub-site's index and its 13 column pages (one pager page), 5 articles.
    assert requests <= 28, spent
