"""A county whose report pages print the way 人大-bound reports and formal 公文 print: titles
with Chinese-numeral years (`二〇二四年度`, `二○二四年度`) and split over two lines in the head
(`<h1>…</h1><h2>关于…</h2>`, a `<br>` inside the `<h1>` or `td.biaoti`), a 副标题 date/venue
line, a speaker line, 主送 or salutation, a signature with its date, `（此件公开发布）` and a
联系人 line; 索引号 only in an `<input readonly>` or a cut cell's `title=`, a 发布时间 only in a
span's `title=` or `<meta name="PubDate">`, 发布机构 only in `来源：`, dates as `2025年3月24日`
and `2024.03.28`; 审议意见 and a 研究处理情况的报告 beside the reports. Crawled with only
name/region/start_urls, every report comes out once, with its fields and its text whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_headline_meta_county_reports_once_with_fields_and_clean_body(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "headline_meta_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 60
