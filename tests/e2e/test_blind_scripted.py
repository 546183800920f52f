"""A county portal whose report pages hold their text in the page's own script (a JS string
set as `innerHTML`, `document.write` line by line, `document.write(unescape('%u…'))`, a hidden
`<textarea>`, a `<script type="text/template">`), and one whose 信息公开 table is written by
script from `var indexNo = …` variables; crawled with only name/region/start_urls: every report
exactly once, its fields as the browser shows them, its body whole and free of furniture."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_reports_whose_text_is_in_script_come_out_once_with_fields_and_clean_body(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "scripted_content_county", tmp_path)
    assert len(result.items) == len(site.gold)
    assert_fields_and_clean_body(site, result)
    assert requests <= 70
