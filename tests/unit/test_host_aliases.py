"""Host aliases a portal's redirects reveal (lawreports/discovery/aliases.py), and the spider
asking for a page once under its canonical URL: links on the bare host, plain `http`, an old
domain or `//host/…` go to the canonical origin once a redirect showed it; a directory and its
`index.html` are one page; a redirect onto a page downloaded already is not downloaded again."""

from __future__ import annotations

from typing import Any

import scrapy
from scrapy.http import HtmlResponse, Response

from lawreports.discovery.aliases import HostAliases, host_key, is_site_root
from lawreports.discovery.links import page_identity
from lawreports.middlewares.aliases import AliasLearningMiddleware, AliasRewriteMiddleware
from lawreports.middlewares.offsite import CONFIGURED
from tests.support.spiders import portal_spider

BARE = "http://xunxian.gov.cn"
WWW = "https://www.xunxian.gov.cn"


def test_a_root_redirect_to_another_origin_makes_the_old_one_an_alias() -> None:
    aliases = HostAliases()
    assert aliases.learn([BARE + "/", WWW + "/"]) == ["xunxian.gov.cn"]
    assert aliases.rewrite(BARE + "/zwgk/fzzfjs/index.html") == WWW + "/zwgk/fzzfjs/index.html"
    # The same host under https, and the canonical host under plain http.
    assert aliases.rewrite("https://xunxian.gov.cn/a.html?id=3") == WWW + "/a.html?id=3"
    assert aliases.rewrite("http://www.xunxian.gov.cn/zwgk/") == WWW + "/zwgk/"
    assert aliases.rewrite(WWW + "/zwgk/") == WWW + "/zwgk/"
    assert aliases.rewrite("http://other.gov.cn/zwgk/") == "http://other.gov.cn/zwgk/"


def test_a_root_to_its_index_page_and_a_chain_of_hops() -> None:
    aliases = HostAliases()
    chain = ["http://old.gov.cn/", "https://old.gov.cn/", WWW + "/index.html"]
    assert sorted(aliases.learn(chain)) == ["old.gov.cn"]
    assert aliases.rewrite("http://old.gov.cn/x/1.html") == WWW + "/x/1.html"


def test_a_deep_redirect_teaches_only_towards_a_known_canonical_origin() -> None:
    aliases = HostAliases()
    # A column handed to the province's platform, same path: not an alias of the portal.
    assert aliases.learn([BARE + "/zwgk/", "http://xxgk.henan.gov.cn/zwgk/"]) == []
    assert aliases.rewrite(BARE + "/index.html") == BARE + "/index.html"
    aliases.learn(["http://old.gov.cn/", WWW + "/"])
    assert aliases.learn([BARE + "/zwgk/t1.html", WWW + "/zwgk/t1.html"]) == ["xunxian.gov.cn"]
    # Another path on the canonical origin (a login, a 404 page) is no alias.
    assert aliases.learn(["http://third.gov.cn/a/b.html", WWW + "/"]) == []


def test_host_keys_drop_default_ports_only() -> None:
    assert host_key("http://A.gov.cn:80/x") == "a.gov.cn"
    assert host_key("https://a.gov.cn:443/x") == "a.gov.cn"
    assert host_key("https://127.0.0.9:8443/x") == "127.0.0.9:8443"
    assert host_key("http://a.gov.cn:80http://b/") is None


def test_the_site_root_and_columns_below_it() -> None:
    assert is_site_root("http://a.gov.cn/")
    assert is_site_root("http://a.gov.cn")
    assert is_site_root("http://a.gov.cn/index.html")
    assert is_site_root("http://a.gov.cn/default.aspx")
    assert not is_site_root("http://a.gov.cn/channel/1203.html")
    assert not is_site_root("http://a.gov.cn/site/dsx/index.html")


def test_a_directory_and_its_index_page_are_one_page() -> None:
    assert page_identity("http://a.gov.cn/zwgk/index.html") == "http://a.gov.cn/zwgk/"
    assert page_identity("http://a.gov.cn/zwgk/index.shtml") == "http://a.gov.cn/zwgk/"
    assert page_identity("http://a.gov.cn/zwgk/") == "http://a.gov.cn/zwgk/"
    assert (
        page_identity("http://a.gov.cn/zwgk/index_1.html") == "http://a.gov.cn/zwgk/index_1.html"
    )
    assert page_identity("http://a.gov.cn/zwgk/list.html") == "http://a.gov.cn/zwgk/list.html"


def _spider() -> Any:
    return portal_spider("alias_county", "浚县", BARE + "/")


HOME = """<html><head><title>浚县人民政府</title></head><body>
<ul class="nav"><li><a href="//xunxian.gov.cn/index.html">首页</a></li>
<li><a href="http://www.xunxian.gov.cn/zwgk/index.html">政务公开</a></li>
<li><a href="http://xunxian.gov.cn/zwgk/">政府信息公开</a></li>
<li><a href="https://xunxian.gov.cn/zwgk/fzzfjs/">法治政府建设</a></li>
<li><a href="/zwgk/fzzfjs/index.html">法治政府建设</a></li></ul></body></html>"""


