"""A county portal on a modern CMS whose article pages are news-style: the metadata trails the
text (`来源：…　发布时间：…　浏览次数：…`, 责任编辑, 打印本页/关闭窗口) or sits in a right-hand
`<aside>` 信息索引 box (索引号, 发布机构, 成文日期, 文号) beside 相关链接/热点信息 lists, or in a
文章属性 table after the text; crawled with only name/region/start_urls."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_trailing_meta_county_reports_once_with_fields_and_clean_body(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "trailing_meta_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 40
