"""A Yunnan 自治县 portal whose years and dates are written every way (Chinese numerals with 〇
and ○, full-width digits, no year in the title, `上一年度`, a next year's plan in the title,
unpadded and dotted dates, a 成文日期 typed with spaces or in full-width digits, 文号 in four
kinds of brackets), and a 要闻 repost of a report whose title spells its year in Arabic digits:
every report once, its fields as the page shows them, its body whole and clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_numerals_county_reports_once_with_fields_and_clean_body(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "numerals_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 40
