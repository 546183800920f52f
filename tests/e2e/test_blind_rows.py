"""A county 信息公开 catalogue whose rows' titles are not links: the only anchor of a row says
查看 / 详情 / 【详细】 / 阅读全文, or holds a cut title (the whole in its cell's `title=`), or the
row opens by `openDetail(id)` whose script builds the URL. Crawled with only
name/region/start_urls: every report once, its fields as the page shows them, its body clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_button_rows_reports_once_with_fields_and_clean_body(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "button_rows_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 80
