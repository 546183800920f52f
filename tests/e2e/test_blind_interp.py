"""A county whose every 法治政府建设 report stands among its near relatives (解读, 一图读懂,
图解, 视频解读, an H5, the 公示 quoting the report, a 征求意见稿, the 人大's 审议意见, a 督察
反馈 函, 考评结果, 述法 reports), reposted in the 县司法局's sub-site and the 专栏, with a Word
copy and a print version linked from each report page: only the reports come out, each once,
with the catalogue copy's fields and a clean body."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(("name", "max_requests"), [("interpretation_county", 45)])
def test_blind_portal_reports_once_with_fields_and_clean_body(
    fixture_web: FixtureWeb, tmp_path: Path, name: str, max_requests: int
) -> None:
    site, result, requests = crawl_home_only(fixture_web, name, tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= max_requests
