"""A county portal serving every page in its 适老化/无障碍 variants (无障碍 `/wza/…`, 长者模式
`?mode=elder`, 纯文本 `text.jsp?url=…`, 打印 `print.jsp?id=…`), all linked from the pages, and a
专题 whose links are variant URLs pasted by its editors (one report reachable only that way):
every report once, with the standard page's fields, its body clean, without crawling every
variant of every page."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_page_variants_county_reports_once_with_the_standard_pages_fields(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "page_variants_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 40
