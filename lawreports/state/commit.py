"""Delivery-then-commit: a report is marked delivered only once it is durably in the output.

A run stages what it scraped. At the end every feed file is finished beside its target, then:

1. *prepare*: the batch (records to commit + which part file becomes which feed) is written
   durably to the state;
2. *publish*: each part file is renamed over its target — the first rename is the commit point;
3. *commit*: the batch is applied and forgotten in one transaction.

A run killed before 1 left only part files: nothing is delivered, the next run emits those
reports again (and removes the parts). Killed between 1 and 3, the next run on the same machine
finds the batch: if no part file was renamed yet it is rolled back, otherwise the remaining
renames are done and the batch is committed (rolled forward). While a run is alive it holds a
claim on each report it emits, so two workers sharing a state never both emit one report; the
sample of the report's text goes with the claim (so another worker finds a copy it is emitting)
and with the record in the batch (so a later run finds a copy of it), never without it.
"""

from __future__ import annotations

import logging
import uuid
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.http import Response
from scrapy.signalmanager import SignalManager
from twisted.internet.task import LoopingCall

from lawreports import feeds
from lawreports.state.records import (
    Batch,
    KnownUrl,
    ReportRecord,
    RunInfo,
    SamplesAround,
    TextSample,
)
from lawreports.state.store import StateStore, open_store

logger = logging.getLogger(__name__)

# Sent during delivery, in this order: the batch is durably in the state; every feed is renamed
# into place (the state is committed right after). Crash tests pause a crawl on them.
feeds_prepared = object()
feeds_published = object()


class AlreadyDelivered(DropItem):
    """Dropped because the report was delivered (earlier, or already in this run)."""


class ReportState:
    """The run's view of the state: committed records plus what this run staged."""

    def __init__(self, store: StateStore, run: RunInfo) -> None:
        self.store = store
        self.run = run
        self.staged: dict[str, ReportRecord] = {}
        self.staged_urls: dict[str, KnownUrl] = {}
        self.claimed: set[str] = set()
        self.confirmed: set[str] = set()
        self.samples: dict[str, TextSample] = {}

    def lookup(self, key: str) -> ReportRecord | None:
        found = self.staged.get(key) or self.store.get(key)
        if found is not None and key not in self.staged:
            self.confirmed.add(key)
        return found

    def claim(self, key: str) -> bool:
        """True the first time a key is claimed in this run (and no live worker holds it)."""
        if key in self.claimed:
            return False
        if not self.store.claim(key, self.run.run_id):
            return False
        self.claimed.add(key)
        return True

    def share_sample(self, sample: TextSample) -> SamplesAround:
        """Publish the text sample of a report this run claimed (committed with its record if
        the report is delivered), and see the samples its copies would have."""
        self.samples[sample.key] = sample
        return self.store.share_sample(sample, self.run.run_id)

    def withdraw_sample(self, sample: TextSample) -> None:
        """The claimed report is dropped as a copy after all: its sample is no one's."""
        self.samples.pop(sample.key, None)
        self.store.withdraw_sample(sample, self.run.run_id)

    def known_urls(self, site: str) -> dict[str, KnownUrl]:
        return self.store.known_urls(site)

    def stage(self, record: ReportRecord, urls: list[KnownUrl]) -> None:
        self.staged[record.key] = record
        self.stage_urls(urls)

    def stage_urls(self, urls: list[KnownUrl]) -> None:
        for known in urls:
            self.staged_urls[known.url] = known

    def batch(self, files: list[tuple[str, str]]) -> Batch:
        delivered = self.staged.keys() | self.confirmed
        return Batch(
            run=self.run,
            records=list(self.staged.values()),
            urls=[u for u in self.staged_urls.values() if u.key in delivered],
            files=files,
            samples=[t for key, t in self.samples.items() if key in delivered],
        )


class Delivery:
    """Feed files finished by AtomicFileFeedStorage, published together with the commit."""

    def __init__(self, signal_manager: SignalManager | None = None) -> None:
        self.ready: list[tuple[Path, Path, bool]] = []
        self.signals = signal_manager

    def add(self, ready: Path, target: Path, append: bool) -> None:
        self.ready.append((ready, target, append))

    def deliver(self, state: ReportState) -> int:
        files = [
            (str(feeds.with_existing(ready, target) if append else ready), str(target))
            for ready, target, append in self.ready
        ]
        batch = state.batch(files)
        state.store.prepare(batch)
        self._send(feeds_prepared)
        for part, target in files:
            feeds.publish(Path(part), Path(target))
        self.ready.clear()
        self._send(feeds_published)
        return state.store.commit(state.run.run_id)

    def _send(self, signal: object) -> None:
        if self.signals is not None:
            self.signals.send_catch_log(signal)


