"""Exactly once: drop reports already delivered (this run, an earlier one, or being emitted by
another worker on the same state), mark changed ones as updates."""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from lawreports.state.commit import AlreadyDelivered, ReportState
from lawreports.state.keys import content_hash, content_key, report_key


class DedupPipeline:
    def __init__(self, crawler: Crawler, state: ReportState) -> None:
        self.stats = crawler.stats
        self.state = state

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupPipeline:
        state = getattr(crawler, "lawreports_state", None)
        if state is None:
            raise NotConfigured("StateCommitExtension is not enabled")
        return cls(crawler, state)

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        key = report_key(
            site=adapter.get("site") or "",
            index_no=adapter.get("index_no"),
            publisher=adapter.get("publisher"),
            doc_no=adapter.get("doc_no"),
            title=adapter.get("title") or "",
            report_year=adapter.get("report_year"),
            body=adapter.get("body") or "",
        )
        digest = content_hash(adapter.get("title") or "", adapter.get("body") or "")
        adapter["id"] = key
        adapter["content_hash"] = digest
        # The same text under another key: a repost (通知公告 copy of a catalogue report, without
        # its 索引号) or a copy whose metadata differs. One key per title+text as well.
        alias = content_key(adapter.get("site") or "", digest)
        if key in self.state.claimed or alias in self.state.claimed:
            self._count("duplicate_in_run")
            raise AlreadyDelivered(
                f"duplicate in this run: {key} ({adapter['url']})", log_level="INFO"
            )
        if not self.state.claim(key) or not self.state.claim(alias):
            self._count("claimed_by_other_run")
            raise DropItem(f"another live crawl is emitting {key}", log_level="INFO")
        known = self.state.lookup(key)
        if known is not None:
            if known.content_hash == digest:
                self._count("seen_before")
                raise AlreadyDelivered(f"unchanged since an earlier run: {key}", log_level="DEBUG")
            adapter["update"] = True
            adapter["previous_hash"] = known.content_hash
            self._count("updated")
        return item

    def _count(self, what: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(f"lawreports/dedup/{what}")
