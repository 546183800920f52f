"""A Henan district portal (信阳市浉河区) whose pages carry the encoding faults real portals
have, each on a page a browser still shows correctly: a home page and an old report page whose
`<meta charset>` comes past the first 4 KB of `<head>` with no charset in the header, gzip
listings, an `<?xml encoding="gb2312"?>` XHTML report in GB18030 (four-byte 𠮷 in its 责任编辑
line), GB2312-database fields with `&#27993;` for 浉, a FrontPage-era `charset=gb_2312-80` page
with `∶` (U+2236) for colons, `&#147;`/`&#148;` quotes and `&nbsp` without semicolons, news
pages in BOM'd UTF-8 under a `charset=GBK` header and a `<meta charset="gbk">`, fullwidth digits
and hyphens in dates, entity-padded labels, a zero-width space and a soft hyphen in titles.
Every report once, with the fields a reader sees, its body whole and clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e


def test_encoding_faults_a_browser_survives_leave_reports_and_fields_as_a_reader_sees_them(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "encoding_mix_county", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= 60
