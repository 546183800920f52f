"""A county portal whose 政府信息公开 has a 乡镇（街道）信息公开 section of thirteen towns, each a
small column tree: two towns' reports share one generic title (different texts, no 索引号,
publisher only on the `来源：` line), one is on page 2 of a town's 法定主动公开内容, and one town
re-posts the county's report under a shorter title (来源：县司法局): every report comes out once,
the county's report as the county's, with the fields its page shows and a clean body."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_town_reports_once_and_a_town_repost_is_the_countys_report(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "township_xxgk", tmp_path)
    assert_fields_and_clean_body(site, result)
    # The repost is not delivered in place of the county's copy with its 信息公开 metadata.
    assert site.base_url + next(iter(site.aliases)) not in {it["url"] for it in result.items}
    assert requests <= 150
