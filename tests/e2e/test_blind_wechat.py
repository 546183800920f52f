"""A county whose 法治政府建设 reports are in its news column 法治建设 (four pages, among 普法
news and decoys), pasted as editors paste them: two reposts of the 司法局's WeChat article
(`#js_content` kept `visibility: hidden`, `<span leaf>` runs in 135editor/秀米 sections, the
account's preamble, lead-in, photo caption, closing and 往期推荐, WeChat's own title and byline),
a UEditor body pasted from Word ending in a right-aligned signature, and a report split into
two pages by a TRS document pager drawn by script (`t…_1.html`). Every report once, its fields
as the page shows them (the signature's date is its 成文日期), its body whole and clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_wechat_reposts_and_split_reports_come_out_whole_and_clean(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "wechat_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 40
