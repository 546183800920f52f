"""A county portal whose parts sit behind different anti-bot gateways, per path (an 阿里云
`acw_sc__v2` cookie challenge on its column pages, a 瑞数-style 412 bound to the User-Agent on
its 信息公开 platform, a 302 to a `安全验证` interstitial on its department sub-sites, a 429 rate
limit with `Retry-After`, and a 滑动验证 page that never opens on one column), crawled with only
name/region/start_urls: every report exactly once, its fields as the page shows them, its body
whole and free of furniture, the slider given up on without losing the rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb
from tests.support.services import chromium_path

pytestmark = [pytest.mark.e2e, pytest.mark.browser]


def test_waf_county_reports_once_with_fields_and_clean_body(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    chromium_path()  # fails with the install command when the browser is missing
    site, result, requests = crawl_home_only(fixture_web, "waf_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert result.stat("lawreports/site_status") == "ok"
    assert requests <= 200
