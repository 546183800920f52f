"""Host aliases learned from a permanent redirect as it arrives, and used before each download.

The spider learns that a host is an alias of the portal's canonical origin (see
discovery.aliases) from a redirect. Learned only when the redirected page is read, every link
on the alias host found and queued in the meantime would cost a redirect of its own. Here a
301/308 teaches the alias the moment it is answered (a temporary 302/307 is a wall's or a
login's, and waits for the page it leads to), and a request queued on an alias host before the
alias was known is sent to its canonical origin as it leaves the scheduler, not redirected.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from w3lib.url import safe_url_string

if TYPE_CHECKING:
    from typing import Self

    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

_PERMANENT = (301, 308)


class _SpiderHook:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)


class AliasRewriteMiddleware(_SpiderHook):
    """Before anything else reads a request: one on a known alias host is asked for on the
    canonical origin instead (the spider's `canonical_url(url)`, when it has one)."""

    def process_request(self, request: Request, spider: Any = None) -> Request | None:
        canonical = getattr(self.crawler.spider, "canonical_url", None)
        if canonical is None or request.method != "GET":
            return None
        url = canonical(request.url)
        return None if url == request.url else request.replace(url=url)


class AliasLearningMiddleware(_SpiderHook):
    """Before RedirectMiddleware follows it: a permanent redirect is shown to the spider (its
    `learn_redirect(request, target)`, when it has one)."""

    def process_response(
        self, request: Request, response: Response, spider: Any = None
    ) -> Response:
        learn = getattr(self.crawler.spider, "learn_redirect", None)
        location = response.headers.get("Location") if response.status in _PERMANENT else None
        if learn is not None and location:
            learn(request, urljoin(request.url, safe_url_string(location)))
        return response
