"""A flaky under-funded county portal crawled with only name/region/start_urls: soft 404s for a
moved column, 500/502 on a listing's first request, a report whose first response closes the
connection early, pages served as a half-written 200 on their first request, a stale pager
pointing past the last page, a redirect chain into 政务公开, `..` beyond the root and Windows
backslashes in links, a `<base href>` at the portal's old root, a path with Chinese characters
and a space, and a tag-soup page with a second `<html>` and unclosed `<div>`s. A patient browser
user gets every report; so must the crawl, each once, with its fields and a clean body."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_flaky_county_reports_once_with_fields_and_clean_body(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "flaky_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 60
