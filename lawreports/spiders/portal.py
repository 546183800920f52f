"""PortalSpider: routing only. Every page is asked two questions — is it a report, and
where do its links lead — and the answers come from lawreports.discovery and .extract."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from typing import Any, ClassVar
from urllib.parse import urljoin, urlsplit

import scrapy
from parsel import Selector
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy.http import JsonRequest, Response, TextResponse
from scrapy.settings import BaseSettings
from scrapy_playwright.page import PageMethod

from lawreports import faults
from lawreports.attachments.fetch import AttachmentFetcher
from lawreports.attachments.sniff import is_document
from lawreports.discovery import hanweb, jsonapi, postback, scripturls, yearfilter
from lawreports.discovery import journal as jr
from lawreports.discovery.aliases import HostAliases, is_site_root
from lawreports.discovery.catalogues import CatalogueScopes, names_another_unit, scope_of
from lawreports.discovery.corrections import Corrections
from lawreports.discovery.frames import frame_sources, has_frames
from lawreports.discovery.links import (
    ARTICLE_URL,
    JUMP,
    Link,
    clean_url,
    is_fetchable,
    is_report_column,
    is_route_url,
    is_site_map,
    is_year_tab,
    leads_to_catalogue,
    next_route_page,
    page_links,
    plain_url,
    route_url,
    score_link,
    shows_own_title,
    standard_version,
    title_links_elsewhere,
)
from lawreports.discovery.listings import (
    ListingPaging,
    is_news_listing,
    may_hold_reports_as_news,
    own_name,
    shows_reports,
)
from lawreports.discovery.listscripts import (
    ListScripts,
    ScriptListing,
    loader_scripts,
    own_scripts,
    written_markup,
)
from lawreports.discovery.pagination import ENUMERATING, other_pages, pager_urls
from lawreports.discovery.render import (
    app_mount,
    empty_content_container,
    empty_list_container,
    is_app_mount,
)
from lawreports.discovery.titles import classify_report
from lawreports.discovery.volatile import VolatileKeys, without_keys
from lawreports.extract.article_pages import (
    MAX_ARTICLE_PAGES,
    append_page,
    other_article_pages,
    page_number,
)
from lawreports.extract.attachments import viewed_document
from lawreports.extract.jsondetail import report_from_json
from lawreports.extract.report import (
    PageHints,
    extract_report,
    filed_by_another_office,
    has_paragraphs,
    looks_like_article,
)
from lawreports.items import ReportItem
from lawreports.middlewares.offsite import CONFIGURED, adopt_catalogue, adopt_host
from lawreports.sites import SiteConfig
from lawreports.state.known import DAY, KnownPages

logger = logging.getLogger(__name__)

REPORT_PRIORITY = 1000
LISTING_PRIORITY = 500
# Page kinds the page budget counts (reports, attachments and the held-report release are free).
BUDGETED_KINDS = frozenset({"start", "listing", "nav", "page", "frame"})
# Requests the frontier never refuses: reports, and the further pages of a report's article
# (at most MAX_ARTICLE_PAGES each).
UNCAPPED_KINDS = frozenset({"report", "article_page"})
# Links found but not yet fetched are held up to this many times the page budget (memory only:
# the budget itself is counted on fetched pages, see lawreports.middlewares.budget).
FRONTIER_FACTOR = 5
# How long the browser waits for a script-filled list to show its links.
RENDER_WAIT_MS = 15_000
# Links read from handlers and script calls (capped per page), as `Link.via` names them.
SCRIPT_CALL_VIAS = frozenset({"onclick", "load", "open", "data"})
# Frames inside frames are followed this many levels deep (a frameset of framesets).
MAX_FRAME_NESTING = 3
# A page with no more links than this may have its links written by its own external script.
WRITER_PAGE_LINKS = 2
# Single-page apps whose HTML is kept to read their hash routes' content calls off it.
MAX_ROUTE_PAGES = 8
# A catalogue on another host is adopted from the portal's home and the pages it links (their
# nav and boxes), not from deeper pages (an article naming the platform).
CATALOGUE_ADOPTION_DEPTH = 1
# Marks a news listing's page asked for past its window, and the pages it leads to.
DEEPENED = "lr_deepened"
# The request meta key of the pages a report page frames its text in (see _content_frames).
CONTENT_FRAMES = "lr_content_frames"
# The request meta key of an article read over several pages (see ArticleJob).
ARTICLE_META = "lr_article"
# Marks the home page of the portal's other edition, entered as a second home (see
# _enter_other_edition).
EDITION_HOME = "lr_edition_home"
# Answers of a shell's content endpoint that are read (as no article) rather than retried.
DETAIL_API_STATUSES = [400, 401, 403, 404, 405, 500, 502]
# Answers of a list API asked as its script asks it that say the guess of how was wrong (the
# method, the body's form): a probe missed, not the portal refusing us.
API_PROBE_MISS_STATUSES = [400, 405]


def _is_home(response: Response) -> bool:
    """A start page that is a site's home page (its root, or the home of the portal's other
    edition), not a column a user pasted as the start URL."""
    return is_site_root(response.url) or bool(response.meta.get(EDITION_HOME))


def _fields_shown(item: ReportItem) -> int:
    return sum(
        1 for value in (item.publisher, item.publish_date, item.written_date, item.doc_no) if value
    )


# An app's column is viewed (a browser page) when its name scores at least this (a 信息公开
# catalogue, a department, 法治…), not for 机构职能 or 规划计划.
ROUTE_VIEW_SCORE = 25
# The request meta key of a single-page app's column view (its route URL).
ROUTE_VIEW = "lr_route_view"
# A single-page app's view is read once its calls have settled (its data, then its drawing).
_SETTLED = [PageMethod("wait_for_load_state", "networkidle", timeout=RENDER_WAIT_MS)]


def _script_text(response: Response) -> str:
    """A script's text, whatever Scrapy made of its response."""
    if isinstance(response, TextResponse):
        return response.text
    return response.body.decode("utf-8", "replace")


def _deepened(response: Response) -> dict[str, bool]:
    """The pages a deepened listing page leads to are deepened too."""
    return {DEEPENED: True} if response.meta.get(DEEPENED) else {}


@dataclass(frozen=True)
class ShellPage:
    """A report candidate whose page shows no text: where a reader opens it, how it was
    linked, and the empty element its script fills (for the browser)."""

    url: str
    depth: int
    link_text: str | None
    container: str | None


@dataclass
class ArticleJob:
    """A report whose article goes on over further pages (its editor split it): the pages
    still to read, in order, and those read (the first page's URL first). Rides in request
    meta, so it is picklable."""

    item: ReportItem
    pages: list[str]
    read: list[str]


@dataclass(frozen=True)
class Budget:
    max_pages: int
    max_depth: int
    max_listing_pages: int
    max_rendered: int = 20
    news_listing_pages: int = 5
    max_frames: int = 4
    max_script_links: int = 30
    # Pages of news listings paged on past their window (see `deepen_news_listings`).
    max_deepened: int = 300
    # Pages of a listing that has shown report titles (a big 通知公告 column of every year's).
    max_report_listing_pages: int = 200

    @classmethod
    def from_crawler(cls, crawler: Crawler, site: SiteConfig) -> Budget:
        s = crawler.settings
        return cls(
            max_pages=site.max_pages or s.getint("LAWREPORTS_MAX_PAGES_PER_SITE"),
            max_depth=s.getint("LAWREPORTS_MAX_DEPTH"),
            max_listing_pages=s.getint("LAWREPORTS_MAX_LISTING_PAGES"),
            max_rendered=s.getint("LAWREPORTS_MAX_RENDERED_PAGES"),
            news_listing_pages=s.getint("LAWREPORTS_NEWS_LISTING_PAGES"),
            max_frames=s.getint("LAWREPORTS_MAX_FRAMES_PER_PAGE"),
            max_script_links=s.getint("LAWREPORTS_MAX_SCRIPT_LINKS_PER_PAGE"),
            max_deepened=s.getint("LAWREPORTS_MAX_DEEPENED_PAGES"),
            max_report_listing_pages=s.getint("LAWREPORTS_MAX_REPORT_LISTING_PAGES"),
        )


