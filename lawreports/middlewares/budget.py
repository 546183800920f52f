"""The page budget is spent when a page is fetched, not when its link is found.

A big portal's home page alone links a hundred columns, and a news column names its sixty pages
at once: counted when found, those early, low-value links would use up the budget before the
catalogue pages found later (deeper, but scheduled first by priority) could be followed. Counted
here, the scheduler's priority order decides which pages the budget buys; the pages still queued
when it runs out are dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scrapy import Request
from scrapy.exceptions import IgnoreRequest

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler


class PageBudgetMiddleware:
    """Asks the spider (its `admit(request)`, when it has one) before each download."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_request(self, request: Request, spider: Any = None) -> None:
        admit = getattr(self.crawler.spider, "admit", None)
        if admit is not None and not admit(request):
            raise IgnoreRequest(f"page budget reached: {request.url}")
