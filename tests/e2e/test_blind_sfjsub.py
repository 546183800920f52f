"""A county whose departments and 乡镇 run sub-sites on sub-hosts of its domain, the 县司法局's on
another CMS (tests/fixtureweb/sites/sfj_subsite_county.py), crawled with a config of only
name/region/start_urls: the 县政府's reports come out once each from the 信息公开 catalogue (the
司法局's reposts, one retitled, one pushed to the portal's 部门动态 box, are not emitted again),
and the reports that exist only on the 司法局's and a 乡镇's sub-sites are found."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb


def test_reports_on_department_and_township_subsites_come_out_once_with_fields(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "sfj_subsite_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 300
