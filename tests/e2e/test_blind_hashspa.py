"""A county whose 政务公开 is a single-page app with hash routing over a plain JSON API
(`/zwgk/index.html` is an empty shell; `#/list?columnId=12&page=1`, `#/detail?id=…` are drawn
by its bundle from `/api/zwgk/...`; the column tree's branches collapsed; an Element-UI pager
without anchors; the report column's page 2 holds one report; the home page's 最新公开 box
links server-rendered copies `/zwgk/detail/<id>.html`), crawled with only
name/region/start_urls: every report exactly once (under its hash route or its server-rendered
copy), its fields as the app shows them, its body whole and free of furniture."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb
from tests.support.services import chromium_path

pytestmark = [pytest.mark.e2e, pytest.mark.browser]


def test_hash_router_county_reports_once_with_fields_and_clean_body(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    chromium_path()  # fails with the install command when the browser is missing
    site, result, requests = crawl_home_only(fixture_web, "hash_router_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert result.stat("lawreports/site_status") == "ok"
    assert requests <= 150
