"""A county whose report pages are heavy UEditor pastes (inline base64 photos with `▲` captions,
an inline SVG chart of 6,000 paths, a 200 KB JSON literal in a script, 20,000 nested empty
spans, a 6 MB report page), crawled with only name/region/start_urls: every report exactly once,
its fields as the page shows them, its body whole and free of captions and furniture."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_heavy_report_pages_are_read_whole_without_captions(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "heavy_pages_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 60
