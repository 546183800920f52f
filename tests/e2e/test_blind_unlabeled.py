"""A Hunan county on the 集约化 platform after its 2022 redesign, whose article pages show their
metadata without labels: an info bar of icon fonts (`2025-03-28 15:30 | 嘉禾县人民政府 | 阅读
1,203`) with the labelled 信息公开 table collapsed behind a 「查看详细信息」 button
(`display:none`), a `<span class="source">…</span><span class="date">…</span>` pair, a date shown
only as a big day number over `2024.03`, and `县司法局　2021年01月18日` beside labelled rows of
信息来源/公开日期/生效日期/有效性; crawled with only name/region/start_urls."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_unlabeled_meta_county_reports_once_with_fields_and_clean_body(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "unlabeled_meta_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 40
