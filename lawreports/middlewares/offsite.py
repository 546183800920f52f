"""Only the site's own domains, redirects and retries included; a configured URL that moved.

Scrapy's OffsiteMiddleware lets any request with `dont_filter=True` through, and retries and
redirects of retries carry that flag: a 503 retried and then redirected to another host would
be followed. Here only `allow_offsite` opens the gate.

A portal that moved (`www.old.gov.cn` answers 301 → `www.new.gov.cn`, or its old home is a
`页面跳转中` page whose script goes there) would otherwise end with nothing found: a start URL or
configured column redirected to another host makes that host one of the site's own, said in a
warning so the config can be updated.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware

logger = logging.getLogger(__name__)

# Set on the requests of the site config's own URLs (start_urls, columns).
CONFIGURED = "lr_configured"


class OwnDomainsMiddleware(OffsiteMiddleware):
    """OffsiteMiddleware that ignores `dont_filter` (the spider's allowed_domains decide) and
    follows a configured URL that moved to another host."""

    def process_request(self, request: Request, spider: Any = None) -> None:
        if request.dont_filter and not request.meta.get("allow_offsite"):
            request = request.replace(dont_filter=False)
        if self._configured_url_moved(request):
            self._adopt(request)
        super().process_request(request)

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
    # A new list: the offsite middleware rebuilds its host pattern when the list changes.
    spider.allowed_domains = [*(spider.allowed_domains or []), domain]
    logger.warning(
        "%s: %s moved to %s; %s is crawled as the site's own (update the site config)",
        spider.name,
        moved_from,
        url,
        domain,
    )
    spider.crawler.stats.inc_value("lawreports/configured_url_moved")
