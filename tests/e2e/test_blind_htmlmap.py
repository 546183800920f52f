"""A Guizhou county (锦屏县) whose home page is banners, `onclick` icon tiles and a menu drawn
from a JSON object by a script, so that hardly a plain link on it leads anywhere; its HTML
网站地图 (`/wzdt/index.html`, linked from the footer) lists all 72 columns as plain links in a
nested `<dl>` tree, and is with the menu the only way to 法治政府建设 (three 县政府 reports, one
on the column's page 2) and to the 县司法局's column (its own report). A second build asks for
the menu as JSON (`$.getJSON`) instead of carrying it. Every report once, with its fields and a
clean body; the 站内搜索 form is there to use or not."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("name", ["site_map_page_county", "site_map_page_county_jsonnav"])
def test_columns_named_only_by_the_html_site_map_and_the_script_menu_are_crawled(
    fixture_web: FixtureWeb, tmp_path: Path, name: str
) -> None:
    site, result, requests = crawl_home_only(fixture_web, name, tmp_path)
    assert_fields_and_clean_body(site, result)
    assert len(result.items) == len(site.gold)
    assert requests <= 120
