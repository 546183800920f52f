"""Discovery of reports filed by departments and townships, and crawls that stop on traps."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import assert_every_report_once, crawl_home_only
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("name", ["dept_county", "township_county"])
def test_reports_of_departments_and_townships_are_found(
    fixture_web: FixtureWeb, tmp_path: Path, name: str
) -> None:
    site, result, requests = crawl_home_only(fixture_web, name, tmp_path)
    assert_every_report_once(site, result)
    assert requests < 60


def test_endless_pagination_stops_after_an_empty_page(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "trap_endless", tmp_path)
    assert_every_report_once(site, result)
    assert requests < 30
    assert result.stat("lawreports/pagination/stopped_nothing_new")
    assert not any("jsessionid" in h.path for h in site.log[-requests:])


def test_calendars_are_never_followed(fixture_web: FixtureWeb, tmp_path: Path) -> None:
    site, result, requests = crawl_home_only(fixture_web, "trap_calendar", tmp_path)
    assert_every_report_once(site, result)
    assert requests < 20
    followed = [h for h in site.log[-requests:] if "date=" in h.query or "ym=" in h.query]
    assert not followed
    assert not any(h.path.startswith(("/events/", "/calendar/")) for h in site.log[-requests:])


def test_budget_stops_a_site_and_says_so(fixture_web: FixtureWeb, tmp_path: Path) -> None:
    _site, result, requests = crawl_home_only(
        fixture_web, "dept_county", tmp_path, LAWREPORTS_MAX_PAGES_PER_SITE=6
    )
    assert requests <= 8
    assert result.stat("lawreports/budget_exhausted")
    assert "budget of 6 reached" in result.log
