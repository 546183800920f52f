"""A county whose 信息公开 catalogue is a sub-site of the city's unified platform on another host:
the catalogue is crawled as the site's own within the scope its links share (the sub-site's path
prefix or query value), never the platform's other sub-sites."""

from __future__ import annotations

from typing import Any

import pytest
from scrapy import Request, Spider
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.test import get_crawler

from lawreports.discovery.catalogues import (
    MAX_SCOPES,
    CatalogueScope,
    CatalogueScopes,
    names_another_unit,
    scope_of,
)
from lawreports.discovery.links import page_links
from lawreports.middlewares.offsite import OwnDomainsMiddleware
from tests.support.spiders import portal_spider

PLAT = "http://xxgk.yancheng.gov.cn"
HOME = "http://www.sheyang.gov.cn/"


# --- the scope a catalogue's links name ---------------------------------------------------------
@pytest.mark.parametrize(
    ("urls", "scope"),
    [
        # the sub-site's index and its columns: the sub-site's prefix
        (
            [f"{PLAT}/xxgk/syx/index.html", f"{PLAT}/xxgk/syx/col/col21508/index.html"],
            CatalogueScope("xxgk.yancheng.gov.cn", path="/xxgk/syx/"),
        ),
        # columns only: Hanweb's `col/colN/` name columns, not the sub-site
        (
            [f"{PLAT}/xxgk/syx/col/col21508/index.html", f"{PLAT}/xxgk/syx/col/col21578/"],
            CatalogueScope("xxgk.yancheng.gov.cn", path="/xxgk/syx/"),
        ),
        (
            [
                "http://www.xinyang.gov.cn/xxgk/gsx/",
                "http://www.xinyang.gov.cn/xxgk/gsx/zfxxgknb/",
            ],
            CatalogueScope("xinyang.gov.cn", path="/xxgk/gsx/"),
        ),
        # a platform telling sub-sites apart by a query value
        (
            [
                "http://zwgk.city.gov.cn/zfxxgk/index.jsp?siteId=15",
                "http://zwgk.city.gov.cn/zfxxgk/list.jsp?siteId=15&channelId=3",
            ],
            CatalogueScope("zwgk.city.gov.cn", key="siteid", value="15"),
        ),
        (
            ["http://gk.city.gov.cn/web/index.do?webid=3"],
            CatalogueScope("gk.city.gov.cn", key="webid", value="3"),
        ),
        # the whole host, or two sub-sites: nothing to adopt
        (["http://www.yancheng.gov.cn/"], None),
        ([f"{PLAT}/col/col4213/index.html"], None),
        (
            ["http://zwgk.city.gov.cn/a.jsp?siteId=15", "http://zwgk.city.gov.cn/a.jsp?siteId=16"],
            None,
        ),
        ([f"{PLAT}/xxgk/syx/", "http://www.other.gov.cn/xxgk/syx/"], None),
    ],
)
def test_the_catalogue_links_name_the_sub_site_as_scope(
    urls: list[str], scope: CatalogueScope | None
) -> None:
    assert scope_of(urls) == scope


def test_a_path_scope_covers_the_sub_site_only() -> None:
    scope = CatalogueScope("xxgk.yancheng.gov.cn", path="/xxgk/syx/")
    assert scope.covers(f"{PLAT}/xxgk/syx/art/2025/3/28/art_22312_1.html")
    assert scope.covers(f"{PLAT}/xxgk/syx")
    assert scope.covers("https://www.xxgk.yancheng.gov.cn/xxgk/syx/index.html")
    assert not scope.covers(f"{PLAT}/xxgk/bhx/index.html")  # a sibling county
    assert not scope.covers(f"{PLAT}/xxgk/index.html")  # the platform's home
    assert not scope.covers(f"{PLAT}/xxgk/syxq/index.html")
    assert not scope.covers("http://other.gov.cn/xxgk/syx/index.html")