def recover(store: StateStore, me: RunInfo) -> None:
    """Finish or undo deliveries of runs that died on this machine (see module docstring)."""
    for batch in store.pending():
        run = batch.run
        if run.host != me.host or run.run_id == me.run_id or store.run_alive(run.run_id):
            continue
        left = [(Path(p), Path(t)) for p, t in batch.files if Path(p).exists()]
        if batch.files and len(left) == len(batch.files):
            for part, _ in left:
                part.unlink(missing_ok=True)
            store.discard(run.run_id)
            logger.warning(
                "A killed run (%s) had not published its feeds: rolled back; its %d reports"
                " will be delivered again",
                run.run_id,
                len(batch.records),
            )
            continue
        for part, target in left:
            try:
                feeds.publish(part, target)
            except FileNotFoundError:  # another process recovered it just now
                continue
        count = store.commit(run.run_id)
        logger.warning(
            "A killed run (%s) had published its feeds but not committed: rolled forward,"
            " %d reports marked delivered",
            run.run_id,
            count,
        )


class StateCommitExtension:
    """Owns the run's state: recovery at start, claims' heartbeat, delivery at the end."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        s = crawler.settings
        store = open_store(
            str(s.get("LAWREPORTS_STATE")),
            timeout=s.getfloat("LAWREPORTS_STATE_TIMEOUT"),
            run_ttl=s.getfloat("LAWREPORTS_RUN_TTL"),
        )
        run = RunInfo.this_process(uuid.uuid4().hex)
        store.register_run(run)
        recover(store, run)
        self.state = ReportState(store, run)
        self.delivery = Delivery(crawler.signals)
        self.closed = False
        crawler.lawreports_state = self.state  # type: ignore[attr-defined]
        crawler.lawreports_delivery = self.delivery  # type: ignore[attr-defined]
        self.heartbeat = LoopingCall(store.heartbeat, run.run_id)
        self.heartbeat_every = max(s.getfloat("LAWREPORTS_RUN_TTL") / 3, 0.5)
        self.has_feeds = bool(s.getdict("FEEDS"))
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)
        if self.has_feeds:
            crawler.signals.connect(self.feeds_closed, signal=signals.feed_exporter_closed)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StateCommitExtension:
        return cls(crawler)

    def spider_opened(self, spider: Any) -> None:
        self.heartbeat.start(self.heartbeat_every, now=False)

    def item_scraped(self, item: Any, response: Response | None = None) -> None:
        adapter = ItemAdapter(item)
        key = adapter.get("id")
        if not key:
            return
        site = adapter.get("site") or ""
        urls = _page_urls(adapter, response)
        record = ReportRecord(key, site, adapter.get("content_hash") or "", urls)
        self.state.stage(record, _known(site, key, urls, response))

    def item_dropped(
        self, item: Any, response: Response | None = None, exception: Any = None
    ) -> None:
        if not isinstance(exception, AlreadyDelivered):
            return
        adapter = ItemAdapter(item)
        site = adapter.get("site") or ""
        urls = _page_urls(adapter, response)
        self.state.stage_urls(_known(site, adapter["id"], urls, response))

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
            self._close()
            return
        self._deliver()

    def spider_closed(self, spider: Any, reason: str) -> None:
        if not self.has_feeds:
            self._deliver()

    def _deliver(self) -> None:
        count = self.delivery.deliver(self.state)
        if self.crawler.stats is not None:
            self.crawler.stats.set_value("lawreports/state_committed", count)
        logger.info("State committed: %d reports", count)
        self._close()

    def _close(self) -> None:
        if self.closed:
            return
        self.closed = True
        if self.heartbeat.running:
            self.heartbeat.stop()
        self.state.store.end_run(self.state.run.run_id)
        self.state.store.close()


def _page_urls(adapter: ItemAdapter, response: Response | None) -> list[str]:
    """The item's URL and every URL that led to it (redirects)."""
    urls = [adapter["url"]]
    if response is not None:
        urls += [*response.meta.get("redirect_urls", []), response.url]
    return list(dict.fromkeys(urls))


def _known(site: str, key: str, urls: list[str], response: Response | None) -> list[KnownUrl]:
    link_text = response.meta.get("lr_link_text") if response is not None else None
    return [KnownUrl(site, url, key, link_text) for url in urls]
