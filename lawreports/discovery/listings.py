"""How deep a listing is paged. A real county portal has a few thousand listing pages of news
(要闻, 部门动态, 乡镇动态, every department's 工作动态, 专题): paged wholesale they eat the page
budget before the catalogue columns that hold the reports are reached. A news listing is paged
only while it shows report titles; every other listing is paged as far as the budget allows."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

from lawreports.discovery.links import Link
from lawreports.discovery.vocabulary import (
    NEWS_LISTING_TEXT,
    NEWS_LISTING_URL,
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
    for text in map(simplified, (link_text or "", (page_title or "").split("_")[0].split("-")[0])):
        if not_news.search(text):
            return False
        if text_news.search(text):
            return True
    return url_news.search(urlsplit(url).path) is not None


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

    def window(self, listing: str, news: bool, links: Iterable[Link]) -> int | None:
        """Pages of this listing to crawl in all, None for as many as the budget allows."""
        if shows_reports(links):
            self.with_reports.add(listing)
        if not news or self.news_pages <= 0 or listing in self.with_reports:
            return None
        return self.news_pages

    def first_stop(self, listing: str, reason: str = "news") -> bool:
        """True once per listing and reason (`news`, `nothing_new`, a budget): a listing paged
        by two pager forms, or stopped on several of its pages, is said to stop once."""
        if (listing, reason) in self.stopped:
            return False
        self.stopped.add((listing, reason))
        return True
