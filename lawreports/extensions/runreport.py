"""Run report: at the end of every crawl, what happened on each site, as JSON and HTML.

One extension per crawler tallies the items it sees. A plain `scrapy crawl` writes its own
one-site report when the engine stops; under `scrapy crawlall` the command hands every crawler
the same `RunReport` (`crawler.lawreports_run`) and writes it once all sites are done.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler

from lawreports.extensions.status import KNOWN_SKIPPED_STAT
from lawreports.reporting.publish import publish
from lawreports.reporting.records import (
    RunReport,
    SiteRecord,
    SiteTally,
    derive_status,
    errors_of,
)

logger = logging.getLogger(__name__)

# Stats counter the dedup pipeline raises for a report delivered by an earlier run: such a drop
# is still a report found on the portal this run.
SEEN_BEFORE_STAT = "lawreports/dedup/seen_before"
# Detail pages of delivered reports that a re-crawl found still listed and did not fetch again.


def run_id(command: str, when: float | None = None) -> str:
    """`20261125T103000Z-crawlall`: sortable, one per run."""
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(when or time.time()))
    return f"{stamp}-{command}"


def reports_dir(settings: Any) -> Path:
    """LAWREPORTS_REPORTS_DIR; relative to the working directory, like the feeds and the state."""
    return Path(settings.get("LAWREPORTS_REPORTS_DIR") or "output/reports")


def reports_kept(settings: Any) -> int:
    """LAWREPORTS_REPORTS_KEEP: run reports kept per site (and for crawlall); 0 keeps all."""
    return max(0, int(settings.getint("LAWREPORTS_REPORTS_KEEP")))


class RunReportExtension:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.tally = SiteTally()
        self.started = time.time()
        self.closed = 0.0
        self.seen_before = 0
        crawler.signals.connect(self.engine_started, signal=signals.engine_started)
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.engine_stopped, signal=signals.engine_stopped)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunReportExtension:
        return cls(crawler)

    # --- signals ------------------------------------------------------------------------------
    def engine_started(self) -> None:
        self.started = time.time()

    def item_scraped(self, item: Any) -> None:
        self.tally.saw(item, emitted=True)

    def item_dropped(self, item: Any) -> None:
        seen_before = int(self._stats().get(SEEN_BEFORE_STAT) or 0)
        if seen_before > self.seen_before:
            self.seen_before = seen_before
            self.tally.saw(item, emitted=False)

    def spider_closed(self) -> None:
        self.closed = time.time()

    def engine_stopped(self) -> None:
        """After every spider_closed handler (site status, feeds, state) has run."""
        spider = getattr(self.crawler, "spider", None)
        if spider is None:
            return
        record = self.site_record(spider)
        shared: RunReport | None = getattr(self.crawler, "lawreports_run", None)
        if shared is not None:
            shared.add(record)
            return
        report = RunReport(
            run=run_id(spider.name, self.started), command="crawl", started_at=self.started
        )
        report.add(record)
        try:
            publish(
                report, reports_dir(self.crawler.settings), reports_kept(self.crawler.settings)
            )
        except OSError as exc:
            logger.error("Could not write the run report: %s", exc)

    # --- building the record ------------------------------------------------------------------
    def site_record(self, spider: Any) -> SiteRecord:
        stats = self._stats()
        known = int(stats.get(KNOWN_SKIPPED_STAT) or 0)
        found = self.tally.found + known
        status, reason = derive_status(stats, found, known)
        site = getattr(spider, "site", None)
        return SiteRecord(
            site=spider.name,
            region=getattr(site, "region", "") or "",
            status=status,
            reason=reason,
            found=found,
            new=self.tally.emitted - self.tally.updated,
            updated=self.tally.updated,
            requests=int(stats.get("downloader/request_count") or 0),
            errors=errors_of(stats),
            seconds=round((self.closed or time.time()) - self.started, 2),
            coverage=self.tally.coverage(),
            years=dict(self.tally.years),
            known=known,
        )

    def _stats(self) -> dict[str, Any]:
        return self.crawler.stats.get_stats() if self.crawler.stats is not None else {}
