"""Portals in styles the first fixtures lacked, crawled with only name/region/start_urls: every
report exactly once, its fields as the page shows them, its body whole and free of furniture.

Hanweb 信息公开 platform, Kaipu ucap (real markup), a 政务公开标准目录 column with a script pager,
a static Dede-style GBK county site with cut list titles, an Anhui 政务公开 platform, a 本溪
publicity platform, a Gansu intensive platform, a JSP 信息公开 platform whose catalogue and lists
live in frames, a report column split into year tabs and a year `<select>`, a 阳光政务 portal
whose report pages hide their text, print labels without colons and name only the site in
their title tag, a portal served whole in Traditional script with converter pinyin, and a JSP
portal whose ways to the reports are click handlers (a `showList('id')` catalogue tree, `tr
onclick` rows, `li data-href` notices, a form-POST `goPage(n)` pager), and a PHPCMS v9 / DedeCMS /
帝国CMS portal of dynamic URLs (a pager rendering a fresh cache-buster on every page, under a
known name and under one the crawl must learn; a report split into two article pages), and a
county whose menu is written by an external script (its 网站地图 the only way into 政务公开)
and whose 法治政府建设 column pages by a 加载更多 button asking a JSON API, and a city portal
whose districts and counties are sub-sites linked only from its 县区 box, and a county that
moved to `https://www.` whose pages spell its URLs every way (reports reposted in a 专题 and a
department's column), and a portal configured by a pasted column URL (a 加载更多 column, a
listing's page 2).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import CrawlResult
from tests.e2e.discovery_checks import assert_every_report_once, crawl_home_only, gold_url_of
from tests.eval.score import body_f1, residue
from tests.fixtureweb.portalkit import KitSite
from tests.fixtureweb.server import FixtureWeb

pytestmark = pytest.mark.e2e

FIELDS = (
    "title",
    "index_no",
    "publisher",
    "publish_date",
    "written_date",
    "doc_no",
    "report_year",
)


@pytest.mark.parametrize(
    ("name", "max_requests"),
    [
        ("hanweb_xxgk", 30),
        ("ucap_county", 70),
        ("standard_catalog", 60),
        ("static_county", 40),
        ("anhui_public", 70),
        ("benxi_publicity", 30),
        ("gansu_platform", 30),
        ("year_tabs", 25),
        ("sunshine_county", 15),
        ("onclick_catalog", 45),
        ("php_cms_county", 40),
        ("php_cms_county_token", 40),
        ("sitemap_county", 40),
        ("district_city", 60),
        ("alias_county", 25),
        ("alias_county_old", 25),
        ("column_start", 25),
        ("column_start_page2", 25),
        ("root_jump_county", 25),
    ],
)
def test_blind_portal_reports_once_with_fields_and_clean_body(
    fixture_web: FixtureWeb, tmp_path: Path, name: str, max_requests: int
) -> None:
    site, result, requests = crawl_home_only(fixture_web, name, tmp_path)
    assert_fields_and_clean_body(site, result)
    assert requests <= max_requests


def assert_fields_and_clean_body(site: KitSite, result: CrawlResult) -> None:
    assert_every_report_once(site, result)
    gold = {site.url_of(g.path): g for g in site.gold}
    for item in result.items:
        expected = gold[gold_url_of(site, item["url"])]
        wrong = {
            f: (item.get(f), getattr(expected, f))
            for f in FIELDS
            if item.get(f) != getattr(expected, f)
        }
        assert not wrong, f"{item['url']}: {wrong}"
        assert body_f1(item["body"], expected.body) > 0.99
        assert residue(item["body"], expected.body) == 0


def test_a_portal_served_in_traditional_script_is_crawled_like_its_simplified_original(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    """Its 繁体 version: column names, link titles and page titles in Traditional script with
    pinyin after some characters (`法治政府建設(shè)工作情況的報告`). The reports are recognised
    by those titles and come out Simplified, marked as converted."""
    site, result, requests = crawl_home_only(fixture_web, "traditional_mirror", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert all(item["source_traditional"] for item in result.items)
    assert requests <= 30


def test_frame_shells_are_pages_of_the_portal_not_walls_or_empty_lists(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    """The 信息公开 page is furniture around a catalogue iframe and a list iframe, the 县司法局 a
    frameset that stores a cookie, its menu a dTree script: the frames are crawled as pages (their
    footer frame is not), no wall is seen, nothing goes through the browser, and every report
    comes out once."""
    site, result, requests = crawl_home_only(fixture_web, "iframe_catalog", tmp_path)
    assert_fields_and_clean_body(site, result)
    assert result.stat("lawreports/site_status") == "ok"
    assert not result.stat("lawreports/walls/detected")
    assert not result.stat("lawreports/rendered_listings")
    assert result.stat("lawreports/frames_followed") == 4  # tree, list; menu, main
    assert site.hits["/include/footer.html"] == 0
    assert requests <= 35


def test_jump_page_root_and_a_reposted_report_come_out_once(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    """The root only redirects by script (no wall: no browser, not blocked); the 2023 report is
    in the catalogue and again as a notice under another URL; both reports come out once."""
    site, result, requests = crawl_home_only(fixture_web, "repost_county", tmp_path)
    aliases = {site.base_url + a: site.base_url + p for a, p in site.aliases.items()}
    delivered = [aliases.get(item["url"], item["url"]) for item in result.items]
    assert sorted(delivered) == sorted(site.gold_urls()), result.log[-3000:]
    assert result.stat("lawreports/site_status") == "ok"
    assert not result.stat("lawreports/walls/detected")
    gold = {site.base_url + g.path: g for g in site.gold}
    for item in result.items:
        expected = gold[aliases.get(item["url"], item["url"])]
        assert item["title"] == expected.title and item["report_year"] == expected.report_year
        assert body_f1(item["body"], expected.body) > 0.99
    assert requests <= 30
    # The catalogue copy, with its 信息公开 metadata, is the one delivered, not the notice.
    reposted = {site.base_url + p for p in site.aliases.values()}
    for item in result.items:
        if item["url"] in reposted or item["url"] in aliases:
            assert item["url"] in reposted, item["url"]
            assert item["index_no"] == gold[item["url"]].index_no


def test_a_big_portal_spends_its_budget_on_the_catalogue_not_the_news(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    """About 900 listing pages (220 of news columns and 专题, 184 of 部门/乡镇 工作动态) and
    several thousand articles, with defaults: every report once, deep in the catalogue and in a
    department's, while each news listing without report titles is paged only a few pages and
    none of its articles is fetched."""
    site, result, requests = crawl_home_only(fixture_web, "haystack_county", tmp_path)
    assert_every_report_once(site, result)
    gold = {site.base_url + g.path: g for g in site.gold}
    for item in result.items:
        expected = gold[gold_url_of(site, item["url"])]
        wrong = {f: item.get(f) for f in FIELDS if item.get(f) != getattr(expected, f)}
        assert not wrong, f"{item['url']}: {wrong}"
        assert body_f1(item["body"], expected.body) > 0.99
        assert residue(item["body"], expected.body) == 0
    spent = Counter(site.page_kind(path) for path in site.hits.elements())  # type: ignore[attr-defined]
    news_listings = (
        spent["news listing"] + spent["topic news listing"] + spent["unit news listing"]
    )
    # Five pages for each of 28 news listings (and two landing pages), of 406.
    assert news_listings <= 5 * 28 + 2, spent
    assert spent["notices listing"] == 20  # notices are paged whole: reports are filed there
    assert spent["news page"] + spent["topic news page"] + spent["unit news page"] == 0, spent
    assert requests <= 450, spent
    assert not result.stat("lawreports/budget_exhausted")
    assert result.stat("lawreports/pagination/stopped_news") == 28


def test_a_news_column_fed_by_a_hanweb_dataproxy_is_paged_a_few_batches(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    """900 news records in 20 dataproxy batches beside the report column: the reports come out
    once, the news column is asked for five batches and none of its headlines is fetched."""
    site, result, requests = crawl_home_only(fixture_web, "hanweb_news", tmp_path)
    assert_every_report_once(site, result)
    news_calls = [
        h for h in site.log[-requests:] if h.path.endswith("dataproxy.jsp") and b"3001" in h.body
    ]
    assert 1 <= len(news_calls) <= 5, len(news_calls)
    assert not any("_3001_" in h.path for h in site.log[-requests:])
    assert result.stat("lawreports/pagination/stopped_news") == 1


def test_a_portal_whose_menu_is_script_is_entered_through_its_site_map(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    """The home page names no 政务公开 (its menu is written by `/js/nav.js`): once the news
    boxes gave no report, the 网站地图 is read, once; the 法治政府建设 column's 加载更多 API is
    asked for each of its pages once, its first page (the listing's own items) included; no
    decoy of the column or the notices comes out, and no news listing is paged on."""
    before = Counter(fixture_web.sites["sitemap_county"].hits)
    site, result, requests = crawl_home_only(fixture_web, "sitemap_county", tmp_path)
    hits = site.hits - before
    assert_fields_and_clean_body(site, result)
    assert result.stat("lawreports/site_map_read") == 1
    assert hits["/wzdt.html"] == 1
    assert hits["/js/nav.js"] == 0
    api = sorted(k for k in hits if k.startswith("/api/channel/articles"))
    assert [k.rsplit("pageNo=", 1)[1] for k in api] == ["1", "2", "3"]
    assert all(hits[k] == 1 for k in api)
    assert not result.stat("lawreports/pagination/deepened_news")
    assert requests <= 40


def test_a_city_portals_district_sub_sites_are_crawled_from_its_county_box(
    fixture_web: FixtureWeb, tmp_path: Path
) -> None:
    """The 县区 box names five sub-sites by their bare names: each is entered once (also when a
    sibling's box links it again), its reports come out beside the city's, and neither a
    sub-site's 走进… intro nor the development zone on its own host is fetched."""
    before = Counter(fixture_web.sites["district_city"].hits)
    site, result, requests = crawl_home_only(fixture_web, "district_city", tmp_path)
    hits = site.hits - before
    assert_fields_and_clean_body(site, result)
    homes = {k for k in hits if k.startswith("/site/") and k.endswith("/index.html")}
    homes = {k for k in homes if k.count("/") == 3}
    assert homes == {f"/site/{c}/index.html" for c in ("yqq", "dsx", "xx", "lbx", "sx")}
    assert all(hits[k] == 1 for k in hits)
    assert not any("/zj" in k for k in hits)
    assert requests <= 60


@pytest.mark.parametrize(("name", "redirects"), [("alias_county", 1), ("alias_county_old", 2)])
def test_alias_hosts_cost_no_page_twice(
    fixture_web: FixtureWeb, tmp_path: Path, name: str, redirects: int
) -> None:
    """The bare host's 301 to `https://www` is learned from the start URL: every other spelling
    (bare host, plain http, `//host/…`, `index.html` or not) is asked for on the canonical
    origin, and no page is downloaded twice. Started from the old domain, the bare host is
    learned from its first deep redirect, as it is answered: the links to it queued by then
    are sent to the canonical origin as they leave the scheduler."""
    site = fixture_web.sites[name]
    site.served.clear()
    site.redirected.clear()
    # One request at a time: with more in flight, the requests already handed to the
    # downloader when the first redirect comes back redirect too, as many as the machine's
    # speed lets through (3 to 5 seen when the redirect was learned only from its page).
    site, result, _ = crawl_home_only(fixture_web, name, tmp_path, CONCURRENT_REQUESTS=1)
    assert_fields_and_clean_body(site, result)
    assert all(item["url"].startswith(site.base_url + "/") for item in result.items)
    assert max(site.served.values()) == 1, site.served
    assert len(site.redirected) <= redirects, site.redirected
