"""PortalSpider: routing only. Every page is asked two questions — is it a report, and
where do its links lead — and the answers come from lawreports.discovery and .extract."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

import scrapy
from scrapy.crawler import Crawler
from scrapy.http import Response, TextResponse
from scrapy.settings import BaseSettings

from lawreports import faults
from lawreports.discovery import journal as jr
from lawreports.discovery.links import Link, page_links
from lawreports.discovery.pagination import other_pages
from lawreports.discovery.titles import classify_title
from lawreports.extract.report import PageHints, extract_report, looks_like_article
from lawreports.items import ReportItem
from lawreports.sites import SiteConfig
from lawreports.state.known import DAY, KnownPages

logger = logging.getLogger(__name__)

REPORT_PRIORITY = 1000
LISTING_PRIORITY = 500


@dataclass(frozen=True)
class Budget:
    max_pages: int
    max_depth: int
    max_listing_pages: int

    @classmethod
    def from_crawler(cls, crawler: Crawler, site: SiteConfig) -> Budget:
        s = crawler.settings
        return cls(
            max_pages=site.max_pages or s.getint("LAWREPORTS_MAX_PAGES_PER_SITE"),
            max_depth=s.getint("LAWREPORTS_MAX_DEPTH"),
            max_listing_pages=s.getint("LAWREPORTS_MAX_LISTING_PAGES"),
        )


class PortalSpider(scrapy.Spider):
    """Base class of every configured portal; `site` is set by the spider loader."""

    site: ClassVar[SiteConfig]
    allowed_domains: ClassVar[list[str]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.scheduled: set[str] = set()
        self.seen_links: set[str] = set()
        self.journal = jr.DiscoveryJournal()
        self.budget_logged = False
        self.budget = Budget(600, 8, 60)
        self.known = KnownPages()

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> PortalSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.budget = Budget.from_crawler(crawler, cls.site)
        return spider

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        super().update_settings(settings)
        default_feed = settings.get("LAWREPORTS_DEFAULT_FEED")
        if default_feed and not settings.getdict("FEEDS"):
            settings.set(
                "FEEDS",
                {default_feed: {"format": "jsonlines", "encoding": "utf-8"}},
                priority="spider",
            )

    @property
    def region(self) -> str:
        return self.site.region

    # --- requests -----------------------------------------------------------------------------
    def _request(
        self,
        url: str,
        *,
        priority: int,
        depth: int,
        kind: str,
        link_text: str | None = None,
        listing_pages: int = 0,
    ) -> scrapy.Request | None:
        if url in self.scheduled:
            return None
        if kind == "report" and self.known.skip(url, link_text):
            self._stats().inc_value("lawreports/state/known_pages_skipped")
            return None
        if kind != "report" and len(self.scheduled) >= self.budget.max_pages:
            if not self.budget_logged:
                self.budget_logged = True
                logger.warning(
                    "%s: page budget of %d reached; not following further listings",
                    self.name,
                    self.budget.max_pages,
                )
                self._stats().inc_value("lawreports/budget_exhausted")
                self.journal.record(jr.BUDGET, url, max_pages=self.budget.max_pages)
            return None
        self.scheduled.add(url)
        meta: dict[str, Any] = {
            "lr_depth": depth,
            "lr_kind": kind,
            "lr_link_text": link_text,
            "lr_listing_pages": listing_pages,
            "lr_priority": priority,
        }
        if self.site.render or (self.site.render_listings and kind != "report"):
            meta["playwright"] = True
        return scrapy.Request(
            url, callback=self.parse, errback=self.on_error, priority=priority, meta=meta
        )

    async def start(self) -> AsyncIterator[scrapy.Request]:
        self._load_known_pages()
        for url in self.site.column_strings:
            req = self._request(url, priority=LISTING_PRIORITY, depth=1, kind="listing")
            if req is not None:
                yield req
        for url in self.site.start_url_strings:
            req = self._request(url, priority=LISTING_PRIORITY, depth=0, kind="start")
            if req is not None:
                yield req

    def _load_known_pages(self) -> None:
        """Detail pages delivered by earlier runs: skipped, and not "new" on a listing page."""
        state = getattr(self.crawler, "lawreports_state", None)
        if state is None:
            return
        self.known = KnownPages(
            state.known_urls(self.name),
            recheck_after_s=self.crawler.settings.getfloat("LAWREPORTS_RECHECK_DAYS") * DAY,
        )
        self.seen_links.update(self.known.urls)

    # --- callbacks ----------------------------------------------------------------------------
    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        if not isinstance(response, TextResponse):
            self._stats().inc_value("lawreports/non_text_responses")
            return
        item = self.report_from(response)
        if item is not None:
            yield from self.finish_report(item, response)
            return
        self.journal.record(
            jr.COLUMN,
            response.url,
            depth=response.meta.get("lr_depth", 0),
            link_text=response.meta.get("lr_link_text"),
        )
        yield from self.follow_links(response)

    def finish_report(self, item: ReportItem, response: TextResponse) -> Iterator[Any]:
        """Hand the report on (attachments may still need fetching before it is complete)."""
        self.journal.record(
            jr.REPORT,
            response.url,
            title=item.title,
            year=item.report_year,
            index_no=item.index_no,
        )
        yield item

    def report_from(self, response: TextResponse) -> ReportItem | None:
        """The report on this page, or None when the page is not one."""
        link_text = response.meta.get("lr_link_text")
        came_as_report = response.meta.get("lr_kind") == "report"
        try:
            item, tier = extract_report(
                response.text,
                response.url,
                PageHints(
                    link_text=link_text,
                    title_selector=self.site.selectors.title,
                    body_selector=self.site.selectors.body,
                ),
            )
        except Exception:
            logger.exception("%s: extraction failed on %s; page skipped", self.name, response.url)
            self._stats().inc_value("lawreports/extraction_errors")
            return None
        verdict = classify_title(item.title)
        if not verdict.is_report:
            if came_as_report or verdict.mentions_subject:
                self.journal.record(
                    jr.REJECTED, response.url, title=item.title, reason=verdict.reason
                )
            if came_as_report:
                logger.info(
                    "%s: %s linked as a report but its title %r is not one (%s)",
                    self.name,
                    response.url,
                    item.title,
                    verdict.reason,
                )
            return None
        if not looks_like_article(item):
            if came_as_report:
                self.journal.record(
                    jr.REJECTED, response.url, title=item.title, reason="report title but no text"
                )
                logger.info("%s: %s has a report title but no text", self.name, response.url)
            return None
        item.site = self.name
        item.region = self.site.region
        self._stats().inc_value(f"lawreports/body_tier/{tier}")
        return item

    def follow_links(self, response: TextResponse) -> Iterator[scrapy.Request]:
        depth = int(response.meta.get("lr_depth", 0))
        pages = other_pages(response.text, response.url, response.selector)
        page_urls = {u for urls in pages.values() for u in urls}
        links = [
            lk
            for lk in page_links(
                response.text, response.url, response.selector, self.site.selectors.listing
            )
            if lk.url not in page_urls
        ]
        fresh = [lk for lk in links if lk.url not in self.seen_links]
        self.seen_links.update(lk.url for lk in links)
        for link in sorted(links, key=lambda lk: -lk.score):
            req = self._follow(link, depth)
            if req is not None:
                yield req
        yield from self._paginate(response, pages, depth, brought_new=bool(fresh))

    def _follow(self, link: Link, depth: int) -> scrapy.Request | None:
        if not self._is_own(link.url):
            return None
        if link.is_report:
            return self._request(
                link.url,
                priority=REPORT_PRIORITY,
                depth=depth + 1,
                kind="report",
                link_text=link.text,
            )
        if link.score <= 0 or depth + 1 > self.budget.max_depth:
            return None
        return self._request(
            link.url, priority=link.score - depth, depth=depth + 1, kind="nav", link_text=link.text
        )

    def _paginate(
        self, response: TextResponse, pages: dict[str, list[str]], depth: int, brought_new: bool
    ) -> Iterator[scrapy.Request]:
        pages_seen = int(response.meta.get("lr_listing_pages", 0))
        if response.meta.get("lr_kind") == "page" and not brought_new:
            logger.debug(
                "%s: listing page %s brought nothing new; stop paging", self.name, response.url
            )
            return
        if pages_seen >= self.budget.max_listing_pages:
            return
        priority = int(response.meta.get("lr_priority", 0))
        for strategy, urls in pages.items():
            for url in urls:
                if not self._is_own(url):
                    continue
                req = self._request(
                    url,
                    priority=max(priority, 1),
                    depth=depth,
                    kind="page",
                    listing_pages=pages_seen + 1,
                )
                if req is not None:
                    self._stats().inc_value(f"lawreports/pagination/{strategy}")
                    self.journal.record(jr.PAGINATION, response.url, strategy=strategy, page=url)
                    yield req

    def on_error(self, failure: Any) -> None:
        """Log the URL and why it failed, count it by kind; the crawl goes on."""
        request = getattr(failure, "request", None)
        fault = faults.classify(failure)
        kind = (request.meta.get("lr_kind") if request is not None else None) or "page"
        log = logger.info if fault.kind in ("offsite", "http_404") else logger.warning
        log(
            "%s: %s %s skipped (%s): %s",
            self.name,
            kind,
            getattr(request, "url", "?"),
            fault.kind,
            fault.reason,
        )
        self._stats().inc_value("lawreports/request_errors")
        self._stats().inc_value(f"lawreports/failures/{fault.kind}")

    # --- helpers ------------------------------------------------------------------------------
    def _is_own(self, url: str) -> bool:
        from urllib.parse import urlsplit

        host = (urlsplit(url).hostname or "").lower()
        return any(
            host == d or host.endswith("." + d) or host == "www." + d for d in self.allowed_domains
        )

    def _stats(self) -> Any:
        return self.crawler.stats