def test_a_query_scope_covers_the_pages_naming_the_sub_site() -> None:
    scope = CatalogueScope("zwgk.city.gov.cn", key="siteid", value="15")
    assert scope.covers("http://zwgk.city.gov.cn/zfxxgk/detail.jsp?id=9&SiteId=15")
    assert not scope.covers("http://zwgk.city.gov.cn/zfxxgk/detail.jsp?id=9&siteId=16")
    assert not scope.covers("http://zwgk.city.gov.cn/zfxxgk/index.jsp")


@pytest.mark.parametrize(
    "scope",
    [
        CatalogueScope("xxgk.yancheng.gov.cn", path="/xxgk/syx/"),
        CatalogueScope("zwgk.city.gov.cn", key="siteid", value="15"),
    ],
)
def test_a_scope_travels_as_one_string_unlike_a_domain(scope: CatalogueScope) -> None:
    assert CatalogueScope.from_member(scope.member()) == scope
    assert CatalogueScope.from_member("new-county.gov.cn") is None


def test_a_crawl_adopts_a_scope_once_and_only_a_few() -> None:
    scopes = CatalogueScopes()
    assert not scopes
    assert scopes.adopt(CatalogueScope("a.gov.cn", path="/xxgk/syx/"))
    assert not scopes.adopt(CatalogueScope("a.gov.cn", path="/xxgk/syx/"))
    assert not scopes.adopt(CatalogueScope("a.gov.cn", path="/xxgk/syx/fdzdgknr/"))  # covered
    for n in range(MAX_SCOPES - 1):
        assert scopes.adopt(CatalogueScope(f"b{n}.gov.cn", path="/xxgk/"))
    assert not scopes.adopt(CatalogueScope("c.gov.cn", path="/xxgk/"))
    assert len(scopes.scopes) == MAX_SCOPES


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("政务公开", False),
        ("政府信息公开目录", False),
        ("射阳县政府信息公开", False),
        ("盐城市射阳县政府信息公开", False),
        ("盐城市政府信息公开", True),
        ("江苏省政府信息公开", True),
        ("滨海县政府信息公开", True),
    ],
)
def test_a_catalogue_link_naming_another_unit_is_not_the_portals(text: str, other: bool) -> None:
    assert names_another_unit(text, "江苏省盐城市射阳县") is other


def test_a_city_portal_names_itself() -> None:
    assert not names_another_unit("盐城市政府信息公开", "江苏省盐城市")


# --- the spider: adopted from the portal's own shallow pages, honoured by _is_own --------------
def _spider() -> Any:
    return portal_spider(
        "plat_county", "江苏省盐城市射阳县", HOME, {"LAWREPORTS_MAX_PAGES_PER_SITE": 100}
    )


def _home(links: str) -> str:
    return f"<html><body><div class='nav'>{links}</div></body></html>"


NAV = (
    f"<a href='{PLAT}/xxgk/syx/index.html'>政务公开</a>"
    f"<a href='{PLAT}/xxgk/syx/col/col21508/index.html'>政府信息公开指南</a>"
    f"<a href='{PLAT}/xxgk/syx/col/col21578/index.html'>政府信息公开年报</a>"
)


def test_the_homes_catalogue_link_makes_the_sub_site_own(caplog: pytest.LogCaptureFixture) -> None:
    spider = _spider()
    caplog.set_level("INFO")
    spider._note_structure(page_links(_home(NAV), HOME), 0, HOME)
    assert spider.offsite_catalogue
    assert spider._is_own(f"{PLAT}/xxgk/syx/col/col21563/index_2.html")
    assert not spider._is_own(f"{PLAT}/xxgk/bhx/index.html")
    assert not spider._is_own(f"{PLAT}/xxgk/index.html")
    assert spider._is_own(HOME + "xwzx/")
    assert spider.crawler.stats.get_value("lawreports/offsite_catalogue_adopted") == 1
    # seen again on every page: logged and counted once
    spider._note_structure(page_links(_home(NAV), HOME + "xwzx/"), 1, HOME + "xwzx/")
    assert spider.crawler.stats.get_value("lawreports/offsite_catalogue_adopted") == 1
    assert caplog.text.count("pages under xxgk.yancheng.gov.cn/xxgk/syx/ are crawled") == 1


