"""How deep a listing is paged. A real county portal has a few thousand listing pages of news
(要闻, 部门动态, 乡镇动态, every department's 工作动态, 专题): paged wholesale they eat the page
budget before the catalogue columns that hold the reports are reached. A news listing is paged
only while it shows report titles; every other listing is paged as far as the budget allows.

Some portals have no report column at all: their reports were published as news (政务动态,
部门动态), months deep in those listings. So when the crawl is otherwise done and no report came
from a listing that is not news, the news listings stopped at their window are paged on, once."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from lawreports.discovery.links import Link
from lawreports.discovery.vocabulary import (
    NEWS_LISTING_TEXT,
    NEWS_LISTING_URL,
    NEWS_NEVER_DEEPENED_TEXT,
    NOT_NEWS_LISTING_TEXT,
)
from lawreports.pipelines.normalize import simplified


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile("|".join(NEWS_LISTING_TEXT), re.I),
        re.compile("|".join(NEWS_LISTING_URL), re.I),
        re.compile("|".join(NOT_NEWS_LISTING_TEXT)),
    )


def is_news_listing(link_text: str | None, url: str, page_title: str | None = None) -> bool:
    """A listing of news, by the name it was linked by; when that says nothing (`更多>>`), by
    the name its page gives itself (`<title>通知公告_某县人民政府</title>`); then by its URL."""
    text_news, url_news, not_news = _patterns()
    for text in map(simplified, (link_text or "", own_name(page_title))):
        if not_news.search(text):
            return False
        if text_news.search(text):
            return True
    return url_news.search(urlsplit(url).path) is not None


@lru_cache(maxsize=1)
def _never_deepened() -> re.Pattern[str]:
    return re.compile("|".join(NEWS_NEVER_DEEPENED_TEXT))


def may_hold_reports_as_news(link_text: str | None, page_title: str | None = None) -> bool:
    """A news listing that may carry a report published as news: not pictures, video or other
    media's coverage, by the name it was linked by or the one its page gives itself."""
    names = (link_text or "", own_name(page_title))
    return not any(_never_deepened().search(simplified(name)) for name in names)


def own_name(page_title: str | None) -> str:
    """`<title>图片新闻_某县人民政府</title>` → 图片新闻."""
    return (page_title or "").split("_")[0].split("-")[0]


def shows_reports(links: Iterable[Link]) -> bool:
    """Some link on the page is titled as a report, or may be one whose title was cut."""
    return any(lk.is_report or lk.may_be_report for lk in links)


@dataclass
class ListingPaging:
    """Which listings showed report titles so far, and how far a news listing that did not is
    paged (`news_pages` pages in all; 0: no limit)."""

    news_pages: int
    with_reports: set[str] = field(default_factory=set)
    stopped: set[tuple[str, str]] = field(default_factory=set)
    # Pages asked for per listing, beyond its first (a news listing's window counts them).
    asked: dict[str, int] = field(default_factory=dict)
    # How each news listing would page on from the last page seen (see `deepen`).
    resume: dict[str, Callable[[], Iterator[Any]]] = field(default_factory=dict)
    # Reports that came from a listing that is not news (a report column, 通知公告, a frame …).
    column_reports: int = 0
    deepened: bool = False

    def window(self, listing: str, news: bool, links: Iterable[Link]) -> int | None:
        """Pages of this listing to crawl in all, None for as many as the budget allows."""
        if shows_reports(links):
            self.with_reports.add(listing)
        if not news or self.news_pages <= 0 or listing in self.with_reports:
            return None
        return self.news_pages

    def keep_resumption(self, listing: str, resume: Callable[[], Iterator[Any]]) -> None:
        """How this news listing pages on from its latest page, should it be deepened."""
        self.resume[listing] = resume

    def deepen(self) -> list[Callable[[], Iterator[Any]]]:
        """Once, when no report came from a listing other than news: how to page on every news
        listing stopped at its window, from now on without one. Else nothing."""
        if self.deepened or self.column_reports:
            return []
        self.deepened = True
        stopped = sorted(listing for listing, why in self.stopped if why == "news")
        deepened = [listing for listing in stopped if listing in self.resume]
        # Without a window from now on: a deepened listing is paged like a report column. A
        # listing never deepened (pictures, press) keeps its window, also when it is entered
        # again by another address (`/tpxw/` and `/tpxw/index.html`) after this.
        self.with_reports.update(deepened)
        return [self.resume[listing] for listing in deepened]

    def first_stop(self, listing: str, reason: str = "news") -> bool:
        """True once per listing and reason (`news`, `nothing_new`, a budget): a listing paged
        by two pager forms, or stopped on several of its pages, is said to stop once."""
        if (listing, reason) in self.stopped:
            return False
        self.stopped.add((listing, reason))
        return True
