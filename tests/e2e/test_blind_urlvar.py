"""A Java-CMS county portal (Tomcat behind IIS) that links every article and column under many
spellings of its URL: `;jsessionid=` path parameters, WeChat/spm/utm tracking parameters, the
short link `/s?id=N` (served 200), the old `info.jsp?id=N&amp;cid=C` (double-escaped, 302),
`index.html` vs `/`, `/Xxgk/` vs `/xxgk/`, `&page=1`, relative, protocol-relative, absolute and
double-slash links, a `?print=1` view, and a wrong canonical (articles of one column point to
the column page): every report once under its `/art/…html` URL (or its short link), with the
信息公开 table's fields, its body clean, without crawling each spelling."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_url_variants_county_reports_once_under_their_clean_urls(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "url_variants_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 40
