"""An older GBK county portal (ASP.NET, 动易, DedeCMS, PHPCMS columns), crawled with only
name/region/start_urls: every report, on page 2 or 3 of its column, comes out once with its
fields and a clean body. The ASP.NET column is paged by posting its form back (viewstate and
pager event, each page once, the search and login buttons never), the 动易 and Dede columns
through the `goPage()` template and the count their pager states, the PHPCMS one through its
`>` links; the decoys beside the reports are not fetched."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb
from tests.fixtureweb.sites.legacy_cms import DECOYS, PAGER_TARGET

pytestmark = pytest.mark.e2e


def test_old_cms_pagers_lead_to_every_report_once(fixture_web: FixtureWeb, tmp_path: Path) -> None:
    site, result, requests = crawl_home_only(fixture_web, "legacy_cms", tmp_path)
    assert_fields_and_clean_body(site, result)
    hits = site.log[-requests:]
    posts = [parse_qs(h.body.decode("ascii")) for h in hits if h.method == "POST"]
    assert sorted(p["__EVENTARGUMENT"][0] for p in posts) == ["2", "3", "4"]
    assert all(p["__EVENTTARGET"] == [PAGER_TARGET] for p in posts)
    assert all("__VIEWSTATE" in p and "__EVENTVALIDATION" in p for p in posts)
    assert not any("ctl00$btnSearch" in p for p in posts)
    assert result.stat("lawreports/pagination/aspnet_postback") == 3
    assert result.stat("lawreports/pagination/script_pager") == 6  # Dede 2-5, 动易 2-3
    assert not result.stat("lawreports/failures/http_500")
    fetched = {h.path + (f"?{h.query}" if h.query else "") for h in hits}
    decoys = {site.base_url + g for g in fetched} & {
        site.base_url + p for p in site.sources if _titled(site.sources[p], site.negative_titles)
    }
    assert not decoys, sorted(decoys)
    assert not {h.path for h in hits} & set(DECOYS)
    assert requests <= 25, sorted(fetched)


def _titled(html: str, titles: list[str]) -> bool:
    """A detail page of one of the decoys (its `<title>` names it)."""
    return any(f"<title>{t}--" in html for t in titles)
