"""A county that publishes every article twice, on its desktop site and as a copy on its WAP
site (another URL, another template: a compact info line with no 索引号, 文号 or 成文日期), and
links across between the two (手机扫码阅读, 电脑版, a 专题 and the home page's 最新动态 linking
mobile copies). Each report comes out once, with the desktop page's fields, even where the
mobile copy lacks a line of the desktop text (the signature)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_mobile_copies_are_the_desktop_reports_once_with_their_fields(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "mobile_copy_county", tmp_path)
    assert len(result.items) == len(site.gold)
    assert_fields_and_clean_body(site, result)
    assert all("/wap/" not in item["url"] for item in result.items)
    assert requests <= 60
