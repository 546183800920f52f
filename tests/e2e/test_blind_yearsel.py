"""A county 政府信息公开 catalogue on a Java CMS whose column lists show only the current
year's items unless a year is chosen in the filter bar's `年份` `<select>` (a GET form to
`list.do?catId=215&year=2023&…&pageNo=1`, also built by `search()` on change; `全部` is an option,
not the default): the 2024 report is in the default 2025 view, the 2023 report on page 2 of
`year=2024`, the 县司法局's 2022 report in `year=2023`, the 2021 report in `year=2022`; the 年报
column's year tabs submit the same form; an empty year answers `暂无数据`. Every report once,
its fields as the page shows them, its body whole and clean, no decoy emitted, within a budget
that pages every year of the column once (not every filter combination)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_reports_behind_a_year_select_come_out_once_with_fields_and_clean_body(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "year_filter_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    # No list is asked under a 主题分类 / 发布机构 / keyword filter: those only narrow a year.
    asked = [h for h in site.log[-requests:] if h.path.endswith("list.do")]
    assert not any(
        ("themeId=" in h.query and "themeId=&" not in h.query + "&")
        or ("orgId=" in h.query and "orgId=&" not in h.query + "&")
        for h in asked
    ), [h.query for h in asked]
    assert requests <= 50
