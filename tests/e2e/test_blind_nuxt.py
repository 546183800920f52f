"""A county portal rebuilt on a server-rendered Nuxt front end, crawled with only
name/region/start_urls: hashed and utility classes, no `<h1>` and a generic `<title>` on
article pages, list titles cut by an `ellipsis` filter, a colon-less metadata grid, a
`window.__NUXT__` state blob, `?page=N` pagers beside `<button>`s, a department's report in a
hidden tab pane. Every report exactly once, fields as shown, body clean.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_nuxt_ssr_county_reports_once_with_fields_and_clean_body(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "nuxt_ssr_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 80
