"""A county portal on a 2023 集约化 template whose article pages put widgets inside the article
wrapper (听全文, 字号/简繁, a 目录 repeating the headings, 关键词, 评分, 网友留言 quoting the
report, 你可能感兴趣 / 热点排行, the 打印/关闭/收藏/纠错 bar, a QR code, 阅读次数): every report
once, its fields as shown, its body the report text only."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_article_widgets_stay_out_of_the_report_body(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "article_widgets_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 45