def _home_after_redirect(spider: Any) -> list[scrapy.Request]:
    request = scrapy.Request(
        WWW + "/",
        meta={"lr_kind": "start", "lr_depth": 0, "redirect_urls": [BARE + "/"]},
    )
    response = HtmlResponse(WWW + "/", body=HOME.encode(), encoding="utf-8", request=request)
    return [r for r in spider.parse(response) if isinstance(r, scrapy.Request)]


def test_links_under_every_spelling_are_asked_for_once_on_the_canonical_origin() -> None:
    spider = _spider()
    spider.scheduled.add(spider._identity(BARE + "/"))
    urls = sorted(r.url for r in _home_after_redirect(spider))
    assert urls == [WWW + "/zwgk/fzzfjs/", WWW + "/zwgk/index.html"]
    assert spider.crawler.stats.get_value("lawreports/host_aliases") == 1


def test_a_redirect_onto_a_page_downloaded_already_is_dropped() -> None:
    spider = _spider()
    _home_after_redirect(spider)
    first = scrapy.Request(WWW + "/zwgk/fzzfjs/", meta={"lr_kind": "nav"})
    assert spider.admit(first)
    # Queued before the alias was known: the alias URL goes (its redirect is the page) ...
    queued = scrapy.Request("http://other-alias.gov.cn/zwgk/fzzfjs/index.html")
    assert spider.admit(queued)
    # ... and its redirect onto the page already downloaded does not.
    hop = scrapy.Request(
        WWW + "/zwgk/fzzfjs/index.html",
        meta={"lr_kind": "nav", "redirect_urls": [queued.url]},
    )
    assert not spider.admit(hop)
    assert spider.crawler.stats.get_value("lawreports/alias_duplicates") == 1
    # The same URL asked for again (a browser render, a wall's retry) is not refused.
    again = scrapy.Request(WWW + "/zwgk/fzzfjs/", meta={"lr_kind": "nav", "lr_admitted": True})
    assert spider.admit(again)
    # A wall redirecting a request back to itself is the same download.
    walled = scrapy.Request(WWW + "/zwgk/zcwj/", meta={"lr_kind": "nav"})
    assert spider.admit(walled)
    back = walled.replace(meta={**walled.meta, "redirect_urls": [WWW + "/verify?r=1"]})
    assert spider.admit(back)


def _redirect(request: scrapy.Request, status: int, location: str) -> Response:
    return Response(request.url, status=status, headers={"Location": location}, request=request)


def test_a_permanent_redirect_teaches_the_alias_as_it_is_answered() -> None:
    """Learned from the 301 itself, before the page it leads to is read: a link to the alias
    host queued meanwhile leaves the scheduler on the canonical origin, not as a redirect."""
    spider = _spider()
    _home_after_redirect(spider)  # the bare host is an alias of www; an old domain is not yet
    learning = AliasLearningMiddleware.from_crawler(spider.crawler)
    rewrite = AliasRewriteMiddleware.from_crawler(spider.crawler)
    queued = scrapy.Request("http://old.xunxian.gov.cn/zwgk/zcwj/", meta={"lr_kind": "nav"})
    assert rewrite.process_request(queued) is None
    deep = scrapy.Request("http://old.xunxian.gov.cn/zwgk/fzzfjs/")
    answer = _redirect(deep, 301, "//www.xunxian.gov.cn/zwgk/fzzfjs/")
    assert learning.process_response(deep, answer) is answer
    moved = rewrite.process_request(queued)
    assert isinstance(moved, scrapy.Request)
    assert moved.url == WWW + "/zwgk/zcwj/" and moved.meta["lr_kind"] == "nav"
    assert rewrite.process_request(moved) is None


def test_temporary_and_offsite_redirects_teach_nothing_as_they_arrive() -> None:
    """A 302 is a wall's or a login's; a 301 to a host not the site's own is a hand-over."""
    spider = _spider()
    learning = AliasLearningMiddleware.from_crawler(spider.crawler)
    rewrite = AliasRewriteMiddleware.from_crawler(spider.crawler)
    root = scrapy.Request(BARE + "/")
    learning.process_response(root, _redirect(root, 302, WWW + "/"))
    learning.process_response(root, _redirect(root, 301, "https://www.hnzwfw.gov.cn/"))
    assert rewrite.process_request(scrapy.Request(BARE + "/zwgk/")) is None
    # The same move as a 301 is learned; a posted form is never rewritten.
    learning.process_response(root, _redirect(root, 301, WWW + "/"))
    assert rewrite.process_request(scrapy.Request(BARE + "/zwgk/")) is not None
    assert rewrite.process_request(scrapy.Request(BARE + "/search", method="POST")) is None


def test_a_configured_url_moved_to_another_domain_is_learned_as_it_is_answered() -> None:
    spider = _spider()
    learning = AliasLearningMiddleware.from_crawler(spider.crawler)
    start = scrapy.Request(BARE + "/", meta={CONFIGURED: True})
    learning.process_response(start, _redirect(start, 301, "https://www.junxian.gov.cn/"))
    assert spider.canonical_url(BARE + "/zwgk/") == "https://www.junxian.gov.cn/zwgk/"
