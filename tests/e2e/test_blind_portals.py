"""Portals in styles the first fixtures lacked, crawled with only name/region/start_urls: every
report exactly once, its fields as the page shows them, its body whole and free of furniture.

Hanweb 信息公开 platform, Kaipu ucap (real markup), a 政务公开标准目录 column with a script pager,
a static Dede-style GBK county site with cut list titles, an Anhui 政务公开 platform.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import assert_every_report_once, crawl_home_only
from tests.eval.score import body_f1, residue
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e

FIELDS = (
    "title",
    "index_no",
    "publisher",
    "publish_date",
    "written_date",
    "doc_no",
    "report_year",
)


@pytest.mark.parametrize(
    ("name", "max_requests"),
    [
        ("hanweb_xxgk", 30),
        ("ucap_county", 70),
        ("standard_catalog", 60),
        ("static_county", 40),
        ("anhui_public", 70),
    ],
)
def test_blind_portal_reports_once_with_fields_and_clean_body(
    fixture_web: FixtureWeb, tmp_path: Path, name: str, max_requests: int
) -> None:
    site, result, requests = crawl_home_only(fixture_web, name, tmp_path)
    assert_every_report_once(site, result)
    gold = {site.base_url + g.path: g for g in site.gold}
    for item in result.items:
        expected = gold[item["url"]]
        wrong = {
            f: (item.get(f), getattr(expected, f))
            for f in FIELDS
            if item.get(f) != getattr(expected, f)
        }
        assert not wrong, f"{item['url']}: {wrong}"
        assert body_f1(item["body"], expected.body) > 0.99
        assert residue(item["body"], expected.body) == 0
    assert requests <= max_requests
