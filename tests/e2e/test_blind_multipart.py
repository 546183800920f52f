"""A county whose long reports span several URLs, crawled with only name/region/start_urls:
a PHPCMS `[page]` split (`show-23-881-2.html`), a DedeCMS `{dede:pagebreak/}` split
(`1240_2.html`), a 信息公开目录 record whose `阅读全文` leads to a full text paged by `&pn=2`,
and a report published as two articles `（一）`/`（二）` (one report). Each report comes out
once, its body whole (every page), its fields as the pages show them, beside 工作要点 split
over pages and a 问答（一）/（二） pair that are not reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_multipart_reports_come_out_once_whole_with_fields(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "multipart_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 120
