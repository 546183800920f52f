"""A 政府信息公开目录平台 (`/gkmlpt/`) crawled with only name/region/start_urls: its columns are
hash routes of one shell page listed by a JSON API, and some report details are shells whose
content a script fetches from a JSON endpoint. Every report comes out once at the page a
reader opens, with its 信息公开 fields and a clean body, without the browser; the withdrawn
report, the plans, the 年报s and the news stay out. A shell whose content call cannot be read
off the page goes through the browser instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.discovery_checks import crawl_home_only
from tests.e2e.test_blind_portals import assert_fields_and_clean_body
from tests.fixtureweb.server import FixtureWeb
from tests.fixtureweb.sites.gkmlpt_portal import WITHDRAWN, WITHDRAWN_TITLE

pytestmark = pytest.mark.e2e


def test_shell_details_and_hash_routed_columns_come_out_once(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    site, result, requests = crawl_home_only(fixture_web, "gkmlpt_portal", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert not any("/api/" in item["url"] for item in result.items)
    assert WITHDRAWN_TITLE not in {item["title"] for item in result.items}
    fetched = [
        f"{hit.path}?{hit.query}" if hit.query else hit.path for hit in site.log[-requests:]
    ]
    # Each column's list asked with its route's key and the platform's sid; never the default.
    assert "/gkmlpt/api/all/2615?page=1&sid=763125" in fetched
    assert not any(path.startswith("/gkmlpt/api/all/0") for path in fetched)
    # The 县司法局's column shell asks its API with the page's own deptId/catId.
    assert "/api/dept/articles?deptId=sfj&catId=fzzfjs&page=1" in fetched
    assert not any(path.startswith("/api/dept/articles?deptId=1") for path in fetched)
    # The content endpoint before the visit counter: the counter only after a withdrawn shell.
    counters = [path for path in fetched if path.startswith("/api/count/")]
    assert counters == [f"/api/count/visit?id={WITHDRAWN}"]
    assert result.stat("lawreports/detail_api/reports") == 3
    assert result.stat("lawreports/script_links/hash") == 4
    assert not result.stat("lawreports/rendered_listings")
    assert requests <= 36, fetched


def test_a_shell_whose_endpoint_cannot_be_read_is_rendered_and_only_it(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    """The content call is signed in an external script: the report page goes through the
    browser (its list and the plan beside the report do not), and comes out with its fields."""
    site, result, requests = crawl_home_only(fixture_web, "shell_rendered", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert result.stat("lawreports/rendered_details") == 1
    assert result.stat("playwright/page_count") == 1
    assert not result.stat("lawreports/detail_api/requests")
    assert any(hit.path == "/api/doc" for hit in site.log[-requests:])


def test_shells_asked_with_data_objects_posts_and_hash_routes_come_out_once(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    """`$.ajax({url, data: {id: …}})` (its report cut short on the list), a POST form, a
    `$.getJSON(url, {docId: id})` with `location.search` read by hand, a Vue app's hash routes
    (`#/detail?id=401` from its list API, `#/article/402` made by its template from an id):
    each report from its API, without the browser and
    without the counter; the shell whose API refuses the crawler (401) is rendered, once. No
    decoy (实施方案, 工作要点, 年报, notice) is asked for."""
    site, result, requests = crawl_home_only(fixture_web, "ajax_shells", tmp_path)
    assert_fields_and_clean_body(site, result)
    hits = site.log[-requests:]
    fetched = [f"{hit.path}?{hit.query}" if hit.query else hit.path for hit in hits]
    posts = [(hit.path, hit.body) for hit in hits if hit.method == "POST"]
    assert posts == [("/api/article/info", b"articleId=302")]
    assert "/api/article/detail?id=301&siteId=1" in fetched
    assert "/api/doc/get?docId=303" in fetched
    assert {"/api/xxgk/detail?id=401", "/api/xxgk/detail?id=402"} <= set(fetched)
    assert not any(path.startswith("/api/count/") for path in fetched)
    decoys = ("id=298", "id=297", "id=399", "id=398", "id=396")
    assert not [path for path in fetched if path.endswith(decoys)]
    assert fetched.count("/api/secure/detail?id=304") == 2  # the crawler's ask, the browser's
    assert result.stat("lawreports/detail_api/reports") == 5
    assert result.stat("lawreports/rendered_details") == 1
    assert result.stat("playwright/page_count") == 1
    assert "content calls failed, the last with 401" in result.log
    assert requests <= 28, fetched  # 8 of them the browser's page, its script and images
