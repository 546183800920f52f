"""A page cut short in a 200 answer is asked for again.

A CMS rewriting a static page while it is read, or a proxy closing early with its framing
right, answers 200 with HTML that stops mid-text, and Scrapy's data-loss check sees nothing
wrong: the half page would be read as the page (a report without its end, a listing without
its last rows, whose links are then never seen again). A page that opens `<html` and does not
close it (`</html>` or `</body>` near its end), from a host whose other pages close theirs, is
asked for again, `LAWREPORTS_INCOMPLETE_RETRIES` times at most; the longest answer is kept.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapy.http import HtmlResponse, Response

if TYPE_CHECKING:
    from typing import Self

    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

TRIES = "lr_incomplete_tries"
LONGEST = "lr_incomplete_longest"
# Where a page's closing tags are looked for, and its opening one.
_TAIL_BYTES = 2048
_HEAD_BYTES = 4096


class IncompletePageMiddleware:
    def __init__(self, retries: int, stats: StatsCollector | None) -> None:
        self.retries = retries
        self.stats = stats
        self.closing_hosts: set[str] = set()  # hosts seen to close their pages

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler.settings.getint("LAWREPORTS_INCOMPLETE_RETRIES", 2), crawler.stats)

    def process_response(
        self, request: Request, response: Response, spider: Any = None
    ) -> Request | Response:
        if response.status != 200 or not isinstance(response, HtmlResponse):
            return response
        host = urlsplit(response.url).netloc
        if _closed(response.body):
            self.closing_hosts.add(host)
            return response
        if host not in self.closing_hosts or b"<html" not in response.body[:_HEAD_BYTES].lower():
            return response
        longest: Response | None = request.meta.get(LONGEST)
        if longest is not None and len(longest.body) > len(response.body):
            response = longest
        tries = int(request.meta.get(TRIES, 0))
        if tries >= self.retries:
            logger.warning(
                "%s still ends before its </html> after %d tries; reading the longest copy",
                request.url,
                tries + 1,
            )
            self._count("lawreports/incomplete/given_up")
            return response
        logger.info(
            "%s ends before its </html> (%d bytes): asking again", request.url, len(response.body)
        )
        self._count("lawreports/incomplete/retried")
        return request.replace(
            dont_filter=True, meta={**request.meta, TRIES: tries + 1, LONGEST: response}
        )

    def _count(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(key)


def _closed(body: bytes) -> bool:
    tail = body[-_TAIL_BYTES:].lower()
    return b"</html>" in tail or b"</body>" in tail
