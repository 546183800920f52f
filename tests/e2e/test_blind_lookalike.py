"""A county portal whose report texts say the words page furniture is made of (网站标识码,
ICP备案编号, 联系电话, 打印即办, 主办/承办, 浏览次数, 扫一扫, 我为政府网站找错, 登录, 无障碍,
paragraphs opening 版权…, 上一年度…, 下一步…, 分享…), with an `<ol>` of measures, `<strong>`
subheadings, a 附件 statistics table and a signature block inside the article, and the real
furniture right beside them (字体, 打印/关闭, 分享到, 上一篇/下一篇 naming other years' reports,
相关阅读 of reports, the footer); crawled with only name/region/start_urls."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_lookalike_body_county_keeps_report_sentences_that_look_like_furniture(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "lookalike_body_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 60
