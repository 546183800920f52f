"""Listings filled by script: a JSON API read off the page, an inline `var itemObj` array, and a
signed list only a browser can draw (rendered through scrapy-playwright with Debian's chromium)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import assert_every_report_once, crawl_home_only
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_json_api_and_inline_records_without_a_browser(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "json_county", tmp_path)
    assert_every_report_once(site, result)
    assert result.stat("lawreports/pagination/json_api") == 2
    assert not result.stat("lawreports/rendered_listings")
    assert requests < 25


def test_a_list_api_answering_with_html_is_read_as_the_listing(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    """`fetch('/module/list.jsp?…&page=N')` answers with `<li><a href="./2025/…">`: its links
    resolve against the listing page (where the script puts them), and it is paged like JSON."""
    site, result, requests = crawl_home_only(fixture_web, "html_api_county", tmp_path)
    assert_every_report_once(site, result)
    assert result.stat("lawreports/pagination/html_api_replies") == 2
    assert not result.stat("lawreports/rendered_listings")
    assert not any(h.path.startswith("/module/2") for h in site.log[-requests:])


def test_signed_script_list_is_rendered_and_only_it(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "rendered_county", tmp_path)
    assert_every_report_once(site, result)
    assert result.stat("lawreports/rendered_listings") == 1
    assert result.stat("playwright/page_count") == 1, "only the script-filled listing is rendered"
    assert any(h.path == "/ajax/docs" for h in site.log[-requests:])
