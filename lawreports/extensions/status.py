"""One status per site at the end of every crawl: ok, empty, broken, blocked or down.

Set in the stats as `lawreports/site_status` and `lawreports/site_status_reason` (the fleet run
report reads them) and logged. The hostile-web counters — retries, timeouts, oversize responses,
decoding repairs — are always written, zero included, so a quiet crawl is never a silent zero.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from scrapy import signals

from lawreports.discovery import journal as jr
from lawreports.faults import BLOCKED_KINDS, DOWN_KINDS

if TYPE_CHECKING:
    from typing import Self

    from scrapy import Spider
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

OK, EMPTY, BROKEN, BLOCKED, DOWN = "ok", "empty", "broken", "blocked", "down"
# Counted by the spider for each report page of an earlier run it did not fetch again.
KNOWN_SKIPPED_STAT = "lawreports/state/known_pages_skipped"
FAILURES = "lawreports/failures/"


@dataclass(frozen=True)
class CrawlFacts:
    """What the status is judged from (counts only, so it is easy to test)."""

    reports: int = 0
    known: int = 0  # reports delivered by earlier runs, still listed, not fetched again
    pages: int = 0  # pages parsed (start page included)
    deeper_pages: int = 0  # pages parsed beyond the start pages
    candidates: int = 0  # report-looking pages rejected
    walls_blocked: int = 0
    down_failures: int = 0
    blocked_failures: int = 0
    other_failures: int = 0
    rate_limited: int = 0  # requests the portal's rate limit still refused after its pauses
    reason_hint: str = ""
    budgets: str = ""  # budgets that stopped part of the crawl: "max_pages 600"


def judge(f: CrawlFacts) -> tuple[str, str]:
    """(status, reason) of one site's crawl."""
    failures = f.down_failures + f.blocked_failures + f.other_failures
    tail = f"; {failures} requests failed" if failures else ""
    if f.rate_limited:
        tail += f" ({f.rate_limited} of them refused by the portal's rate limit, HTTP 429)"
    if f.budgets:
        # A report beyond the budget was not looked for: the reason says where to raise it.
        tail += f"; budget reached: {f.budgets}"
    if f.reports or f.known:
        wall = f"; cookie wall not passed: {f.reason_hint}" if f.walls_blocked else ""
        earlier = f" (and {f.known} delivered earlier, still listed)" if f.known else ""
        return OK, f"{f.reports} reports found in {f.pages} pages{earlier}{tail}{wall}"
    if f.walls_blocked:
        return BLOCKED, f"cookie wall not passed: {f.reason_hint or 'wall persisted'}"
    if f.pages == 0:
        if f.blocked_failures and f.blocked_failures >= f.down_failures:
            return BLOCKED, f"no page: {f.blocked_failures} requests refused (403/412/521)"
        if f.down_failures:
            return DOWN, f"no page: {f.down_failures} requests failed ({f.reason_hint})"
        return BROKEN, f"no page could be parsed{tail or ' (no response)'}"
    if f.deeper_pages == 0 and f.down_failures:
        return DOWN, f"start page only; {f.down_failures} further requests failed"
    if f.deeper_pages == 0 and f.blocked_failures:
        return BLOCKED, f"start page only; {f.blocked_failures} further requests refused"
    if f.deeper_pages or f.candidates:
        return EMPTY, f"{f.pages} pages parsed, no report present{tail}"
    return BROKEN, f"start page reached but no column or report recognised{tail}"


def _sum(stats: Mapping[str, Any], prefix: str, contains: str = "") -> int:
    return sum(
        int(v)
        for k, v in stats.items()
        if k.startswith(prefix) and contains in k[len(prefix) :] and isinstance(v, int)
    )


def facts_from(stats: Mapping[str, Any], journal: jr.DiscoveryJournal | None) -> CrawlFacts:
    counts = journal.counts() if journal is not None else {}
    columns = journal.of(jr.COLUMN) if journal is not None else []
    failures = {k[len(FAILURES) :]: int(v) for k, v in stats.items() if k.startswith(FAILURES)}
    down = sum(v for k, v in failures.items() if k in DOWN_KINDS)
    worst_down = max(((v, k) for k, v in failures.items() if k in DOWN_KINDS), default=(0, ""))[1]
    return CrawlFacts(
        reports=counts.get(jr.REPORT, 0) or int(stats.get("item_scraped_count", 0)),
        known=int(stats.get(KNOWN_SKIPPED_STAT, 0)),
        pages=len(columns) + counts.get(jr.REPORT, 0) + counts.get(jr.REJECTED, 0),
        deeper_pages=sum(1 for e in columns if int(e.info.get("depth") or 0) > 0),
        candidates=counts.get(jr.REJECTED, 0),
        walls_blocked=int(stats.get("lawreports/walls/blocked", 0)),
        down_failures=down,
        blocked_failures=sum(v for k, v in failures.items() if k in BLOCKED_KINDS),
        other_failures=sum(
            v for k, v in failures.items() if k not in DOWN_KINDS and k not in BLOCKED_KINDS
        ),
        rate_limited=failures.get("rate_limited", 0),
        reason_hint=str(stats.get("lawreports/walls/blocked_reason") or worst_down),
        budgets=_budgets(journal),
    )


def _budgets(journal: jr.DiscoveryJournal | None) -> str:
    """`max_pages 600, max_listing_pages 60`: each budget that stopped the crawl, once."""
    if journal is None:
        return ""
    hit = {str(e.info.get("budget")): e.info.get("limit") for e in journal.of(jr.BUDGET)}
    return ", ".join(f"{name} {limit}" for name, limit in hit.items())


class SiteStatusExtension:
    """Judges the site at spider close and writes status, reason and the fault counters."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_closed(self, spider: Spider, reason: str) -> None:
        stats = self.crawler.stats
        assert stats is not None
        values = stats.get_stats()
        counters = {
            "lawreports/retries": int(values.get("retry/count", 0)),
            "lawreports/timeouts": _sum(values, "downloader/exception_type_count/", "Timeout"),
            "lawreports/oversize": int(values.get(FAILURES + "oversize", 0)),
            "lawreports/decoding_repairs": int(values.get("lawreports/decoding_repairs", 0)),
        }
        for key, value in counters.items():
            stats.set_value(key, value)
        facts = facts_from(values, getattr(spider, "journal", None))
        status, why = judge(facts)
        if reason not in ("finished", "closespider_pagecount", "closespider_itemcount"):
            why = f"{why} (crawl ended: {reason})"
        stats.set_value("lawreports/site_status", status)
        stats.set_value("lawreports/site_status_reason", why)
        log = logger.info if status == OK else logger.warning
        log(
            "%s: site status %s: %s (retries %d, timeouts %d, oversize %d, decoding repairs %d)",
            spider.name,
            status,
            why,
            *counters.values(),
        )
