"""Discovery from the home page alone on portals of each CMS family (TRS, Hanweb, VSB)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import assert_every_report_once, crawl_home_only
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_trs_listing_pages_through_create_page_html(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "trs_county", tmp_path)
    assert_every_report_once(site, result)
    assert result.stat("lawreports/pagination/trs_wcm") == 2
    assert requests < 40


def test_hanweb_records_come_from_the_dataproxy_by_post(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "hanweb_city", tmp_path)
    assert_every_report_once(site, result)
    proxy = [h for h in site.log if h.path.endswith("dataproxy.jsp")]
    assert proxy and all(h.method == "POST" for h in proxy)
    assert requests < 30


def test_vsb_backwards_pages_reach_page_three_and_the_last(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "vsb_county", tmp_path)
    assert_every_report_once(site, result)
    assert site.hits["/tzgg/3.htm"] >= 1 and site.hits["/tzgg/1.htm"] >= 1
    assert requests < 25