def test_the_platforms_own_links_adopt_nothing_more() -> None:
    spider = _spider()
    spider._note_structure(page_links(_home(NAV), HOME), 0, HOME)
    page = f"{PLAT}/xxgk/syx/index.html"
    siblings = (
        f"<a href='http://gk.other-city.gov.cn/xxgk/sz/index.html'>政府信息公开</a>"
        f"<a href='{PLAT}/xxgk/sz/index.html'>政府信息公开目录</a>"
    )
    spider._note_structure(page_links(_home(siblings), page), 1, page)
    assert spider.catalogue_scopes.scopes == [
        CatalogueScope("xxgk.yancheng.gov.cn", path="/xxgk/syx/")
    ]
    assert not spider._is_own(f"{PLAT}/xxgk/sz/index.html")


@pytest.mark.parametrize(
    ("links", "depth"),
    [
        (NAV, 2),  # an article deep in the portal naming the platform
        (f"<a href='{PLAT}/xxgk/sz/index.html'>盐城市政府信息公开</a>", 0),  # the city's own
        ("<a href='http://www.yancheng.gov.cn/'>政府信息公开</a>", 0),  # a whole host
    ],
)
def test_no_scope_from_deep_pages_other_units_or_a_whole_host(links: str, depth: int) -> None:
    spider = _spider()
    spider._note_structure(page_links(_home(links), HOME), depth, HOME)
    assert not spider.catalogue_scopes
    assert spider.offsite_catalogue  # still: the site map is not the way in


def test_a_whole_host_is_declined_once_in_the_log(caplog: pytest.LogCaptureFixture) -> None:
    spider = _spider()
    caplog.set_level("INFO")
    root = "<a href='http://www.yancheng.gov.cn/'>政府信息公开</a>"
    for page in (HOME, HOME + "xwzx/"):
        spider._note_structure(page_links(_home(root), page), 0, page)
    assert caplog.text.count("names no part of that host") == 1
    assert spider.catalogue_scopes.declined == {"www.yancheng.gov.cn"}


def test_without_the_page_named_nothing_is_adopted() -> None:
    spider = _spider()
    spider._note_structure(page_links(_home(NAV), HOME), 0)
    assert not spider.catalogue_scopes


# --- the offsite middleware honours the scope ----------------------------------------------------
def _middleware(scope: CatalogueScope | None) -> OwnDomainsMiddleware:
    crawler = get_crawler(Spider)
    spider = Spider.from_crawler(crawler, name="plat_county")
    spider.allowed_domains = ["sheyang.gov.cn"]
    spider.catalogue_scopes = CatalogueScopes()  # type: ignore[attr-defined]
    if scope is not None:
        spider.catalogue_scopes.adopt(scope)  # type: ignore[attr-defined]
    crawler.spider = spider
    crawler.stats.open_spider()
    middleware = OwnDomainsMiddleware.from_crawler(crawler)
    middleware.spider_opened(spider)
    return middleware


def test_the_middleware_lets_the_scope_through_and_nothing_else_of_its_host() -> None:
    middleware = _middleware(CatalogueScope("xxgk.yancheng.gov.cn", path="/xxgk/syx/"))
    middleware.process_request(Request(f"{PLAT}/xxgk/syx/col/col21563/index.html"))
    middleware.process_request(Request(HOME + "xwzx/"))
    for url in (f"{PLAT}/xxgk/bhx/index.html", f"{PLAT}/xxgk/index.html"):
        with pytest.raises(IgnoreRequest):
            middleware.process_request(Request(url, dont_filter=True))


def test_without_a_scope_the_platform_is_offsite() -> None:
    middleware = _middleware(None)
    with pytest.raises(IgnoreRequest):
        middleware.process_request(Request(f"{PLAT}/xxgk/syx/index.html"))
