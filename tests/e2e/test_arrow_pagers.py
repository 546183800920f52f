"""Pagers that say least about themselves, crawled with only name/region/start_urls: a bare
`>>` that is next (blocks of three numbers), a `>>` that is last beside `>` (file and query
pages), a GridView paged only by `Page$Next`. Every report comes out once, every listing page is
requested once, and nothing a wrong reading would fetch is: no jump to the last page, no
`Page$Last`/`Page$First`/`Page$Prev`, no search, sort or login postback."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from urllib.parse import parse_qs

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb
from tests.fixtureweb.sites.arrow_pagers import (
    BLOCK_PAGES,
    EMPIRE_PAGES,
    GRID,
    GRID_PAGES,
    PARAM_PAGES,
)

pytestmark = pytest.mark.e2e
STRATEGIES = ("page_numbers", "next_link", "trs_wcm", "script_pager", "vsb_backwards")


def test_arrow_and_gridview_pagers_reach_every_page_once(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "arrow_pagers", tmp_path)
    assert_fields_and_clean_body(site, result)
    hits = site.log[-requests:]
    gets = Counter(h.path + (f"?{h.query}" if h.query else "") for h in hits if h.method == "GET")
    block = ["/tzgg/list.html", *(f"/tzgg/list_{n}.html" for n in range(2, BLOCK_PAGES + 1))]
    empire = ["/zcwj/", *(f"/zcwj/index_{n}.html" for n in range(2, EMPIRE_PAGES + 1))]
    param = ["/fgwj/list.jsp?cid=8", *(f"/fgwj/list.jsp?cid=8&page={n}" for n in range(2, 5))]
    assert len(param) == PARAM_PAGES
    for path in block + empire + param:
        assert gets[path] == 1, (path, sorted(gets))
    assert not gets["/zcwj/index.html"] and not gets["/fgwj/list.jsp?cid=8&page=1"]
    # Each listing page was reached as a page of its listing, through its pager (not as a link
    # of its own), and the `>>` that is last was not jumped to before the pages between.
    paged = sum(result.stat(f"lawreports/pagination/{s}") or 0 for s in STRATEGIES)
    assert paged == len(block) + len(empire) + len(param) - 3
    order = [h.path for h in hits if h.path.startswith("/zcwj/index_")]
    assert order == empire[1:], order
    posts = [parse_qs(h.body.decode("ascii")) for h in hits if h.method == "POST"]
    arguments = [p["__EVENTARGUMENT"][0] for p in posts]
    assert all(p["__EVENTTARGET"] == [GRID] for p in posts), posts
    assert arguments == ["Page$Next"] * (GRID_PAGES - 1)
    assert result.stat("lawreports/pagination/aspnet_postback") == GRID_PAGES - 1
    assert not any("ctl00$btnSearch" in p for p in posts)
    assert not result.stat("lawreports/failures/http_500")
    negatives = [p for p, html in site.sources.items() if _titled(html, site.negative_titles)]
    assert not set(negatives) & set(gets)
    listing_pages = BLOCK_PAGES + EMPIRE_PAGES + PARAM_PAGES + GRID_PAGES
    assert requests == 1 + listing_pages + len(site.gold), sorted(gets)


def _titled(html: str, titles: list[str]) -> bool:
    return any(f"<title>{t}_" in html for t in titles)
