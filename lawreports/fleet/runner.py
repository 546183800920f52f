"""Run many site crawlers in one process and one reactor, a bounded number at a time.

Every site keeps its own crawler (its own politeness, stats, feed and state commit); the fleet
only decides when each starts, shares one `RunReport` among them and reports progress.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable
from typing import Any

from scrapy.crawler import Crawler, CrawlerRunnerBase
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.defer import Deferred

from lawreports.fleet.progress import Progress, ProgressDisplay
from lawreports.reporting.records import RunReport, SiteRecord

logger = logging.getLogger(__name__)

BAR_REFRESH_SECONDS = 0.5


class FleetRun:
    def __init__(
        self,
        runner: CrawlerRunnerBase,
        names: list[str],
        report: RunReport,
        *,
        sites_at_once: int,
        progress_interval: float,
        display: ProgressDisplay,
    ) -> None:
        self.runner = runner
        self.names = names
        self.report = report
        self.sites_at_once = max(1, sites_at_once)
        self.progress_interval = progress_interval
        self.display = display
        self.running: set[Crawler] = set()
        self.done = 0
        self.failed: list[str] = []
        self.stopping = False

    async def run(self) -> None:
        gate = asyncio.Semaphore(self.sites_at_once)
        self.display.attach()
        ticker = asyncio.ensure_future(self._tick())
        try:
            await asyncio.gather(*(self._crawl_one(name, gate) for name in self.names))
        finally:
            ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await ticker
            self.display.detach()
            self.display.log(self.progress())

    def stop(self) -> None:
        """No new site starts; the running ones are stopped by the process."""
        self.stopping = True

    async def _crawl_one(self, name: str, gate: asyncio.Semaphore) -> None:
        async with gate:
            if self.stopping:
                return
            crawler = self.runner.create_crawler(name)
            crawler.lawreports_run = self.report  # type: ignore[attr-defined]
            self.running.add(crawler)
            try:
                await _awaitable(self.runner.crawl(crawler))
            except Exception as exc:
                logger.exception("crawlall: the crawl of %s failed to run", name)
                self.failed.append(name)
                self.report.add(_failed_record(crawler, name, exc))
            finally:
                self.running.discard(crawler)
                self.done += 1

    async def _tick(self) -> None:
        """Progress: a log line every `progress_interval`, the bar more often on a terminal."""
        elapsed = 0.0
        while True:
            await asyncio.sleep(BAR_REFRESH_SECONDS)
            elapsed += BAR_REFRESH_SECONDS
            progress = self.progress()
            if elapsed >= self.progress_interval:
                elapsed = 0.0
                self.display.log(progress)
            self.display.draw(progress)

    def progress(self) -> Progress:
        statuses = [s.status for s in self.report.sites]
        live = sum(_scraped_so_far(c) for c in self.running)
        return Progress(
            total=len(self.names),
            done=self.done,
            running=len(self.running),
            reports=sum(s.new + s.updated for s in self.report.sites) + live,
            blocked=statuses.count("blocked"),
            down=statuses.count("down"),
            broken=statuses.count("broken"),
        )


def _scraped_so_far(crawler: Crawler) -> int:
    """Items a running crawler has scraped; 0 before its crawl has really started."""
    try:
        stats = crawler.stats
    except RuntimeError:  # Crawler.stats is set only once the crawl starts
        return 0
    return int(stats.get_value("item_scraped_count") or 0)


def _awaitable(result: Any) -> Awaitable[Any]:
    if isinstance(result, Deferred):
        return maybe_deferred_to_future(result)
    return result  # type: ignore[no-any-return]


def _failed_record(crawler: Crawler, name: str, exc: Exception) -> SiteRecord:
    site = getattr(crawler.spidercls, "site", None)
    return SiteRecord(
        site=name,
        region=getattr(site, "region", "") or "",
        status="down",
        reason=f"crawler failed to run: {type(exc).__name__}: {exc}"[:200],
        found=0,
        new=0,
        updated=0,
        requests=0,
        errors=1,
        seconds=0.0,
        coverage={},
        years={},
    )
