"""Delivery-then-commit: a report is marked seen only once it is durably in the output.

Items reach the state as *staged* when Scrapy reports them scraped; the stage is committed in one
transaction after every feed has been stored (renamed into place). A crawl killed before that
commits nothing, so the next run delivers those reports again and nothing is lost.
"""

from __future__ import annotations

import logging
from typing import Any

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import Crawler

from lawreports.state.store import ReportRecord, StateStore, open_store

logger = logging.getLogger(__name__)


class ReportState:
    """The run's view of the state: committed records plus what this run staged."""

    def __init__(self, store: StateStore) -> None:
        self.store = store
        self.staged: dict[str, ReportRecord] = {}
        self.claimed: set[str] = set()

    def lookup(self, key: str) -> ReportRecord | None:
        return self.staged.get(key) or self.store.get(key)

    def claim(self, key: str) -> bool:
        """True the first time a key is claimed in this run."""
        if key in self.claimed:
            return False
        self.claimed.add(key)
        return True

    def stage(self, record: ReportRecord) -> None:
        self.staged[record.key] = record

    def commit(self) -> int:
        records = list(self.staged.values())
        self.store.put_many(records)
        self.staged.clear()
        return len(records)


class StateCommitExtension:
    """Owns the run's ReportState; the dedup pipeline reaches it through the crawler."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        location = crawler.settings.get("LAWREPORTS_STATE")
        self.state = ReportState(open_store(str(location)))
        crawler.lawreports_state = self.state  # type: ignore[attr-defined]
        self.has_feeds = bool(crawler.settings.getdict("FEEDS"))
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)
        if self.has_feeds:
            crawler.signals.connect(self.feeds_closed, signal=signals.feed_exporter_closed)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StateCommitExtension:
        return cls(crawler)

    def item_scraped(self, item: Any) -> None:
        adapter = ItemAdapter(item)
        key = adapter.get("id")
        if not key:
            return
        self.state.stage(
            ReportRecord(
                key=key,
                site=adapter.get("site") or "",
                content_hash=adapter.get("content_hash") or "",
                urls=[adapter["url"]],
            )
        )

    def feeds_closed(self) -> None:
        stats = self.crawler.stats
        failed = any(
            k.startswith("feedexport/failed_count") for k in (stats.get_stats() if stats else {})
        )
        if failed:
            logger.error(
                "A feed failed to store; the state is not committed, so the next run "
                "delivers these %d reports again",
                len(self.state.staged),
            )
        else:
            self._commit()
        self.state.store.close()

    def spider_closed(self, spider: Any, reason: str) -> None:
        if not self.has_feeds:
            self._commit()
            self.state.store.close()

    def _commit(self) -> None:
        count = self.state.commit()
        if self.crawler.stats is not None:
            self.crawler.stats.set_value("lawreports/state_committed", count)
        logger.info("State committed: %d reports", count)
