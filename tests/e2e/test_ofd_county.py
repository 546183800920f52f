"""A county portal whose 法治政府建设 reports are OFD files (GB/T 33190) behind short article
pages (ofd_county): one TextCode a line, a character or a run, the 版头 and a running header in
template pages, `— N —` at each foot, one file behind a download servlet, one report offered as
PDF and OFD. Every report is found once, with the page's fields, and its body is the report as a
reader reads it, once."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_reports_published_as_ofd_files_come_out_as_their_text(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "ofd_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert all(item["body_source"].endswith("attachment") for item in result.items)
    types = [a["type"] for item in result.items for a in item["attachments"]]
    assert types.count("ofd") == 3
    assert result.stat("lawreports/attachments/unreadable") is None
    assert requests <= 22
