"""A county whose columns page the ways newer and form-based CMSs do, crawled with only
name/region/start_urls: a `查看更多` button fetching HTML fragments by XHR, an infinite-scroll
list fed by an external script's `fetch` of JSON, a GET form pager (`goPage`/`turnPage`/跳转),
a Spring list whose pager carries session-bound `pageToken`s and `;jsessionid=` rewriting, and
a 信息公开 catalogue whose empty search lists everything by `search.do?page=N&keyword=&year=`.
Every report (each only past a list's first screen) exactly once, fields as shown, body clean.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_load_more_county_reports_once_with_fields_and_clean_body(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "load_more_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 90
