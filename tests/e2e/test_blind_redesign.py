"""A county portal in the middle of a redesign: the new `https://` site (信息公开 tables with
索引号) holds 2023 onwards and links the old site only as 「返回旧版」/「旧版网站」 (政务公开 says
`2022年以前信息请访问旧版网站`); the frozen old site (动易-style ASP, GB2312, table layout, no
索引号, `Article_Class.asp?ClassID=12&page=2` with a `<select>` jump) on another host of the
county's domain holds the earlier reports. The 2022 report is on both and comes out once, with
the new copy's fields. Crawled with only name/region/start_urls, configured with either site."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("name", ["redesign_county", "redesign_county_old"])
def test_redesign_county_reports_once_with_fields_and_clean_body(
    fixture_web: FixtureWeb, tmp_path: Path, name: str
) -> None:
    site, result, requests = crawl_home_only(fixture_web, name, tmp_path)
    assert_fields_and_clean_body(site, result)
    assert {item["url"] for item in result.items} == {site.url_of(g.path) for g in site.gold}
    assert requests <= 30
