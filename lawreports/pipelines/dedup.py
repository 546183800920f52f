"""Exactly once: drop reports already delivered (this run, an earlier one, or being emitted by
another worker on the same state), mark changed ones as updates.

Copies told by their text (a repost without 索引号 under a reworded title) are found in this
run's samples, and in the state's: the samples of reports delivered earlier, and those other
live workers published with their claims."""

from __future__ import annotations

from typing import Any, NamedTuple

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from lawreports.state.commit import AlreadyDelivered, ReportState
from lawreports.state.keys import (
    MIN_TEXT_SAMPLE,
    content_hash,
    content_key,
    near_key,
    report_key,
    same_text,
    text_sample,
)
from lawreports.state.records import TextSample


class StateCopy(NamedTuple):
    """The report in the state a claimed item copies: delivered by an earlier run, or being
    emitted by another live one."""

    owner: str
    delivered: bool


class DedupPipeline:
    def __init__(self, crawler: Crawler, state: ReportState) -> None:
        self.stats = crawler.stats
        self.state = state
        # Content key → the key of the report of this run that claimed it.
        self.owners: dict[str, str] = {}
        # Title+year → (text sample, key) of the reports of this run under it: a copy that
        # differs by a line (a mobile copy without the signature, a repost without its 附件
        # line) and has no 索引号 of its own matches neither key, but is the same report.
        self.near: dict[str, list[tuple[frozenset[int], str]]] = {}
        # Site and year → (text sample, key) of the reports of this run with a text of some
        # length: a repost under a reworded title (`某县…报告` for `某县人民政府关于…的报告`, a
        # town's copy of the county's) is found by its text alone, among the same year's.
        self.texts: dict[tuple[str, int | None], list[tuple[frozenset[int], str]]] = {}
        # Key → the earlier run's report a claimed item turned out to copy.
        self.copies: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupPipeline:
        state = getattr(crawler, "lawreports_state", None)
        if state is None:
            raise NotConfigured("StateCommitExtension is not enabled")
        return cls(crawler, state)

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        site = adapter.get("site") or ""
        title = adapter.get("title") or ""
        body = adapter.get("body") or ""
        key = report_key(
            site=site,
            index_no=adapter.get("index_no"),
            publisher=adapter.get("publisher"),
            doc_no=adapter.get("doc_no"),
            title=title,
            report_year=adapter.get("report_year"),
            body=body,
        )
        digest = content_hash(title, body)
        adapter["id"] = key
        adapter["content_hash"] = digest
        # The same text under another key: a repost (通知公告 copy of a catalogue report, without
        # its 索引号) or a copy whose metadata differs. One key per title+text as well.
        alias = content_key(site, digest)
        year = adapter.get("report_year")
        near = near_key(site, title, year)
        sample = text_sample(body)
        # Only a copy without a 索引号 of its own is told by its text alone: two records with
        # their own numbers are two records, whatever they say.
        by_text = sample if not adapter.get("index_no") else frozenset()
        owner = self._delivered_as(
            key, alias, near=near, site_year=(site, year), sample=sample, by_text=by_text
        )
        if owner is not None:
            # Its URLs are remembered as that report's, so a later run skips them too.
            adapter["id"] = owner
            self._count("duplicate_in_run")
            raise AlreadyDelivered(
                f"duplicate in this run of {owner} ({adapter['url']})", log_level="INFO"
            )
        if not self.state.claim(key) or not self.state.claim(alias):
            self._count("claimed_by_other_run")
            raise DropItem(f"another live crawl is emitting {key}", log_level="INFO")
        text = TextSample.of(key, site, year, near, sample, indexed=bool(adapter.get("index_no")))
        copy = self._copy_in_state(text)
        if copy is not None and not copy.delivered:
            self._count("claimed_by_other_run")
            raise DropItem(f"another live crawl is emitting {copy.owner}", log_level="INFO")
        self._remember(alias, near, (site, year), sample, copy.owner if copy else key)
        if copy is not None:
            # Its URLs are remembered as that report's, so a later run skips them too.
            self.copies[key] = copy.owner
            adapter["id"] = copy.owner
            self._count("copy_of_earlier_run")
            raise AlreadyDelivered(
                f"copy of {copy.owner}, delivered by an earlier run ({adapter['url']})",
                log_level="INFO",
            )
        known = self.state.lookup(key)
        if known is not None:
            if known.content_hash == digest:
                self._count("seen_before")
                raise AlreadyDelivered(f"unchanged since an earlier run: {key}", log_level="DEBUG")
            adapter["update"] = True
            adapter["previous_hash"] = known.content_hash
            self._count("updated")
        return item

    def _delivered_as(
        self,
        key: str,
        alias: str,
        *,
        near: str | None,
        site_year: tuple[str, int | None],
        sample: frozenset[int],
        by_text: frozenset[int],
    ) -> str | None:
        """The key of the report of this run this one repeats, if any: the same keys, the
        same title and year with the same text, or a text of some length of the same year."""
        if key in self.state.claimed:
            return self.copies.get(key, key)
        if alias in self.state.claimed:
            return self.owners.get(alias, key)
        for seen, owner in self.near.get(near or "", []):
            if same_text(sample, seen):
                return owner
        if len(by_text) < MIN_TEXT_SAMPLE:
            return None  # a text this short (a pointer to a file) tells no report apart
        for seen, owner in self.texts.get(site_year, []):
            if same_text(by_text, seen):
                return owner
        return None

    def _remember(
        self,
        alias: str,
        near: str | None,
        site_year: tuple[str, int | None],
        sample: frozenset[int],
        owner: str,
    ) -> None:
        """This run's copies of `owner` are found by this item's keys and text too."""
        self.owners[alias] = owner
        if near:
            self.near.setdefault(near, []).append((sample, owner))
        if len(sample) >= MIN_TEXT_SAMPLE:
            self.texts.setdefault(site_year, []).append((sample, owner))

    def _copy_in_state(self, text: TextSample) -> StateCopy | None:
        """The report this claimed item copies in the state, if any.

        The item's sample is published first (with its claim), then the samples filed where its
        copies would be are read, in one step: of two workers emitting copies of one report at
        once, the one that published later sees the other's and yields to it."""
        if not text.buckets():
            return None  # no title and year, a few lines: nothing to tell a copy by
        around = self.state.share_sample(text)
        earlier = next((t.key for t in around.delivered if text.repeats(t)), None)
        emitting = next(
            (
                f.sample.key
                for f in around.in_flight
                if f.seq < around.seq and text.repeats(f.sample)
            ),
            None,
        )
        if earlier is None and emitting is None:
            return None
        self.state.withdraw_sample(text)
        if earlier is not None:
            self.state.lookup(earlier)  # confirmed: the item's URL is remembered as its
            return StateCopy(earlier, delivered=True)
        assert emitting is not None
        return StateCopy(emitting, delivered=False)

    def _count(self, what: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(f"lawreports/dedup/{what}")
