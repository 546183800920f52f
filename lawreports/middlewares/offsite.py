"""Only the site's own domains, redirects and retries included; a configured URL that moved.

Scrapy's OffsiteMiddleware lets any request with `dont_filter=True` through, and retries and
redirects of retries carry that flag: a 503 retried and then redirected to another host would
be followed. Here only `allow_offsite` opens the gate.

A portal that moved (`www.old.gov.cn` answers 301 → `www.new.gov.cn`, or its old home is a
`页面跳转中` page whose script goes there) would otherwise end with nothing found: a start URL or
configured column redirected to another host makes that host one of the site's own, said in a
warning so the config can be updated. With LAWREPORTS_REDIS_URL every worker of the shared crawl
takes the new host too (lawreports.scaleout.hosts), not only the one that saw the move.

A 信息公开 catalogue the portal links on another host (the city's unified platform, where the
county is one sub-site) is the site's own only within its scope (lawreports.discovery.catalogues):
`spider.catalogue_scopes` decides beside `allowed_domains`, and the scope is shared with the
other workers in the same set as adopted hosts.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.http import Response

from lawreports.discovery.catalogues import CatalogueScope, CatalogueScopes
from lawreports.scaleout.hosts import SharedHosts
from lawreports.scaleout.workers import spider_keys

logger = logging.getLogger(__name__)

# Set on the requests of the site config's own URLs (start_urls, columns).
CONFIGURED = "lr_configured"
# Sent with `domain=` when a moved configured URL made a host the site's own.
HOST_ADOPTED = object()
# Sent with `scope=` when a catalogue on another host was adopted within its scope.
CATALOGUE_ADOPTED = object()


class OwnDomainsMiddleware(OffsiteMiddleware):
    """OffsiteMiddleware that ignores `dont_filter` (the spider's allowed_domains decide) and
    follows a configured URL that moved to another host."""

    shared: SharedHosts | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> OwnDomainsMiddleware:
        middleware = super().from_crawler(crawler)
        crawler.signals.connect(middleware.host_adopted, signal=HOST_ADOPTED)
        crawler.signals.connect(middleware.catalogue_adopted, signal=CATALOGUE_ADOPTED)
        return middleware

    def spider_opened(self, spider: Spider) -> None:
        url = self.crawler.settings.get("LAWREPORTS_REDIS_URL")
        if url:
            self.shared = SharedHosts.from_url(url, spider_keys(spider.name)["hosts"])
        super().spider_opened(spider)

    def process_request(self, request: Request, spider: Any = None) -> None:
        if request.dont_filter and not request.meta.get("allow_offsite"):
            request = request.replace(dont_filter=False)
        if self._configured_url_moved(request):
            self._adopt(request)
        elif self._is_offsite(request):
            self._take_shared_hosts()
        super().process_request(request)

    def process_response(self, request: Request, response: Response, **_: Any) -> Response:
        """Before the spider reads a page, the hosts another worker adopted are its own."""
        self._take_shared_hosts()
        return response

    def host_adopted(self, domain: str) -> None:
        if self.shared is not None:
            self.shared.publish(domain)

    def catalogue_adopted(self, scope: CatalogueScope) -> None:
        if self.shared is not None:
            self.shared.publish(scope.member())

    def should_follow(self, request: Request, spider: Spider) -> bool:
        """The spider's domains, or a catalogue scope it adopted on another host."""
        if super().should_follow(request, spider):
            return True
        scopes: CatalogueScopes | None = getattr(spider, "catalogue_scopes", None)
        return scopes is not None and scopes.covers(request.url)

    def _is_offsite(self, request: Request) -> bool:
        spider = self.crawler.spider
        return spider is not None and not self.should_follow(request, spider)

    def _take_shared_hosts(self) -> None:
        spider = self.crawler.spider
        if self.shared is None or spider is None:
            return
        own = set(getattr(spider, "allowed_domains", None) or [])
        for domain in sorted(self.shared.adopted() - own):
            scope = CatalogueScope.from_member(domain)
            if scope is not None:
                self._take_shared_scope(spider, scope)
                continue
            _own_domain(spider, domain)
            logger.info(
                "%s: %s is crawled as the site's own: another worker saw the portal move there",
                spider.name,
                domain,
            )
            spider.crawler.stats.inc_value("lawreports/moved_host_shared")

    def _take_shared_scope(self, spider: Spider, scope: CatalogueScope) -> None:
        scopes: CatalogueScopes | None = getattr(spider, "catalogue_scopes", None)
        if scopes is None or not scopes.adopt(scope):
            return
        logger.info(
            "%s: %s is crawled as the site's own catalogue: another worker adopted it",
            spider.name,
            scope,
        )
        spider.crawler.stats.inc_value("lawreports/offsite_catalogue_shared")

    def _configured_url_moved(self, request: Request) -> bool:
        spider = self.crawler.spider
        return (
            spider is not None
            and bool(request.meta.get(CONFIGURED))
            and bool(request.meta.get("redirect_urls"))
            and not self.should_follow(request, spider)
        )

    def _adopt(self, request: Request) -> None:
        spider = self.crawler.spider
        if spider is not None:
            adopt_host(spider, request.meta["redirect_urls"][0], request.url)


def adopt_host(spider: Any, moved_from: str, url: str) -> None:
    """Make the host of `url` one of the spider's own: a configured URL moved there."""
    host = (urlsplit(url).hostname or "").lower()
    if not host:
        return
    domain = host.removeprefix("www.")
    _own_domain(spider, domain)
    logger.warning(
        "%s: %s moved to %s; %s is crawled as the site's own (update the site config)",
        spider.name,
        moved_from,
        url,
        domain,
    )
    spider.crawler.stats.inc_value("lawreports/configured_url_moved")
    spider.crawler.signals.send_catch_log(signal=HOST_ADOPTED, domain=domain)


def adopt_catalogue(spider: Any, scope: CatalogueScope, page_url: str, link_text: str) -> None:
    """Make the pages of `scope` the spider's own: the portal's page links its catalogue there."""
    if not spider.catalogue_scopes.adopt(scope):
        return
    logger.info(
        "%s: %s links its 信息公开 catalogue on another host (%r); pages under %s are crawled "
        "as the site's own",
        spider.name,
        page_url,
        link_text,
        scope,
    )
    spider.crawler.stats.inc_value("lawreports/offsite_catalogue_adopted")
    spider.crawler.signals.send_catch_log(signal=CATALOGUE_ADOPTED, scope=scope)


def _own_domain(spider: Any, domain: str) -> None:
    if domain not in (spider.allowed_domains or []):
        # A new list: the offsite middleware rebuilds its host pattern when the list changes.
        spider.allowed_domains = [*(spider.allowed_domains or []), domain]