class PortalSpider(scrapy.Spider):
    """Base class of every configured portal; `site` is set by the spider loader."""

    site: ClassVar[SiteConfig]
    allowed_domains: ClassVar[list[str]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.scheduled: set[str] = set()
        self.seen_links: set[str] = set()
        # Query keys rendered afresh on every page (unnamed cache-busters): no part of identity.
        self.volatile = VolatileKeys()
        # Hosts the portal's redirects show to be aliases of its canonical origin.
        self.aliases = HostAliases()
        # Page identity → the request that downloaded it (see _first_download).
        self.downloads: dict[str, tuple[int, str]] = {}
        self.journal = jr.DiscoveryJournal()
        self.budget_logged = False
        self.rendered = 0
        self.fetched = 0
        self.deepened = 0
        self.budget = Budget(600, 8, 60)
        self.paging = ListingPaging(self.budget.news_listing_pages)
        self.known = KnownPages()
        self._attachments: AttachmentFetcher | None = None
        # Reports without a 索引号, delivered when the crawl is otherwise done (see finish_report).
        self.held: list[ReportItem] = []
        self.hold_unindexed = True
        # `…（更正版）` links and deliveries: the report they correct waits, then gives way.
        self.corrections = Corrections()
        self.deepen_news = True
        # Single-page apps' HTML by URL, to read a hash route's content call (see _route_report).
        self.route_pages: dict[str, str] = {}
        # Single-page apps' pages (clean URL) and where they mount: their routes are rendered.
        self.app_shells: dict[str, str] = {}
        self.list_scripts = ListScripts()
        self.writer_scripts = ListScripts()
        # The portal's 网站地图 (URL, link text, depth of the page that links it), read at idle
        # when no report column was seen (see read_site_map); whether a 信息公开 catalogue on
        # another host was linked (then the portal's structure is there, not in its site map).
        self.site_map: tuple[str, str, int] | None = None
        self.site_map_asked = False
        self.offsite_catalogue = False
        # That catalogue's scope on the other host (a sub-site of the city's platform), crawled
        # as the site's own (see _adopt_catalogues).
        self.catalogue_scopes = CatalogueScopes()
        # Roots of the portal's other editions entered as home pages (see _enter_other_edition).
        self.editions: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> PortalSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.budget = Budget.from_crawler(crawler, cls.site)
        spider.paging = ListingPaging(spider.budget.news_listing_pages)
        # Held reports go out through a request of this process; a shared (scale-out) queue
        # could hand it to another worker, so there reports are not held.
        spider.hold_unindexed = not crawler.settings.get("LAWREPORTS_REDIS_URL")
        # Deepening news listings waits for this process's idle: likewise not on a shared queue.
        spider.deepen_news = spider.hold_unindexed and crawler.settings.getbool(
            "LAWREPORTS_DEEPEN_NEWS"
        )
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        crawler.signals.connect(spider.report_undelivered_held, signal=signals.spider_closed)
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
        report_column: bool = False,
        callback: Any = None,
        method: str = "GET",
        formdata: dict[str, str] | None = None,
        jsondata: dict[str, Any] | None = None,
        key: str | None = None,
        extra_meta: dict[str, Any] | None = None,
        build: Callable[..., scrapy.Request] | None = None,
        dont_filter: bool = False,
        errback: Any = None,
    ) -> scrapy.Request | None:
        """One request of the bounded frontier: each key once, non-reports within the budget.
        `build` makes a request the URL alone cannot (a form posted back from its page);
        `formdata`/`jsondata`, a body sent as a form or as JSON. A report linked as a document
        viewer (`viewer.html?file=….pdf`) is asked as the file."""
        url = self.aliases.rewrite(url)
        if kind == "report":
            url = viewed_document(url)
        key = key or self._identity(url)
        if key in self.scheduled:
            return None
        if kind == "report":
            self.corrections.note_link(link_text)
        if kind == "report" and self.known.skip(url, link_text):
            self._stats().inc_value("lawreports/state/known_pages_skipped")
            return None
        if (
            kind not in UNCAPPED_KINDS
            and len(self.scheduled) >= FRONTIER_FACTOR * self.budget.max_pages
        ):
            self._budget_stop(url, "max_pages", self.budget.max_pages)
            return None
        self.scheduled.add(key)
        meta: dict[str, Any] = {
            "lr_depth": depth,
            "lr_kind": kind,
            "lr_link_text": link_text,
            "lr_listing_pages": listing_pages,
            "lr_priority": priority,
            "lr_report_column": report_column,
            **(extra_meta or {}),
        }
        if self.site.render or (self.site.render_listings and kind != "report"):
            meta["playwright"] = True
        if build is not None:
            return build(
                callback=callback or self.parse,
                errback=self.on_error,
                priority=priority,
                meta=meta,
                dont_filter=True,
            )
        if jsondata is not None:
            return JsonRequest(
                url,
                method=method,
                data=jsondata,
                callback=callback or self.parse,
                errback=self.on_error,
                priority=priority,
                meta=meta,
                dont_filter=True,
            )
        if formdata is not None:
            return scrapy.FormRequest(
                url,
                method=method,
                formdata=formdata,
                callback=callback or self.parse,
                errback=self.on_error,
                priority=priority,
                meta=meta,
                dont_filter=True,
            )
        return scrapy.Request(
            url,
            method=method,
            callback=callback or self.parse,
            errback=errback or self.on_error,
            priority=priority,
            meta=meta,
            dont_filter=dont_filter or bool(extra_meta and extra_meta.get("playwright")),
        )

    def admit(self, request: scrapy.Request) -> bool:
        """Called before each download: a page within the budget is fetched and counted; past
        it, a page the budget counts is dropped (the stop logged once). Requests wait in the
        scheduler by priority, so the budget buys the likeliest pages found so far."""
        meta = request.meta
        if not self._first_download(request):
            meta["lr_alias_duplicate"] = True
            self._stats().inc_value("lawreports/alias_duplicates")
            return False
        if meta.get("lr_kind") not in BUDGETED_KINDS or meta.get("lr_admitted"):
            return True
        if meta.get(DEEPENED):
            return self._admit_deepened(request)
        if self.fetched >= self.budget.max_pages:
            meta["lr_over_budget"] = True
            self._budget_stop(request.url, "max_pages", self.budget.max_pages)
            self._stats().inc_value("lawreports/budget_dropped")
            return False
        self.fetched += 1
        meta["lr_admitted"] = True  # a retry or redirect of it is not counted again
        return True

    def _first_download(self, request: scrapy.Request) -> bool:
        """False for a page another request already downloaded under another URL: a redirect
        from an alias host asked for before the alias was known, or a request queued then
        (`/zwgk/index.html` once `http://bare/zwgk/` landed on `https://www/zwgk/`). A URL on a
        known alias is not counted: its redirect is the page."""
        if request.method != "GET" or not request.url.startswith(("http://", "https://")):
            return True
        if request.meta.get("lr_jump"):  # a jump page's target: the jump was no page
            return True
        if self.aliases.rewrite(request.url) != request.url:
            return True
        url = clean_url(request.url)
        token = request.meta.setdefault("lr_download", len(self.downloads) + 1)
        first, first_url = self.downloads.setdefault(self._identity(url), (token, url))
        # The same URL again (a browser render, a wall's retry) is asked for as before.
        return first == token or (first_url == url and not request.meta.get("redirect_urls"))

    def _admit_deepened(self, request: scrapy.Request) -> bool:
        """A news listing's page past its window, asked for when nothing else was left: counted
        in a budget of its own (the page budget bought the portal's structure)."""
        if self.deepened >= self.budget.max_deepened:
            request.meta["lr_over_budget"] = True
            if self.paging.first_stop("", "max_deepened_pages"):
                self._budget_stop(request.url, "max_deepened_pages", self.budget.max_deepened)
            self._stats().inc_value("lawreports/budget_dropped")
            return False
        self.deepened += 1
        request.meta["lr_admitted"] = True
        return True

    def _budget_stop(self, url: str, budget: str, limit: int) -> None:
        """Log (once per budget) that a budget stopped part of the crawl."""
        if budget == "max_pages":
            if self.budget_logged:
                return
            self.budget_logged = True
        logger.warning(
            "%s: %s budget of %d reached at %s; not following further",
            self.name,
            budget,
            limit,
            url,
        )
        self._stats().inc_value(f"lawreports/budget_exhausted/{budget}")
        self._stats().inc_value("lawreports/budget_exhausted")
        self.journal.record(jr.BUDGET, url, budget=budget, limit=limit, max_pages=limit)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        self._load_known_pages()
        configured = {CONFIGURED: True}
        for url in self.site.column_strings:
            req = self._request(
                clean_url(url),
                priority=LISTING_PRIORITY,
                depth=1,
                kind="listing",
                extra_meta=configured,
            )
            if req is not None:
                yield req
        for url in self.site.start_url_strings:
            req = self._request(
                clean_url(url),
                priority=LISTING_PRIORITY,
                depth=0,
                kind="start",
                extra_meta=configured,
            )
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
        self.seen_links.update(self._identity(url) for url in self.known.urls)

    # --- callbacks ----------------------------------------------------------------------------
    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        self._learn_aliases(response)
        if not isinstance(response, TextResponse) or is_document(response.body):
            self._stats().inc_value("lawreports/non_text_responses")
            yield from self.report_file(response)
            return
        item = self.report_from(response)
        if (
            item is not None
            and title_links_elsewhere(response.text, item.title, response.url)
            and not (
                has_paragraphs(item.body)
                and shows_own_title(response.text, item.title, response.url)
            )
        ):
            # A listing whose item title the extractor took for the page's own.
            self.journal.record(
                jr.REJECTED, response.url, title=item.title, reason="listing: title links away"
            )
            item = None
        standard = standard_version(response.selector, response.url) if item is not None else None
        if item is not None and standard is not None and self._is_own(standard):
            # A variant (无障碍, 长者模式) of an article whose standard page shows all its fields.
            self.journal.record(
                jr.REJECTED, response.url, title=item.title, reason=f"variant of {standard}"
            )
            self._stats().inc_value("lawreports/page_variants")
            req = self._request(
                standard,
                priority=REPORT_PRIORITY,
                depth=int(response.meta.get("lr_depth", 0)),
                kind="report",
                link_text=response.meta.get("lr_link_text"),
            )
            if req is not None:
                yield req
            return
        if item is not None:
            more = response.meta.get(CONTENT_FRAMES, []) + other_article_pages(
                response.text, response.url, selector=response.selector
            )
            job = ArticleJob(item, more, [clean_url(response.url)])
            req = self._article_page(job, response.meta) if more else None
            if req is not None:
                yield req
                return
            yield from self.finish_report(item, response)
            return
        rejection = response.meta.get("lr_rejection")
        shell = self._shell_content(response) if rejection is not None else None
        if shell is not None:
            yield shell
            return
        if rejection is not None:
            self.journal.record(jr.REJECTED, response.url, **rejection)
        if response.meta.get("playwright"):
            self.journal.record(jr.RENDERED, response.url, page_kind=response.meta.get("lr_kind"))
        self.journal.record(
            jr.COLUMN,
            response.url,
            depth=response.meta.get("lr_depth", 0),
            link_text=response.meta.get("lr_link_text"),
        )
        yield from self.follow_links(response)

    def finish_report(
        self, item: ReportItem, response: Response, page_url: str | None = None
    ) -> Iterator[Any]:
        """Hand the report on; a page that only points at its 附件 first fetches the file.
        `page_url`: the page the report is shown on, when `response` is its content's API."""
        yield from self._deliver(item, page_url or response.url, response.meta)

    def _deliver(self, item: ReportItem, page_url: str, meta: dict[str, Any]) -> Iterator[Any]:
        item.url = plain_url(item.url)  # a redirect's `?spm=…` or `;jsessionid=`: not its URL
        self._note_report_source(meta)
        if item.publish_date is None:  # the page or file shows none: its listing row's
            item.publish_date = meta.get("lr_link_date")
        self.journal.record(
            jr.REPORT,
            page_url,
            title=item.title,
            year=item.report_year,
            index_no=item.index_no,
        )
        for out in self.attachment_fetcher().complete(item):
            if (
                isinstance(out, ReportItem)
                and self.hold_unindexed
                and (
                    not out.index_no
                    or filed_by_another_office(out)
                    or self.corrections.awaits_correction(out.title)
                )
            ):
                # A copy without its 索引号 is often a repost (a 通知公告 of a catalogue report),
                # and so is one another office filed: held back until the crawl is idle, so
                # the issuer's copy, crawled in parallel, comes out first and the repost is then
                # dropped as the same text. A report a linked （更正版） corrects waits too.
                self.held.append(out)
            else:
                if isinstance(out, ReportItem):
                    self.corrections.note_delivered(out.title)
                yield out

    def _note_report_source(self, meta: dict[str, Any]) -> None:
        """Count a report that came from a listing other than news or the home page (see
        `deepen_news_listings`)."""
        if not meta.get("lr_from_news"):
            self.paging.column_reports += 1

    # --- an article split into pages: each page's text, in order, before the report goes on -----
    def _article_page(self, job: ArticleJob, meta: dict[str, Any]) -> scrapy.Request | None:
        """The request of the article's next page to read (None when none is left or may be
        asked for): through the crawl's own request path, at the report's priority."""
        while job.pages:
            url = job.pages.pop(0)
            if not self._is_own(url) or url in job.read:
                continue
            req = self._request(
                url,
                priority=REPORT_PRIORITY,
                depth=int(meta.get("lr_depth", 0)),
                kind="article_page",
                link_text=job.item.title,
                key=f"article page {job.item.url} {url}",
                callback=self.parse_article_page,
                errback=self.article_page_failed,
                extra_meta={
                    ARTICLE_META: job,
                    **({"lr_from_news": True} if meta.get("lr_from_news") else {}),
                },
            )
            if req is not None:
                return req
        return None

    def parse_article_page(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        """A further page of a report's article: its text appended, the pages its pager names
        beyond it queued (in order, within MAX_ARTICLE_PAGES); after the last, the report."""
        job: ArticleJob = response.meta[ARTICLE_META]
        page = None
        text = response if isinstance(response, TextResponse) else None
        if text is not None and not is_document(text.body):
            try:
                page, _ = extract_report(
                    text.text,
                    text.url,
                    PageHints(
                        link_text=job.item.title,
                        title_selector=self.site.selectors.title,
                        body_selector=self.site.selectors.body,
                    ),
                )
            except Exception:
                logger.exception("%s: article page %s unreadable", self.name, text.url)
                self._stats().inc_value("lawreports/extraction_errors")
        if text is not None and page is not None and append_page(job.item, page):
            job.read.append(clean_url(text.url))
            self._stats().inc_value("lawreports/article_pages/read")
            more = other_article_pages(text.text, text.url, job.item.url, selector=text.selector)
            pending = [u for u in dict.fromkeys(job.pages + more) if u not in job.read]
            pending.sort(key=lambda u: page_number(u, job.item.url))
            job.pages = pending[: max(MAX_ARTICLE_PAGES - len(job.read), 0)]
        else:
            # Nothing new (a server ignoring the page key answers with the first page): done.
            job.pages = []
        req = self._article_page(job, response.meta)
        if req is not None:
            yield req
            return
        logger.info(
            "%s: %s read over %d page(s) of its article", self.name, job.item.url, len(job.read)
        )
        yield from self._deliver(job.item, job.item.url, response.meta)

    def article_page_failed(self, failure: Any) -> Iterator[Any]:
        """A further page of the article not fetched: the report goes on with the pages read
        (said, and counted), never lost."""
        self.on_error(failure)
        request = failure.request
        job: ArticleJob = request.meta[ARTICLE_META]
        logger.warning(
            "%s: %s goes on with %d page(s) of its article: %s was not fetched",
            self.name,
            job.item.url,
            len(job.read),
            request.url,
        )
        self._stats().inc_value("lawreports/article_pages/failed")
        yield from self._deliver(job.item, job.item.url, request.meta)

    def on_idle(self) -> None:
        """The crawl is otherwise done: first read the site map, then page on the news listings,
        when no report came from elsewhere; when that is done (or not needed), the held reports
        go out."""
        if self.read_site_map() or self.deepen_news_listings():
            raise DontCloseSpider
        self.release_held()

    def read_site_map(self) -> bool:
        """A portal whose menu is drawn by an external script or as pictures shows no way into
        its 政务公开 on the pages the crawl reached: when no report came from a listing that is
        not news, and no 信息公开 catalogue on another host was linked, its 网站地图 — the one
        page that names every column — is read (once, at idle, before news listings are paged
        on), and its links are scored like any page's. True when that scheduled it."""
        if (
            self.site_map is None
            or self.site_map_asked
            or self.paging.column_reports
            or self.offsite_catalogue
            or not self.hold_unindexed
            or self.crawler.engine is None
        ):
            return False
        self.site_map_asked = True
        url, text, depth = self.site_map
        req = self._request(
            url, priority=LISTING_PRIORITY, depth=depth, kind="nav", link_text=text
        )
        if req is None:
            return False
        logger.info(
            "%s: no report column found from the pages linked; reading the site map %s",
            self.name,
            url,
        )
        self.journal.record(jr.SITE_MAP, url, link_text=text)
        self._stats().inc_value("lawreports/site_map_read")
        self.crawler.engine.crawl(req)
        return True

    def _note_structure(self, links: list[Link], depth: int, page_url: str = "") -> None:
        """Remember the portal's site map, and whether its catalogue lives on another host
        (adopted within its scope when the link is on `page_url`, one of the portal's own)."""
        offsite: list[Link] = []
        for link in links:
            own = self._is_own(link.url)
            if own and self.site_map is None and is_site_map(link.text, link.url):
                self.site_map = (link.url, link.text, depth + 1)
            elif not own and leads_to_catalogue(link):
                self.offsite_catalogue = True
                offsite.append(link)
        if offsite and page_url:
            self._adopt_catalogues(offsite, depth, page_url)

    def _adopt_catalogues(self, links: list[Link], depth: int, page_url: str) -> None:
        """The 信息公开 catalogue the portal's home (or a page it links) leads to on another
        host is the site's own under the scope those links share (a sub-site of the city's
        platform, not the platform): links from the catalogue's own pages, from deeper pages
        (an article naming a platform) or naming another unit (`盐城市政府信息公开`) adopt
        nothing."""
        if depth > CATALOGUE_ADOPTION_DEPTH or not self._on_own_domains(page_url):
            return
        by_host: dict[str, list[Link]] = {}
        for link in links:
            if not names_another_unit(link.text, self.region):
                host = (urlsplit(link.url).hostname or "").lower()
                by_host.setdefault(host, []).append(link)
        for host, host_links in by_host.items():
            scope = scope_of(lk.url for lk in host_links)
            if scope is not None:
                adopt_catalogue(self, scope, page_url, host_links[0].text)
            elif self.catalogue_scopes.decline(host):
                logger.info(
                    "%s: %s links a 信息公开 catalogue on %s (%r) but names no part of that host "
                    "as the site's; not crawled (add it to allowed_domains if it is the site's)",
                    self.name,
                    page_url,
                    host,
                    host_links[0].text,
                )

    def deepen_news_listings(self) -> bool:
        """A portal whose reports were only ever published as news (政务动态, 部门动态) has them
        months deep in those listings: when no report came from a listing that is not news, every
        news listing stopped at its window is paged on (once, within the listing budget).
        Only until the portal has given a report: a later run finds new ones at the top of the
        listings, in their window. True when that scheduled pages."""
        if not self.deepen_news or self.known.urls or self.crawler.engine is None:
            return False
        requests = [req for resume in self.paging.deepen() for req in resume()]
        if not requests:
            return False
        logger.info(
            "%s: no report came from a listing other than news; paging %d news listing(s) on "
            "(%d page(s) to begin with)",
            self.name,
            len({r.meta.get("lr_first_page") for r in requests}),
            len(requests),
        )
        self._stats().inc_value("lawreports/pagination/deepened_news", len(requests))
        for req in requests:
            req.meta[DEEPENED] = True
            self.crawler.engine.crawl(req)
        return True

    def release_held(self) -> None:
        """At idle, the held reports go out through a local no-op request's callback."""
        if not self.held or self.crawler.engine is None:
            return
        self.crawler.engine.crawl(
            scrapy.Request(
                "data:,",
                callback=self.deliver_held,
                dont_filter=True,
                meta={"allow_offsite": True, "lr_kind": "held"},
            )
        )
        raise DontCloseSpider

    def report_undelivered_held(self, reason: str) -> None:
        """A crawl stopped before it was idle (a CLOSESPIDER_* limit, a shutdown) leaves its held
        reports undelivered. Their keys were never claimed, so the next run finds them again;
        the stop is said loudly and counted rather than passed over."""
        if not self.held:
            return
        self.logger.warning(
            "%d report(s) without 索引号 held for repost checking were not delivered: the crawl "
            "closed (%s) before it was idle; the next run delivers them",
            len(self.held),
            reason,
        )
        if self.crawler.stats is not None:
            self.crawler.stats.set_value("lawreports/held_undelivered", len(self.held))

    def deliver_held(self, response: Response) -> Iterator[ReportItem]:
        """The held copies, the one that shows most of its fields first: of two copies of one
        report, the first delivered is kept (a page with its publisher and dates before the
        bare file it attaches)."""
        held, self.held = self.held, []
        held.sort(key=_fields_shown, reverse=True)  # stable: arrival order among equals
        for item in held:
            self.corrections.note_delivered(item.title)
        for item in held:
            if self.corrections.superseded(item.title):
                logger.info(
                    "%s: %s (%r) gives way to its （更正版）", self.name, item.url, item.title
                )
                self._stats().inc_value("lawreports/superseded_by_correction")
                continue
            yield item

    def report_file(self, response: Response) -> Iterator[Any]:
        """A report link that led to a PDF/DOCX instead of a page: the file is the report."""
        if response.meta.get("lr_kind") != "report":
            return
        item = self.attachment_fetcher().report_from_file(
            response, response.meta.get("lr_link_text")
        )
        if item is not None:
            item.site = self.name
            item.region = self.site.region
            item.publish_date = item.publish_date or response.meta.get("lr_link_date")
            self._note_report_source(response.meta)
            self.journal.record(jr.REPORT, response.url, title=item.title, year=item.report_year)
            if not item.index_no and self.hold_unindexed:
                # A file linked as a report is often the 附件 of a page crawled in parallel,
                # whose copy shows the fields: held like a page copy without its 索引号.
                self.held.append(item)
            else:
                yield item

    def attachment_fetcher(self) -> AttachmentFetcher:
        if self._attachments is None:
            self._attachments = AttachmentFetcher(
                self.crawler, self.parse_attachment, self.attachment_failed
            )
        return self._attachments

    async def parse_attachment(self, response: Response) -> AsyncIterator[Any]:
        for out in await self.attachment_fetcher().on_download(response):
            yield out

    def attachment_failed(self, failure: Any) -> list[Any]:
        return self.attachment_fetcher().on_failure(failure)

    def report_from(self, response: TextResponse) -> ReportItem | None:
        """The report on this page, or None when the page is not one. A report candidate that
        shows no text may be a shell: its rejection waits in `lr_rejection` until its content
        has been asked for (see parse)."""
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
        frames = self._content_frames(response, item)
        if frames:
            # The article's text is in a page its page frames (`<iframe id="contentFrame"
            # src="/content/2024/123.htm">`): read as the article's next pages, in place of
            # the shell's own lines (furniture, or an excerpt of the same text).
            response.meta[CONTENT_FRAMES] = frames
            if not has_paragraphs(item.body):
                item.body = ""
            return self._accepted(item, tier, response.url, came_as_report, framed=True)
        rejection: dict[str, Any] | None = None
        if not looks_like_article(item) and (came_as_report or response.meta.get("lr_candidate")):
            rejection = response.meta["lr_rejection"] = {}  # a shell, maybe: see _shell_content
        return self._accepted(item, tier, response.url, came_as_report, rejection)

    def _content_frames(self, response: TextResponse, item: ReportItem) -> list[str]:
        """The portal's own pages a report page frames, when its title is a report's and it
        shows at most an excerpt itself."""
        if not has_frames(response.text) or has_paragraphs(item.body):
            return []
        if not classify_report(item.title, item.report_year).is_report:
            return []
        return [
            frame.url
            for frame in frame_sources(response.text, response.url, response.selector)
            if self._is_own(frame.url)
        ][: self.budget.max_frames]

    def _accepted(
        self,
        item: ReportItem,
        tier: str,
        url: str,
        came_as_report: bool,
        rejection: dict[str, Any] | None = None,
        *,
        framed: bool = False,
    ) -> ReportItem | None:
        """The extracted item when its title is a report's and it has text (or its text is
        in the pages it frames); else None, said (into `rejection` when given: the caller
        journals it if nothing better comes)."""
        verdict = classify_report(item.title, item.report_year)
        if not verdict.is_report:
            if rejection is not None:
                rejection.update(title=item.title, reason=verdict.reason)
            elif came_as_report or verdict.mentions_subject:
                self.journal.record(jr.REJECTED, url, title=item.title, reason=verdict.reason)
            if came_as_report:
                logger.info(
                    "%s: %s linked as a report but its title %r is not one (%s)",
                    self.name,
                    url,
                    item.title,
                    verdict.reason,
                )
            return None
        if not looks_like_article(item) and not framed:
            if rejection is not None:
                rejection.update(title=item.title, reason="report title but no text")
            elif came_as_report:
                self.journal.record(
                    jr.REJECTED, url, title=item.title, reason="report title but no text"
                )
                logger.info("%s: %s has a report title but no text", self.name, url)
            return None
        item.site = self.name
        item.region = self.site.region
        self._stats().inc_value(f"lawreports/body_tier/{tier}")
        return item

    def follow_links(self, response: TextResponse) -> Iterator[scrapy.Request]:
        """Links toward reports, the listing's other pages, and lists its script fills."""
        depth = int(response.meta.get("lr_depth", 0))
        link_text = response.meta.get("lr_link_text")
        listing = response.meta.get("lr_first_page", response.url)
        # A news listing's items are news: an item is fetched when its own title may be a report.
        page_title = response.xpath("//title/text()").get()
        news = is_news_listing(link_text, listing, page_title)
        # A start URL below the site's root is a column the user pasted: a listing like any
        # other, named by its page's own title (`<title>法治政府建设-某县人民政府</title>`).
        start_column = response.meta.get("lr_kind") == "start" and not _is_home(response)
        in_column = not news and (
            bool(response.meta.get("lr_report_column"))
            or is_report_column(link_text, response.url)
            or (start_column and is_report_column(own_name(page_title), response.url))
        )
        all_links = page_links(
            response.text,
            response.url,
            response.selector,
            self.site.selectors.listing,
            in_report_column=in_column,
        )
        self._learn_volatile(response.url, all_links)
        self._note_structure(all_links, depth, response.url)
        # The listing's own pages are read as this page names them: without its volatile keys.
        here = without_keys(response.url, self.volatile.of(response.url))
        limit = self._listing_limit(listing, all_links)
        pages = other_pages(
            response.text,
            here,
            response.selector,
            limit + 1,
            first_page=response.meta.get("lr_first_page"),
        )
        if self._reads_year_filter(listing, news, in_column, all_links):
            pages = self._with_other_years(response, here, pages)
        if any(len(urls) > limit for urls in pages.values()):
            pages = {strategy: urls[:limit] for strategy, urls in pages.items()}
            if limit == self.budget.max_report_listing_pages and self.paging.first_stop(
                listing, "max_listing_pages"
            ):
                self._budget_stop(response.url, "max_report_listing_pages", limit)
        page_urls = {u for urls in pages.values() for u in urls}
        self._hold_route_page(response)
        own_pages = page_urls | pager_urls(here, response.selector)
        links = [lk for lk in all_links if lk.url not in own_pages]
        links += self._records_as_links(
            jsonapi.inline_records(response.text), response.url, in_column, via="tree"
        )
        links = self._cap_script_links(response.url, links)
        if response.meta.get(CONFIGURED):
            self._follow_move(response.url, links)
        # The listing's own pages are never news: seen already, so an empty page stops paging.
        self.seen_links.update(self._identity(u) for u in page_urls | {clean_url(response.url)})
        brought_new = self._note_links(links)
        settled = self.known.nothing_new((lk.url, lk.text) for lk in links if lk.is_report)
        if brought_new and response.meta.get(ROUTE_VIEW):
            yield from self._next_route_page(response, links, depth, in_column)
        yield from self._frames(response, depth, in_column)
        if len(all_links) <= WRITER_PAGE_LINKS:
            yield from self._writer_scripts(response, depth, in_column)
        # A home page's boxes are samples of news columns: its reports do not say where the
        # portal keeps them; a listing that is not news and lists one does.
        from_news = news or (response.meta.get("lr_kind") == "start" and not start_column)
        if not from_news and any(lk.is_report for lk in links):
            self.paging.column_reports += 1
        yield from self._follow_all(links, depth, in_column, from_news=from_news)
        window = self.paging.window(listing, news, links)
        current = int(response.meta.get("lr_postback_page", 1))
        posted: list[postback.Postback | postback.FormPage] = [
            *postback.pager_postbacks(response.selector, response.url, current),
            *postback.form_pages(response.selector, response.text, response.url, current),
        ]
        if (
            window is not None
            and (pages or posted)
            and may_hold_reports_as_news(link_text, page_title)
        ):
            self.paging.keep_resumption(
                listing,
                partial(self._turn_pages, response, pages, posted, depth, in_column, window=None),
            )
        # One decision for both pager forms (URL pages, posted forms): a stop is said once.
        if self._may_turn_page(
            response, brought_new and not settled, bool(pages or posted), window
        ):
            yield from self._turn_pages(response, pages, posted, depth, in_column, window=window)
        yield from self._script_listings(response, links, depth, in_column)

    def _reads_year_filter(
        self, listing: str, news: bool, in_column: bool, links: list[Link]
    ) -> bool:
        """A listing's other years are asked for where they may hold a report: a report column,
        or a listing (not news) that has shown a report title."""
        return not news and (
            in_column or listing in self.paging.with_reports or shows_reports(links)
        )

    def _with_other_years(
        self, response: TextResponse, here: str, pages: dict[str, list[str]]
    ) -> dict[str, list[str]]:
        """The listing's pages with its other years first (see discovery.yearfilter): pages of
        the same listing, each paged on by its own pager."""
        named = {u for urls in pages.values() for u in urls} | {clean_url(here)}
        years = [
            page
            for page in map(
                clean_url,
                yearfilter.year_filter_pages(
                    response.text, here, response.selector, response.encoding
                ),
            )
            if page not in named
        ]
        return {yearfilter.STRATEGY: years, **pages} if years else pages

    def _turn_pages(
        self,
        response: TextResponse,
        pages: dict[str, list[str]],
        posted: list[postback.Postback | postback.FormPage],
        depth: int,
        in_column: bool,
        *,
        window: int | None,
    ) -> Iterator[scrapy.Request]:
        yield from self._paginate(response, pages, depth, in_column, window=window)
        yield from self._postbacks(response, posted, depth, in_column, window=window)

    def _hold_route_page(self, response: TextResponse) -> None:
        """A single-page app's HTML, kept (a few at most) to read its routes' content calls."""
        if not scripturls.may_route(response.text):
            return
        if len(self.route_pages) >= MAX_ROUTE_PAGES:
            self.route_pages.pop(next(iter(self.route_pages)))
        self.route_pages[clean_url(response.url)] = response.text

    def _follow_move(self, page_url: str, links: list[Link]) -> None:
        """A configured page that only jumps elsewhere by script (`页面跳转中…`,
        `location.href = "http://www.new.gov.cn/"`): the portal moved there."""
        for link in links:
            if link.via == JUMP and not self._is_own(link.url):
                adopt_host(self, page_url, link.url)

    def _frames(
        self, response: TextResponse, depth: int, in_column: bool
    ) -> Iterator[scrapy.Request]:
        """The page's frames, loaded as the browser would: part of this page, at its depth."""
        nesting = int(response.meta.get("lr_frame_nesting", 0))
        if nesting >= MAX_FRAME_NESTING:
            return
        frames = frame_sources(response.text, response.url, response.selector)
        own = [f for f in frames if self._is_own(f.url)]
        if len(own) > self.budget.max_frames:
            self._budget_stop(response.url, "max_frames", self.budget.max_frames)
        # A start page's frames are the start page (its boxes are samples of columns).
        kind = "start" if response.meta.get("lr_kind") == "start" else "frame"
        for frame in own[: self.budget.max_frames]:
            req = self._request(
                frame.url,
                priority=max(int(response.meta.get("lr_priority", 0)), 1),
                depth=depth,
                kind=kind,
                link_text=response.meta.get("lr_link_text"),
                report_column=in_column,
                extra_meta={"lr_frame_nesting": nesting + 1},
            )
            if req is not None:
                self.journal.record(
                    jr.FRAME,
                    response.url,
                    frame=frame.url,
                    name=frame.name,
                    scripted=frame.scripted,
                )
                self._stats().inc_value("lawreports/frames_followed")
                yield req

    def _cap_script_links(self, page_url: str, links: list[Link]) -> list[Link]:
        """A page's links read from its handlers and script calls, the likeliest first, up to the
        budget (a catalogue tree's nodes are its columns, as anchors would be: not capped)."""
        scripted = [lk for lk in links if lk.via in SCRIPT_CALL_VIAS and lk.score > 0]
        limit = self.budget.max_script_links
        if len(scripted) <= limit:
            return links
        self._budget_stop(page_url, "max_script_links", limit)
        dropped = {lk.url for lk in sorted(scripted, key=lambda lk: -lk.score)[limit:]}
        return [lk for lk in links if lk.url not in dropped]

    def _note_links(self, links: list[Link]) -> bool:
        """Remember links; True when some were never seen before (the listing goes on)."""
        names = {self._identity(lk.url) for lk in links}
        fresh = names - self.seen_links
        self.seen_links |= names
        return bool(fresh)

    def _identity(self, url: str) -> str:
        """Which page a URL names, for the crawl's bookkeeping (see links.page_identity), on
        its canonical origin (see discovery.aliases)."""
        return self.volatile.identity(self.aliases.rewrite(url))

    def canonical_url(self, url: str) -> str:
        """The URL on its canonical origin, once a redirect showed its host to be an alias
        (asked by middlewares.aliases before each download)."""
        return self.aliases.rewrite(url)

    def learn_redirect(self, request: scrapy.Request, target: str) -> None:
        """A permanent redirect as it arrives (from middlewares.aliases): learned at once when
        it leads to one of the site's hosts, or moves a configured URL (its host adopted)."""
        if self._is_own(target) or request.meta.get(CONFIGURED):
            self._learn_aliases_from([request.url, target])

    def _learn_aliases(self, response: Response) -> None:
        chain = response.meta.get("redirect_urls")
        if chain:
            self._learn_aliases_from([*chain, response.url])

    def _learn_aliases_from(self, chain: list[str]) -> None:
        """A redirect that shows a host to be an alias of the portal's canonical origin: from
        now on its URLs are asked for there, and those seen so far are named there."""
        learned = self.aliases.learn(chain)
        if not learned:
            return
        logger.info(
            "%s: %s redirect(s) to %s; asked for there from now on",
            self.name,
            ", ".join(learned),
            chain[-1],
        )
        self._stats().inc_value("lawreports/host_aliases", len(learned))
        self.scheduled = {
            self._identity(k) if k.startswith(("http://", "https://")) else k
            for k in self.scheduled
        }
        self.seen_links = {self._identity(u) for u in self.seen_links}

    def _learn_volatile(self, page_url: str, links: list[Link]) -> None:
        """Keys the page's links show to be rendered afresh (see discovery.volatile): once
        learned, the URLs scheduled and seen so far are named again without them."""
        learned = self.volatile.learn(page_url, [lk.url for lk in links])
        if not learned:
            return
        logger.info(
            "%s: query key(s) %s of %s change on every page; not part of a page's identity",
            self.name,
            ", ".join(sorted(learned)),
            page_url,
        )
        self._stats().inc_value("lawreports/volatile_keys", len(learned))
        self.scheduled = {
            self._identity(k) if k.startswith(("http://", "https://")) else k
            for k in self.scheduled
        }
        self.seen_links = {self._identity(u) for u in self.seen_links}

    def _follow_all(
        self, links: list[Link], depth: int, in_column: bool, *, from_news: bool = False
    ) -> Iterator[scrapy.Request]:
        for link in sorted(links, key=lambda lk: -lk.score):
            req = self._follow(link, depth, in_column, from_news=from_news)
            if req is not None:
                yield req

    def _records_as_links(
        self, records: list[jsonapi.Record], base_url: str, in_column: bool, via: str = ""
    ) -> list[Link]:
        out = []
        for record in records:
            route = route_url(base_url, record.url)
            if route is not None:
                # A hash route of a single-page app: only a report's is a page to ask for.
                link = replace(score_link(record.title, route, in_column), via=via)
                if link.is_report or link.may_be_report:
                    out.append(link)
                continue
            try:
                url = clean_url(urljoin(base_url, record.url))
            except ValueError:
                continue
            if is_fetchable(url):
                out.append(replace(score_link(record.title, url, in_column), via=via))
        return out

    def _follow(
        self, link: Link, depth: int, in_column: bool = False, *, from_news: bool = False
    ) -> scrapy.Request | None:
        """`from_news`: the link is an item of a news listing or of the home page's boxes."""
        if not self._is_own(link.url):
            return None
        if link.edition_home:
            return self._enter_other_edition(link, depth)
        if is_route_url(link.url):
            req = (
                self._route_report(link, depth)
                if link.is_report or link.may_be_report
                else self._route_view(link, depth, in_column)
            )
        elif link.is_report:
            meta: dict[str, Any] = {"lr_from_news": True} if from_news else {}
            if link.date:
                meta["lr_link_date"] = link.date
            req = self._request(
                link.url,
                priority=REPORT_PRIORITY,
                depth=depth + 1,
                kind="report",
                link_text=link.text,
                extra_meta=meta or None,
            )
        elif link.score <= 0:
            return None
        elif depth + 1 > self.budget.max_depth:
            self._stats().inc_value("lawreports/depth_limited")
            return None
        else:
            req = self._nav_request(link, depth, in_column, from_news=from_news)
        if req is not None and link.via:
            self.journal.record(jr.SCRIPT_LINK, link.url, via=link.via, link_text=link.text)
            self._stats().inc_value(f"lawreports/script_links/{link.via}")
        return req

    def _enter_other_edition(self, link: Link, depth: int) -> scrapy.Request | None:
        """The home page of the portal's other edition (a redesign's frozen old site from
        the new one's 「返回旧版」, the new site from the old one's 「访问新版网站」): it holds
        the other years, so it is entered as a second home page, once per edition, its links
        read as a home page's."""
        if link.edition_home in self.editions:
            return None
        self.editions.add(link.edition_home)
        req = self._request(
            link.url,
            priority=link.score - depth,
            depth=0,
            kind="start",
            extra_meta={EDITION_HOME: True},
        )
        if req is not None:
            logger.info(
                "%s: other edition %s (%s) entered as a home page", self.name, link.url, link.text
            )
            self._stats().inc_value("lawreports/other_editions")
        return req

    def _nav_request(
        self, link: Link, depth: int, in_column: bool, *, from_news: bool = False
    ) -> scrapy.Request | None:
        meta: dict[str, Any] = {}
        if link.may_be_report:
            # A title cut short (`…年度报告...`) may be a report's: a shell's content is asked.
            meta["lr_candidate"] = True
            if link.date:
                meta["lr_link_date"] = link.date
            if from_news:
                meta["lr_from_news"] = True
        key = None
        if link.via == JUMP:
            # A jump page's target is another page even where it names the same directory
            # (`/` jumping to `index.html`): asked for under its own URL.
            key = clean_url(link.url)
            meta["lr_jump"] = True
        return self._request(
            link.url,
            priority=link.score - depth,
            depth=depth + 1,
            kind="nav",
            link_text=link.text,
            report_column=is_report_column(link.text, link.url)
            or (in_column and is_year_tab(link.text)),
            extra_meta=meta or None,
            key=key,
        )

    def _paginate(
        self,
        response: TextResponse,
        pages: dict[str, list[str]],
        depth: int,
        in_column: bool = False,
        *,
        window: int | None = None,
    ) -> Iterator[scrapy.Request]:
        """Follow the listing's other pages (once `_may_turn_page` said it goes on), a news
        listing's up to the end of its `window` of pages unless one showed a report title."""
        pages_seen = int(response.meta.get("lr_listing_pages", 0))
        listing = response.meta.get("lr_first_page", response.url)
        priority = int(response.meta.get("lr_priority", 0))
        # The window counts the listing's pages asked for, whichever of its pages named them (a
        # pager showing ten numbers names pages past the window on every page).
        room = None if window is None else window - 1 - self._pages_asked(listing, pages_seen)
        for strategy, urls in pages.items():
            for url in urls:
                if room is not None and room <= 0:
                    self._news_stop(listing, window or 0)
                    break
                if not self._is_own(url):
                    continue
                req = self._request(
                    url,
                    priority=max(priority, 1),
                    depth=depth,
                    kind="page",
                    link_text=response.meta.get("lr_link_text"),
                    listing_pages=pages_seen + 1,
                    report_column=in_column,
                    extra_meta={
                        "lr_strategy": strategy,
                        "lr_first_page": response.meta.get("lr_first_page", response.url),
                        **_deepened(response),
                    },
                )
                if req is not None:
                    self.paging.asked[listing] = self.paging.asked.get(listing, 0) + 1
                    room = None if room is None else room - 1
                    self._stats().inc_value(f"lawreports/pagination/{strategy}")
                    self.journal.record(jr.PAGINATION, response.url, strategy=strategy, page=url)
                    yield req
            if strategy in ENUMERATING and urls:
                break  # one enumerating scheme names every page; the others would repeat it

    def _listing_limit(self, listing: str, links: Iterable[Link] = ()) -> int:
        """Pages a listing is paged to: further once it has shown a report title, since a big
        column (通知公告, 其他) holds every year's report among hundreds of other items."""
        if listing in self.paging.with_reports or shows_reports(links):
            return self.budget.max_report_listing_pages
        return self.budget.max_listing_pages

    def _may_turn_page(
        self, response: TextResponse, brought_new: bool, has_pages: bool, window: int | None
    ) -> bool:
        """A listing is paged on while its pages bring new links, within the listing budget
        and, for a news listing, its window. Each stop is counted once per listing, however
        many of its pages or pager forms reach it."""
        pages_seen = int(response.meta.get("lr_listing_pages", 0))
        listing = response.meta.get("lr_first_page", response.url)
        # Another year's view opens on items seen already (`全部` starts with this year's): it
        # is paged on like a listing's first page.
        other_year = response.meta.get("lr_strategy") == yearfilter.STRATEGY
        if not brought_new and (
            (response.meta.get("lr_kind") == "page" and not other_year) or self.known.urls
        ):
            logger.debug(
                "%s: listing page %s brought nothing new; stop paging", self.name, response.url
            )
            if self.paging.first_stop(listing, "nothing_new"):
                self._stats().inc_value("lawreports/pagination/stopped_nothing_new")
            return False
        limit = self._listing_limit(listing)
        if pages_seen >= limit:
            if self.paging.first_stop(listing, "max_listing_pages"):
                name = (
                    "max_listing_pages"
                    if limit == self.budget.max_listing_pages
                    else "max_report_listing_pages"
                )
                self._budget_stop(response.url, name, limit)
            return False
        if (
            window is not None
            and has_pages
            and self._pages_asked(listing, pages_seen) + 1 >= window
        ):
            self._news_stop(response.meta.get("lr_first_page", response.url), window)
            return False
        return True

    def _postbacks(
        self,
        response: TextResponse,
        found: list[postback.Postback | postback.FormPage],
        depth: int,
        in_column: bool,
        *,
        window: int | None,
    ) -> Iterator[scrapy.Request]:
        """An ASP.NET pager's or a form pager's pages after this one, each its form posted
        once."""
        if not found:
            return
        pages_seen = int(response.meta.get("lr_listing_pages", 0))
        limit = self.budget.max_listing_pages - pages_seen
        if window is not None:
            limit = min(limit, window - 1 - pages_seen)
            if len(found) > limit:
                self._news_stop(response.meta.get("lr_first_page", response.url), window)
        for page in found[: max(limit, 0)]:
            req = self._request(
                page.form_url,
                priority=max(int(response.meta.get("lr_priority", 0)), 1),
                depth=depth,
                kind="page",
                link_text=response.meta.get("lr_link_text"),
                listing_pages=pages_seen + 1,
                report_column=in_column,
                key=page.key,
                extra_meta={
                    "lr_strategy": page.strategy,
                    "lr_first_page": response.meta.get("lr_first_page", response.url),
                    "lr_postback_page": page.page,
                },
                build=partial(page.request, response),
            )
            if req is not None:
                self._stats().inc_value(f"lawreports/pagination/{page.strategy}")
                self.journal.record(
                    jr.PAGINATION,
                    response.url,
                    strategy=page.strategy,
                    page=page.form_url,
                    method=req.method,
                    **page.described(),
                )
                yield req

    def _pages_asked(self, listing: str, pages_seen: int) -> int:
        """Pages of this listing asked for beyond its first (at least the hops to this page)."""
        return max(pages_seen, self.paging.asked.get(listing, 0))

    def _news_stop(self, listing: str, window: int) -> None:
        """A news listing without report titles is not paged past its window: said once."""
        if not self.paging.first_stop(listing, "news"):
            return
        logger.info(
            "%s: news listing %s shows no report title in %d page(s); not paging further",
            self.name,
            listing,
            window,
        )
        self._stats().inc_value("lawreports/pagination/stopped_news")

    def _script_pages(
        self,
        response: Response,
        listing: str,
        links: list[Link],
        pages: int,
        more: Callable[[int, int], Iterator[scrapy.Request]] | None = None,
    ) -> int:
        """How many of a script-fed listing's `pages` (dataproxy batches, API pages) to fetch:
        the listing budget, or a news listing's window while it shows no report title.
        `more(start, end)`: the requests of its pages `start` to `end` (0-based, end excluded),
        kept to page a news listing on past its window (see `deepen_news_listings`)."""
        link_text = response.meta.get("lr_link_text")
        window = self.paging.window(listing, is_news_listing(link_text, listing), links)
        limit = self.budget.max_listing_pages if window is None else window
        if window is not None and pages > window:
            self._news_stop(listing, window)
            if more is not None and may_hold_reports_as_news(link_text):
                self.paging.keep_resumption(listing, partial(more, window, pages))
        return min(pages, limit)

    # --- listings filled by script: Hanweb dataproxy, JSON APIs, the browser -----------------
    def _script_listings(
        self, response: TextResponse, links: list[Link], depth: int, in_column: bool
    ) -> Iterator[scrapy.Request]:
        if response.meta.get("lr_kind") == "start" and not in_column and _is_home(response):
            return  # a home page's boxes are samples of columns we visit anyway
        jpage = hanweb.find_jpage(response.text)
        if jpage is not None:
            req = self._dataproxy(jpage, response, depth, in_column, variant=0, batch=0)
            if req is not None:
                yield req
            return
        routed = self._route_listings(response, depth, in_column)
        if routed is not None:
            yield from routed
            return
        endpoints = self._list_endpoints(response)
        shown = frozenset(self._identity(lk.url) for lk in links)
        for endpoint in endpoints:
            req = self._api_request(
                endpoint, endpoint.first_page, response, depth, in_column, shown=shown
            )
            if req is not None:
                yield req
        if not endpoints and not response.meta.get("playwright"):
            yield from self._loader_scripts(response, depth, in_column, shown)
        if endpoints or response.meta.get("playwright"):
            return
        if any(ARTICLE_URL.search(lk.url) for lk in links):
            return
        if any(lk.via == "load" for lk in links):
            return  # the lists its script loads into it are read as pages of their own
        container = empty_list_container(response.selector)
        if container is None:
            container = app_mount(response.selector)
            if container is not None:  # its routes' views are read through the browser
                self.app_shells[clean_url(response.url)] = container
        if container is not None:
            req = self._rendered(response, container, depth, in_column)
            if req is not None:
                yield req

    def _loader_scripts(
        self, response: TextResponse, depth: int, in_column: bool, shown: frozenset[str]
    ) -> Iterator[scrapy.Request]:
        """A list that its own external script pages as the reader scrolls (`下拉加载更多`):
        the API the script calls."""
        urls = [url for url in loader_scripts(response.text, response.url) if self._is_own(url)]
        if urls:
            listing = ScriptListing(
                response.url,
                depth,
                in_column,
                response.meta.get("lr_link_text"),
                tuple(jsonapi.data_attributes(response.text).items()),
                shown,
            )
            yield from self._page_scripts(
                response,
                urls,
                listing,
                (self.list_scripts, self._script_list_pages, self.parse_list_script),
            )

    def _writer_scripts(
        self, response: TextResponse, depth: int, in_column: bool
    ) -> Iterator[scrapy.Request]:
        """A page whose links its own external script writes (a frameset's menu frame holding
        only `<script src="js/menu.js">`, which `document.write`s the menu): the links."""
        urls = [url for url in own_scripts(response.text, response.url) if self._is_own(url)]
        if urls:
            page = ScriptListing(
                response.url, depth, in_column, response.meta.get("lr_link_text"), ()
            )
            yield from self._page_scripts(
                response,
                urls,
                page,
                (self.writer_scripts, self._written_links, self.parse_writer_script),
            )

    def _page_scripts(
        self,
        response: TextResponse,
        urls: list[str],
        page: ScriptListing,
        use: tuple[ListScripts, Callable[..., Iterator[Any]], Callable[..., Iterator[Any]]],
    ) -> Iterator[scrapy.Request]:
        """The page's own scripts read for it (`use`: where they are kept, how one is read,
        the callback of its request): at once when a script has come, else when it comes
        (each asked for once per crawl; the pages sharing one wait for it)."""
        store, read, callback = use
        for url in urls:
            text = store.text(url)
            if text is not None:
                yield from read(text, page, response)
            elif store.wait(url, page):
                req = self._request(
                    url,
                    priority=max(int(response.meta.get("lr_priority", 0)), 1),
                    depth=page.depth,
                    kind="page",
                    callback=callback,
                    extra_meta={"lr_script": url, **_deepened(response)},
                )
                if req is not None:
                    yield req

    def parse_writer_script(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        """A page's link-writing script: the links it writes, for every page that waited."""
        text = _script_text(response)
        for page in self.writer_scripts.arrived(response.meta["lr_script"], text):
            yield from self._written_links(text, page, response)

    def _written_links(
        self, script: str, page: ScriptListing, response: Response
    ) -> Iterator[scrapy.Request]:
        markup = written_markup(script)
        if "<a" not in markup:
            return
        links = page_links(markup, page.url, in_report_column=page.in_column)
        self._note_links(links)
        yield from self._follow_all(links, page.depth, page.in_column)

    def parse_list_script(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        """A listing's loader script: the list pages of every listing that waited for it."""
        text = _script_text(response)
        for listing in self.list_scripts.arrived(response.meta["lr_script"], text):
            yield from self._script_list_pages(text, listing, response)

    def _script_list_pages(
        self, text: str, listing: ScriptListing, response: Response
    ) -> Iterator[scrapy.Request]:
        for endpoint in jsonapi.script_endpoints(text, listing.url, dict(listing.attributes)):
            if not self._is_own(endpoint.url):
                continue
            req = self._api_request(
                endpoint,
                endpoint.first_page,
                response,
                listing.depth,
                listing.in_column,
                link_text=listing.link_text,
                listing_url=listing.url,
                shown=listing.shown,
            )
            if req is not None:
                yield req

    def _list_endpoints(self, response: TextResponse) -> list[jsonapi.Endpoint]:
        """The page's list APIs: those its script builds with the page's own query values
        (scripturls), then the literal ones jsonapi reads (a call already built is not asked
        again with a placeholder for the page's value)."""
        built = [
            e
            for e in scripturls.list_endpoints(response.text, response.url)
            if self._is_own(e.url)
        ]
        paths = {urlsplit(e.url).path for e in built}
        literal = [
            e
            for e in jsonapi.find_endpoints(response.text, response.url)
            if self._is_own(e.url) and urlsplit(e.url).path not in paths
        ]
        if built:
            self._stats().inc_value("lawreports/pagination/query_built_apis", len(built))
        templates = scripturls.link_templates(response.text)
        return [replace(e, links=templates) for e in built + literal]

    def _route_listings(
        self, response: TextResponse, depth: int, in_column: bool
    ) -> list[scrapy.Request] | None:
        """A hash-routed catalogue (`/gkmlpt/index#2615`): each route's list from the API its
        script calls with the route's key, likeliest columns first, within the script-link cap.
        None when the page has no such routes."""
        routed = [
            (route, endpoint, score_link(route.name, route.url, in_column))
            for route, endpoint in scripturls.route_endpoints(response.text, response.url)
            if self._is_own(endpoint.url)
        ]
        if not routed:
            return None
        routed = [r for r in routed if r[2].score > 0]
        routed.sort(key=lambda r: -r[2].score)
        limit = self.budget.max_script_links
        if len(routed) > limit:
            self._budget_stop(response.url, "max_script_links", limit)
        requests = []
        for route, endpoint, _ in routed[:limit]:
            column = in_column or is_report_column(route.name, route.url)
            req = self._api_request(
                endpoint,
                endpoint.first_page,
                response,
                depth,
                column,
                link_text=route.name,
                listing_url=route.url,
            )
            if req is not None:
                self.journal.record(jr.SCRIPT_LINK, route.url, via="hash", link_text=route.name)
                self._stats().inc_value("lawreports/script_links/hash")
                requests.append(req)
        return requests

    def _dataproxy(
        self,
        jpage: hanweb.JPage,
        response: Response,
        depth: int,
        in_column: bool,
        *,
        variant: int,
        batch: int,
    ) -> scrapy.Request | None:
        page_url = response.meta.get("lr_listing_url", response.url)
        call = hanweb.call(jpage, page_url, variant, batch)
        if call is None:
            logger.info("%s: no dataproxy variant answered for %s", self.name, page_url)
            return None
        req = self._request(
            call.url,
            priority=max(int(response.meta.get("lr_priority", 0)), 1),
            depth=depth,
            kind="page",
            link_text=response.meta.get("lr_link_text"),
            listing_pages=batch + 1,
            report_column=in_column,
            callback=self.parse_dataproxy,
            method=call.method,
            formdata=call.formdata,
            key=call.key,
            extra_meta={
                "lr_jpage": jpage,
                "lr_variant": variant,
                "lr_batch": batch,
                "lr_listing_url": page_url,
                **_deepened(response),
                "handle_httpstatus_list": [400, 403, 404, 405, 500],
            },
        )
        if req is not None:
            self.journal.record(
                jr.PAGINATION,
                page_url,
                strategy="hanweb_dataproxy",
                page=call.url,
                method=call.method,
            )
            self._stats().inc_value("lawreports/pagination/hanweb_dataproxy")
        return req

    def parse_dataproxy(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        """Records from a Hanweb dataproxy reply; on a refusal, the next variant."""
        jpage: hanweb.JPage = response.meta["lr_jpage"]
        variant, batch = int(response.meta["lr_variant"]), int(response.meta["lr_batch"])
        depth = int(response.meta.get("lr_depth", 0))
        in_column = bool(response.meta.get("lr_report_column"))
        text = hanweb.unwrap_jsonp(response.text) if isinstance(response, TextResponse) else ""
        if response.status != 200 or not hanweb.has_records(text):
            if batch == 0:
                logger.info(
                    "%s: dataproxy %s %s gave %d without records; trying the next variant",
                    self.name,
                    response.request.method if response.request else "?",
                    response.url,
                    response.status,
                )
                req = self._dataproxy(
                    jpage, response, depth, in_column, variant=variant + 1, batch=0
                )
                if req is not None:
                    yield req
            return
        page_url = response.meta["lr_listing_url"]
        links = page_links(text, page_url, in_report_column=in_column)
        brought_new = self._note_links(links)
        news = is_news_listing(response.meta.get("lr_link_text"), page_url)
        yield from self._follow_all(links, depth, in_column, from_news=news)
        count = hanweb.batch_count(jpage, hanweb.reply_total(text))

        def more(start: int, end: int) -> Iterator[scrapy.Request]:
            for nxt in range(start, end):
                req = self._dataproxy(
                    jpage, response, depth, in_column, variant=variant, batch=nxt
                )
                if req is not None:
                    yield req

        if batch == 0:
            yield from more(1, self._script_pages(response, page_url, links, count or 2, more))
        elif brought_new and count is None:
            yield from more(
                batch + 1, self._script_pages(response, page_url, links, batch + 2, more)
            )

    def _api_request(
        self,
        endpoint: jsonapi.Endpoint,
        page: int,
        response: Response,
        depth: int,
        in_column: bool,
        *,
        link_text: str | None = None,
        listing_url: str | None = None,
        shown: frozenset[str] = frozenset(),
        page_size: int | None = None,
    ) -> scrapy.Request | None:
        """One page of a list API, asked as its script asks it (a GET, or a POST of a form or
        JSON body holding the page); `link_text`/`listing_url` name a route's column (else the
        listing's); `shown`: the pages the listing itself links; `page_size`: its first page's
        record count (see parse_api)."""
        page_url = listing_url or response.meta.get("lr_listing_url", response.url)
        call = jsonapi.page_call(endpoint, page)
        url = call.url
        req = self._request(
            url,
            method=call.method,
            formdata=call.form,
            jsondata=call.json,
            key=None if call.method == "GET" else self._posted_key(call),
            priority=max(int(response.meta.get("lr_priority", 0)), 1),
            depth=depth,
            kind="page",
            link_text=link_text or response.meta.get("lr_link_text"),
            listing_pages=page - endpoint.first_page + 1,
            report_column=in_column,
            callback=self.parse_api,
            extra_meta={
                "lr_endpoint": endpoint,
                "lr_page": page,
                "lr_listing_url": page_url,
                "lr_listing_shown": shown,
                "lr_api_page_size": page_size,
                "handle_httpstatus_list": API_PROBE_MISS_STATUSES,
                **_deepened(response),
            },
        )
        if req is not None:
            self.journal.record(
                jr.PAGINATION, page_url, strategy="json_api", page=url, method=call.method
            )
            self._stats().inc_value("lawreports/pagination/json_api")
        return req

    def _posted_key(self, call: jsonapi.ApiCall) -> str:
        """The frontier key of a POST: its URL and body, so each page is asked once."""
        body = call.json if call.json is not None else call.form
        return f"POST {self._identity(call.url)} {sorted((body or {}).items())}"

    def _api_probe_missed(self, response: Response) -> bool:
        """A list API that refused the method or the body it was asked with (405, 400): a
        guess of how to ask it that missed, logged as such and not as the portal refusing."""
        if response.status not in API_PROBE_MISS_STATUSES:
            return False
        logger.info(
            "%s: list API %s %s answered %d; probe missed",
            self.name,
            response.request.method if response.request else "?",
            response.url,
            response.status,
        )
        self._stats().inc_value("lawreports/pagination/api_probe_misses")
        return True

    def parse_api(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        """Records from a list API: JSON, or the list's own HTML (`list.jsp` answering with
        `<li><a …>` for the page's script to insert); the next pages while they bring
        something new."""
        if self._api_probe_missed(response) or not isinstance(response, TextResponse):
            return
        endpoint: jsonapi.Endpoint = response.meta["lr_endpoint"]
        page = int(response.meta["lr_page"])
        depth = int(response.meta.get("lr_depth", 0))
        in_column = bool(response.meta.get("lr_report_column"))
        page_url = response.meta["lr_listing_url"]
        data = jsonapi.parse_json(response.text)
        if data is not None:
            records = jsonapi.records(data, endpoint.links)
            links = self._records_as_links(records, page_url, in_column)
        elif "<a" in response.text:
            # Inserted into the listing, the reply's links resolve against the listing's URL.
            links = page_links(response.text, page_url, in_report_column=in_column)
            self._stats().inc_value("lawreports/pagination/html_api_replies")
        else:
            logger.info(
                "%s: %s is neither JSON nor a list; list API skipped", self.name, response.url
            )
            return
        brought_new = self._note_links(links)
        news = is_news_listing(response.meta.get("lr_link_text"), page_url)
        yield from self._follow_all(links, depth, in_column, from_news=news)
        # A listing that shows its first page and asks the API for the next ones (加载更多):
        # the API's first page repeats the listing's items, and the next pages are still new.
        shown = response.meta.get("lr_listing_shown") or frozenset()
        repeats_listing = (
            page == endpoint.first_page
            and bool(links)
            and all(self._identity(lk.url) in shown for lk in links)
        )
        if endpoint.page_key is None or not (brought_new or repeats_listing):
            return
        total = jsonapi.total_pages(data) if data is not None else None
        first = endpoint.first_page
        size = response.meta.get("lr_api_page_size") or jsonapi.page_size(endpoint) or len(links)

        def more(start: int, end: int) -> Iterator[scrapy.Request]:
            for nxt in range(first + start, first + end):
                req = self._api_request(endpoint, nxt, response, depth, in_column, page_size=size)
                if req is not None:
                    yield req

        if total is not None:
            if page == first:
                yield from more(1, self._script_pages(response, page_url, links, total, more))
            return
        seen = page - first + 1
        last = jsonapi.record_pages(data, size) if data is not None else None
        if last is not None and seen >= last:
            return  # its record count (`"total": 23`) says this was the last page
        yield from more(
            seen, min(seen + 1, self._script_pages(response, page_url, links, seen + 1, more))
        )

    # --- detail pages filled by script: the content's own endpoint, else the browser ----------
    def _shell_content(self, response: TextResponse) -> scrapy.Request | None:
        """A report candidate whose page shows no text: its content from the endpoint its
        script reads, or the page again through the browser when its script fills an empty
        body container."""
        shell = ShellPage(
            response.meta.get("lr_route_url", response.url),
            int(response.meta.get("lr_depth", 0)),
            response.meta.get("lr_link_text"),
            empty_content_container(response.selector) or app_mount(response.selector),
        )
        req = self._detail_request(shell, scripturls.detail_calls(response.text, shell.url))
        if req is not None or response.meta.get("playwright") or shell.container is None:
            return req
        return self._rendered_detail(shell, "no endpoint readable")

    def _route_report(self, link: Link, depth: int) -> scrapy.Request | None:
        """A report at a single-page app's hash route (`index.html#/detail?id=123`): its
        content from the call the app's script makes for that route, read off the app's page
        (fetched again only when it was not kept)."""
        page = link.url.partition("#")[0]
        mount = self.app_shells.get(clean_url(page))
        if mount is not None:  # an app whose views only its bundle draws
            return self._rendered_detail(
                ShellPage(link.url, depth + 1, link.text, mount), "an app's route"
            )
        html = self.route_pages.get(page)
        if html is None:
            return self._request(
                link.url,
                priority=REPORT_PRIORITY,
                depth=depth + 1,
                kind="report",
                link_text=link.text,
                extra_meta={"lr_route_url": link.url},
                dont_filter=True,  # the app's page again, for another route
            )
        page_sel = Selector(text=html)
        shell = ShellPage(
            link.url,
            depth + 1,
            link.text,
            empty_content_container(page_sel) or app_mount(page_sel),
        )
        req = self._detail_request(shell, scripturls.detail_calls(html, link.url))
        if req is not None or shell.container is None:
            return req
        return self._rendered_detail(shell, "no endpoint readable for its route")

    def _route_view(
        self, link: Link, depth: int, in_column: bool, listing_pages: int = 1
    ) -> scrapy.Request | None:
        """A column of a single-page app (`index.html#/list?columnId=12`): the app's page
        through the browser at that route, read once its calls have settled. Each view costs a
        browser page: only columns toward reports (信息公开, 法治, 部门…), and half the browser's
        budget, the rest kept for the articles; a report column's next page may use it all."""
        if depth + 1 > self.budget.max_depth:
            return None
        if listing_pages == 1 and link.score < ROUTE_VIEW_SCORE:
            return None
        views = self.budget.max_rendered // 2 if listing_pages == 1 else self.budget.max_rendered
        if self.rendered >= views:
            self._budget_stop(link.url, "max_rendered", self.budget.max_rendered)
            return None
        req = self._request(
            link.url,
            priority=max(link.score, 1),
            depth=depth + 1,
            kind="nav",
            link_text=link.text,
            report_column=in_column or is_report_column(link.text, link.url),
            key="route " + link.url,
            listing_pages=listing_pages,
            dont_filter=True,  # the app's page again, for another route
            extra_meta={
                "playwright": True,
                "playwright_page_methods": _SETTLED,
                ROUTE_VIEW: link.url,
            },
        )
        if req is not None:
            self.rendered += 1
        return req

    def _next_route_page(
        self, response: TextResponse, links: list[Link], depth: int, in_column: bool
    ) -> Iterator[scrapy.Request]:
        """An app's column view that listed new articles: its next page, by the page number its
        route carries (`#/list?columnId=12&page=2`; the app's pager is buttons, not links)."""
        if not any(is_route_url(lk.url) and (lk.is_report or lk.may_be_report) for lk in links):
            return
        route = str(response.meta[ROUTE_VIEW])
        following = next_route_page(route)
        pages = int(response.meta.get("lr_listing_pages", 1))
        if following is None or pages >= self.budget.max_listing_pages:
            return
        text = response.meta.get("lr_link_text") or ""
        req = self._route_view(
            Link(following, text, 1, False, via="route"), depth - 1, in_column, pages + 1
        )
        if req is not None:
            yield req

    def _rendered_detail(self, shell: ShellPage, why: str) -> scrapy.Request | None:
        """The shell through the browser, waiting for its body container to be filled."""
        if shell.container is None:
            return None
        if self.rendered >= self.budget.max_rendered:
            self._budget_stop(shell.url, "max_rendered", self.budget.max_rendered)
            return None
        req = self._request(
            shell.url,
            priority=REPORT_PRIORITY,
            depth=shell.depth,
            kind="report",
            link_text=shell.link_text,
            key="render " + shell.url,
            extra_meta={
                "playwright": True,
                "playwright_page_methods": (
                    _SETTLED
                    if is_app_mount(shell.container)
                    else [
                        PageMethod(
                            "wait_for_selector",
                            f"{shell.container}:not(:empty)",
                            timeout=RENDER_WAIT_MS,
                        )
                    ]
                ),
            },
        )
        if req is not None:
            self.rendered += 1
            self.journal.record(
                jr.RENDERED, shell.url, page_kind="report", container=shell.container, why=why
            )
            self._stats().inc_value("lawreports/rendered_details")
            logger.info(
                "%s: %s shows no text until its script fills %s (%s); rendering it",
                self.name,
                shell.url,
                shell.container,
                why,
            )
        return req

    def _detail_request(
        self, shell: ShellPage, calls: list[scripturls.DataCall], answered: bool = False
    ) -> scrapy.Request | None:
        """A report candidate that is a shell: its content from the first call its script makes
        (the rest are tried in turn when one gives no report). `answered`: an earlier call
        answered with JSON (the shell is then not rendered when none gives a report)."""
        own = [call for call in calls if self._is_own(call.url)]
        if not own:
            return None
        call, rest = own[0], own[1:]
        post = call.method == "POST"
        req = self._request(
            call.url,
            priority=REPORT_PRIORITY,
            depth=shell.depth,
            kind="report",
            link_text=shell.link_text,
            callback=self.parse_detail_api,
            method=call.method,
            formdata=dict(call.formdata) if post else None,
            key=f"detail POST {call.url} {call.formdata}" if post else "detail " + call.url,
            extra_meta={
                "lr_shell": shell,
                "lr_shell_url": shell.url,
                "lr_endpoints": rest,
                "lr_answered": answered,
                "handle_httpstatus_list": DETAIL_API_STATUSES,
            },
        )
        if req is not None:
            self.journal.record(jr.DETAIL_API, shell.url, endpoint=call.url, method=call.method)
            self._stats().inc_value("lawreports/detail_api/requests")
            logger.info(
                "%s: %s is a shell; its content from %s %s",
                self.name,
                shell.url,
                call.method,
                call.url,
            )
        return req

    def parse_detail_api(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        """A shell's content as its detail API answers it: the report, shown at the shell's URL.
        When every call failed (an error status, not JSON), the shell goes through the browser;
        only then, or when the calls answered without an article, is it a near-miss."""
        shell: ShellPage = response.meta["lr_shell"]
        data = jsonapi.parse_json(response.text) if isinstance(response, TextResponse) else None
        answered = bool(response.meta.get("lr_answered")) or (
            response.status == 200 and data is not None
        )
        item = self._report_from_api(response, data, shell.url)
        if item is not None:
            self._stats().inc_value("lawreports/detail_api/reports")
            yield from self.finish_report(item, response, page_url=shell.url)
            return
        req = self._detail_request(shell, response.meta.get("lr_endpoints", []), answered)
        if req is None and not answered:
            req = self._rendered_detail(
                shell, f"its content calls failed, the last with {response.status}"
            )
        if req is not None:
            yield req
            return
        self._stats().inc_value("lawreports/detail_api/no_report")
        self.journal.record(jr.REJECTED, shell.url, reason="detail API without an article")

    def _report_from_api(self, response: Response, data: Any, shell: str) -> ReportItem | None:
        found = None
        if response.status == 200 and data is not None:
            try:
                found = report_from_json(
                    data, shell, PageHints(link_text=response.meta.get("lr_link_text"))
                )
            except Exception:
                logger.exception("%s: detail API %s unreadable", self.name, response.url)
                self._stats().inc_value("lawreports/extraction_errors")
        if found is None:
            logger.info(
                "%s: detail API %s of %s gave %d without an article",
                self.name,
                response.url,
                shell,
                response.status,
            )
            return None
        item, tier = found
        return self._accepted(item, tier, shell, came_as_report=True)

    def _rendered(
        self, response: TextResponse, container: str, depth: int, in_column: bool
    ) -> scrapy.Request | None:
        """The same listing through the browser, waiting for links in its list container."""
        if self.rendered >= self.budget.max_rendered:
            self._budget_stop(response.url, "max_rendered", self.budget.max_rendered)
            return None
        req = self._request(
            response.url,
            priority=max(int(response.meta.get("lr_priority", 0)), 1),
            depth=depth,
            kind=str(response.meta.get("lr_kind", "nav")),
            link_text=response.meta.get("lr_link_text"),
            listing_pages=int(response.meta.get("lr_listing_pages", 0)),
            report_column=in_column,
            key="render " + response.url,
            extra_meta={
                "playwright": True,
                "playwright_page_methods": (
                    _SETTLED
                    if is_app_mount(container)
                    else [
                        PageMethod("wait_for_selector", f"{container} a", timeout=RENDER_WAIT_MS)
                    ]
                ),
                "lr_container": container,
            },
        )
        if req is not None:
            self.rendered += 1
            logger.info(
                "%s: %s lists nothing until its script runs (%s); rendering it",
                self.name,
                response.url,
                container,
            )
            self._stats().inc_value("lawreports/rendered_listings")
        return req

    def on_error(self, failure: Any) -> None:
        """Log the URL and why it failed, count it by kind; the crawl goes on."""
        request = getattr(failure, "request", None)
        if request is not None and request.meta.get("lr_over_budget"):
            return  # past the page budget: said once, counted in lawreports/budget_dropped
        if request is not None and request.meta.get("lr_alias_duplicate"):
            return  # a redirect onto a page downloaded already: counted in alias_duplicates
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
        """On the site's domains, or within a catalogue scope adopted on another host."""
        return self._on_own_domains(url) or self.catalogue_scopes.covers(url)

    def _on_own_domains(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return any(
            host == d or host.endswith("." + d) or host == "www." + d for d in self.allowed_domains
        )

    def _stats(self) -> Any:
        return self.crawler.stats
