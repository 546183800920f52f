"""A county portal on a 2021 jQuery template whose column listings render only their first page;
every further page comes from a JSON API asked by POST (`$.ajax({url: '/api/article/page', type:
'POST', contentType: 'application/json', data: JSON.stringify({channelId, pageNo, pageSize})})`
bound to `href="javascript:;"` pager buttons; GET → 405, a form body → 400). Its 法治政府建设
column holds the 2024 report on page 1 and the 2023 and 2022 reports on pages 3 and 4; the
县司法局's own 法治政府建设 column pages by `$.post('/api/list', {cid: 12, page: n})` (form-encoded)
and holds its 2024 report on page 2. Every report once, its fields as shown, its body clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_reports_on_pages_only_a_post_api_serves_are_found(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "post_api_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 80
