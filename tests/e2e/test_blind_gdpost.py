"""A Guangdong district portal on the province's 集约化 site platform (`…/content/post_<id>.html`
articles with a `td-title` 信息公开 table, gkmlpt articles of the 区政府 and the 区司法局 mixed
in, a 部门 sub-site, a 法治政府建设 专题), crawled with only name/region/start_urls: every report
exactly once, its fields as the page shows them, its body whole and free of furniture; the 区政府's
and the 区司法局's reports of one year, under one generic title, are both reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(("name", "max_requests"), [("gd_post_county", 90)])
def test_blind_portal_reports_once_with_fields_and_clean_body(
    fixture_web: FixtureWeb, tmp_path: Path, name: str, max_requests: int
) -> None:
    site, result, requests = crawl_home_only(fixture_web, name, tmp_path)
    assert_fields_and_clean_body(site, result)
    assert len(result.items) == len(site.gold)
    assert requests <= max_requests
