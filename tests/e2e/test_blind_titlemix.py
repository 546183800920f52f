"""A county whose pages disagree about a report's title, as real templates do: a `<title>` that
is only the site name with the column name as the page's `<h1>` banner and the title in
`p.bt`; a stale `<meta name="ArticleTitle">` (the previous article's); a short list text, a
list `title=`, `<title>`, ArticleTitle and 名称 row all spelling the CMS's 标题 field while the
heading shows the formal title; a two-line `<h1>` (`<br><span>`) with a 副标题 under it; a title
only as the text's first centred bold paragraph; a 图解 whose `<title>` is a report's title.
Crawled with only name/region/start_urls, every report comes out once under the heading a
reader sees, with its fields and its text whole, and the 图解 does not come out."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_title_mismatch_county_reports_once_under_their_visible_heading(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "title_mismatch_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 50
