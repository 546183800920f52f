"""A Hubei TRS county-level city (`hubei_inline_city`), crawled with only name/region/start_urls:
every report once, with the fields its page shows, its text whole and free of furniture.

The reports sit in the province's 政府信息公开目录 (市政府 and a department's
`qtzdgknr/fzzfjsndbg/` columns, `.shtml`, `createPageHTML` pagers, cut list titles) and print
their metadata as one inline run with Chinese-format dates and the template's doubled 文号
label; one report is pasted from Word and split by its editor into two article pages whose
pager is drawn by script only; one names no year in its title; every page has a `_wap.shtml`
mobile copy linked from the 手机版.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_hubei_inline_city_reports_once_with_fields_and_clean_body(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "hubei_inline_city", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 60
